"""Kixie Desktop: a desktop dialer that runs sales cadences.

The package is layered (see docs/architecture.md): ``domain`` and ``engine`` are
pure Python; ``services`` are the use cases every front end goes through;
``storage``, ``telephony``, ``integrations`` and ``config`` are adapters; ``gui``
and ``app`` alone touch Qt.
"""

__version__ = "0.1.0"
