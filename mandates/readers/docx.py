"""DOCX resolutions as published by the UN document system (no pages: page is None)."""

from __future__ import annotations

from pathlib import Path

from mandates.readers.lines import Line
from provenance import InputError, check_zip_container


def read_lines(path: Path) -> list[Line]:
    """Paragraph texts of a DOCX resolution, one line per Word paragraph, tables skipped."""
    check_zip_container(path, kind="DOCX")
    import docx  # python-docx; imported here so text parsing does not pay for it

    try:
        document = docx.Document(str(path))
    except Exception as exc:  # python-docx raises several unrelated types for bad packages
        raise InputError("is not a readable DOCX document", path=path,
                         hint="open it in Word and save it again as .docx") from exc
    return [Line(p.text) for p in document.paragraphs]
