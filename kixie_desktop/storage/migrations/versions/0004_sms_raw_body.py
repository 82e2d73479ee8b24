"""sms_messages.raw_body: the bytes of an inbound message as received

An inbound text is stored decoded with replacement so that any bytes a carrier sends
(a stray Latin-1 byte, a NUL, a charset nobody knows) are kept and its STOP is honoured;
the original bytes go here whenever the decoded text does not give them back exactly.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sms_messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('raw_body', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('sms_messages', schema=None) as batch_op:
        batch_op.drop_column('raw_body')
