"""Redraw docs/explain-xiaomi.png, the README's picture of the HTML view of ``explain``.

    python scripts/explain_screenshot.py [--width 1400] [--height 1250]

Renders the seed page (``tests/fixtures/xiaomi.txt``) with
``profile_parser.explain.render_html`` and screenshots it in headless Chromium,
cut off from the network, with the flags of the browser test
(``tests/test_explain_browser.py``); the window's height keeps the top of the
view (its legend, counts and the first sections) and the file small.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from explain_dom import chromium  # noqa: E402 - needs the path above

from profile_parser import explain  # noqa: E402
from profile_parser.explain import render_html  # noqa: E402

SEED = ROOT / "tests" / "fixtures" / "xiaomi.txt"
TARGET = ROOT / "docs" / "explain-xiaomi.png"


def main() -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--width", type=int, default=1400)
    options.add_argument("--height", type=int, default=1250)
    options.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        view = Path(folder) / "xiaomi.html"
        view.write_text(render_html(explain(SEED.read_text(encoding="utf-8"))), encoding="utf-8")
        done = chromium(args.chromium, view, Path(folder) / "profile",
                        f"--window-size={args.width},{args.height}", "--hide-scrollbars", f"--screenshot={TARGET}")
    if done.returncode:
        sys.stderr.write(done.stderr)
        return done.returncode
    print(f"{TARGET.relative_to(ROOT)}: {TARGET.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
