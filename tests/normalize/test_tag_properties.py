"""Property tests: a run of vocabulary labels printed with the case noise and
spacing pages add is read back as labels only, and every span points at the
text it was read from."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from profile_parser.normalize.tags import canonical_industry, split_tag_spans, vocabulary

LABELS = sorted(vocabulary().values())
NOISE = {
    "as is": lambda label: label,
    "title": str.title,  # "Devops", "Oil And Gas", "Generative Ai"
    "no spaces": lambda label: label.replace(" ", ""),  # "LegalTech"
}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LABELS), min_size=1, max_size=4), st.sampled_from(sorted(NOISE)),
       st.sampled_from(["", " ", ", ", "  "]))
def test_a_noisy_run_of_labels_reads_as_labels(labels: list[str], noise: str, gap: str) -> None:
    # a label that holds a comma is only found with its spaces ("Heating, Ventilation, and …")
    assume(noise != "no spaces" or not any("," in label for label in labels))
    printed = [NOISE[noise](label) for label in labels]
    # a label that starts with a small letter or a digit may glue to the one before it
    text = gap.join(printed) if gap.strip() else "".join(printed)
    spans = split_tag_spans(text)
    assert spans, text
    assert all(known for *_, known in spans), (text, spans)
    assert len(spans) <= len(labels), (text, spans)
    end = 0
    for label, start, stop, _ in spans:
        assert end <= start < stop <= len(text), (text, spans)
        assert text[start:stop] == text[start:stop].strip()
        assert canonical_industry(text[start:stop]) == label, (text, label)
        end = stop
    assert text[end:].strip(" ,") == ""
