"""The frozen app's entry point (build.spec): the ``kvalkod`` console script as a file.

PyInstaller starts from a script, not from an entry point, and ``kvalkod/__main__.py`` uses
a relative import that a top-level script cannot; so this calls the same ``kvalkod.cli:main``.
"""

import sys

from kvalkod.cli import main

if __name__ == "__main__":
    sys.exit(main())
