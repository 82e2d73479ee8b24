"""This workstation's own set-up: its SIP account, sound devices and test call, and the SMS provider its engine sends through."""
