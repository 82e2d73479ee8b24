"""analytics: speed to lead on enrollments, talk and wrap-up time on call records, indexes

Speed to lead is enrollment → first touch. The engine and PowerCall now write the first call
dialled or text sent on the enrollment itself — the instant, and the seconds since the
enrollment — so the figure is read from a cadence's enrollments alone: the funnel and the
counts from ``ix_enrollments_cadence_created``, the median and 90th percentile at their
positions in ``ix_enrollments_cadence_speed``. Existing enrollments get both from their
history: the earliest text sent (its completion) or call placed (its call record).
Call records keep their talk time (answered → hung up) and wrap-up time (hung up → the
disposition saved, which is when the call action completed) in seconds, worked out from the
instants they already hold, so an agent's totals are sums.
A cadence's dispositioned calls, finished texts by status, and texts not sent because the
lead had opted out each get a small partial index with the columns their counts read.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from kixie_desktop.storage.models.base import UtcDateTime


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

_FINAL = "status NOT IN ('scheduled', 'processing', 'sending')"
_DISPOSITIONED = "disposition_id IS NOT NULL"
_TEXTS = "type = 'sms' AND " + _FINAL
_OPTED_OUT = "reason = 'Contact opted out of SMS'"
_TOUCHED = "first_touch_s IS NOT NULL"

# One pass over the enrollments, each looking its runs up by ix_action_runs_enrollment_id
# and their calls by ix_call_records_action_run_id. The same statement on both databases.
_BACKFILL = """
UPDATE enrollments SET first_touch_at = (
    SELECT min(touched.at) FROM (
        SELECT r.completed_at AS at FROM action_runs r
        WHERE r.enrollment_id = enrollments.id AND r.type = 'sms' AND r.outcome = 'sent'
        UNION ALL
        SELECT c.started_at AS at FROM action_runs r JOIN call_records c ON c.action_run_id = r.id
        WHERE r.enrollment_id = enrollments.id AND r.type = 'call' AND c.direction = 'out'
    ) AS touched)
"""
# Seconds between two instants, as storage/durations.py writes them: to the millisecond on
# SQLite (julianday carries float noise), exact on PostgreSQL.
_SECONDS = {
    "sqlite": "round((julianday({later}) - julianday({earlier})) * 86400.0, 3)",
    "postgresql": "CAST(EXTRACT(EPOCH FROM ({later} - {earlier})) AS DOUBLE PRECISION)",
}
# Each statement takes the dialect's ``_SECONDS`` as ``seconds`` (a str.format template).
_DURATIONS = (
    "UPDATE enrollments SET first_touch_s = {first_touch} WHERE first_touch_at IS NOT NULL",
    "UPDATE call_records SET talk_s = {talk} WHERE connected_at IS NOT NULL AND ended_at IS NOT NULL",
    # Hang-up to the disposition saved (the call action's end); 0 when saved during the call.
    "UPDATE call_records SET wrap_up_s = (SELECT CASE WHEN call_records.ended_at IS NULL THEN NULL"
    " WHEN r.completed_at > call_records.ended_at THEN {wrap_up} ELSE 0.0 END"
    " FROM action_runs r WHERE r.id = call_records.action_run_id)"
    " WHERE disposition_id IS NOT NULL AND action_run_id IS NOT NULL",
)


def durations(dialect: str) -> list[str]:
    """The statements that work the stored durations out from the instants, on ``dialect``."""
    seconds = _SECONDS[dialect]
    values = {"first_touch": seconds.format(later="first_touch_at", earlier="created_at"),
              "talk": seconds.format(later="ended_at", earlier="connected_at"),
              "wrap_up": seconds.format(later="r.completed_at", earlier="call_records.ended_at")}
    return [statement.format(**values) for statement in _DURATIONS]


def upgrade() -> None:
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('first_touch_at', UtcDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('first_touch_s', sa.Double(), nullable=True))
    with op.batch_alter_table('call_records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('talk_s', sa.Double(), nullable=True))
        batch_op.add_column(sa.Column('wrap_up_s', sa.Double(), nullable=True))
    op.execute(_BACKFILL)
    for statement in durations(op.get_bind().dialect.name):
        op.execute(statement)
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.create_index('ix_enrollments_cadence_created',
                              ['cadence_id', 'created_at', 'owner_id', 'current_step', 'state', 'first_touch_s'],
                              unique=False)
        batch_op.create_index('ix_enrollments_cadence_speed', ['cadence_id', 'first_touch_s', 'created_at', 'owner_id'],
                              unique=False, sqlite_where=sa.text(_TOUCHED), postgresql_where=sa.text(_TOUCHED))
    with op.batch_alter_table('action_runs', schema=None) as batch_op:
        batch_op.create_index('ix_action_runs_dispositioned',
                              ['cadence_id', 'completed_at', 'disposition_id', 'accepted_by'], unique=False,
                              sqlite_where=sa.text(_DISPOSITIONED), postgresql_where=sa.text(_DISPOSITIONED))
        batch_op.create_index('ix_action_runs_texts', ['cadence_id', 'status', 'completed_at', 'owner_id', 'type'],
                              unique=False, sqlite_where=sa.text(_TEXTS), postgresql_where=sa.text(_TEXTS))
        batch_op.create_index('ix_action_runs_opted_out', ['cadence_id', 'completed_at', 'owner_id'], unique=False,
                              sqlite_where=sa.text(_OPTED_OUT), postgresql_where=sa.text(_OPTED_OUT))


def downgrade() -> None:
    with op.batch_alter_table('action_runs', schema=None) as batch_op:
        batch_op.drop_index('ix_action_runs_opted_out', sqlite_where=sa.text(_OPTED_OUT),
                            postgresql_where=sa.text(_OPTED_OUT))
        batch_op.drop_index('ix_action_runs_texts', sqlite_where=sa.text(_TEXTS), postgresql_where=sa.text(_TEXTS))
        batch_op.drop_index('ix_action_runs_dispositioned', sqlite_where=sa.text(_DISPOSITIONED),
                            postgresql_where=sa.text(_DISPOSITIONED))
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.drop_index('ix_enrollments_cadence_speed', sqlite_where=sa.text(_TOUCHED),
                            postgresql_where=sa.text(_TOUCHED))
        batch_op.drop_index('ix_enrollments_cadence_created')
        batch_op.drop_column('first_touch_s')
        batch_op.drop_column('first_touch_at')
    with op.batch_alter_table('call_records', schema=None) as batch_op:
        batch_op.drop_column('wrap_up_s')
        batch_op.drop_column('talk_s')
