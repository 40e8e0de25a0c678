"""``profile-parser check``: the data-quality report, text and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from cli_support import Run
from support import FIXTURES, load_expected

EXPECTED = load_expected(FIXTURES / "xiaomi.expected.json")


def _corpus(tmp_path: Path, page: str) -> None:
    # page 1 gets a stray line inside Stage Focus: one unparsed line there
    stray = page.replace("  • Corporate Round (3%)\n",
                         "  • Corporate Round (3%)\nWeird stray words here\n")
    (tmp_path / "corpus.txt").write_text("\n".join([page, stray]), encoding="utf-8")


def test_check_json_report(run: Run, tmp_path: Path, page: str) -> None:
    _corpus(tmp_path, page)
    done = run("check", "corpus.txt", "--format", "json", "--jobs", "2")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["pages"], report["records"], report["failed"]) == (2, 2, 0)
    codes = {(d["code"], d["severity"]): d["count"] for d in report["diagnostics"]}
    assert codes[("deal.company_inferred", "warning")] == 2  # the last deal of each page
    assert codes[("line.unparsed", "warning")] == 1
    assert report["unparsed_by_section"] == {"stage_focus": 1}
    missing = {m["field"]: (m["missing"], m["of"]) for m in report["missing_fields"]}
    without_amount = sum(d["amount_raised"] is None for d in EXPECTED["recent_deals"])
    assert missing["recent_deals.amount_raised"] == (2 * without_amount, 2 * 10)
    assert missing["recent_deals.location"] == (2, 20)  # Atech has no place line
    assert "name" not in missing and "stats" not in missing


def test_check_text_report_and_fail_on(run: Run, tmp_path: Path, page: str) -> None:
    _corpus(tmp_path, page)
    done = run("check", "corpus.txt", "-o", "report.txt", "--fail-on", "warning")
    assert done.returncode == 1  # the pages carry warnings
    text = (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert "pages         2" in text
    assert "unparsed lines by section:\n  stage_focus" in text
    assert "recent_deals.amount_raised" in text
