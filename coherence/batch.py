"""Every mission of a budget cycle in one run: a manifest in, a report per mission and an
overview out.

The manifest lists one mission per row (CSV, as analysts keep it in a spreadsheet) or per
object (JSON)::

    mission,mandate,budget,previous_mandate,previous_budget,links
    MONUSCO,S_RES_2765(2024).pdf,A_80_624.docx,S_RES_2717(2023).pdf,,
    UNMISS,S_RES_2729(2024).pdf,A_80_621.docx,,,

`mission`, `mandate` and `budget` are required; the other columns are optional.
`tasks_from` names the resolutions that set the tasks a renewal restates none of (UNIFIL's
1701 (2006)), several separated by `;` or `|` (a list in JSON). Paths are read relative to the
manifest's own folder. The manifest is checked as a whole before any
mission runs: a column the tool does not know, a required value left empty, a mission
listed twice or a mission name that cannot be a file name is a `ManifestError` (exit 3)
that names the manifest and the row, and nothing is written.

A mission whose *documents* cannot be read is not a manifest error: that mission fails,
its error line goes into the overview, and the others run. In the output folder each
mission gets `<MISSION>.pdf` and `<MISSION>.json` (coherence.report/1), optionally
`.html` and `.xlsx`; the run gets `overview.pdf`, `overview.json` (coherence.batch/1) and
`overview.csv`. For every mission of the manifest the folder holds exactly this run's
files: a mission that fails leaves none (an earlier run's files for it are removed, so the
folder never shows a report the overview says failed). A file under the name of a format
not asked for that coherence did not write (an analyst's `UNMISS.xlsx` in a run without
`--xlsx`) stops the run before it starts: the batch does not remove what it did not write.

`run_batch` does the work and returns a `BatchResult`; it holds no click and can be called
from a notebook. Outputs are deterministic: the same inputs give the same bytes (timings go
to the progress log, never into a file).
"""

from __future__ import annotations

import contextlib
import csv
import importlib
import io
import json
import os
import re
import signal
import sys
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from glob import escape as glob_escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from budgets.grid import column_letter
from coherence import __version__
from coherence.findings import SEVERITIES, difference, plural
from coherence.output import check_writable
from provenance import (
    CoherenceError,
    ExitCode,
    InputError,
    check_readable,
    json_list,
    sha256_of,
)
from provenance.files import csv_delimiter

if TYPE_CHECKING:
    from coherence.report import Report

SCHEMA = "coherence.batch/1"

#: The manifest's columns, in the order the documentation gives them.
COLUMNS = ("mission", "mandate", "budget", "previous_mandate", "previous_budget", "links",
           "tasks_from", "acabq")
REQUIRED = ("mission", "mandate", "budget")
#: the columns that hold one path each (`tasks_from` holds several)
_PATH_COLUMNS = (*COLUMNS[1:6], "acabq")
#: Names a mission may not take: the overview's own files use them.
RESERVED = frozenset({"overview"})
#: A manifest lists missions, not documents: anything larger is not a manifest.
MAX_MANIFEST_BYTES = 1024 * 1024
#: Per-mission file formats: the PDF and the JSON always, the others on request.
FORMATS = ("pdf", "json", "html", "xlsx")
OVERVIEW_FILES = ("overview.pdf", "overview.json", "overview.csv", "overview.html")

#: Fewer task categories than this: the resolution renews a mandate set elsewhere (the
#: report says so on its first page, and so does the overview).
FEW_TASKS = 3

_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_MISSION_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_COLUMN_HINT = "the columns are " + ", ".join(COLUMNS) + " (the first three required)"

Progress = Callable[[str], None]


def _quiet(_message: str) -> None:
    return None


class ManifestError(InputError):
    """The manifest itself cannot be used: missing, malformed, or a row that is wrong."""


# --------------------------------------------------------------------------- manifest


@dataclass(frozen=True, slots=True)
class MissionEntry:
    """One mission of the manifest, its paths resolved against the manifest's folder."""

    mission: str
    mandate: Path
    budget: Path
    previous_mandate: Path | None = None
    previous_budget: Path | None = None
    links: Path | None = None
    row: str = ""  # where the manifest lists it: "row 3" (CSV) or "item 2" (JSON)
    tasks_from: tuple[Path, ...] = ()  # the resolutions that set the tasks the mandate renews
    acabq: Path | None = None  # the Advisory Committee's report on the budget

    def inputs(self) -> dict[str, str | list[str] | None]:
        """The documents of the mission, as paths (None where the manifest gives none)."""
        out: dict[str, str | list[str] | None] = {
            name: (str(getattr(self, name)) if getattr(self, name) is not None else None)
            for name in _PATH_COLUMNS}
        out["tasks_from"] = [str(p) for p in self.tasks_from]
        return out

    def documents(self) -> list[tuple[str, Path]]:
        """(column, path) of every document the row names."""
        named = [(name, getattr(self, name)) for name in _PATH_COLUMNS]
        return [(n, p) for n, p in named if p is not None] + [
            ("tasks_from", p) for p in self.tasks_from]


