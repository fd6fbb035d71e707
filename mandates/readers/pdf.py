"""PDF resolutions: text page by page with pypdfium2 (fast; pdfplumber is ~20x slower)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from mandates.readers.lines import Line
from provenance import InputError


def read_lines(path: Path) -> list[Line]:
    """Printed lines of a PDF resolution with their 1-based page numbers.

    Raises InputError for a file that is not a PDF, is encrypted or damaged, or carries no
    text layer (a scan, which needs OCR first).
    """
    with open(path, "rb") as handle:
        head = handle.read(1024)
    if b"%PDF" not in head:
        raise InputError("is not a PDF file", path=path,
                         hint="check the file, or give it the right extension")
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise InputError("is encrypted", path=path,
                             hint="save an unprotected copy and parse that") from exc
        raise InputError("is damaged or truncated and cannot be read as a PDF", path=path,
                         hint="download the document again") from exc
    lines: list[Line] = []
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            page.close()
            for raw in text.splitlines():
                lines.append(Line(raw, index + 1))
    finally:
        document.close()
    if not any(line.text.strip() for line in lines):
        raise InputError("has no text layer (a scanned image that needs OCR)", path=path,
                         hint="run OCR on it first, e.g. ocrmypdf, then parse the result")
    return lines
