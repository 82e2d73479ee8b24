"""Telephony tests: the pjsua2 softphone against a real SIPp, the demo line, gateways."""