@dataclass(frozen=True, slots=True)
class Manifest:
    """A checked manifest: where it is, its checksum and its missions in order."""

    path: Path
    sha256: str
    entries: tuple[MissionEntry, ...]


def load_manifest(path: str | Path) -> Manifest:
    """Read and check a manifest (`.csv` or `.json`); raise ManifestError on any problem.

    Every problem of the manifest itself is found here, before any mission runs, and named
    with its row. Whether the documents it lists exist is not checked: a missing document
    fails its mission only.
    """
    p = Path(path)
    try:
        check_readable(p, max_bytes=MAX_MANIFEST_BYTES)
    except InputError as exc:
        hint = exc.hint
        if "limit" in exc.message:
            hint = "a manifest lists one mission per row; check that this is the manifest"
        elif "empty" in exc.message:
            hint = "write the header mission,mandate,budget and one row per mission"
        raise ManifestError(exc.message, path=p, hint=hint) from exc
    suffix = p.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise ManifestError(f"unsupported manifest type '{suffix or p.name}'", path=p,
                            hint="save the sheet as CSV (UTF-8) or write the manifest as JSON")
    data = p.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ManifestError(f"is not UTF-8 text (byte {exc.start})", path=p,
                            hint="save it from the spreadsheet as 'CSV UTF-8'") from exc
    rows = _json_rows(p, text) if suffix == ".json" else _csv_rows(p, text)
    entries = _entries(p, rows)
    if not entries:
        raise ManifestError("lists no missions", path=p,
                            hint="add one row per mission under the header "
                                 "mission,mandate,budget")
    return Manifest(p, sha256_of(p), tuple(entries))


def _normal_column(name: str) -> str:
    """`Previous mandate` and `previous-mandate` are the column `previous_mandate`."""
    return re.sub(r"[\s-]+", "_", name.strip().lower())


def _csv_rows(path: Path, text: str) -> list[tuple[str, dict[str, str]]]:
    """(where, {column: value}) for each non-blank data row of a CSV manifest.

    Spreadsheets in some locales save with `;` or tabs between cells; the header row says
    which.
    """
    delimiter, text, taken = csv_delimiter(text)
    text = "\n" * taken + text  # blank rows in its place: the rows keep their numbers
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[tuple[str, dict[str, str]]] = []
    try:
        for number, cells in enumerate(reader, start=1):
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = _csv_header(path, cells, number)
                continue
            where = f"row {number}"
            row: dict[str, str] = {}
            for index, cell in enumerate(cells):
                name = header[index] if index < len(header) else ""
                if name:
                    row[name] = cell.strip()
                elif cell.strip():
                    raise ManifestError(
                        f"{where}: a value stands in column {column_letter(index)}, which "
                        "has no header", path=path, hint=_COLUMN_HINT)
            rows.append((where, row))
    except csv.Error as exc:
        raise ManifestError(f"is not a readable CSV file ({exc})", path=path,
                            hint="save the sheet as CSV (UTF-8)") from exc
    if header is None:
        raise ManifestError("has no header row", path=path,
                            hint="start with the header mission,mandate,budget")
    return rows


def _csv_header(path: Path, cells: list[str], number: int) -> list[str]:
    header = [_normal_column(cell) for cell in cells]
    seen: set[str] = set()
    for index, name in enumerate(header):
        where = f"row {number}, column {column_letter(index)}"
        if not name:
            continue
        if name not in COLUMNS:
            raise ManifestError(f"unknown column '{cells[index].strip()}' ({where})",
                                path=path, hint=_COLUMN_HINT)
        if name in seen:
            raise ManifestError(f"column '{name}' appears twice ({where})", path=path,
                                hint="keep one column of each name")
        seen.add(name)
    for name in REQUIRED:
        if name not in seen:
            raise ManifestError(f"has no '{name}' column (header on row {number})", path=path,
                                hint=_COLUMN_HINT)
    return header


def _json_rows(path: Path, text: str) -> list[tuple[str, dict[str, str]]]:
    data = json_list(text, path, of="missions", hint="fix the manifest", error=ManifestError,
                     example='[{"mission": …, "mandate": …, "budget": …}, …]')
    rows: list[tuple[str, dict[str, str]]] = []
    for number, item in enumerate(data, start=1):
        where = f"item {number}"
        if not isinstance(item, dict):
            raise ManifestError(f"{where} is not an object", path=path,
                                hint='write {"mission": …, "mandate": …, "budget": …}')
        row: dict[str, str] = {}
        for key, value in item.items():
            name = _normal_column(str(key))
            if name not in COLUMNS:
                raise ManifestError(f"{where}: unknown key '{key}'", path=path,
                                    hint=_COLUMN_HINT.replace("columns", "keys"))
            if name == "tasks_from" and isinstance(value, list) \
                    and all(isinstance(v, str) for v in value):
                value = ";".join(value)
            if value is not None and not isinstance(value, str):
                raise ManifestError(f"{where}: '{key}' must be text, not "
                                    f"{type(value).__name__}", path=path,
                                    hint="give names and paths as JSON strings")
            row[name] = (value or "").strip()
        rows.append((where, row))
    return rows


