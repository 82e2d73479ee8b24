"""Cadences and their immutable versions over SQLAlchemy.

A save never updates a version row: it inserts a new version (with its action
and rule rows) and points the cadence at it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kixie_desktop.domain.cadence import (
    Action,
    CadenceDefinition,
    CadenceHarassment,
    CadenceSettings,
    CallAction,
    DispositionRule,
    OwnerAssignment,
    ReplyBehavior,
    RuleAction,
    SmsAction,
)
from kixie_desktop.domain.cadence_views import CadenceSummary, CadenceVersion
from kixie_desktop.domain.errors import NotFound
from kixie_desktop.domain.harassment import HarassmentRules
from kixie_desktop.domain.ids import (
    AccountId,
    CadenceId,
    CadenceVersionId,
    DispositionId,
    QueueId,
    TemplateId,
    UserId,
)
from kixie_desktop.domain.schedule import WeeklySchedule
from kixie_desktop.domain.statuses import ActionStatus
from kixie_desktop.storage.models import (
    ActionRunRow,
    CadenceActionRow,
    CadenceDispositionRuleRow,
    CadenceRow,
    CadenceVersionRow,
)
from kixie_desktop.storage.repositories.directory import limit_columns, limit_from


def _seconds(delta: timedelta) -> int:
    return int(delta.total_seconds())


def _action_row(position: int, action: Action) -> CadenceActionRow:
    if isinstance(action, CallAction):
        return CadenceActionRow(position=position, type="call", after_s=_seconds(action.after),
                                retry=action.retry, attempts=action.attempts,
                                min_between_s=_seconds(action.min_between))
    return CadenceActionRow(position=position, type="sms", after_s=_seconds(action.after),
                            template_id=action.template_id, customize=action.customize,
                            body=action.body if action.customize else None)


def _action(row: CadenceActionRow) -> Action:
    after = timedelta(seconds=row.after_s)
    if row.type == "call":
        return CallAction(after=after, retry=row.retry, attempts=row.attempts,
                          min_between=timedelta(seconds=row.min_between_s))
    assert row.template_id is not None
    return SmsAction(template_id=TemplateId(row.template_id), after=after,
                     customize=row.customize, body=row.body)


def definition_of(version: CadenceVersionRow, actions: list[CadenceActionRow],
                  rules: list[CadenceDispositionRuleRow]) -> CadenceDefinition:
    settings = CadenceSettings(
        name=version.name, queue_id=QueueId(version.queue_id),
        assign_owner=OwnerAssignment(version.assign_owner),
        use_contact_owner=version.use_contact_owner, allow_reenrollment=version.allow_reenrollment,
        cadence_hours=WeeklySchedule.from_json(version.cadence_hours),
        target_hours=WeeklySchedule.from_json(version.target_hours),
        exclusive=version.exclusive, check_dnc=version.check_dnc,
        reply_behavior=ReplyBehavior(version.reply_behavior),
        reply_pause=timedelta(seconds=version.reply_pause_s),
    )
    harassment = CadenceHarassment(
        use_business_rules=version.use_business_rules,
        rules=HarassmentRules(
            calls=limit_from(version.call_limit_count, version.call_limit_amount, version.call_limit_unit),
            sms=limit_from(version.sms_limit_count, version.sms_limit_amount, version.sms_limit_unit),
        ),
    )
    return CadenceDefinition(
        settings=settings,
        actions=tuple(_action(a) for a in sorted(actions, key=lambda a: a.position)),
        disposition_rules=tuple(
            DispositionRule(DispositionId(r.disposition_id), RuleAction(r.action),
                            CadenceId(r.target_cadence_id) if r.target_cadence_id else None)
            for r in sorted(rules, key=lambda r: r.position)
        ),
        harassment=harassment,
    )


class SqlCadences:
    def __init__(self, session: Session) -> None:
        self._s = session

    def _live_row(self, cadence_id: CadenceId) -> CadenceRow:
        row = self._s.get(CadenceRow, cadence_id)
        if row is None or row.deleted_at is not None:
            raise NotFound(f"cadence {cadence_id} does not exist", field="cadence")
        return row

    def _summary_query(self):  # type: ignore[no-untyped-def]
        actions = (select(func.count()).where(CadenceActionRow.version_id == CadenceVersionRow.id)
                   .correlate(CadenceVersionRow).scalar_subquery())
        rules = (select(func.count()).where(CadenceDispositionRuleRow.version_id == CadenceVersionRow.id)
                 .correlate(CadenceVersionRow).scalar_subquery())
        return (select(CadenceRow, CadenceVersionRow.version, actions, rules)
                .join(CadenceVersionRow, CadenceVersionRow.id == CadenceRow.current_version_id)
                .where(CadenceRow.deleted_at.is_(None)))

    @staticmethod
    def _summary(row: CadenceRow, version: int, actions: int, rules: int) -> CadenceSummary:
        return CadenceSummary(
            id=CadenceId(row.id), name=row.name, active=row.active, version=version,
            actions=actions, disposition_rules=rules, invocations=row.invocations,
            tasks_run=row.tasks_run, last_triggered_at=row.last_triggered_at,
            last_action_at=row.last_action_at, created_at=row.created_at,
        )

    def pending_actions(self, cadence_id: CadenceId) -> int:
        """Scheduled and processing runs: what deleting the cadence would cancel (one index
        range on ix_action_runs_cadence)."""
        return self._s.scalar(select(func.count()).select_from(ActionRunRow).where(
            ActionRunRow.cadence_id == cadence_id,
            ActionRunRow.status.in_((ActionStatus.SCHEDULED.value, ActionStatus.PROCESSING.value)))) or 0

    def summaries(self, account_id: AccountId) -> list[CadenceSummary]:
        rows = self._s.execute(
            self._summary_query().where(CadenceRow.account_id == account_id).order_by(CadenceRow.name)
        )
        return [self._summary(*r) for r in rows]

    def summary(self, cadence_id: CadenceId) -> CadenceSummary:
        row = self._s.execute(self._summary_query().where(CadenceRow.id == cadence_id)).first()
        if row is None:
            raise NotFound(f"cadence {cadence_id} does not exist", field="cadence")
        return self._summary(*row)

    def version(self, version_id: CadenceVersionId) -> CadenceVersion:
        version = self._s.get(CadenceVersionRow, version_id)
        if version is None:
            raise NotFound(f"cadence version {version_id} does not exist")
        actions = list(self._s.scalars(select(CadenceActionRow).where(CadenceActionRow.version_id == version.id)))
        rules = list(self._s.scalars(
            select(CadenceDispositionRuleRow).where(CadenceDispositionRuleRow.version_id == version.id)
        ))
        return CadenceVersion(
            id=CadenceVersionId(version.id), cadence_id=CadenceId(version.cadence_id),
            version=version.version, created_at=version.created_at,
            definition=definition_of(version, actions, rules),
        )

    def current_version(self, cadence_id: CadenceId) -> CadenceVersion:
        row = self._live_row(cadence_id)
        assert row.current_version_id is not None
        return self.version(CadenceVersionId(row.current_version_id))

    def current_version_id(self, cadence_id: CadenceId) -> CadenceVersionId:
        version_id = self._live_row(cadence_id).current_version_id
        assert version_id is not None
        return CadenceVersionId(version_id)

    def is_live(self, cadence_id: CadenceId) -> bool:
        row = self._s.get(CadenceRow, cadence_id)
        return row is not None and row.deleted_at is None

    def is_active(self, cadence_id: CadenceId) -> bool:
        return self._live_row(cadence_id).active

    def live_id_by_name(self, account_id: AccountId, name: str) -> CadenceId | None:
        found = self._s.scalar(select(CadenceRow.id).where(
            CadenceRow.account_id == account_id, CadenceRow.deleted_at.is_(None),
            func.lower(CadenceRow.name) == name.lower(),
        ))
        return CadenceId(found) if found is not None else None

    def add(self, account_id: AccountId, definition: CadenceDefinition, by: UserId | None,
            now: datetime) -> CadenceVersion:
        row = CadenceRow(account_id=account_id, name=definition.settings.name, active=False, created_at=now)
        self._s.add(row)
        self._s.flush()
        return self._insert_version(row, 1, definition, by, now)

    def add_version(self, cadence_id: CadenceId, definition: CadenceDefinition,
                    by: UserId | None, now: datetime) -> CadenceVersion:
        # Lock the cadence row so two editors saving at once get versions n+1 and n+2.
        row = self._s.scalars(select(CadenceRow).where(CadenceRow.id == cadence_id).with_for_update()).one()
        latest = self._s.scalar(select(func.max(CadenceVersionRow.version))
                                .where(CadenceVersionRow.cadence_id == cadence_id)) or 0
        row.name = definition.settings.name
        return self._insert_version(row, latest + 1, definition, by, now)

    def _insert_version(self, cadence: CadenceRow, number: int, defn: CadenceDefinition,
                        by: UserId | None, now: datetime) -> CadenceVersion:
        s, h = defn.settings, defn.harassment
        version = CadenceVersionRow(
            cadence_id=cadence.id, version=number, created_at=now, created_by=by, name=s.name,
            queue_id=s.queue_id, assign_owner=s.assign_owner.value,
            use_contact_owner=s.use_contact_owner, allow_reenrollment=s.allow_reenrollment,
            cadence_hours=s.cadence_hours.to_json(), target_hours=s.target_hours.to_json(),
            exclusive=s.exclusive, check_dnc=s.check_dnc, reply_behavior=s.reply_behavior.value,
            reply_pause_s=_seconds(s.reply_pause), use_business_rules=h.use_business_rules,
            **limit_columns("call_limit", h.rules.calls), **limit_columns("sms_limit", h.rules.sms),
        )
        self._s.add(version)
        self._s.flush()
        for position, action in enumerate(defn.actions):
            action_row = _action_row(position, action)
            action_row.version_id = version.id
            self._s.add(action_row)
        for position, rule in enumerate(defn.disposition_rules):
            self._s.add(CadenceDispositionRuleRow(
                version_id=version.id, position=position, disposition_id=rule.disposition_id,
                action=rule.action.value, target_cadence_id=rule.target_cadence_id,
            ))
        cadence.current_version_id = version.id
        self._s.flush()
        return CadenceVersion(CadenceVersionId(version.id), CadenceId(cadence.id), number, now, defn)

    def set_active(self, cadence_id: CadenceId, active: bool) -> None:
        self._live_row(cadence_id).active = active

    def mark_deleted(self, cadence_id: CadenceId, now: datetime) -> None:
        row = self._live_row(cadence_id)
        row.deleted_at, row.active = now, False

    def count_enrollment(self, cadence_id: CadenceId, now: datetime) -> None:
        self._s.execute(update(CadenceRow).where(CadenceRow.id == cadence_id).values(
            invocations=CadenceRow.invocations + 1, last_triggered_at=now))

    def count_tasks(self, counts: dict[CadenceId, int], now: datetime) -> None:
        """Tasks Run / Last Action Ran, one statement per cadence touched in a batch."""
        for cadence_id, n in counts.items():
            self._s.connection().execute(update(CadenceRow).where(CadenceRow.id == cadence_id).values(
                tasks_run=CadenceRow.tasks_run + n, last_action_at=now))

    def active_flags(self, cadence_ids: Iterable[CadenceId]) -> dict[CadenceId, bool]:
        """Live-and-active per cadence; a deleted cadence reads as inactive."""
        rows = self._s.connection().execute(select(CadenceRow.id, CadenceRow.active, CadenceRow.deleted_at)
                               .where(CadenceRow.id.in_(list(set(cadence_ids)))))
        return {CadenceId(i): bool(a) and d is None for i, a, d in rows}

    def forwarding_to(self, cadence_id: CadenceId) -> list[CadenceId]:
        """Live cadences whose current version forwards to ``cadence_id``."""
        ids = self._s.scalars(
            select(CadenceRow.id)
            .join(CadenceDispositionRuleRow, CadenceDispositionRuleRow.version_id == CadenceRow.current_version_id)
            .where(CadenceDispositionRuleRow.target_cadence_id == cadence_id, CadenceRow.deleted_at.is_(None))
            .distinct()
        )
        return [CadenceId(i) for i in ids]
