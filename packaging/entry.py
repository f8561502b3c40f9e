"""The bundle's entry point: the same dispatch as the installed ``facilitator-app`` command.

No arguments open the desktop app; any arguments run the command line (see ``cli.main``).
"""

import sys

from facilitator_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
