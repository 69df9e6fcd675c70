"""``python -m kvalkod``: the same as the ``kvalkod`` command."""

import sys

from .cli import main

sys.exit(main())
