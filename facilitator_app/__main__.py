"""``python -m facilitator_app`` does what the ``facilitator-app`` command does."""

import sys

from .cli import main

sys.exit(main())
