"""``profile-parser PAGE``, ``schema``, ``--help``, ``-V``, ``--log-level``, ``--limit`` and usage errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import ROOT, XIAOMI, Run, numbered, pid
from support import FIXTURES, comparable, load_expected

from profile_parser import __version__
from profile_parser.cli import main


def test_bare_page_prints_the_expected_object(run: Run, page: str) -> None:
    done = run(str(XIAOMI))
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["source"] == {"path": str(XIAOMI), "index": 0, "first_line": 1}
    assert record.pop("profile_id") == pid(page)
    expected = load_expected(FIXTURES / "xiaomi.expected.json")
    record["source"] = expected["source"]
    assert comparable(record, keep_facts=False) == comparable(expected, keep_facts=False)
    assert done.stderr == ""  # no summary in the page mode


def test_bare_page_with_o_writes_the_file(run: Run, tmp_path: Path) -> None:
    done = run(str(XIAOMI), "-o", "out/xiaomi.json")
    assert done.returncode == 0 and done.stdout == "" and done.stderr == ""
    record = json.loads((tmp_path / "out" / "xiaomi.json").read_text(encoding="utf-8"))
    assert record["name"] == "Xiaomi"


def test_bare_page_of_a_dump_prints_an_array(run: Run, dump: Path) -> None:
    done = run(dump.name)
    assert done.returncode == 0
    records = json.loads(done.stdout)
    assert [r["source"]["index"] for r in records] == [0, 1, 2]


def test_bare_page_missing_file_is_an_io_error(run: Run) -> None:
    done = run("no-such-page.txt")
    assert done.returncode == 2
    assert "no-such-page.txt" in done.stderr and done.stdout == ""


def test_schema_carries_dialect_id_and_profile_id(run: Run, tmp_path: Path) -> None:
    done = run("schema")
    assert done.returncode == 0
    schema = json.loads(done.stdout)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"] == "urn:profile-parser:schema:investor-profile:1.1"
    assert schema["title"] == "InvestorProfile"
    assert {"name", "recent_deals", "source", "diagnostics"} <= set(schema["properties"])
    assert schema["properties"]["profile_id"]["type"] == "string"
    assert "profile_id" not in schema["required"]  # optional: parse() itself has none
    assert run("schema", "-o", "schema.json").returncode == 0
    assert json.loads((tmp_path / "schema.json").read_text(encoding="utf-8")) == schema


def test_the_schema_shipped_in_docs_is_the_one_printed(run: Run) -> None:
    shipped = ROOT / "docs" / "investor-profile.schema.json"
    assert shipped.read_text(encoding="utf-8") == run("schema").stdout, (
        "regenerate it: profile-parser schema -o docs/investor-profile.schema.json")


def test_records_validate_against_the_schema(run: Run, dump: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(run("schema").stdout)
    for line in run("convert", "dump.txt").stdout.splitlines():
        jsonschema.validate(json.loads(line), schema)


# argparse-level behaviour is checked in-process (no parsing happens): faster
@pytest.mark.parametrize("command", [[], ["convert"], ["check"], ["schema"]])
def test_every_help_shows_an_example(capsys: pytest.CaptureFixture[str],
                                     command: list[str]) -> None:
    assert main([*command, "--help"]) == 0
    out = capsys.readouterr().out
    assert "example" in out and "profile-parser " in out


@pytest.mark.parametrize("flag", ["-V", "--version"])
def test_version(capsys: pytest.CaptureFixture[str], flag: str) -> None:
    assert main([flag]) == 0
    assert capsys.readouterr().out == f"profile-parser {__version__}\n"


@pytest.mark.parametrize(("args", "usage"), [
    (["convert", "dump.txt", "--format", "csv"], "convert"),     # a directory format needs -o
    (["convert", "dump.txt", "--split"], "convert"),              # --split is for json
    (["convert", "dump.txt", "-o", "."], "convert"),              # jsonl writes a file, not a dir
    (["convert", "dump.txt", "--format", "xml"], "convert"),      # no such format
    (["convert", "dump.txt", "--jobs", "-1"], "convert"),
    (["convert", "dump.txt", "--limit", "x"], "convert"),
    (["check", "dump.txt", "--log-level", "loud"], "check"),
    (["schema", "--nope"], "schema"),
    (["convert"], "convert"),                                     # no input
    ([], ""),                                                     # no command
])
def test_usage_errors_exit_2_with_the_subcommands_usage(
        capsys: pytest.CaptureFixture[str], dump: Path, monkeypatch: pytest.MonkeyPatch,
        args: list[str], usage: str) -> None:
    monkeypatch.chdir(dump.parent)
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"usage: profile-parser {usage}".rstrip() in captured.err


def test_limit_reads_only_the_first_pages(run: Run, tmp_path: Path, page: str) -> None:
    (tmp_path / "many.txt").write_text("\n".join(numbered(page, 5)), encoding="utf-8")
    for jobs in ("1", "2"):
        done = run("convert", "many.txt", "--limit", "2", "--jobs", jobs)
        assert done.returncode == 0, done.stderr
        assert [json.loads(line)["name"] for line in done.stdout.splitlines()] == ["Xiaomi0000", "Xiaomi0001"]
        assert "2 pages, 2 records" in done.stderr and "stopped after --limit 2" in done.stderr
    whole = run("check", "many.txt", "--limit", "9", "--format", "json")
    assert json.loads(whole.stdout)["pages"] == 5 and "--limit" not in whole.stderr


def test_log_level_shows_the_librarys_messages(run: Run, dump: Path) -> None:
    quiet = run("convert", "dump.txt", "-o", "out.jsonl")
    assert "DEBUG" not in quiet.stderr
    loud = run("convert", "dump.txt", "-o", "out.jsonl", "--log-level", "debug", "--jobs", "2")
    assert loud.returncode == 0
    # each page is reported at debug level, by the workers that parse them
    assert "profile-parser: DEBUG: profile_parser.export.work: dump.txt: page 2 (line" in loud.stderr
