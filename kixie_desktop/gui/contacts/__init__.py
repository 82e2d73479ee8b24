"""The Contacts tab: search, a contact's conversation, calls and cadences, its time zone, enrolling it."""
