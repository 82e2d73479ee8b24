"""The Contacts tab: search, a contact's messages, calls and cadences, its time zone, enrolling."""
