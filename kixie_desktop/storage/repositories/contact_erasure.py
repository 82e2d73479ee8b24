"""Deleting a contact and everything recorded about them: enrollments, action runs and their
prompts, call records, texts. Touches stay, without their action run: they count against the
harassment limits of a phone number, not of a person, and a lead deleted and added again must
not be called more than the rules allow.
"""

from __future__ import annotations

from sqlalchemy import delete, exists, or_, select, update
from sqlalchemy.orm import Session

from kixie_desktop.domain.ids import ContactId
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.storage.models import (
    ActionRunRow,
    CallPromptRow,
    CallRecordRow,
    ContactRow,
    EnrollmentRow,
    SmsMessageRow,
    TouchRow,
)


class SqlContactErasure:
    def __init__(self, session: Session) -> None:
        self._s = session

    def on_a_call(self, contact_id: ContactId) -> bool:
        """An agent has taken a call action of the contact's and not saved its disposition."""
        return bool(self._s.scalar(select(exists().where(
            ActionRunRow.contact_id == contact_id, ActionRunRow.accepted_by.is_not(None),
            ActionRunRow.status == ActionStatus.PROCESSING.value))))

    def delete(self, contact_id: ContactId) -> None:
        runs = select(ActionRunRow.id).where(ActionRunRow.contact_id == contact_id).scalar_subquery()
        s = self._s
        s.execute(delete(CallPromptRow).where(CallPromptRow.action_run_id.in_(runs)))
        s.execute(update(TouchRow).where(TouchRow.action_run_id.in_(runs)).values(action_run_id=None))
        s.execute(delete(CallRecordRow).where(or_(CallRecordRow.contact_id == contact_id,
                                                  CallRecordRow.action_run_id.in_(runs))))
        s.execute(delete(SmsMessageRow).where(or_(SmsMessageRow.contact_id == contact_id,
                                                  SmsMessageRow.action_run_id.in_(runs))))
        s.execute(delete(ActionRunRow).where(ActionRunRow.contact_id == contact_id))
        s.execute(delete(EnrollmentRow).where(EnrollmentRow.contact_id == contact_id))
        s.execute(delete(ContactRow).where(ContactRow.id == contact_id))