def _entries(path: Path, rows: list[tuple[str, dict[str, str]]]) -> list[MissionEntry]:
    folder = path.parent
    first_seen: dict[str, tuple[str, str]] = {}  # lower-case name: (where, as written)
    entries = []
    for where, row in rows:
        mission = row.get("mission", "")
        if not mission:
            raise ManifestError(f"{where}: no mission named", path=path,
                                hint="give each row a mission name (MONUSCO)")
        label = f"{where} ({mission if len(mission) <= 64 else mission[:40] + '…'})"
        if not _MISSION_NAME.fullmatch(mission):
            raise ManifestError(f"{label}: the mission name cannot be a file name", path=path,
                                hint="use letters, digits, '-', '_' or '.' (at most 64)")
        if mission.lower() in RESERVED:
            raise ManifestError(f"{label}: '{mission}' is reserved for the overview's files",
                                path=path, hint="name the mission differently")
        if mission.lower() in first_seen:
            before, written = first_seen[mission.lower()]
            raise ManifestError(f"{label}: the mission is already listed on {before}"
                                + (f" (as {written})" if written != mission else ""),
                                path=path, hint="give each mission one row")
        first_seen[mission.lower()] = (where, mission)
        for name in REQUIRED[1:]:
            if not row.get(name):
                raise ManifestError(f"{label}: no {name} given", path=path,
                                    hint=f"fill in the {name} column with the document's path")
        for name, value in row.items():
            if "\x00" in value:  # no path can hold one
                raise ManifestError(f"{label}: the {name} holds a NUL byte", path=path,
                                    hint="retype the cell, or save the sheet again as CSV")
            if _LONE_SURROGATE.search(value):  # a JSON "\ud800", half of a character
                raise ManifestError(f"{label}: the {name} holds half of a character "
                                    "(an unpaired surrogate)", path=path,
                                    hint="retype the cell, or write the manifest again")

        def resolve(name: str, row: dict[str, str] = row) -> Path | None:
            return _path(folder, row.get(name, ""))

        mandate, budget = resolve("mandate"), resolve("budget")
        assert mandate is not None and budget is not None  # required above
        sources = tuple(p for value in re.split(r"[;|]", row.get("tasks_from", ""))
                        if (p := _path(folder, value)) is not None)
        entries.append(MissionEntry(mission, mandate, budget, resolve("previous_mandate"),
                                    resolve("previous_budget"), resolve("links"), where,
                                    sources, resolve("acabq")))
    return entries


def _path(folder: Path, value: str) -> Path | None:
    """A manifest's path, relative to its folder unless absolute (`~/` is the home
    folder); None for an empty cell. A name that starts with `~` (`~$A_80_621.xlsx`,
    Excel's lock file) is a name in the manifest's folder, not another user's home."""
    value = value.strip()
    if not value:
        return None
    candidate = Path(value)
    if value.startswith("~/"):
        with contextlib.suppress(RuntimeError):  # no home known: read as written
            candidate = candidate.expanduser()
    return candidate if candidate.is_absolute() else folder / candidate


# --------------------------------------------------------------------------- results


@dataclass(frozen=True, slots=True)
class MissionSummary:
    """What the overview shows of one mission's report."""

    mission_read: str | None  # the mission the documents name
    resolution: str | None
    budget_document: str | None
    baseline: str | None  # the column compared from ("2025/26 apportionment")
    proposed: str | None
    tasks: int
    priority_tasks: int
    linked_tasks: int
    findings: dict[str, int]  # by severity, every severity present
    gross_baseline: int | None
    gross_proposed: int | None
    headline: str
    warnings: int
    top_findings: tuple[tuple[str, str], ...] = ()  # (severity, title), page 1's list
    #: what the Advisory Committee recommends in all, and its change to the proposal
    recommended: int | None = None
    recommended_change: int | None = None
    #: net change of posts and positions in the budget's proposed staffing changes (None
    #: when the budget prints no such table, as UNIFIL's and most workbooks do not)
    staffing_net: int | None = None
    #: troops, observers and police approved and proposed, all kinds together (None when
    #: the budget's human resources tables print none)
    uniformed_approved: int | None = None
    uniformed_proposed: int | None = None
    #: the latest earlier cycle of the budget's legislative history: period, proposed and
    #: appropriated (None when the budget does not print it, as workbooks do not)
    last_period: str | None = None
    last_proposed: int | None = None
    last_appropriated: int | None = None

    @property
    def gross_change(self) -> int | None:
        """Proposed minus baseline gross requirements, in dollars."""
        return difference(self.gross_proposed, self.gross_baseline)

    @property
    def period(self) -> str | None:
        """The budget year proposed (`2026/27`)."""
        return self.proposed.split(" ")[0] if self.proposed else None

    def to_json(self) -> dict[str, object]:
        """JSON form."""
        return {
            "mission_read": self.mission_read,
            "resolution": self.resolution, "budget_document": self.budget_document,
            "period": self.period, "baseline": self.baseline, "proposed": self.proposed,
            "tasks": self.tasks, "priority_tasks": self.priority_tasks,
            "linked_tasks": self.linked_tasks, "findings": dict(self.findings),
            "gross_requirements": {"baseline": self.gross_baseline,
                                   "proposed": self.gross_proposed,
                                   "change": self.gross_change},
            "headline": self.headline, "warnings": self.warnings,
            "top_findings": [{"severity": s, "title": t} for s, t in self.top_findings],
            "advisory_committee": {"recommended": self.recommended,
                                   "change": self.recommended_change},
            "staffing_net_change": self.staffing_net,
            "uniformed_personnel": {"approved": self.uniformed_approved,
                                    "proposed": self.uniformed_proposed},
            "last_cycle": {"period": self.last_period, "proposed": self.last_proposed,
                           "appropriated": self.last_appropriated},
        }


