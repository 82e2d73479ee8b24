"""dispositions.digit and dispositions.counts_as_connected

A disposition gets the key (1-9) an agent may press for it, unique among the account's
active dispositions, and a flag saying the call reached the lead (the connect rate).
Existing workspaces get what a new one gets (decision 34): keys 1-9 for their first nine
active dispositions in order, and Connected, Interested and Not Interested count as
connected.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

CONNECTED_BY_DEFAULT = ('connected', 'interested', 'not interested')
_ACTIVE_WITH_DIGIT = sa.text('digit IS NOT NULL AND NOT archived')


def upgrade() -> None:
    with op.batch_alter_table('dispositions', schema=None) as batch_op:
        batch_op.add_column(sa.Column('digit', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('counts_as_connected', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))

    dispositions = sa.table('dispositions', sa.column('id', sa.Integer()), sa.column('account_id', sa.Integer()),
                            sa.column('name', sa.String()), sa.column('position', sa.Integer()),
                            sa.column('archived', sa.Boolean()), sa.column('digit', sa.Integer()),
                            sa.column('counts_as_connected', sa.Boolean()))
    conn = op.get_bind()
    conn.execute(dispositions.update()
                 .where(sa.func.lower(dispositions.c.name).in_(CONNECTED_BY_DEFAULT))
                 .values(counts_as_connected=True))
    rows = conn.execute(sa.select(dispositions.c.id, dispositions.c.account_id)
                        .where(dispositions.c.archived.is_(False))
                        .order_by(dispositions.c.account_id, dispositions.c.position, dispositions.c.id)).all()
    given: dict[int, int] = {}
    for disposition_id, account_id in rows:
        digit = given[account_id] = given.get(account_id, 0) + 1
        if digit <= 9:
            conn.execute(dispositions.update().where(dispositions.c.id == disposition_id).values(digit=digit))

    with op.batch_alter_table('dispositions', schema=None) as batch_op:
        batch_op.create_index('uq_dispositions_active_digit', ['account_id', 'digit'], unique=True,
                              sqlite_where=_ACTIVE_WITH_DIGIT, postgresql_where=_ACTIVE_WITH_DIGIT)


def downgrade() -> None:
    with op.batch_alter_table('dispositions', schema=None) as batch_op:
        batch_op.drop_index('uq_dispositions_active_digit', sqlite_where=_ACTIVE_WITH_DIGIT,
                            postgresql_where=_ACTIVE_WITH_DIGIT)
        batch_op.drop_column('counts_as_connected')
        batch_op.drop_column('digit')
