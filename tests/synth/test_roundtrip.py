"""The round trip: ``parse(render(record))`` gives ``record`` back, field by field."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings

from synth.generate import Example
from synth.oracle import check
from synth.strategies import examples

EXAMPLES = int(os.environ.get("SYNTH_EXAMPLES", "250"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(examples())
def test_a_rendered_page_parses_back_to_its_record(example: Example) -> None:
    outcome = check(example)
    assert not outcome.diff, "\n".join([outcome.cls, *outcome.diff, "--- page:", outcome.text])
