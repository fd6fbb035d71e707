"""Opening an untrusted PDF: one place that turns pypdfium2's failures into clear errors."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from provenance.errors import InputError


@contextmanager
def open_pdf(path: str | Path) -> Iterator[Any]:
    """Yield a `pypdfium2.PdfDocument`, closed afterwards; InputError for a bad file.

    Refuses a file that is not a PDF (no `%PDF` header), an encrypted one and a damaged or
    truncated one, each with a hint saying what to do.
    """
    import pypdfium2 as pdfium

    p = Path(path)
    with open(p, "rb") as handle:
        head = handle.read(1024)
    if b"%PDF" not in head:
        raise InputError("is not a PDF file", path=p,
                         hint="check the file, or give it the right extension")
    try:
        document = pdfium.PdfDocument(str(p))
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise InputError("is encrypted", path=p,
                             hint="save an unprotected copy and parse that") from exc
        raise InputError("is damaged or truncated and cannot be read as a PDF", path=p,
                         hint="download the document again") from exc
    try:
        yield document
    finally:
        document.close()


def check_text_layer(texts: Iterable[str], path: str | Path) -> None:
    """InputError for a PDF whose `texts` (its pages or lines) are all blank: a scan."""
    if not any(text.strip() for text in texts):
        raise InputError("has no text layer (a scanned image that needs OCR)", path=Path(path),
                         hint="run OCR on it first, e.g. ocrmypdf, then parse the result")


def page_texts(path: str | Path) -> list[str]:
    """The text layer of every page, in order (pypdfium2: fast, no layout analysis)."""
    import pypdfium2 as pdfium

    out: list[str] = []
    with open_pdf(path) as document:
        try:
            for index in range(len(document)):
                page = document[index]
                textpage = page.get_textpage()
                out.append(textpage.get_text_range())
                textpage.close()
                page.close()
        except pdfium.PdfiumError as exc:
            raise InputError("is damaged: a page cannot be read", path=Path(path),
                             hint="download the document again") from exc
    return out


class _Collect(logging.Handler):
    def __init__(self, into: list[str]) -> None:
        super().__init__(logging.WARNING)
        self.into = into

    def emit(self, record: logging.LogRecord) -> None:
        self.into.append(record.getMessage())


@contextmanager
def reader_problems() -> Iterator[list[str]]:
    """Collect what pdfminer (under pdfplumber) logs while a PDF is read: a damaged stream,
    an object it cannot parse. Without this, Python prints each message on stderr, where a
    user sees lines of noise before the one line that matters; the caller turns them into
    one data warning instead."""
    logger = logging.getLogger("pdfminer")
    found: list[str] = []
    handler = _Collect(found)
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        yield found
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
