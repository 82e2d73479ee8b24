"""What the cadence editor works with: the services it calls and the lists it offers.

``load_catalog`` runs on a ``BackgroundRunner`` worker (it reads the database through
the services); everything else here is plain values handed to the main thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from kixie_desktop.domain.cadence import CadenceDefinition, CadenceSettings
from kixie_desktop.domain.cadence_views import CadenceSummary, CadenceVersion
from kixie_desktop.domain.directory import Account, Disposition, Queue, SmsTemplate
from kixie_desktop.domain.ids import CadenceId, QueueId
from kixie_desktop.domain.roles import Actor
from kixie_desktop.services.administration.accounts import AccountService
from kixie_desktop.services.authoring.cadences import CadenceService
from kixie_desktop.services.administration.directory import DirectoryService
from kixie_desktop.services.administration.dispositions import DispositionService
from kixie_desktop.services.administration.templates import TemplateService


@dataclass(frozen=True)
class EditorServices:
    """The services the editor goes through, and who is acting."""

    actor: Actor
    cadences: CadenceService
    directory: DirectoryService
    templates: TemplateService
    dispositions: DispositionService
    accounts: AccountService


@dataclass(frozen=True)
class EditorCatalog:
    """Everything the pages offer, read in one go when the editor opens."""

    account: Account
    queues: tuple[Queue, ...]
    templates: tuple[SmsTemplate, ...]
    dispositions: tuple[Disposition, ...]
    cadences: tuple[CadenceSummary, ...]
    current: CadenceVersion | None  # the version being edited; None for a new cadence

    def starting_definition(self) -> CadenceDefinition:
        """What the pages show first: the current version, or a new cadence's defaults."""
        if self.current is not None:
            return self.current.definition
        # A new cadence starts on the first queue (a cadence needs one) with the
        # domain's defaults, so the editor and the API agree on what "default" means.
        queue = self.queues[0].id if self.queues else QueueId(0)
        return CadenceDefinition(settings=CadenceSettings(name="", queue_id=queue))


def load_catalog(services: EditorServices, cadence_id: CadenceId | None) -> EditorCatalog:
    """Read the lists and the version to edit. Runs on a worker thread."""
    actor = services.actor
    current = services.cadences.get(actor, cadence_id) if cadence_id is not None else None
    return EditorCatalog(
        account=services.accounts.get(actor),
        queues=tuple(services.directory.queues(actor)),
        templates=tuple(services.templates.list(actor)),
        dispositions=tuple(services.dispositions.list(actor)),
        cadences=tuple(services.cadences.list(actor)),
        current=current,
    )
