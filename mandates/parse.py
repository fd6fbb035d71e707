"""Entry point: pick a reader by file type, then segment, extract metadata and code tasks."""

from __future__ import annotations

from pathlib import Path

from mandates.model import Resolution
from provenance import InputError, check_readable

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".docx", ".html", ".htm")


def parse_resolution(path: str | Path) -> Resolution:
    """Parse one Security Council resolution file into a `Resolution`.

    Raises `InputError` (exit code 3) for a missing, empty, corrupt, encrypted,
    unsupported or image-only file, or for a document that is not a resolution.
    """
    p = check_readable(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r}",
            path=p,
            hint="give a resolution as " + ", ".join(SUPPORTED_SUFFIXES),
        )
    raise InputError("reader not built yet", path=p)
