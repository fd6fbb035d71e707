"""Entry point: pick a reader by file type, then find tables and turn them into lines."""

from __future__ import annotations

from pathlib import Path

from budgets.model import Budget
from provenance import InputError, check_readable

SUPPORTED_SUFFIXES = (".xlsx", ".csv", ".docx", ".pdf")


def parse_budget(path: str | Path) -> Budget:
    """Parse one peacekeeping budget document into a `Budget`.

    Raises `InputError` (exit code 3) for a missing, empty, corrupt, encrypted or
    unsupported file, or when no budget table can be found in it.
    """
    p = check_readable(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r}",
            path=p,
            hint="give a budget as " + ", ".join(SUPPORTED_SUFFIXES),
        )
    raise InputError("reader not built yet", path=p)
