"""``profile-parser convert``: every output format read back and checked against the input."""

from __future__ import annotations

import csv
import datetime
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from cli_support import XIAOMI_LINES, Run, numbered, pid
from support import FIXTURES, comparable, load_expected

EXPECTED = load_expected(FIXTURES / "xiaomi.expected.json")
DEALS = EXPECTED["recent_deals"]


def _same_as_expected(record: dict[str, Any]) -> bool:
    """The record is the contract's expected record, plus ``profile_id`` first."""
    assert next(iter(record)) == "profile_id"
    record = {**record, "source": EXPECTED["source"]}
    del record["profile_id"]
    return comparable(record, keep_facts=False) == comparable(EXPECTED, keep_facts=False)


def test_jsonl_is_the_default_one_record_per_page(run: Run, dump: Path, page: str) -> None:
    done = run("convert", "dump.txt")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["source"] for r in records] == [
        {"path": "dump.txt", "index": k, "first_line": 1 + k * XIAOMI_LINES} for k in range(3)]
    assert all(_same_as_expected(r) for r in records)
    # three copies of one page: one page, one id (the last copy has no final line break)
    assert [r["profile_id"] for r in records] == [pid(page)] * 3
    # the summary: pages, records, failures, diagnostics by code, pages per second
    assert "3 pages, 3 records, 0 failed" in done.stderr
    assert "deal.company_inferred 3" in done.stderr and "pages/s" in done.stderr


def test_json_array_to_a_file(run: Run, dump: Path, tmp_path: Path) -> None:
    done = run("convert", "dump.txt", "--format", "json", "-o", "out.json", "--quiet")
    assert done.returncode == 0 and done.stdout == "" and done.stderr == ""
    records = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert len(records) == 3 and all(_same_as_expected(r) for r in records)


def test_json_split_one_file_per_page_named_by_profile_id(run: Run, tmp_path: Path,
                                                          page: str) -> None:
    pages = numbered(page, 3)
    (tmp_path / "dump.txt").write_text("\n".join(pages), encoding="utf-8")
    done = run("convert", "dump.txt", "--format", "json", "--split", "-o", "out/pages")
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in (tmp_path / "out" / "pages").iterdir())
    assert names == sorted(f"{pid(text)}.json" for text in pages)
    second = json.loads((tmp_path / "out" / "pages" / f"{pid(pages[1])}.json").read_text("utf-8"))
    assert second["source"]["index"] == 1 and second["name"] == "Xiaomi0001"
    assert second["profile_id"] == pid(pages[1])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dump.txt", "out"]  # no temporary left


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_tables(run: Run, dump: Path, tmp_path: Path, page: str) -> None:
    done = run("convert", "dump.txt", "--format", "csv", "-o", "tables")
    assert done.returncode == 0, done.stderr
    out = tmp_path / "tables"
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.csv" for t in (
        "profiles", "deals", "co_investors", "angels", "stage_focus", "country_focus",
        "industries", "facts", "diagnostics", "unparsed"))
    keys = [pid(page)] * 3

    profiles = _csv(out / "profiles.csv")
    assert [p["profile_id"] for p in profiles] == keys
    first = profiles[0]
    assert (first["name"], first["source_path"]) == ("Xiaomi", "dump.txt")
    assert (first["source_index"], first["source_first_line"]) == ("0", "1")
    assert profiles[2]["source_first_line"] == str(1 + 2 * XIAOMI_LINES)
    assert (first["location_city"], first["location_country_code"]) == ("Beijing", "CN")
    assert first["stats_portfolio_companies_value"] == "38"
    assert first["stats_portfolio_companies_qualifier"] == "more_than"
    assert first["highlights_check_size_min_amount"] == "5000000"
    assert first["highlights_check_size_max_currency"] == "USD"
    assert json.loads(first["highlights_themes"]) == ["Manufacturing", "Automotive", "Sensor"]
    assert first["source_fields"] == ""  # null: a text input has no JSON Lines fields

    deals = _csv(out / "deals.csv")
    assert len(deals) == 3 * 10
    assert [d["position"] for d in deals[:10]] == [str(i) for i in range(10)]
    qingmei = deals[0]
    assert (qingmei["profile_id"], qingmei["company"], qingmei["round_code"]) == (
        keys[0], "Qingmei Electric", "series_b")
    assert (qingmei["date"], qingmei["amount_raised_amount"]) == ("2025-07-31", "13888021")
    assert (qingmei["location_city"], qingmei["company_inferred"]) == ("Cixi", "false")
    atech = deals[9]
    assert (atech["company"], atech["company_inferred"]) == ("Atech Automotive Electronics", "true")
    assert atech["location_raw"] == "" and deals[1]["amount_raised_amount"] == ""

    stages = _csv(out / "stage_focus.csv")
    assert len(stages) == 27
    assert [s["percent"] for s in stages[:9]] == ["32", "21", "18", "13", "5", "3", "3", "3", "3"]
    co = _csv(out / "co_investors.csv")
    assert [int(c["co_investments"]) for c in co[:10]] == [5, 15, 3, 2, 3, 4, 4, 3, 4, 2]
    industries = _csv(out / "industries.csv")
    focus = [r for r in industries if r["deal_position"] == ""]
    assert [r["industry"] for r in focus] == EXPECTED["industry_focus"] * 3
    of_deal0 = [r["industry"] for r in industries if r["deal_position"] == "0"]
    assert of_deal0 == ["Manufacturing", "Smart Home"] * 3
    assert len(industries) == 3 * (10 + sum(len(d["industries"]) for d in DEALS))
    diagnostics = _csv(out / "diagnostics.csv")
    assert {d["code"] for d in diagnostics} >= {"deal.company_inferred", "deal.location_missing"}
    assert _csv(out / "unparsed.csv") == []


