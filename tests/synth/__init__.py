"""Synthetic pages: a renderer of the site's layout, dirty-text noise, and an oracle.

A record (the contract's models) is drawn first; it *is* the expected output.
The renderer prints it the way the site lays a page out, noise dirties the
text without changing its meaning, and the property is that
``parse(render(record))`` gives the record back (facts aside)::

    >>> from synth.generate import draw_example, RandomChooser
    >>> import random
    >>> example = draw_example(RandomChooser(random.Random(1)))
    >>> example.record.name != ""
    True

Modules: ``tables`` (hand tables: funding labels and codes, places, names),
``vocab`` (the industry vocabulary as the oracle reads it), ``render``,
``noise``, ``generate`` (records drawn with any chooser, no hypothesis),
``strategies`` (the hypothesis strategies), ``oracle`` (expected diagnostics,
the comparison and failure classes), ``shrink`` and ``long_run`` (the long
mode: ``python scripts/synth_long_run.py --pages 20000 --seed 1``). See README.md.
"""
