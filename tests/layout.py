"""Checks on a rendered PDF's layout that a reader would notice: text printed over text, text
in the margins."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pdfplumber

MARGIN_MM = 16  # left and right, as report.css sets them


def overlapping_characters(pdf_path: Path, tolerance: float = 2.0) -> list[tuple[int, str]]:
    """(page, the two characters) where a character of a line starts more than `tolerance`
    points before the one to its left ends: words of neighbouring cells printed over each
    other (kerning moves a letter by less than 2 points)."""
    found = []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            lines: dict[tuple[int, float], list[dict]] = {}
            for c in page.chars:
                if c["text"].strip():
                    lines.setdefault((round(c["top"]), c["size"]), []).append(c)
            for chars in lines.values():
                chars.sort(key=lambda c: c["x0"])
                found += [(number, a["text"] + b["text"]) for a, b in pairwise(chars)
                          if b["x0"] < a["x1"] - tolerance]
    return found


def text_outside_margins(pdf_path: Path) -> list[tuple[int, str]]:
    """(page, character) for every character printed beyond the page's left or right margin."""
    margin = MARGIN_MM / 25.4 * 72
    outside = []
    with pdfplumber.open(pdf_path) as pdf:
        for number, page in enumerate(pdf.pages, 1):
            outside += [(number, c["text"]) for c in page.chars
                        if c["x0"] < margin - 0.5 or c["x1"] > page.width - margin + 0.5]
    return outside
