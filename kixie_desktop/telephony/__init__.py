"""telephony layer."""
