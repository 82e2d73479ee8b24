"""Test-wide set-up: offscreen Qt, an in-memory keyring, throwaway user directories."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