def summarize(report: Report) -> MissionSummary:
    """The overview's figures for one mission, from its report."""
    from coherence.report import gross_requirements

    counts = dict.fromkeys(SEVERITIES, 0)
    for finding in report.findings:
        counts[finding.severity] = counts.get(finding.severity, 0) + 1
    gross = gross_requirements(report.classes)
    advised = report.acabq.recommended_total if report.acabq else None
    last = report.last_cycle
    return MissionSummary(
        mission_read=report.mission, resolution=report.resolution.symbol,
        budget_document=report.budget.document,
        baseline=report.baseline.label if report.baseline else None,
        proposed=report.proposed.label if report.proposed else None,
        tasks=len(report.tasks), priority_tasks=sum(1 for t in report.tasks if t.priority),
        linked_tasks=sum(1 for t in report.tasks if t.links), findings=counts,
        gross_baseline=gross.baseline if gross else None,
        gross_proposed=gross.proposed if gross else None,
        headline=report.headline, warnings=report.data_warnings,
        top_findings=tuple((f.severity, f.title) for f in report.top_findings),
        recommended=advised.recommended if advised else None,
        recommended_change=advised.change if advised else None,
        staffing_net=sum(o.net for o in report.staffing) if report.staffing else None,
        uniformed_approved=_uniformed_sum(report, "approved"),
        uniformed_proposed=_uniformed_sum(report, "proposed"),
        last_period=last.period if last else None,
        last_proposed=last.proposed if last else None,
        last_appropriated=last.appropriated if last else None)


def _uniformed_sum(report: Report, which: str) -> int | None:
    """All uniformed personnel approved or proposed; None unless every kind has the figure."""
    values = [getattr(u, which) for u in report.uniformed]
    return sum(values) if values and None not in values else None


@dataclass(frozen=True, slots=True)
class MissionResult:
    """How one mission went: its files, its figures, or the error that stopped it."""

    entry: MissionEntry
    status: str  # "ok" or "failed"
    outputs: tuple[str, ...] = ()  # file names in the output folder
    seconds: float = 0.0
    summary: MissionSummary | None = None
    error: str | None = None  # the one-line error, without its `error: ` prefix
    exit_code: int | None = None
    traceback: str | None = None  # for --debug; never written to a file

    @property
    def ok(self) -> bool:
        """True when every file of the mission was written."""
        return self.status == "ok"

    @property
    def notes(self) -> list[str]:
        """What an analyst should see although the mission ran: documents of another mission
        than the row names, a resolution that sets its tasks by reference, links overridden
        by hand."""
        out: list[str] = []
        if self.summary is None:
            return out
        read = self.summary.mission_read
        if read and read.upper() not in self.entry.mission.upper():
            out.append(f"the documents are for {read}, not {self.entry.mission}")
        if self.entry.tasks_from:
            out.append("tasks also read from "
                       + ", ".join(p.name for p in self.entry.tasks_from))
        elif self.summary.tasks < FEW_TASKS:
            out.append("few tasks restated (the mandate is set elsewhere; name it in tasks_from)")
        if self.entry.links is not None:
            out.append(f"links changed by hand ({self.entry.links.name})")
        if self.summary.recommended is not None:
            change = self.summary.recommended_change
            out.append("Advisory Committee recommends " + (
                f"${millions(-change)} million less" if change else "the proposal as it stands"))
        return out

    def progress_line(self, number: int, total: int) -> str:
        """`[2/6] MONUSCO ok (3.1 s)` or `[3/6] UNMISS failed: error: …`."""
        head = f"[{number}/{total}] {self.entry.mission}"
        if not self.ok:
            return f"{head} failed: error: {self.error}"
        notes = "".join(f"; note: {n}" for n in self.notes)
        return f"{head} ok ({self.seconds:.1f} s){notes}"

    def to_json(self) -> dict[str, object]:
        """The mission's entry in `overview.json`."""
        return {"mission": self.entry.mission, "manifest_row": self.entry.row,
                "status": self.status, "inputs": self.entry.inputs(),
                "outputs": list(self.outputs), "error": self.error,
                "exit_code": self.exit_code, "notes": self.notes,
                "report": self.summary.to_json() if self.summary else None}


