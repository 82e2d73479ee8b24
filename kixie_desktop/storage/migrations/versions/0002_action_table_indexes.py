"""action table indexes

The supervisors' Inflight and Completed Actions tables sort and filter millions of
action runs: partial indexes on each table's date column (matching the literal
split predicates in ``storage/repositories/action_table.py``), and indexes for the
Created Date sort and the phone-prefix filter. ``account_id`` leads each key (every
query filters on it) and ``id`` closes it, so counts and keyset pages on
``(sort key, id)`` stay inside the index on both databases.

Revision ID: 0002
Revises: 0001
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

_INFLIGHT = "status IN ('scheduled', 'processing', 'sending')"
_FINAL = "status NOT IN ('scheduled', 'processing', 'sending')"


def upgrade() -> None:
    with op.batch_alter_table('action_runs', schema=None) as batch_op:
        batch_op.create_index('ix_action_runs_inflight_due', ['account_id', 'due_at', 'id'], unique=False,
                              sqlite_where=sa.text(_INFLIGHT), postgresql_where=sa.text(_INFLIGHT))
        batch_op.create_index('ix_action_runs_final_completed', ['account_id', 'completed_at', 'id'], unique=False,
                              sqlite_where=sa.text(_FINAL), postgresql_where=sa.text(_FINAL))
        batch_op.create_index('ix_action_runs_created', ['account_id', 'created_at', 'id'], unique=False)
        batch_op.create_index('ix_action_runs_phone', ['account_id', 'target_phone', 'id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('action_runs', schema=None) as batch_op:
        batch_op.drop_index('ix_action_runs_phone')
        batch_op.drop_index('ix_action_runs_created')
        batch_op.drop_index('ix_action_runs_final_completed', sqlite_where=sa.text(_FINAL),
                            postgresql_where=sa.text(_FINAL))
        batch_op.drop_index('ix_action_runs_inflight_due', sqlite_where=sa.text(_INFLIGHT),
                            postgresql_where=sa.text(_INFLIGHT))
