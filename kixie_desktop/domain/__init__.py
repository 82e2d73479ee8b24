"""The domain: values, events and errors of Kixie Desktop.

Pure Python. No Qt, SQL, SIP, HTTP or keyring here; nothing reads the clock.
"""