@dataclass(frozen=True)
class BatchResult:
    """The whole run: the manifest, each mission's result in manifest order, the overview."""

    manifest: Manifest
    out_dir: Path
    missions: tuple[MissionResult, ...]
    overview: tuple[Path, ...] = ()

    @property
    def failed(self) -> list[MissionResult]:
        """The missions that did not complete."""
        return [m for m in self.missions if not m.ok]

    @property
    def exit_code(self) -> ExitCode:
        """0 when every mission completed, 4 when at least one failed."""
        return ExitCode.BATCH_PARTIAL if self.failed else ExitCode.OK

    @property
    def periods(self) -> list[str]:
        """The budget years proposed by the missions that completed, sorted."""
        return sorted({m.summary.period for m in self.missions
                       if m.summary is not None and m.summary.period})

    def totals(self) -> dict[str, object]:
        """Sums over the missions that completed."""
        done = [m.summary for m in self.missions if m.summary is not None]
        findings = {s: sum(d.findings.get(s, 0) for d in done) for s in SEVERITIES}
        both = [d for d in done
                if d.uniformed_approved is not None and d.uniformed_proposed is not None]
        last = [d for d in done
                if d.last_proposed is not None and d.last_appropriated is not None]

        def total(values: Iterable[int | None]) -> int | None:
            known = [v for v in values if v is not None]
            return sum(known) if known else None

        return {"missions": len(self.missions), "ok": len(self.missions) - len(self.failed),
                "failed": len(self.failed), "findings": findings,
                "gross_requirements": {
                    "baseline": total(d.gross_baseline for d in done),
                    "proposed": total(d.gross_proposed for d in done),
                    "recommended": total(d.recommended for d in done),
                    "missions_without_total": sum(1 for d in done if d.gross_proposed is None)},
                "staffing": {"net_change": total(d.staffing_net for d in done),
                             "missions": sum(1 for d in done if d.staffing_net is not None)},
                "uniformed": {
                    "approved": total(d.uniformed_approved for d in both),
                    "proposed": total(d.uniformed_proposed for d in both),
                    "missions": len(both)},
                "last_cycle": {
                    "periods": sorted({d.last_period for d in last if d.last_period}),
                    "proposed": total(d.last_proposed for d in last),
                    "appropriated": total(d.last_appropriated for d in last),
                    "missions": len(last)}}

    def to_json(self) -> dict[str, object]:
        """The `coherence.batch/1` document (`overview.json`)."""
        return {"schema": SCHEMA, "generator": f"coherence {__version__}",
                "manifest": {"path": str(self.manifest.path), "sha256": self.manifest.sha256},
                "periods": self.periods, "totals": self.totals(),
                "missions": [m.to_json() for m in self.missions]}


# --------------------------------------------------------------------------- running


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """What to write for each mission beyond its PDF and JSON."""

    html: bool = False
    xlsx: bool = False
    formats: tuple[str, ...] = field(init=False)

    def __post_init__(self) -> None:
        wanted = {"pdf", "json"} | ({"html"} if self.html else set()) | (
            {"xlsx"} if self.xlsx else set())
        object.__setattr__(self, "formats", tuple(f for f in FORMATS if f in wanted))


def mission_files(mission: str, out_dir: Path) -> dict[str, Path]:
    """Every file a mission can have in the output folder, by format."""
    return {fmt: out_dir / f"{mission}.{fmt}" for fmt in FORMATS}


def run_mission(entry: MissionEntry, out_dir: Path,
                options: BatchOptions | None = None,
                history: Path | None = None) -> MissionResult:
    """One mission's report, written to `out_dir`; never raises for a bad document.

    With `history`, the mission's report of the cycle before, when the history holds one,
    is set beside this one (`Report.since`); the history is only read here.
    A `CoherenceError` (a document missing, corrupt, unsupported…) and any other exception
    become a failed result with the one-line error. On failure no file of the mission is
    left in the folder; on success only this run's formats are.
    """
    from coherence.pipeline import (
        build_mission_report,
        report_files,
        since_last_cycle,
        write_all,
    )

    options = options or BatchOptions()
    started = time.perf_counter()
    files = mission_files(entry.mission, out_dir)
    try:
        report = build_mission_report(
            mandate=entry.mandate, budget=entry.budget,
            previous_mandate=entry.previous_mandate, previous_budget=entry.previous_budget,
            links=entry.links, tasks_from=entry.tasks_from, acabq=entry.acabq,
            mission=entry.mission)
        if history is not None:  # the cycle before, from the history, set beside
            report = since_last_cycle(report, history)
        wanted = {fmt: files[fmt] for fmt in options.formats}
        if wanted.get("pdf"):  # the overview lists what the PDF's page 1 lists
            from coherence.render import fit_page_one

            report = fit_page_one(report)
        summary = summarize(report)
        written = write_all(report_files(
            report, pdf=wanted.get("pdf"), json_path=wanted.get("json"),
            html_path=wanted.get("html"), xlsx_path=wanted.get("xlsx"), fitted=True))
    except CoherenceError as exc:
        _remove(files.values())
        return MissionResult(entry, "failed", seconds=time.perf_counter() - started,
                             error=exc.one_line().removeprefix("error: "),
                             exit_code=int(exc.exit_code), traceback=traceback.format_exc())
    except Exception as exc:  # one bad mission never stops the others
        _remove(files.values())
        return MissionResult(entry, "failed", seconds=time.perf_counter() - started,
                             error=" ".join(f"internal error ({type(exc).__name__}: {exc}); "
                                            "rerun with --debug for the traceback and report "
                                            "it".split()),
                             exit_code=1, traceback=traceback.format_exc())
    _remove(path for fmt, path in files.items() if fmt not in options.formats)
    return MissionResult(entry, "ok", tuple(p.name for p in written),
                         time.perf_counter() - started, summary)


