"""The frozen app's entry script: the same ``main`` the ``kixie-desktop`` command runs.

PyInstaller needs a script, not a console-script entry point; this is all it does.
"""

import sys

from kixie_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
