"""Dialogs for the account's integrations (Manage > Webhooks…, API Tokens…) and what they share."""
