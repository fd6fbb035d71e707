"""PDF resolutions: text page by page with pypdfium2 (fast; pdfplumber is ~20x slower)."""

from __future__ import annotations

from pathlib import Path

from mandates.readers.lines import Line
from provenance import InputError
from provenance.pdf import page_texts


def read_lines(path: Path) -> list[Line]:
    """Printed lines of a PDF resolution with their 1-based page numbers.

    Raises InputError for a file that is not a PDF, is encrypted or damaged, or carries no
    text layer (a scan, which needs OCR first).
    """
    lines = [Line(raw, number) for number, text in enumerate(page_texts(path), start=1)
             for raw in text.splitlines()]
    if not any(line.text.strip() for line in lines):
        raise InputError("has no text layer (a scanned image that needs OCR)", path=path,
                         hint="run OCR on it first, e.g. ocrmypdf, then parse the result")
    return lines
