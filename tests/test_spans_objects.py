"""The spans grounding makes (without validation, for speed) are Span objects like any other:
equal, hashed, printed, copied, pickled and dumped as ``Span(...)`` is, and none of them
changes another."""

from __future__ import annotations

import copy
import pickle

from support import FIXTURES

from profile_parser import parse
from profile_parser.models import Span


def test_a_grounded_span_is_a_span() -> None:
    spans = parse((FIXTURES / "xiaomi.txt").read_text(encoding="utf-8"), spans=True).spans
    assert spans is not None
    made = spans["/name"]  # "Xiaomi", line 3 of the seed page
    checked = Span(line=3, start=0, end=6)
    assert type(made) is Span
    assert made == checked and hash(made) == hash(checked) and repr(made) == repr(checked)
    assert made.model_dump() == {"line": 3, "start": 0, "end": 6}
    assert made.model_dump_json() == checked.model_dump_json()
    assert made.model_fields_set == {"line", "start", "end"}
    assert pickle.loads(pickle.dumps(made)) == checked
    assert copy.deepcopy(made) == checked
    moved = made.model_copy(update={"end": 2})
    assert (moved.end, made.end, moved.model_fields_set) == (2, 6, {"line", "start", "end"})
    other = spans["/location/raw"]  # made after /name: the copy above changed neither
    assert other.model_fields_set == {"line", "start", "end"} and other.line == 5
    assert Span.model_validate(made.model_dump()) == made
