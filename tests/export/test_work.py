"""process(): a page that fails becomes a failed result; anything else goes up."""

from __future__ import annotations

import pytest

from profile_parser.export import work
from profile_parser.export.inputs import PageTask
from profile_parser.export.work import Options, process

ACME = "Acme logo\nAcme\nDescription\nAcme backs robots."


def test_a_page_that_is_no_profile_is_a_failed_result() -> None:
    done = process(PageTask("just prose", "p", 0, 1), Options("jsonl"))
    assert not done.ok and done.error is not None and "no investor profile" in done.error


def test_a_refused_page_is_a_failed_result_without_an_id() -> None:
    done = process(PageTask(None, "p", 3, 9, error="page of 9 characters is over the limit of 5"), Options("jsonl"))
    assert (done.ok, done.key, done.error) == (False, None, "page of 9 characters is over the limit of 5")


def test_other_errors_are_not_taken_for_a_failed_page(monkeypatch: pytest.MonkeyPatch) -> None:
    # a signal's exception raised inside a pydantic serializer comes out wrapped in a
    # ValueError: it must stop the run (exit 130/143), never pass for one failed page
    def wrapped(*args: object, **kwargs: object) -> object:
        raise ValueError("Error calling function `_json_number`: SystemExit: 143")

    monkeypatch.setattr(work, "parse_page_read", wrapped)
    with pytest.raises(ValueError, match="SystemExit"):
        process(PageTask(ACME, "p", 0, 1), Options("jsonl"))
