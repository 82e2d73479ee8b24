"""``python -m kixie_desktop`` is ``kixie-desktop``."""

import sys

from kixie_desktop.cli.main import main

sys.exit(main())
