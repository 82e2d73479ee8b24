"""What the settings pages need from the composition root: the signed-in person and the
services each page changes things through (each with its own role check and audit)."""

from __future__ import annotations

from dataclasses import dataclass

from kixie_desktop.domain.roles import Actor
from kixie_desktop.services.administration.accounts import AccountService
from kixie_desktop.services.administration.directory import DirectoryService
from kixie_desktop.services.administration.dispositions import DispositionService
from kixie_desktop.services.administration.templates import TemplateService
from kixie_desktop.services.calls.greetings import GreetingService
from kixie_desktop.services.workstation.settings import WorkstationSettingsService


@dataclass(frozen=True)
class SettingsContext:
    actor: Actor
    accounts: AccountService
    directory: DirectoryService
    templates: TemplateService
    dispositions: DispositionService
    workstation: WorkstationSettingsService
    greetings: GreetingService
