"""SQLAlchemy 2.0 typed declarative models of SPEC §1.

Only ``storage`` imports these; repositories turn rows into domain values.
"""

from kixie_desktop.storage.models.base import Base
from kixie_desktop.storage.models.cadences import (
    CadenceActionRow,
    CadenceDispositionRuleRow,
    CadenceRow,
    CadenceVersionRow,
)
from kixie_desktop.storage.models.contacts import ContactRow, DispositionRow, SmsTemplateRow
from kixie_desktop.storage.models.directory import (
    AccountRow,
    QueueRow,
    TeamRow,
    UserRow,
    queue_teams,
    team_members,
)
from kixie_desktop.storage.models.records import (
    ApiTokenRow,
    AuditLogRow,
    CallRecordRow,
    IdempotencyRecordRow,
    SmsMessageRow,
    WebhookOutboxRow,
    WebhookSubscriptionRow,
)
from kixie_desktop.storage.models.runtime import (
    ActionRunRow,
    CallPromptRow,
    EnrollmentRow,
    TouchRow,
)

__all__ = [
    "AccountRow", "ActionRunRow", "ApiTokenRow", "AuditLogRow", "Base", "CadenceActionRow",
    "CadenceDispositionRuleRow", "CadenceRow", "CadenceVersionRow", "CallPromptRow",
    "CallRecordRow", "ContactRow", "DispositionRow", "EnrollmentRow", "IdempotencyRecordRow",
    "QueueRow", "SmsMessageRow", "SmsTemplateRow", "TeamRow", "TouchRow", "UserRow",
    "WebhookOutboxRow", "WebhookSubscriptionRow", "queue_teams", "team_members",
]
