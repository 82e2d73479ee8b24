"""Contacts and their way into cadences: contacts, history, CSV import, enrollment, unenrollment."""