#: Seconds a mission may take before its process is stopped: the longest of the shared
#: cycle's takes 5 s.
MISSION_TIMEOUT = 600.0


def run_mission_apart(entry: MissionEntry, out_dir: Path, options: BatchOptions | None = None,
                      history: Path | None = None,
                      timeout: float = MISSION_TIMEOUT) -> MissionResult:
    """`run_mission` in a forked process of its own, stopped after `timeout` seconds.

    pdfium and python-calamine are native code: a document that crashes one, or makes it
    ask for more memory than there is, ends the process it runs in without an exception.
    Here that ends only this mission's process, and the mission fails with a line saying
    so; as does one that runs past `timeout`. Where no process can be forked (another thread
    is running, or the platform cannot fork) the mission runs in this process, unguarded.
    """
    import multiprocessing
    import threading

    if threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return run_mission(entry, out_dir, options, history)
    context = multiprocessing.get_context("fork")
    receiving, sending = context.Pipe(duplex=False)
    for stream in (sys.stdout, sys.stderr):  # a forked copy of unwritten output prints twice
        stream.flush()
    started = time.perf_counter()
    child = context.Process(target=_run_in_child, args=(sending, entry, out_dir, options,
                                                        history, os.getpid()), daemon=True)
    child.start()
    sending.close()
    outcome: MissionResult | None = None
    timed_out = False
    try:
        if receiving.poll(timeout):
            try:
                outcome = receiving.recv()
            except (EOFError, OSError):
                outcome = None  # it died before it could say how it went
        else:
            timed_out = True
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receiving.close()
    if outcome is not None:
        return outcome
    _remove(mission_files(entry.mission, out_dir).values())
    _remove(out_dir.glob(f".{glob_escape(entry.mission)}.*.tmp"))  # a write cut short
    seconds = time.perf_counter() - started
    if timed_out:
        error = (f"stopped after {timeout:g} s: reading or rendering its documents took too "
                 "long (a document far larger than any resolution or budget, or malformed); "
                 "run `coherence mandate` and `coherence budget` on each to find which")
    else:
        how = (f"signal {-child.exitcode}" if child.exitcode is not None and child.exitcode < 0
               else f"exit code {child.exitcode}")
        error = (f"the process reading its documents ended ({how}): a document crashed a "
                 "reader library or exhausted the memory; run `coherence mandate` and "
                 "`coherence budget` on each to find which")
    return MissionResult(entry, "failed", seconds=seconds, error=error,
                         exit_code=int(ExitCode.INPUT))


def _run_in_child(sending: Any, entry: MissionEntry, out_dir: Path,
                  options: BatchOptions | None, history: Path | None, parent: int) -> None:
    _end_with_parent(parent)
    result = run_mission(entry, out_dir, options, history)
    sending.send(result)
    sending.close()


def _end_with_parent(parent: int) -> None:
    """Make this mission's process end when the batch's does (a CI timeout's SIGTERM kills
    only the batch: its mission went on and wrote its files seconds later).

    SIGTERM, sent by Linux when the parent dies, or by anyone, ends the mission through
    SystemExit, so that a write under way removes its temporary file. Elsewhere the
    mission still ends at its --timeout only if the parent lives.
    """
    signal.signal(signal.SIGTERM, lambda _signum, _frame: sys.exit(128 + signal.SIGTERM))
    # Ctrl-C reaches the whole process group: the batch stops the mission itself, and the
    # mission's own KeyboardInterrupt printed a stray traceback after 'Aborted!'
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGTERM, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # no C library to ask: the parent's timeout stands
            pass
    if os.getppid() != parent:  # the parent died before the request was made
        sys.exit(128 + signal.SIGTERM)


def _remove(paths: Iterable[Path]) -> None:
    for path in paths:
        path.unlink(missing_ok=True)


def run_batch(manifest: str | Path | Manifest, out_dir: str | Path, *, html: bool = False,
              xlsx: bool = False, history: Path | None = None,
              progress: Progress = _quiet, timeout: float = MISSION_TIMEOUT) -> BatchResult:
    """Run every mission of the manifest into `out_dir` and write the overview.

    Raises ManifestError (exit 3) before writing anything when the manifest cannot be used,
    and CoherenceError when `out_dir` cannot be a folder for the outputs or another batch
    is writing to it (the folder is locked for the run). A mission that
    fails does not raise: its result says why, and `BatchResult.exit_code` is 4.
    `progress` receives one line per mission as it finishes, in manifest order. With
    `history`, each mission's report is recorded in that history file once all have run
    (the file is checked before the first mission).

    Missions run one after the other, each in a process of its own (`run_mission_apart`):
    a document that crashes a reader library, exhausts the memory or takes longer than
    `timeout` seconds fails its mission, not the batch. Running two at a time was measured
    on the 2-core machine this is developed on (benchmarks/bench_batch.py): no faster, and
    sometimes slower, than one at a time, for twice the memory.
    """
    if not isinstance(manifest, Manifest):
        manifest = load_manifest(manifest)
    options = BatchOptions(html=html, xlsx=xlsx)
    out = Path(out_dir)
    _check_out_dir(manifest, out, options)
    if history is not None:
        from coherence.history import check_history

        check_history(history)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CoherenceError(f"cannot create the output folder ({exc.strerror})", path=out,
                             hint="choose a folder you can write to") from exc
    check_writable(out, folder=True)
    with _writing_lock(out):
        return _run_missions(manifest, out, options, history, progress, timeout)


