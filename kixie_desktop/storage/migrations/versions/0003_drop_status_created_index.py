"""drop ix_action_runs_status_created

No query needs it any more (the supervisors' tables have their own indexes), and
without statistics SQLite preferred it to the engine's partial due-index, turning
each claim into a walk over every scheduled row — a million of them in a backlog.
Dropping it also spares every action run insert and status change one index write.

Revision ID: 0003
Revises: 0002
"""

from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('action_runs', schema=None) as batch_op:
        batch_op.drop_index('ix_action_runs_status_created')


def downgrade() -> None:
    with op.batch_alter_table('action_runs', schema=None) as batch_op:
        batch_op.create_index('ix_action_runs_status_created', ['status', 'created_at'], unique=False)
