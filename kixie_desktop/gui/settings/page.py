"""A page of the settings window: it loads what it shows through a service when it is
opened, saves through a service, and shows a refusal next to the field it names (or on
the page's message line when it names none). Main thread only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar, TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from kixie_desktop.domain.errors import UserFacingError
from kixie_desktop.domain.roles import Actor
from kixie_desktop.gui.fields import clear_error, prepare_error_label, show_error
from kixie_desktop.gui.message_line import complain, say
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.context import SettingsContext

T = TypeVar("T")


def sentence(text: str) -> str:
    """Services word refusals as clauses ("the account needs a name"); a page shows sentences."""
    return text[:1].upper() + text[1:]


class SettingsPage(QWidget):
    """Subclasses set ``TITLE`` (the name in the window's list, and in messages that send
    people here: "Manage ▸ Settings ▸ <TITLE>"), build their form, call ``_use_messages``
    and implement ``load``."""

    TITLE: ClassVar[str]
    loaded = Signal()  # the page shows fresh data; tests wait on it
    saved = Signal()  # a change went through

    def __init__(self, ctx: SettingsContext, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._runner = runner
        self._message_line: QLabel | None = None
        self._field_labels: Mapping[str, QLabel] = {}
        self._resting_text = ""  # what the message line says when there is no news

    @classmethod
    def shown_to(cls, actor: Actor) -> bool:
        """Whether ``actor``'s list of pages has this one; the service still decides what
        they may change, so a page shown read-only to someone cannot save."""
        return True

    def load(self) -> None:
        """Fetch what the page shows; the window calls it each time the page is opened."""
        raise NotImplementedError

    def _use_messages(self, message_line: QLabel, field_labels: Mapping[str, QLabel]) -> None:
        self._message_line = message_line
        self._field_labels = field_labels
        for label in field_labels.values():
            prepare_error_label(label)

    def _call(self, work: Callable[[], T], on_done: Callable[[T], None],
              on_error: Callable[[UserFacingError], None] | None = None) -> None:
        """Run a service call on a worker; its answer is dropped if the window has closed."""
        self._runner.run(work, on_done, on_error or self._refused, owner=self)

    def _read_only(self, text: str) -> None:
        """Say, whenever the page has no other news, why it cannot be changed."""
        self._resting_text = text
        self._clear_messages()

    def _clear_messages(self) -> None:
        for label in self._field_labels.values():
            clear_error(label)
        if self._message_line is not None:
            say(self._message_line, self._resting_text)

    def _say(self, text: str) -> None:
        assert self._message_line is not None
        say(self._message_line, text)

    def _refused(self, error: UserFacingError) -> None:
        label = self._field_labels.get(error.field or "")
        if label is not None:
            show_error(label, sentence(error.message))
        elif self._message_line is not None:
            complain(self._message_line, sentence(error.message))
