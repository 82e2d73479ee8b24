"""The Contacts tab as a person uses it: search, open a contact, read the conversation
(inbound replies included), set a missing time zone."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from kixie_desktop.app import window_context
from kixie_desktop.composition import open_backend
from kixie_desktop.gui.contacts.tab import ContactsContext, ContactsTab
from kixie_desktop.gui.operations import BackgroundRunner
from kixie_desktop.services.leads.contact_history import ContactHistoryService
from kixie_desktop.storage.models import ContactRow, EnrollmentRow


def test_search_open_read_replies_and_set_zone(qtbot: QtBot, qtmodeltester, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    backend = open_backend(f"sqlite:///{tmp_path / 'kixie.db'}")
    backend.seed_demo()
    admin = backend.actor()
    account = backend.accounts.get(admin)
    olivia = next(c for c in backend.contacts.list(admin) if c.first_name == "Olivia")
    backend.inbound_sms.receive(account.id, olivia.phone, None, "Call me <after> 5pm")
    backend.inbound_sms.receive(account.id, olivia.phone, None, "STOP")

    runner = BackgroundRunner()
    woken: list[bool] = []
    tab = ContactsTab(ContactsContext(admin, account.timezone, ContactHistoryService(backend.store, backend.clock),
                                      backend.contacts, backend.enrollment, backend.cadences,
                                      window_context(backend).contacts.leads, backend.recordings,
                                      backend.contact_deletion, lambda: woken.append(True)), runner)
    qtbot.addWidget(tab)
    tab.show()
    with qtbot.waitSignal(tab.searched, timeout=20000) as found:
        qtbot.keyClicks(tab.ui.search_edit, "olivia")
    assert found.args[0] >= 1
    qtmodeltester.check(tab.model)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.contact_at(r).id == olivia.id)
    with qtbot.waitSignal(tab.history_shown, timeout=20000):
        tab.ui.contacts_view.selectRow(row)
    messages = tab.ui.messages_text.toPlainText()
    assert "Call me <after> 5pm" in messages and "STOP" in messages  # escaped, shown as typed
    assert "Opted out of SMS" in tab.ui.contact_facts.text()

    # A bad zone is refused next to the field; a good one reaches the database.
    tab.ui.zone_combo.setCurrentText("Mars/Olympus")
    tab.ui.set_zone_button.click()
    qtbot.waitUntil(lambda: tab.ui.zone_error.text() != "", timeout=20000)
    assert "not an IANA time zone" in tab.ui.zone_error.text()
    tab.ui.zone_combo.setCurrentText("America/Denver")
    with qtbot.waitSignal(tab.history_shown, timeout=20000):
        tab.ui.set_zone_button.click()
    with backend.db.read() as s:
        assert s.scalar(select(ContactRow.timezone).where(ContactRow.id == olivia.id)) == "America/Denver"
    assert tab.ui.zone_error.text() == ""

    # Enroll her: the first action is planned at once, the engine is woken; twice is refused.
    qtbot.waitUntil(lambda: tab.ui.cadence_combo.count() == 3, timeout=20000)
    tab.ui.cadence_combo.setCurrentText("Speed to Lead")
    with qtbot.waitSignal(tab.enrolled, timeout=20000) as done:
        tab.ui.enroll_button.click()
    assert done.args[0].startswith("Enrolled in Speed to Lead: first action sms at")
    assert woken == [True]
    with qtbot.waitSignal(tab.enrolled, timeout=20000) as again:
        tab.ui.enroll_button.click()
    assert again.args[0] == "Not enrolled: the contact is already in this cadence"
    with backend.db.read() as s:
        sources = set(s.scalars(select(EnrollmentRow.source).where(EnrollmentRow.contact_id == olivia.id)))
    assert sources == {"demo", "desktop"}  # the demo's nurture enrollment, and this one
    runner.shutdown()
    backend.close()
