"""Typed identifiers, so a contact id cannot be passed where a cadence id is due."""

from __future__ import annotations

from typing import NewType

AccountId = NewType("AccountId", int)
UserId = NewType("UserId", int)
TeamId = NewType("TeamId", int)
QueueId = NewType("QueueId", int)
ContactId = NewType("ContactId", int)
TemplateId = NewType("TemplateId", int)
DispositionId = NewType("DispositionId", int)
CadenceId = NewType("CadenceId", int)
CadenceVersionId = NewType("CadenceVersionId", int)
EnrollmentId = NewType("EnrollmentId", int)
ActionRunId = NewType("ActionRunId", int)