#: The file a running batch holds locked in its output folder.
LOCK_NAME = ".coherence-batch.lock"


@contextlib.contextmanager
def _writing_lock(out: Path) -> Iterator[None]:
    """Hold the output folder for one batch: a second one writing the same folder would
    remove the first one's reports (a failing mission removes its files) while the first
    says it wrote them. CoherenceError (exit 3) when another batch holds it. Where the
    platform has no fcntl (Windows) nothing is locked."""
    try:
        import fcntl
    except ImportError:
        yield
        return
    path = out / LOCK_NAME
    while True:
        try:
            handle = open(path, "a+b")  # noqa: SIM115 -- held open for the whole run
        except OSError as exc:
            raise CoherenceError(f"cannot write here ({exc.strerror})", path=out,
                                 hint="choose a folder you can write to") from exc
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            handle.close()
            raise CoherenceError("another coherence batch is writing here", path=out,
                                 hint="wait until it has finished, or write to another "
                                      "folder with -o") from exc
        try:  # the lock file a batch that just finished removed is no lock: take a new one
            if os.stat(path).st_ino == os.fstat(handle.fileno()).st_ino:
                break
        except FileNotFoundError:
            pass
        handle.close()
    try:
        yield
    finally:
        path.unlink(missing_ok=True)
        handle.close()


def _run_missions(manifest: Manifest, out: Path, options: BatchOptions, history: Path | None,
                  progress: Progress, timeout: float) -> BatchResult:
    # an earlier run's overview would describe reports this run is about to replace: if
    # this run is interrupted, better no overview than one that is wrong
    _remove(out / name for name in OVERVIEW_FILES)
    total = len(manifest.entries)
    results = []
    for module in ("coherence.pipeline", "coherence.render", "weasyprint"):
        # imported once, here: each mission's process is a fork of this one, with them
        importlib.import_module(module)
    for number, entry in enumerate(manifest.entries, start=1):
        result = run_mission_apart(entry, out, options, history, timeout)
        progress(result.progress_line(number, total))
        results.append(result)
    partial = BatchResult(manifest, out, tuple(results))
    written = _write_overview(partial, html=options.html)
    if history is not None:
        _record_history(history, [mission_files(r.entry.mission, out)["json"]
                                  for r in results if r.ok], progress)
    return BatchResult(manifest, out, tuple(results), tuple(written))


def _record_history(history: Path, reports: list[Path], progress: Progress) -> None:
    from coherence.history import record_files

    if not reports:
        return
    added = record_files(history, reports)
    cycles = sorted({done.cycle for _, done in added.recorded})
    progress(f"recorded {plural(len(added.recorded), 'report')} ({', '.join(cycles)}) in {history}")
    for failed in added.failed:
        progress(f"error: not recorded in the history: {failed.error}")


def _check_out_dir(manifest: Manifest, out: Path, options: BatchOptions) -> None:
    """Refuse an output folder that is a file, or where a report would overwrite an input."""
    if out.exists() and not out.is_dir():
        raise CoherenceError("is a file, not a folder", path=out,
                             hint="give -o a folder for the reports")
    inputs: dict[Path, tuple[MissionEntry | None, str]] = {
        manifest.path.resolve(): (None, "manifest")}
    for entry in manifest.entries:
        for name, value in entry.documents():
            inputs.setdefault(value.resolve(), (entry, name.replace("_", " ")))
    outputs = [p for e in manifest.entries for p in mission_files(e.mission, out).values()]
    outputs += [out / name for name in OVERVIEW_FILES]
    for target in outputs:
        hit = inputs.get(target.resolve())
        if hit is not None:
            owner, role = hit
            where = f"{owner.row} ({owner.mission}): the {role}" if owner else f"the {role}"
            raise ManifestError(f"{where} {target.name} would be overwritten by an output",
                                path=manifest.path,
                                hint="write the reports to another folder with -o")
    for entry in manifest.entries:
        for fmt, target in mission_files(entry.mission, out).items():
            # a format not asked for is removed, as an earlier run's: never the user's own
            if fmt not in options.formats and target.exists() \
                    and not written_by_coherence(target):
                raise CoherenceError(
                    f"is in the output folder under a name {entry.mission}'s report takes, "
                    "but coherence did not write it, and the batch would remove it",
                    path=target, hint="move the file elsewhere, or write the reports to "
                                      "another folder with -o")


#: how each kind of output says that coherence wrote it, in its first bytes
_OUTPUT_MARKS = {".json": (b'"coherence.report/1"', b'"coherence.batch/1"'),
                 ".html": (b'<meta name="generator" content="coherence">',),
                 ".csv": (b'mission,status,resolution,',)}


