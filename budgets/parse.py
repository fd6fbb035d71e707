"""Entry point: pick a reader by file type, then find tables and turn them into lines."""

from __future__ import annotations

import importlib
import re
from dataclasses import replace
from pathlib import Path

from budgets.acabq import (
    document_text,
    is_acabq_report,
    is_impact_table,
    read_recommendations,
)
from budgets.checks import check_financial
from budgets.frameworks import read_frameworks
from budgets.grid import Grid
from budgets.interpret import interpret
from budgets.legislative import (
    check_history,
    is_legislative_history,
    read_history_grid,
    read_history_text,
)
from budgets.model import Budget, LegislativeStep, Measure, TableKind
from budgets.staffing import is_staffing_table, read_staffing, read_staffing_pdf
from provenance import (
    DataWarning,
    InputError,
    SourceDocument,
    check_readable,
    check_suffix,
    sha256_of,
)
from provenance.docx import image_damage_warning, open_docx
from provenance.language import check_english
from provenance.pdf import check_text_layer, damage_warning, page_texts

SUPPORTED_SUFFIXES = (".xlsx", ".csv", ".docx", ".pdf")
_READERS = {".xlsx": "budgets.readers.xlsx", ".csv": "budgets.readers.csv",
            ".docx": "budgets.readers.docx", ".pdf": "budgets.readers.pdf"}

#: the peacekeeping budgets the Fifth Committee considers: acronym → words of its full name
MISSIONS: dict[str, str] = {
    "MONUSCO": "Stabilization Mission in the Democratic Republic of the Congo",
    "UNMISS": "Mission in South Sudan",
    "UNIFIL": "Interim Force in Lebanon",
    "MINURSO": "Mission for the Referendum in Western Sahara",
    "UNFICYP": "Peacekeeping Force in Cyprus",
    "UNMIK": "Interim Administration Mission in Kosovo",
    "UNLB": "United Nations Logistics Base",
    "MINUSMA": "Stabilization Mission in Mali",
    "MINUSCA": "Stabilization Mission in the Central African Republic",
    "UNISFA": "Interim Security Force for Abyei",
    "UNDOF": "Disengagement Observer Force",
    "UNSOS": "Support Office in Somalia",
    "RSCE": "Regional Service Centre in Entebbe",
    "UNAMID": "Hybrid Operation in Darfur",
    "UNMIL": "Mission in Liberia",
    "UNOCI": "Operation in Côte d'Ivoire",
    "MINUSTAH": "Stabilization Mission in Haiti",
    "MINUJUSTH": "Mission for Justice Support in Haiti",
}


def mission_of(texts: list[str], front: list[str] | None = None) -> str | None:
    """The mission a budget is for: the first one its title page names in full, else the
    acronym or name the tables mention most."""
    if front:
        head = re.sub(r"\s+", " ", " ".join(front))[:1500]
        named = {a: head.find(name) for a, name in MISSIONS.items() if name in head}
        if named:
            return min(named, key=lambda a: named[a])
    joined = re.sub(r"\s+", " ", " ".join(texts))
    counts = {a: len(re.findall(rf"\b{a}\b", joined)) + 3 * joined.count(name)
              for a, name in MISSIONS.items()}
    best = max(counts, key=lambda a: counts[a])
    return best if counts[best] else None


def read_grids(path: Path) -> list[Grid]:
    """The tables of a budget document as grids, by its file type."""
    try:
        module = importlib.import_module(_READERS[path.suffix.lower()])
    except ModuleNotFoundError as exc:
        raise InputError(f"no reader for {path.suffix} budgets in this version", path=path,
                         hint="give the budget as .xlsx or .csv") from exc
    return module.read_grids(path)