def test_parquet_tables_typed_from_the_models(run: Run, dump: Path, tmp_path: Path,
                                              page: str) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    done = run("convert", "dump.txt", "--format", "parquet", "-o", "pq")
    assert done.returncode == 0, done.stderr
    deals = pq.read_table(tmp_path / "pq" / "deals.parquet")
    assert str(deals.schema.field("date").type) == "date32[day]"
    assert str(deals.schema.field("company_inferred").type) == "bool"
    assert str(deals.schema.field("amount_raised_amount").type) == "decimal128(38, 6)"
    rows = deals.to_pylist()
    assert len(rows) == 30
    assert rows[0]["date"] == datetime.date(2025, 7, 31)
    assert rows[0]["amount_raised_amount"] == Decimal("13888021")
    assert rows[9]["company_inferred"] is True and rows[9]["location_raw"] is None
    assert [r["profile_id"] for r in rows[::10]] == [pid(page)] * 3
    co = pq.read_table(tmp_path / "pq" / "co_investors.parquet")
    assert str(co.schema.field("co_investments").type) == "int64"
    assert co.column("co_investments").to_pylist()[:3] == [5, 15, 3]
    profiles = pq.read_table(tmp_path / "pq" / "profiles.parquet").to_pylist()
    assert [p["name"] for p in profiles] == ["Xiaomi"] * 3
    assert profiles[0]["stats_exits_value"] == 23.0


def test_jobs_2_keeps_the_order_and_the_bytes(run: Run, tmp_path: Path, page: str) -> None:
    # 40 distinct pages (the name differs) so a reordering would show; chunks of
    # 16 pages go to the 2 workers, so the 3 chunks are parsed out of step
    pages = [page.replace("Xiaomi", f"Xiaomi{k:02d}") for k in range(40)]
    (tmp_path / "many.txt").write_text("\n".join(pages), encoding="utf-8")
    one = run("convert", "many.txt", "--jobs", "1", "-o", "one.jsonl")
    two = run("convert", "many.txt", "--jobs", "2", "-o", "two.jsonl")
    assert one.returncode == two.returncode == 0
    out = (tmp_path / "two.jsonl").read_text(encoding="utf-8")
    assert out == (tmp_path / "one.jsonl").read_text(encoding="utf-8")
    assert [json.loads(line)["name"] for line in out.splitlines()] == [
        f"Xiaomi{k:02d}" for k in range(40)]


def test_strict_refuses_pages_with_warnings_and_fail_on(run: Run, dump: Path,
                                                        tmp_path: Path, page: str) -> None:
    # xiaomi raises warnings (deal.company_inferred): strict refuses every page
    strict = run("convert", "dump.txt", "--strict", "--errors", "errors.jsonl")
    assert strict.returncode == 1 and strict.stdout == ""
    assert strict.stderr.count("strict mode") == 3
    errors = [json.loads(line) for line in
              (tmp_path / "errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [e["source"]["index"] for e in errors] == [0, 1, 2]
    assert errors[0]["profile_id"] == pid(page)
    assert "deal.company_inferred" in {d["code"] for d in errors[0]["diagnostics"]}
    # never: failures do not change the exit status
    assert run("convert", "dump.txt", "--strict", "--fail-on", "never").returncode == 0
    # warnings only: fine by default (error: see the jsonl test), exit 1 under
    # --fail-on warning, the records still written
    warned = run("convert", "dump.txt", "--fail-on", "warning")
    assert warned.returncode == 1 and len(warned.stdout.splitlines()) == 3


# ------------------------------------------------------------- exact money


def test_amounts_are_exact_in_csv_and_parquet(run: Run, tmp_path: Path, page: str) -> None:
    # a cent amount and one too large for a float to keep: both survive to the last digit
    cents = page.replace("Amount Raised: $13,888,021", "Amount Raised: $13,888,021.37", 1)
    huge = page.replace("Amount Raised: $70,248,398", "Amount Raised: $12,345,678,901,234,567.89", 1)
    assert cents != page and huge != page
    (tmp_path / "money.txt").write_text(cents + "\n" + huge, encoding="utf-8")
    assert run("convert", "money.txt", "--format", "csv", "-o", "csv").returncode == 0
    deals = _csv(tmp_path / "csv" / "deals.csv")
    assert deals[0]["amount_raised_amount"] == "13888021.37"
    assert Decimal(deals[0]["amount_raised_amount"]) == Decimal("13888021.37")
    big = [d["amount_raised_amount"] for d in deals if d["profile_id"] == pid(huge)]
    assert "12345678901234567.89" in big
    assert float("12345678901234567.89") != Decimal("12345678901234567.89")  # why floats would not do

    pq = pytest.importorskip("pyarrow.parquet")
    assert run("convert", "money.txt", "--format", "parquet", "-o", "pq").returncode == 0
    table = pq.read_table(tmp_path / "pq" / "deals.parquet").to_pylist()
    assert table[0]["amount_raised_amount"] == Decimal("13888021.37")
    assert Decimal("12345678901234567.89") in [r["amount_raised_amount"] for r in table]
    facts = pq.read_table(tmp_path / "pq" / "facts.parquet")
    assert str(facts.schema.field("value").type) == "decimal128(38, 6)"
    profiles = pq.read_table(tmp_path / "pq" / "profiles.parquet")
    assert str(profiles.schema.field("highlights_check_size_min_amount").type) == "decimal128(38, 6)"
    # counts and percents stay floats (the contract's Number)
    assert str(profiles.schema.field("stats_exits_value").type) == "double"
