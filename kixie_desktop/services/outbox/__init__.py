"""Work that leaves through the durable outbox: webhooks and CRM sync."""
