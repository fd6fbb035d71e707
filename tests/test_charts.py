"""The report's SVG charts say what their bars mean in the report's own money format."""

from __future__ import annotations

import re

from coherence.charts import change_bars


def _labels(svg: str) -> list[str]:
    return re.findall(r'font-size="8.5"[^>]*>([^<]+)</text>', svg)


def test_change_bars_label_small_and_large_changes_as_the_tables_print_them() -> None:
    # UNMISS 2026/27: programmes moved by tens of thousands beside one of $3.0 million
    svg = change_bars("Change", [("Community violence reduction", 340_000, 324_000),
                                 ("Electoral support", 556_600, 860_900),
                                 ("Mine action", 3_000_000, 0),
                                 ("Unchanged", 5_000, 5_000)])
    assert _labels(svg) == ["−$16,000", "+$304,300", "−$3.0 million", "$0"]
    assert "change, US dollars" in svg
    assert "Mine action: from $3.0 million to $0" in svg


def test_a_long_programme_name_is_cut_with_an_ellipsis_not_mid_phrase_silently() -> None:
    name = "Support for national processes, including electoral assistance"
    svg = change_bars("Change", [(name, 1, 2)])
    shown = re.findall(r'text-anchor="end">([^<]+)</text>', svg)[0]
    assert shown.endswith("…") and len(shown) <= 42 and name.startswith(shown[:-1])
