from __future__ import annotations

import pytest

from kixie_desktop.storage.database import Database
from tests.support.workspace import Workspace, build_workspace


@pytest.fixture
def ws(database: Database) -> Workspace:
    return build_workspace(database)
