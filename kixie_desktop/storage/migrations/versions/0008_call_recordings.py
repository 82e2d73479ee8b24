"""call_records.recording_file and recording_seconds: a recorded call's WAV and its length

When the account records calls (its recording-consent setting), each call of the PowerCall
panel is recorded, both directions, to a WAV in the recordings folder of the computer that
made it; the record keeps the file's name there and how long it is. NULL: not recorded.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('call_records', schema=None) as batch_op:
        batch_op.add_column(sa.Column('recording_file', sa.String(length=300), nullable=True))
        batch_op.add_column(sa.Column('recording_seconds', sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('call_records', schema=None) as batch_op:
        batch_op.drop_column('recording_seconds')
        batch_op.drop_column('recording_file')
