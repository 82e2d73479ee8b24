"""enrollments.paused_by: who paused a lead, for the waiting reason "Paused by Sam until …"

A person may pause one enrollment (until an instant, or until someone resumes it); the
Inflight table and the API say who. The name is kept as it was at the time, as the audit
log keeps it; NULL for a pause the cadence's reply rule made.

Revision ID: 0006
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('paused_by', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.drop_column('paused_by')
