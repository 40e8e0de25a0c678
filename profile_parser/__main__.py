"""``python -m profile_parser`` runs the command line.

The guard matters: ``--jobs`` workers are spawned processes that import the
main module again, and must not run the command line themselves.
"""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
