"""The guarantees on hostile and broken input (README, "Guarantees").

Property tests run with a bounded number of examples; the atheris harness
under ``fuzz/`` runs the same checks for as long as one likes.
"""

from __future__ import annotations

import random
import signal
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support import FIXTURES

from profile_parser import InvestorProfile, ProfileParseError, iter_pages, parse
from profile_parser.api import line_accounting

PAGES = sorted(FIXTURES.glob("**/*.txt"))
SEED = (FIXTURES / "xiaomi.txt").read_text(encoding="utf-8")


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail (instead of hanging CI) if the block runs longer than ``seconds``."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError(f"still running after {seconds}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def parse_or_refuse(text: str) -> InvestorProfile | None:
    """parse() may return a record or raise ProfileParseError, nothing else."""
    try:
        return parse(text)
    except ProfileParseError:
        return None


# ------------------------------------------------------------------ no crash
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec=None), max_size=400))
def test_any_text_gives_a_record_or_a_refusal(text: str) -> None:
    profile = parse_or_refuse(text)
    if profile is not None:
        profile.model_dump_json()  # and the record is always writable as JSON


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=600))
def test_random_bytes_decoded_with_replacement(data: bytes) -> None:
    parse_or_refuse(data.decode("utf-8", errors="replace"))
    parse_or_refuse(data.decode("utf-8", errors="surrogateescape"))


@pytest.mark.parametrize(
    "text",
    [
        "", "\n\n\n", "{\"name\": \"Xiaomi\"}", "<html><body>nothing</body></html>",
        "Just a sentence of prose about investing in startups.",
        "\x00\x01\x02\ufffd\ud800",
    ],
    ids=["empty", "blank", "json", "html", "prose", "junk"],
)
def test_text_that_is_no_profile_is_refused_with_a_located_message(text: str) -> None:
    with pytest.raises(ProfileParseError) as refused:
        parse(text)
    assert refused.value.line == 1
    assert "no investor profile" in str(refused.value)


# ----------------------------------------------------------- no data lost
def mutate(lines: list[str], rng: random.Random) -> list[str]:
    """Delete, duplicate, swap lines and inject noise, a few times."""
    noise = ["", "   ", "\u200b", "&amp;", "â€¢ junk", "Series B", "12345", "Description",
             "Totally Unknown Heading", "Acme, Nowhere", "Co-Investments: 3", "\x07ctrl"]
    lines = list(lines)
    for _ in range(rng.randint(1, 6)):
        if not lines:
            break
        i = rng.randrange(len(lines))
        kind = rng.randrange(4)
        if kind == 0:
            del lines[i]
        elif kind == 1:
            lines.insert(i, lines[i])
        elif kind == 2:
            j = rng.randrange(len(lines))
            lines[i], lines[j] = lines[j], lines[i]
        else:
            lines.insert(i, rng.choice(noise))
    return lines


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PAGES), st.integers(min_value=0, max_value=2**32))
def test_every_line_of_a_mutated_page_is_accounted_for(page: object, seed: int) -> None:
    text = page.read_text(encoding="utf-8")  # type: ignore[attr-defined]
    mutated = "\n".join(mutate(text.split("\n"), random.Random(seed)))
    accounting = line_accounting(mutated)
    assert "lost" not in accounting.values(), {n: s for n, s in accounting.items() if s == "lost"}
    assert sorted(accounting) == list(range(1, mutated.count("\n") + 2))
    profile = parse_or_refuse(mutated)
    if profile is not None:
        unparsed = {u.line for u in profile.unparsed}
        assert unparsed == {n for n, s in accounting.items() if s == "unparsed"}


def test_the_seed_page_places_every_line_in_a_field() -> None:
    accounting = line_accounting(SEED)
    assert {s for s in accounting.values()} == {"field", "blank", "chrome"}
    assert [n for n, s in accounting.items() if s == "chrome"] == [62, 63, 65, 67]


# ---------------------------------------------------------- determinism
def test_same_input_gives_byte_identical_json() -> None:
    first = parse(SEED).model_dump_json()
    assert all(parse(SEED).model_dump_json() == first for _ in range(3))


# ------------------------------------------------------ size and time
def test_page_over_the_size_limit_is_refused_before_any_work() -> None:
    with pytest.raises(ProfileParseError, match="over the limit"):
        parse("x" * 101, max_chars=100)


def test_page_with_too_many_lines_is_refused() -> None:
    with pytest.raises(ProfileParseError, match="lines is over the limit"):
        parse("Acme logo\n" + "Series B\n" * 30_000)


@pytest.mark.parametrize(
    "text",
    [
        SEED + "\n" + "x" * 4_000_000,  # a 4 MB line inside a page
        "Acme logo\nDescription\n" + "a," * 2_000_000,  # 4 MB of commas on one line
        "Acme logo\nWho does Acme co-invest with?\n" + "Foo Capital\n" * 19_000,
        "Acme logo\nWhat are some of recent deals done by Acme?\n" + "Acme\nParis, France\n" * 9_000,
        "Acme logo\n" + "\n" * 1_000_000,  # a million blank lines: lines over the limit
        "Description\n" * 19_000,
    ],
    ids=["long-line", "commas", "names", "half-deals", "blank-lines", "headings"],
)
def test_hostile_pages_finish_in_bounded_time(text: str) -> None:
    with deadline(60):  # a hang detector, not a speed test: see benchmarks/
        parse_or_refuse(text)


def test_dump_without_page_boundaries_is_read_in_bounded_memory() -> None:
    limit = 20_000
    dump = "Acme logo\n" + "just one more line of text\n" * 200_000  # ~5.4 MB, one "page"
    tracemalloc.start()
    pages = list(iter_pages(dump, max_chars=limit))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert [(p.text, p.first_line) for p in pages] == [(None, 1)]
    # the dump itself is 5.4 MB of str; what the cutter adds stays near the limit
    assert peak < len(dump) * 2 + 50 * limit


# ----------------------------------------------------------- strict mode
def test_strict_mode_lists_every_warning_with_its_line() -> None:
    with pytest.raises(ProfileParseError) as refused:
        parse(SEED, strict=True)
    message = str(refused.value)
    assert "line 189: deal.company_inferred" in message
    assert "line 189: deal.location_missing" in message
    assert [d.code for d in refused.value.diagnostics] == [
        "deal.company_inferred", "deal.location_missing",
    ]


def test_strict_mode_passes_a_page_with_only_info_diagnostics() -> None:
    page = "Acme logo\nAcme\nIndustry Focus\nQuantum Basket Weaving\n"
    profile = parse(page, strict=True)
    assert [d.severity for d in profile.diagnostics] == ["info"]
