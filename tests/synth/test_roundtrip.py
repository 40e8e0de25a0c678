"""The round trip: ``parse(render(record))`` gives ``record`` back, field by field
(facts aside; diagnostics as (code, severity, line), see ``oracle``).

CI runs a few hundred pages (``SYNTH_EXAMPLES`` to change it) without the shapes
in ``strategies.KNOWN_LIMITS``; ``scripts/synth_long_run.py`` runs 20,000 with them.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings

from synth.generate import Example
from synth.oracle import check, check_dump
from synth.strategies import dumps, examples

EXAMPLES = int(os.environ.get("SYNTH_EXAMPLES", "500"))


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(examples())
def test_a_rendered_page_parses_back_to_its_record(example: Example) -> None:
    outcome = check(example)
    assert not outcome.diff, "\n".join([outcome.cls, *outcome.diff, "--- page:", outcome.text])


@settings(max_examples=max(10, EXAMPLES // 6), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dumps())
def test_pages_back_to_back_come_back_one_record_each(pages: list[Example]) -> None:
    outcomes = check_dump(pages)
    failed = [o for o in outcomes if o.diff]
    assert not failed, "\n".join([failed[0].cls, *failed[0].diff, "--- dump:", failed[0].text])
