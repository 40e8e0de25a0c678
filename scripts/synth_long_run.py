"""Run the round-trip long mode (tests/synth/long_run.py) from the project root.

    python scripts/synth_long_run.py --pages 20000 --seed 1
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from synth.long_run import main

if __name__ == "__main__":
    sys.exit(main())