def _front_text(path: Path) -> list[str]:
    """The first page of a report (its title names the mission), for DOCX and PDF."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".docx":
            paragraphs = [p.text for p in open_docx(path).paragraphs[:40]]
            return [t for t in paragraphs if t.strip()][:25]
        if suffix == ".pdf":
            return page_texts(path)[:1]
    except Exception:  # the tables were read; a title we cannot read only costs the name
        return []
    return []


def _document_facts(path: Path, grids: list[Grid],
                    front: list[str]) -> tuple[str | None, str | None, str | None]:
    """(mission, document symbol, budget period) from the file name, title and tables."""
    texts = [path.stem.replace("_", "/"), *front]
    for grid in grids:
        texts.append(grid.caption)
        for row in grid.rows[:12]:
            texts.extend(c.text for c in row if c is not None)
    joined = " ".join(t for t in texts if t)
    symbol = re.search(r"\bA/(\d{2})/(\d{3,4})(/Add\.\d+)?", joined)
    mission = mission_of(texts, front)
    periods = re.findall(r"\b(20\d{2})/(\d{2})\b", joined)
    period = max((f"{a}/{b}" for a, b in periods), default=None)
    return mission, symbol.group(0) if symbol else None, period


_COUNCIL_SYMBOL = re.compile(r"S/RES/\d{1,4}\s*\(\d{4}\)")


def parse_budget(path: str | Path, *, mission: str | None = None) -> Budget:
    """Parse one peacekeeping budget document into a `Budget`.

    Raises `InputError` (exit code 3) for a missing, empty, corrupt, encrypted or
    unsupported file, for one in another language than English, or when no budget table
    can be found in it. `mission` names the mission when neither the file nor its tables do.
    A damaged PDF that still reads (pdfium repairs a broken cross-reference table and reads
    a broken page stream as far as it can) gets one `pdf_damaged` warning naming the first
    damaged object; a DOCX whose images alone are damaged is read without them and gets one
    `docx_images_damaged` warning.
    """
    budget = _parse_budget(path, mission)
    suffix = Path(path).suffix.lower()
    if suffix == ".docx":
        damaged = image_damage_warning(path, "report")
    elif suffix == ".pdf":
        damaged = damage_warning(path, "the reader repaired what it could, but figures on the "
                                 "damaged pages may be missing", "report")
    else:
        return budget
    if damaged is None:
        return budget
    return replace(budget, warnings=(*budget.warnings, damaged))


def _parse_budget(path: str | Path, mission: str | None) -> Budget:
    p = check_readable(path)
    suffix = check_suffix(p, SUPPORTED_SUFFIXES, "a budget")
    grids = read_grids(p)
    front = _front_text(p)
    # every budget document is issued under one symbol in six languages; tables headed in
    # French would read as no budget, or as lines with no known item
    check_english(" ".join(front), p, "a budget document")
    # the Advisory Committee's table of recommended changes holds changes, not budget lines
    result = interpret([g for g in grids
                        if not is_impact_table(g) and not is_staffing_table(g)])
    pages = page_texts(p) if suffix == ".pdf" else None
    text: list[tuple[str, int | None]] | None = (
        [(page, n) for n, page in enumerate(pages, start=1)] if pages is not None else None)
    recommended = read_recommendations(grids, text or document_text(p), p.name) \
        if is_acabq_report(grids, front) else None
    if not result.lines and not (recommended and recommended.total):
        if pages is not None:
            check_text_layer(pages, p)
        # a resolution given where the budget goes (`--mandate` and `--budget` swapped): its
        # symbol heads the first page (a budget only cites resolutions, further down)
        resolution = _COUNCIL_SYMBOL.search(" ".join(front), 0, 300)
        if resolution is not None:
            raise InputError(f"is a Security Council resolution ({resolution.group(0)}), not a "
                             "budget: the Council sets the mandate, the General Assembly "
                             "finances it", path=p,
                             hint="give it to `coherence mandate` or as --mandate, and the "
                                  "budget (A/…) as --budget")
        raise InputError("no budget table found (no financial resources, programmatic "
                         "activities, quick-impact projects, human resources or staffing "
                         "table)", path=p,
                         hint="check that this is a peacekeeping budget with its tables")
    warnings: list[DataWarning] = list(result.warnings)
    warnings.extend(check_financial(result.lines))
    if recommended is not None:
        warnings.extend(recommended.warnings)
    staffing, staffing_warnings = read_staffing(grids, p.name)
    warnings.extend(staffing_warnings)
    if pages is not None and not staffing:
        staffing, staffing_warnings = read_staffing_pdf(p, pages)
        warnings.extend(staffing_warnings)
    history: list[LegislativeStep] = []
    for grid in grids:
        if is_legislative_history(grid):
            got, history_warnings = read_history_grid(grid)
            history.extend(got)
            warnings.extend(history_warnings)
    if pages is not None and not history:
        history, history_warnings = read_history_text(pages, p.name)
        warnings.extend(history_warnings)
    warnings.extend(check_history(history, {
        ln.period: (ln.amount, ln.at) for ln in result.lines
        if ln.table is TableKind.FINANCIAL_RESOURCES and ln.measure is Measure.APPORTIONMENT
        and ln.item.lower().startswith("gross requirements")}))
    found_mission, symbol, period = _document_facts(p, grids, front)
    if recommended is None and not any(ln.table is TableKind.FINANCIAL_RESOURCES
                                       for ln in result.lines):
        warnings.append(DataWarning("no_financial_table", "the document has no overall "
                                    "financial resources table; only its other tables were "
                                    "read", None))
    return Budget(
        source=SourceDocument(p.name, sha256_of(p), suffix.lstrip(".")),
        mission=mission or found_mission,
        document=symbol,
        lines=result.lines,
        accomplishments=read_frameworks(p, pages),
        warnings=tuple(warnings),
        budget_period=period,
        recommendations=recommended.lines if recommended else (),
        recommended_total=recommended.total if recommended else None,
        staffing_changes=tuple(staffing),
        legislative_history=tuple(history),
    )
