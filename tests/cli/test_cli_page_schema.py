"""``profile-parser PAGE``, ``schema``, ``--help`` and usage errors, run as a subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import XIAOMI, Run
from support import FIXTURES, comparable, load_expected

from profile_parser.cli import main


def test_bare_page_prints_the_expected_object(run: Run) -> None:
    done = run(str(XIAOMI))
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"] == {"path": str(XIAOMI), "index": 0, "first_line": 1}
    expected = load_expected(FIXTURES / "xiaomi.expected.json")
    record["source"] = expected["source"]
    assert comparable(record, keep_facts=False) == comparable(expected, keep_facts=False)
    assert done.stderr == ""  # no summary in the page mode


def test_bare_page_of_a_dump_prints_an_array(run: Run, dump: Path) -> None:
    done = run(dump.name)
    assert done.returncode == 0
    records = json.loads(done.stdout)
    assert [r["source"]["index"] for r in records] == [0, 1, 2]


def test_bare_page_missing_file_is_an_io_error(run: Run) -> None:
    done = run("no-such-page.txt")
    assert done.returncode == 2
    assert "no-such-page.txt" in done.stderr and done.stdout == ""


def test_schema_is_the_models_json_schema(run: Run, tmp_path: Path) -> None:
    done = run("schema")
    assert done.returncode == 0
    schema = json.loads(done.stdout)
    assert schema["title"] == "InvestorProfile"
    assert {"name", "recent_deals", "source", "diagnostics"} <= set(schema["properties"])
    assert run("schema", "-o", "schema.json").returncode == 0
    assert json.loads((tmp_path / "schema.json").read_text(encoding="utf-8")) == schema


# argparse-level behaviour is checked in-process (no parsing happens): faster
@pytest.mark.parametrize("command", [[], ["convert"], ["check"], ["schema"]])
def test_every_help_shows_an_example(capsys: pytest.CaptureFixture[str],
                                     command: list[str]) -> None:
    assert main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "example" in out and "profile-parser " in out


@pytest.mark.parametrize("args", [
    ["convert", "dump.txt", "--format", "csv"],             # a directory format needs -o
    ["convert", "dump.txt", "--split"],                      # --split is for json
    ["convert", "dump.txt", "-o", "."],                      # jsonl writes a file, not a dir
    ["convert", "dump.txt", "--format", "xml"],              # no such format
    ["convert", "dump.txt", "--jobs", "-1"],
    ["convert"],                                             # no input
    [],                                                      # no command
])
def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str], dump: Path,
                            monkeypatch: pytest.MonkeyPatch, args: list[str]) -> None:
    monkeypatch.chdir(dump.parent)
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "usage" in captured.err or "error" in captured.err
