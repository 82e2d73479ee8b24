"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 13:06:59.686937
"""

from alembic import op
import sqlalchemy as sa

from kixie_desktop.storage.models.base import UtcDateTime


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('accounts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('timezone', sa.String(length=64), nullable=False),
    sa.Column('default_region', sa.String(length=2), nullable=False),
    sa.Column('default_sender', sa.String(length=32), nullable=True),
    sa.Column('quiet_hours_guard', sa.Boolean(), nullable=False),
    sa.Column('compliance_profiles', sa.Boolean(), nullable=False),
    sa.Column('prompt_timeout_s', sa.Integer(), nullable=False),
    sa.Column('recording_consent', sa.Boolean(), nullable=False),
    sa.Column('call_limit_count', sa.Integer(), nullable=True),
    sa.Column('call_limit_amount', sa.Integer(), nullable=True),
    sa.Column('call_limit_unit', sa.String(length=8), nullable=True),
    sa.Column('sms_limit_count', sa.Integer(), nullable=True),
    sa.Column('sms_limit_amount', sa.Integer(), nullable=True),
    sa.Column('sms_limit_unit', sa.String(length=8), nullable=True),
    sa.Column('holidays', sa.JSON(), nullable=False),
    sa.Column('caller_id_pool', sa.JSON(), nullable=False),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_accounts'))
    )
    op.create_table('api_tokens',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('token_hash', sa.String(length=128), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_api_tokens_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_api_tokens')),
    sa.UniqueConstraint('account_id', 'name', name=op.f('uq_api_tokens_account_id_name')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_api_tokens_token_hash'))
    )
    op.create_table('cadences',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('current_version_id', sa.Integer(), nullable=True),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('deleted_at', UtcDateTime(timezone=True), nullable=True),
    sa.Column('invocations', sa.Integer(), nullable=False),
    sa.Column('tasks_run', sa.Integer(), nullable=False),
    sa.Column('last_triggered_at', UtcDateTime(timezone=True), nullable=True),
    sa.Column('last_action_at', UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_cadences_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cadences'))
    )
    with op.batch_alter_table('cadences', schema=None) as batch_op:
        batch_op.create_index('uq_cadences_live_name', ['account_id', 'name'], unique=True, sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.create_table('dispositions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_dispositions_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dispositions')),
    sa.UniqueConstraint('account_id', 'name', name=op.f('uq_dispositions_account_id_name'))
    )
    op.create_table('idempotency_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=200), nullable=False),
    sa.Column('request_hash', sa.String(length=64), nullable=False),
    sa.Column('status', sa.Integer(), nullable=False),
    sa.Column('response', sa.JSON(), nullable=False),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_idempotency_records_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_idempotency_records')),
    sa.UniqueConstraint('account_id', 'key', name=op.f('uq_idempotency_records_account_id_key'))
    )
    op.create_table('queues',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('rr_last_user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_queues_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_queues')),
    sa.UniqueConstraint('account_id', 'name', name=op.f('uq_queues_account_id_name'))
    )
    with op.batch_alter_table('queues', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_queues_account_id'), ['account_id'], unique=False)

    op.create_table('sms_templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_sms_templates_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sms_templates')),
    sa.UniqueConstraint('account_id', 'name', name=op.f('uq_sms_templates_account_id_name'))
    )
    op.create_table('teams',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_teams_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_teams')),
    sa.UniqueConstraint('account_id', 'name', name=op.f('uq_teams_account_id_name'))
    )
    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_teams_account_id'), ['account_id'], unique=False)

    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('sip_uri', sa.String(length=254), nullable=True),
    sa.Column('sender_number', sa.String(length=32), nullable=True),
    sa.Column('availability', sa.String(length=16), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_users_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('account_id', 'email', name=op.f('uq_users_account_id_email'))
    )
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_users_account_id'), ['account_id'], unique=False)

    op.create_table('webhook_subscriptions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('url', sa.String(length=2000), nullable=False),
    sa.Column('events', sa.JSON(), nullable=False),
    sa.Column('secret_ref', sa.String(length=120), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_webhook_subscriptions_account_id_accounts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_webhook_subscriptions'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('actor_user_id', sa.Integer(), nullable=True),
    sa.Column('actor_name', sa.String(length=200), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity', sa.String(length=32), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_audit_log_account_id_accounts')),
    sa.ForeignKeyConstraint(['actor_user_id'], ['users.id'], name=op.f('fk_audit_log_actor_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('cadence_versions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cadence_id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('queue_id', sa.Integer(), nullable=False),
    sa.Column('assign_owner', sa.String(length=16), nullable=False),
    sa.Column('use_contact_owner', sa.Boolean(), nullable=False),
    sa.Column('allow_reenrollment', sa.Boolean(), nullable=False),
    sa.Column('cadence_hours', sa.JSON(), nullable=False),
    sa.Column('target_hours', sa.JSON(), nullable=False),
    sa.Column('exclusive', sa.Boolean(), nullable=False),
    sa.Column('check_dnc', sa.Boolean(), nullable=False),
    sa.Column('reply_behavior', sa.String(length=16), nullable=False),
    sa.Column('reply_pause_s', sa.Integer(), nullable=False),
    sa.Column('use_business_rules', sa.Boolean(), nullable=False),
    sa.Column('call_limit_count', sa.Integer(), nullable=True),
    sa.Column('call_limit_amount', sa.Integer(), nullable=True),
    sa.Column('call_limit_unit', sa.String(length=8), nullable=True),
    sa.Column('sms_limit_count', sa.Integer(), nullable=True),
    sa.Column('sms_limit_amount', sa.Integer(), nullable=True),
    sa.Column('sms_limit_unit', sa.String(length=8), nullable=True),
    sa.ForeignKeyConstraint(['cadence_id'], ['cadences.id'], name=op.f('fk_cadence_versions_cadence_id_cadences')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_cadence_versions_created_by_users')),
    sa.ForeignKeyConstraint(['queue_id'], ['queues.id'], name=op.f('fk_cadence_versions_queue_id_queues')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cadence_versions')),
    sa.UniqueConstraint('cadence_id', 'version', name=op.f('uq_cadence_versions_cadence_id_version'))
    )
    # cadences and cadence_versions point at each other: the cycle closes once both exist.
    with op.batch_alter_table('cadences', schema=None) as batch_op:
        batch_op.create_foreign_key('fk_cadences_current_version', 'cadence_versions', ['current_version_id'], ['id'])
    op.create_table('contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('first_name', sa.String(length=100), nullable=False),
    sa.Column('last_name', sa.String(length=100), nullable=False),
    sa.Column('email', sa.String(length=254), nullable=True),
    sa.Column('company', sa.String(length=200), nullable=True),
    sa.Column('timezone', sa.String(length=64), nullable=True),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('external_id', sa.String(length=128), nullable=True),
    sa.Column('do_not_contact', sa.Boolean(), nullable=False),
    sa.Column('sms_opt_out', sa.Boolean(), nullable=False),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('updated_at', UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_contacts_account_id_accounts')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_contacts_owner_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contacts')),
    sa.UniqueConstraint('account_id', 'phone', name=op.f('uq_contacts_account_id_phone'))
    )
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.create_index('ix_contacts_external_id', ['account_id', 'external_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contacts_owner_id'), ['owner_id'], unique=False)

    op.create_table('queue_teams',
    sa.Column('queue_id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['queue_id'], ['queues.id'], name=op.f('fk_queue_teams_queue_id_queues'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_queue_teams_team_id_teams'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('queue_id', 'team_id', name=op.f('pk_queue_teams'))
    )
    op.create_table('team_members',
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_team_members_team_id_teams'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_team_members_user_id_users'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('team_id', 'user_id', name=op.f('pk_team_members'))
    )
    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.create_index('ix_team_members_user', ['user_id'], unique=False)

    op.create_table('webhook_outbox',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=64), nullable=False),
    sa.Column('event_type', sa.String(length=40), nullable=False),
    sa.Column('subscription_id', sa.Integer(), nullable=True),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('payload', sa.JSON(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('delivered_at', UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_webhook_outbox_account_id_accounts')),
    sa.ForeignKeyConstraint(['subscription_id'], ['webhook_subscriptions.id'], name=op.f('fk_webhook_outbox_subscription_id_webhook_subscriptions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_webhook_outbox')),
    sa.UniqueConstraint('event_id', name=op.f('uq_webhook_outbox_event_id'))
    )
    with op.batch_alter_table('webhook_outbox', schema=None) as batch_op:
        batch_op.create_index('ix_webhook_outbox_pending', ['status', 'next_attempt_at'], unique=False)

    op.create_table('cadence_actions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=8), nullable=False),
    sa.Column('after_s', sa.Integer(), nullable=False),
    sa.Column('retry', sa.Boolean(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('min_between_s', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('customize', sa.Boolean(), nullable=False),
    sa.Column('body', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['template_id'], ['sms_templates.id'], name=op.f('fk_cadence_actions_template_id_sms_templates')),
    sa.ForeignKeyConstraint(['version_id'], ['cadence_versions.id'], name=op.f('fk_cadence_actions_version_id_cadence_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cadence_actions')),
    sa.UniqueConstraint('version_id', 'position', name=op.f('uq_cadence_actions_version_id_position'))
    )
    op.create_table('cadence_disposition_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('disposition_id', sa.Integer(), nullable=False),
    sa.Column('action', sa.String(length=8), nullable=False),
    sa.Column('target_cadence_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['disposition_id'], ['dispositions.id'], name=op.f('fk_cadence_disposition_rules_disposition_id_dispositions')),
    sa.ForeignKeyConstraint(['target_cadence_id'], ['cadences.id'], name=op.f('fk_cadence_disposition_rules_target_cadence_id_cadences')),
    sa.ForeignKeyConstraint(['version_id'], ['cadence_versions.id'], name=op.f('fk_cadence_disposition_rules_version_id_cadence_versions'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cadence_disposition_rules')),
    sa.UniqueConstraint('version_id', 'disposition_id', name=op.f('uq_cadence_disposition_rules_version_id_disposition_id'))
    )
    op.create_table('enrollments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('cadence_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('current_step', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=32), nullable=False),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('ended_at', UtcDateTime(timezone=True), nullable=True),
    sa.Column('end_reason', sa.Text(), nullable=True),
    sa.Column('paused_until', UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_enrollments_account_id_accounts')),
    sa.ForeignKeyConstraint(['cadence_id'], ['cadences.id'], name=op.f('fk_enrollments_cadence_id_cadences')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_enrollments_contact_id_contacts')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_enrollments_owner_id_users')),
    sa.ForeignKeyConstraint(['version_id'], ['cadence_versions.id'], name=op.f('fk_enrollments_version_id_cadence_versions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrollments'))
    )
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.create_index('ix_enrollments_contact', ['contact_id', 'cadence_id'], unique=False)
        batch_op.create_index('uq_enrollments_open', ['contact_id', 'cadence_id'], unique=True, sqlite_where=sa.text("state IN ('active', 'paused')"), postgresql_where=sa.text("state IN ('active', 'paused')"))

    op.create_table('action_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('enrollment_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=False),
    sa.Column('cadence_id', sa.Integer(), nullable=False),
    sa.Column('version_id', sa.Integer(), nullable=False),
    sa.Column('step', sa.Integer(), nullable=False),
    sa.Column('type', sa.String(length=8), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('target_phone', sa.String(length=20), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('due_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('completed_at', UtcDateTime(timezone=True), nullable=True),
    sa.Column('retry_count', sa.Integer(), nullable=False),
    sa.Column('max_retries', sa.Integer(), nullable=False),
    sa.Column('min_between_s', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=True),
    sa.Column('outcome', sa.String(length=80), nullable=True),
    sa.Column('disposition_id', sa.Integer(), nullable=True),
    sa.Column('held', sa.Boolean(), nullable=False),
    sa.Column('lease_owner', sa.String(length=64), nullable=True),
    sa.Column('lease_expires_at', UtcDateTime(timezone=True), nullable=True),
    sa.Column('accepted_by', sa.Integer(), nullable=True),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['accepted_by'], ['users.id'], name=op.f('fk_action_runs_accepted_by_users')),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_action_runs_account_id_accounts')),
    sa.ForeignKeyConstraint(['cadence_id'], ['cadences.id'], name=op.f('fk_action_runs_cadence_id_cadences')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_action_runs_contact_id_contacts')),
    sa.ForeignKeyConstraint(['disposition_id'], ['dispositions.id'], name=op.f('fk_action_runs_disposition_id_dispositions')),
    sa.ForeignKeyConstraint(['enrollment_id'], ['enrollments.id'], name=op.f('fk_action_runs_enrollment_id_enrollments')),
    sa.ForeignKeyConstraint(['owner_id'], ['users.id'], name=op.f('fk_action_runs_owner_id_users')),
    sa.ForeignKeyConstraint(['version_id'], ['cadence_versions.id'], name=op.f('fk_action_runs_version_id_cadence_versions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_runs'))
    )
    with op.batch_alter_table('action_runs', schema=None) as batch_op:
        batch_op.create_index('ix_action_runs_cadence', ['cadence_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_action_runs_contact_id'), ['contact_id'], unique=False)
        batch_op.create_index('ix_action_runs_due', ['due_at'], unique=False, sqlite_where=sa.text("status = 'scheduled' AND NOT held"), postgresql_where=sa.text("status = 'scheduled' AND NOT held"))
        batch_op.create_index(batch_op.f('ix_action_runs_enrollment_id'), ['enrollment_id'], unique=False)
        batch_op.create_index('ix_action_runs_leased', ['lease_expires_at'], unique=False, sqlite_where=sa.text("status IN ('processing', 'sending')"), postgresql_where=sa.text("status IN ('processing', 'sending')"))
        batch_op.create_index('ix_action_runs_status_created', ['status', 'created_at'], unique=False)

    op.create_table('call_prompts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('action_run_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('attempt', sa.Integer(), nullable=False),
    sa.Column('state', sa.String(length=12), nullable=False),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('answered_at', UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['action_run_id'], ['action_runs.id'], name=op.f('fk_call_prompts_action_run_id_action_runs')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_call_prompts_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_prompts'))
    )
    with op.batch_alter_table('call_prompts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_prompts_action_run_id'), ['action_run_id'], unique=False)
        batch_op.create_index('ix_call_prompts_user_state', ['user_id', 'state'], unique=False)

    op.create_table('call_records',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('action_run_id', sa.Integer(), nullable=True),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('from_number', sa.String(length=64), nullable=True),
    sa.Column('to_number', sa.String(length=64), nullable=False),
    sa.Column('started_at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('connected_at', UtcDateTime(timezone=True), nullable=True),
    sa.Column('ended_at', UtcDateTime(timezone=True), nullable=True),
    sa.Column('sip_status', sa.Integer(), nullable=True),
    sa.Column('sip_reason', sa.String(length=200), nullable=True),
    sa.Column('disposition_id', sa.Integer(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_call_records_account_id_accounts')),
    sa.ForeignKeyConstraint(['action_run_id'], ['action_runs.id'], name=op.f('fk_call_records_action_run_id_action_runs')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_call_records_contact_id_contacts')),
    sa.ForeignKeyConstraint(['disposition_id'], ['dispositions.id'], name=op.f('fk_call_records_disposition_id_dispositions')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_call_records_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_call_records'))
    )
    with op.batch_alter_table('call_records', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_call_records_action_run_id'), ['action_run_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_call_records_contact_id'), ['contact_id'], unique=False)

    op.create_table('sms_messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('contact_id', sa.Integer(), nullable=True),
    sa.Column('action_run_id', sa.Integer(), nullable=True),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('from_number', sa.String(length=64), nullable=True),
    sa.Column('to_number', sa.String(length=64), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('idempotency_key', sa.String(length=80), nullable=True),
    sa.Column('provider_id', sa.String(length=128), nullable=True),
    sa.Column('detail', sa.Text(), nullable=True),
    sa.Column('created_at', UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_sms_messages_account_id_accounts')),
    sa.ForeignKeyConstraint(['action_run_id'], ['action_runs.id'], name=op.f('fk_sms_messages_action_run_id_action_runs')),
    sa.ForeignKeyConstraint(['contact_id'], ['contacts.id'], name=op.f('fk_sms_messages_contact_id_contacts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sms_messages')),
    sa.UniqueConstraint('idempotency_key', name=op.f('uq_sms_messages_idempotency_key'))
    )
    with op.batch_alter_table('sms_messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sms_messages_contact_id'), ['contact_id'], unique=False)

    op.create_table('touches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('account_id', sa.Integer(), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('at', UtcDateTime(timezone=True), nullable=False),
    sa.Column('source', sa.String(length=16), nullable=False),
    sa.Column('action_run_id', sa.Integer(), nullable=True),
    sa.Column('cadence_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['account_id'], ['accounts.id'], name=op.f('fk_touches_account_id_accounts')),
    sa.ForeignKeyConstraint(['action_run_id'], ['action_runs.id'], name=op.f('fk_touches_action_run_id_action_runs')),
    sa.ForeignKeyConstraint(['cadence_id'], ['cadences.id'], name=op.f('fk_touches_cadence_id_cadences')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_touches'))
    )
    with op.batch_alter_table('touches', schema=None) as batch_op:
        batch_op.create_index('ix_touches_phone_kind_at', ['phone', 'kind', 'at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('touches', schema=None) as batch_op:
        batch_op.drop_index('ix_touches_phone_kind_at')

    op.drop_table('touches')
    with op.batch_alter_table('sms_messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sms_messages_contact_id'))

    op.drop_table('sms_messages')
    with op.batch_alter_table('call_records', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_call_records_contact_id'))
        batch_op.drop_index(batch_op.f('ix_call_records_action_run_id'))

    op.drop_table('call_records')
    with op.batch_alter_table('call_prompts', schema=None) as batch_op:
        batch_op.drop_index('ix_call_prompts_user_state')
        batch_op.drop_index(batch_op.f('ix_call_prompts_action_run_id'))

    op.drop_table('call_prompts')
    with op.batch_alter_table('action_runs', schema=None) as batch_op:
        batch_op.drop_index('ix_action_runs_status_created')
        batch_op.drop_index('ix_action_runs_leased', sqlite_where=sa.text("status IN ('processing', 'sending')"), postgresql_where=sa.text("status IN ('processing', 'sending')"))
        batch_op.drop_index(batch_op.f('ix_action_runs_enrollment_id'))
        batch_op.drop_index('ix_action_runs_due', sqlite_where=sa.text("status = 'scheduled' AND NOT held"), postgresql_where=sa.text("status = 'scheduled' AND NOT held"))
        batch_op.drop_index(batch_op.f('ix_action_runs_contact_id'))
        batch_op.drop_index('ix_action_runs_cadence')

    op.drop_table('action_runs')
    with op.batch_alter_table('enrollments', schema=None) as batch_op:
        batch_op.drop_index('uq_enrollments_open', sqlite_where=sa.text("state IN ('active', 'paused')"), postgresql_where=sa.text("state IN ('active', 'paused')"))
        batch_op.drop_index('ix_enrollments_contact')

    op.drop_table('enrollments')
    op.drop_table('cadence_disposition_rules')
    op.drop_table('cadence_actions')
    with op.batch_alter_table('webhook_outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_webhook_outbox_pending')

    op.drop_table('webhook_outbox')
    with op.batch_alter_table('team_members', schema=None) as batch_op:
        batch_op.drop_index('ix_team_members_user')

    op.drop_table('team_members')
    op.drop_table('queue_teams')
    with op.batch_alter_table('contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contacts_owner_id'))
        batch_op.drop_index('ix_contacts_external_id')

    op.drop_table('contacts')
    op.drop_table('cadence_versions')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_entity')

    op.drop_table('audit_log')
    op.drop_table('webhook_subscriptions')
    with op.batch_alter_table('users', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_users_account_id'))

    op.drop_table('users')
    with op.batch_alter_table('teams', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_teams_account_id'))

    op.drop_table('teams')
    op.drop_table('sms_templates')
    with op.batch_alter_table('queues', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_queues_account_id'))

    op.drop_table('queues')
    op.drop_table('idempotency_records')
    op.drop_table('dispositions')
    with op.batch_alter_table('cadences', schema=None) as batch_op:
        batch_op.drop_index('uq_cadences_live_name', sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))

    op.drop_table('cadences')
    op.drop_table('api_tokens')
    op.drop_table('accounts')
