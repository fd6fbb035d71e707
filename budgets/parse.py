"""Entry point: pick a reader by file type, then find tables and turn them into lines."""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from budgets.checks import check_financial
from budgets.frameworks import read_frameworks
from budgets.grid import Grid
from budgets.interpret import interpret
from budgets.model import Budget, TableKind
from provenance import DataWarning, InputError, SourceDocument, check_readable, sha256_of

SUPPORTED_SUFFIXES = (".xlsx", ".csv", ".docx", ".pdf")
_READERS = {".xlsx": "budgets.readers.xlsx", ".csv": "budgets.readers.csv",
            ".docx": "budgets.readers.docx", ".pdf": "budgets.readers.pdf"}

#: acronyms of the peacekeeping budgets the Fifth Committee considers
MISSIONS = ("MONUSCO", "UNMISS", "UNIFIL", "MINURSO", "UNFICYP", "UNMIK", "UNLB", "MINUSMA",
            "MINUSCA", "UNISFA", "UNDOF", "UNSOS", "UNAMID", "UNMIL", "UNOCI", "MINUSTAH",
            "MINUJUSTH", "UNTSO", "UNMOGIP", "RSCE")


def read_grids(path: Path) -> list[Grid]:
    """The tables of a budget document as grids, by its file type."""
    try:
        module = importlib.import_module(_READERS[path.suffix.lower()])
    except ModuleNotFoundError as exc:
        raise InputError(f"no reader for {path.suffix} budgets in this version", path=path,
                         hint="give the budget as .xlsx or .csv") from exc
    return module.read_grids(path)  # type: ignore[no-any-return]


def _document_facts(path: Path, grids: list[Grid]) -> tuple[str | None, str | None, str | None]:
    """(mission, document symbol, budget period) from the file name and the tables' text."""
    texts = [path.stem.replace("_", "/")]
    for grid in grids:
        texts.append(grid.caption)
        for row in grid.rows[:12]:
            texts.extend(c.text for c in row if c is not None)
    joined = " ".join(t for t in texts if t)
    symbol = re.search(r"\bA/(\d{2})/(\d{3,4})(/Add\.\d+)?", joined)
    mission = next((m for m in MISSIONS if re.search(rf"\b{m}\b", joined)), None)
    periods = re.findall(r"\b(20\d{2})/(\d{2})\b", joined)
    period = max((f"{a}/{b}" for a, b in periods), default=None)
    return mission, symbol.group(0) if symbol else None, period


def parse_budget(path: str | Path, *, mission: str | None = None) -> Budget:
    """Parse one peacekeeping budget document into a `Budget`.

    Raises `InputError` (exit code 3) for a missing, empty, corrupt, encrypted or
    unsupported file, or when no budget table can be found in it. `mission` names the
    mission when neither the file nor its tables do.
    """
    p = check_readable(path)
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            f"unsupported file type {suffix or '(none)'!r}",
            path=p,
            hint="give a budget as " + ", ".join(SUPPORTED_SUFFIXES),
        )
    grids = read_grids(p)
    result = interpret(grids)
    if not result.lines:
        raise InputError("no budget table found (no financial resources, programmatic "
                         "activities, quick-impact projects, human resources or staffing "
                         "table)", path=p,
                         hint="check that this is a peacekeeping budget with its tables")
    warnings: list[DataWarning] = list(result.warnings)
    warnings.extend(check_financial(result.lines))
    found_mission, symbol, period = _document_facts(p, grids)
    if not any(ln.table is TableKind.FINANCIAL_RESOURCES for ln in result.lines):
        warnings.append(DataWarning("no_financial_table", "the document has no overall "
                                    "financial resources table; only its other tables were "
                                    "read", None))
    return Budget(
        source=SourceDocument(p.name, sha256_of(p), suffix.lstrip(".")),
        mission=mission or found_mission,
        document=symbol,
        lines=result.lines,
        accomplishments=read_frameworks(p),
        warnings=tuple(warnings),
        budget_period=period,
    )
