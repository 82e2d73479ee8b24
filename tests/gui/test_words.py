"""Words for sales staff: walk the main screens of the app on the demo workspace after the
engine has worked through a busy afternoon — texts sent, refused by carriers, retried — and
read every piece of text a person can see (labels, buttons, menus, tabs, table cells and
headers, list items, combo entries, tooltips, window titles). None may carry a SIP or HTTP
status code, a URL, an internal id, a keyring entry name, Python's None, a traceback, or a
plural or article that does not agree ("1 actions", "a agent").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from kixie_desktop.app import window_context
from kixie_desktop.composition import Backend, open_backend
from kixie_desktop.domain.messaging import OutboundSms, SmsOutcome, SmsResult, sms_words_for_sip
from kixie_desktop.gui.action_tables.columns import ID_ROLE
from kixie_desktop.gui.main_window import MainWindow
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.gui.settings.window import SettingsWindow
from kixie_desktop.services.execution.engine import Engine

WAIT = 20_000
TECHNICAL = [
    (re.compile(r"\b[1-6]\d\d (?:[A-Z][a-z]+|OK)\b"), "a SIP or HTTP status"),
    (re.compile(r"\b(?:https?|sqlite|postgresql)(?:\+\w+)?://|\bsips?:[\w+]"), "a URL or SIP address"),
    (re.compile(r"\b(?:crm\.hubspot\.token|sms\.http\.token|webhook\.[0-9a-f]{6,}|sip:\w+@)"), "a keyring entry"),
    (re.compile(r"\b(?:cadence|contact|enrollment|action|run|user|template) (?:id )?#?\d+\b", re.I), "an internal id"),
    (re.compile(r"\bNone\b|Traceback|\w+Error\b|\w+Exception\b"), "a Python word"),
    (re.compile(r"(?<![\d.,:])\b1 (?!SMS\b)[a-z]+s\b"), "a plural after 1"),
    (re.compile(r"\ba (?:agent|action|admin|hour|email|other|item|error)s?\b"), "an article"),
]
# Fields whose input *is* technical show an example of it: the Phone page's registrar takes a
# SIP address, so its hint shows one ("e.g. sip:pbx.example.com").
INPUT_EXAMPLES = {"registrar_edit"}


def _gateway_answers(message: OutboundSms) -> SmsResult:
    """As the SIP MESSAGE gateway answers: most accepted, some refused, some busy."""
    last = int(message.to[-1])
    status = 404 if last == 3 else 503 if last == 7 else 200
    outcome = SmsOutcome.ACCEPTED if status == 200 else (
        SmsOutcome.PERMANENT_FAILURE if status == 404 else SmsOutcome.TRANSIENT_FAILURE)
    reason = {200: "OK", 404: "Not Found", 503: "Service Unavailable"}[status]
    return SmsResult(outcome, None, f"{status} {reason}", sms_words_for_sip(status))


class Gateway:
    def send(self, message: OutboundSms) -> SmsResult:
        return _gateway_answers(message)

    def lookup(self, idempotency_key: str) -> SmsResult | None:
        return None


@pytest.fixture
def busy_demo(tmp_path: Path) -> Iterator[Backend]:
    start = (datetime.now(timezone.utc) - timedelta(days=3)).replace(hour=14, minute=5, second=0, microsecond=0)
    while start.weekday() >= 5:  # the demo's cadences run on weekdays
        start -= timedelta(days=1)
    clock = [start]
    backend = open_backend(f"sqlite:///{tmp_path / 'k.db'}", clock=lambda: clock[0])
    backend.seed_demo()
    backend.accounts.update(backend.actor(), quiet_hours_guard=False, compliance_profiles=False)
    engine = Engine(backend.store, lambda: clock[0], Gateway(), "words")
    for _ in range(30):
        engine.tick()
        clock[0] += timedelta(minutes=45)
    engine.close()
    yield backend
    backend.close()


def _model_texts(model: QAbstractItemModel, rows: int = 60) -> Iterator[str]:
    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model keeps its one column to itself
        columns = 1
    for column in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
        for row in range(min(rows, model.rowCount(top))):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.index(row, column).data(role)
                if isinstance(value, str):
                    yield value


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a person can read in ``root`` as it is on screen."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if widget.objectName() in INPUT_EXAMPLES:
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        texts = [widget.windowTitle() if widget.isWindow() else "", widget.toolTip()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += list(_model_texts(widget.model()))
        for action in widget.actions():
            texts += [action.text(), action.toolTip()]
        for text in texts:
            if text:
                yield where, text


def offences(root: QWidget) -> list[str]:
    found = []
    for where, text in visible_texts(root):
        plain = re.sub(r"<[^>]+>", " ", text)  # rich text: read the words, not the tags
        for pattern, what in TECHNICAL:
            if pattern.search(plain):
                found.append(f"{what} in {where}: {plain!r}")
    return sorted(set(found))


def test_the_main_screens_speak_to_sales_staff(qtbot: QtBot, busy_demo: Backend) -> None:
    runner = BackgroundRunner()
    window = MainWindow(window_context(busy_demo), runner)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.cadences_loaded, timeout=WAIT):
        window.show()
    found: list[str] = []
    for index in range(window.ui.tabs.count()):
        window.ui.tabs.setCurrentIndex(index)
        tab = window.ui.tabs.currentWidget()
        for table in (window.inflight_tab, window.completed_tab):
            if table.view.parentWidget() is tab:
                qtbot.waitUntil(lambda t=table: t.model.rowCount() > 0 and t.model.index(0, 0).data(ID_ROLE) is not None,
                                timeout=WAIT)
        if tab is window.analytics_tab:
            qtbot.waitUntil(lambda: window.analytics_tab.figures is not None, timeout=WAIT)  # its charts and tables
        qtbot.wait(200)  # a tab's first answer; the tables above are waited for by their rows
        found += offences(window)
    for menu in (window.ui.file_menu, window.manage_menu, window.ui.help_menu):
        found += [f"menu: {a.text()}" for a in menu.actions() if any(p.search(a.text()) for p, _ in TECHNICAL)]

    settings = window.open_settings()
    for title, page in settings.pages.items():
        with qtbot.waitSignal(page.loaded, timeout=WAIT):
            settings.open_page(title)
            page.load()
        found += offences(settings)
    settings.close()
    qtbot.waitUntil(lambda: not runner.busy, timeout=WAIT)
    runner.shutdown()
    assert sorted(set(found)) == [], "\n".join(sorted(set(found)))
