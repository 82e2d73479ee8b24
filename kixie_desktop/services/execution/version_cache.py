"""Cadence versions never change once saved, so one read per process is enough."""

from __future__ import annotations

from kixie_desktop.domain.cadence_views import CadenceVersion
from kixie_desktop.domain.ids import CadenceVersionId
from kixie_desktop.services.ports.storage import UnitOfWork


class VersionCache:
    def __init__(self) -> None:
        self._versions: dict[CadenceVersionId, CadenceVersion] = {}

    def get(self, uow: UnitOfWork, version_id: CadenceVersionId) -> CadenceVersion:
        version = self._versions.get(version_id)
        if version is None:
            version = self._versions[version_id] = uow.cadences.version(version_id)
        return version