def written_by_coherence(path: Path) -> bool:
    """True when `path` is a file that coherence wrote (a report or an overview, in any of
    its formats), by the mark each format carries; False for anything else."""
    suffix = path.suffix.lower()
    try:
        if not path.is_file():
            return False
        if suffix in _OUTPUT_MARKS:
            with open(path, "rb") as handle:
                head = handle.read(4096)
            return any(mark in head for mark in _OUTPUT_MARKS[suffix])
        if suffix == ".xlsx":
            import zipfile

            with zipfile.ZipFile(path) as archive:  # the links workbook's own sheets
                core = archive.read("docProps/core.xml")[:4096]
                book = archive.read("xl/workbook.xml")[:16384]
            return b">coherence</dc:creator>" in core and all(
                f'name="{sheet}"'.encode() in book for sheet in ("Tasks", "Links",
                                                                 "Data warnings"))
        if suffix == ".pdf":
            import pypdfium2

            document = pypdfium2.PdfDocument(path)
            try:
                return document.get_metadata_value("Creator") == "coherence"
            finally:
                document.close()
    except Exception:  # unreadable, damaged or of another kind: not ours to remove
        return False
    return False


# --------------------------------------------------------------------------- overview


_CSV_COLUMNS = (
    "mission", "status", "resolution", "budget_document", "period", "tasks", "priority_tasks",
    "linked_tasks", *(f"findings_{s}" for s in SEVERITIES), "gross_baseline_usd",
    "gross_proposed_usd", "gross_change_usd", "acabq_recommended_usd", "acabq_change_usd",
    "staffing_net_change", "uniformed_approved", "uniformed_proposed", "warnings", "outputs",
    "notes", "error", "manifest_row")


def overview_csv(result: BatchResult) -> str:
    """One row per mission, for spreadsheets (whole dollars, empty where unknown)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_CSV_COLUMNS)
    for m in result.missions:
        s = m.summary
        writer.writerow([
            m.entry.mission, m.status,
            *(("" if v is None else v) for v in (
                s.resolution if s else None, s.budget_document if s else None,
                s.period if s else None, s.tasks if s else None,
                s.priority_tasks if s else None, s.linked_tasks if s else None,
                *((s.findings.get(sev, 0) if s else None) for sev in SEVERITIES),
                s.gross_baseline if s else None, s.gross_proposed if s else None,
                s.gross_change if s else None, s.recommended if s else None,
                s.recommended_change if s else None, s.staffing_net if s else None,
                s.uniformed_approved if s else None, s.uniformed_proposed if s else None,
                s.warnings if s else None)),
            " ".join(m.outputs), "; ".join(m.notes), m.error or "", m.entry.row])
    return buffer.getvalue()


def overview_html(result: BatchResult, *, standalone: bool = True) -> str:
    """The overview as one HTML document, in the report's look."""
    from coherence.render import STATIC, environment

    css = (STATIC / "report.css").read_text(encoding="utf-8")
    return environment().get_template("overview.html.j2").render(
        b=result, css=css if standalone else None, totals=result.totals(),
        severities=SEVERITIES, generator=f"coherence {__version__}", millions=millions)


def millions(amount: int | None, *, signed: bool = False) -> str:
    """`1,057.6`, `−128.8` (with `signed`, `+5.7`): dollars as millions, one decimal."""
    if amount is None:
        return "–"
    value = (Decimal(abs(amount)) / Decimal(1_000_000)).quantize(Decimal("0.1"),
                                                                   rounding=ROUND_HALF_EVEN)
    sign = "−" if amount < 0 else "+" if signed and amount > 0 else ""
    return f"{sign}{value:,}"


def _write_overview(result: BatchResult, *, html: bool) -> list[Path]:
    """Render every overview file in memory, then write them (all or none)."""
    from coherence.pipeline import write_all
    from coherence.render import html_to_pdf

    out = result.out_dir
    page = _unicode(overview_html(result))
    files: list[tuple[Path, bytes]] = [
        (out / "overview.pdf", html_to_pdf(page)),
        (out / "overview.json", _unicode(json.dumps(result.to_json(), ensure_ascii=False,
                                                    indent=2) + "\n").encode("utf-8")),
        # utf-8-sig: Excel opens a CSV as UTF-8 only when it starts with the byte-order mark
        (out / "overview.csv", _unicode(overview_csv(result)).encode("utf-8-sig")),
    ]
    if html:
        files.append((out / "overview.html", page.encode("utf-8")))
    return write_all(files)


def _unicode(text: str) -> str:
    """`text` with the bytes of a path that is not UTF-8 (a folder unzipped from a Windows
    archive) shown as U+FFFD, as a report shows its documents' paths: Python carries them
    as lone surrogates, which no UTF-8 file can hold."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


__all__ = [
    "SCHEMA",
    "BatchOptions",
    "BatchResult",
    "Manifest",
    "ManifestError",
    "MissionEntry",
    "MissionResult",
    "MissionSummary",
    "load_manifest",
    "run_batch",
    "run_mission",
]
