"""Telephony adapter: the pjsua2 softphone, SIP MESSAGE SMS and the demo line.

The only package that imports ``pjsua2``; no ``pj.*`` object leaves it and no
Qt is used here. Import the modules you need directly (``telephony.softphone``,
``telephony.demo_peer``...): this package's ``__init__`` stays empty so that
importing the pure-Python demo peer does not load the pjsua2 extension.
"""
