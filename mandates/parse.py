"""Entry point: pick a reader by file type, then segment, extract metadata and code tasks."""

from __future__ import annotations

import importlib
from pathlib import Path

from mandates.metadata import (
    adoption_of,
    ceilings_of,
    chapter_vii_of,
    expiry_of,
    missions_of,
    reporting_of,
    symbol_of,
)
from mandates.model import ParagraphKind, Resolution
from mandates.readers.lines import Line, clean_lines
from mandates.segment import segment
from mandates.tasks import code_tasks
from provenance import (
    DataWarning,
    InputError,
    SourceDocument,
    SourceRef,
    check_readable,
    check_suffix,
    sha256_of,
)

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".docx", ".html", ".htm")
_READERS = {".pdf": "pdf", ".txt": "txt", ".docx": "docx", ".html": "html", ".htm": "html"}


def read_lines(path: Path) -> list[Line]:
    """The printed lines of a resolution file, page furniture still in."""
    module = importlib.import_module(f"mandates.readers.{_READERS[path.suffix.lower()]}")
    return module.read_lines(path)


def parse_resolution(path: str | Path) -> Resolution:
    """Parse one Security Council resolution file into a `Resolution`.

    Raises `InputError` (exit code 3) for a missing, empty, corrupt, encrypted,
    unsupported or image-only file, or for a document that is not a resolution.
    """
    p = check_readable(path)
    suffix = check_suffix(p, SUPPORTED_SUFFIXES, "a resolution")
    lines = clean_lines(read_lines(p))
    seg = segment(lines, repair=suffix != ".pdf")
    paragraphs = seg.paragraphs
    head = [ln.text for ln in seg.masthead[:40]] or [ln.text for ln in lines[:40]]
    symbol = symbol_of(head)
    operative = [x for x in paragraphs if x.kind is ParagraphKind.OPERATIVE]
    if symbol is None and not operative:
        raise InputError("does not look like a Security Council resolution (no symbol and "
                         "no numbered operative paragraphs)", path=p,
                         hint="give the text of a resolution, S/RES/…")
    adopted, meeting = adoption_of(head)
    missions = missions_of(paragraphs)
    principal = missions[0] if missions else None
    expires, _ = expiry_of(paragraphs, adopted, principal)
    warnings: list[DataWarning] = []
    if not operative:
        warnings.append(DataWarning("no_operative_paragraphs",
                                    "no numbered operative paragraph was found; the text is "
                                    "kept as preambular paragraphs", SourceRef(path=p.name)))
    if seg.annex_lines:
        warnings.append(DataWarning("annex_skipped",
                                    f"{seg.annex_lines} lines of annex after the operative "
                                    "paragraphs were not read as mandate text",
                                    SourceRef(path=p.name), severity="info"))
    return Resolution(
        source=SourceDocument(p.name, sha256_of(p), _READERS[suffix]),
        symbol=symbol,
        adopted=adopted,
        meeting=meeting,
        missions=missions,
        chapter_vii=chapter_vii_of(paragraphs),
        mandate_expires=expires,
        ceilings=ceilings_of(paragraphs, principal),
        paragraphs=tuple(paragraphs),
        tasks=code_tasks(paragraphs, missions),
        reporting=reporting_of(paragraphs),
        warnings=tuple(warnings),
    )
