"""A batch manifest drafted from folders of documents (`coherence manifest`).

An analyst gathers a cycle's documents in a folder or two: the mandate resolutions, the
Secretary-General's budget reports, the Advisory Committee's reports on them. Writing the
manifest by hand means reading every document's symbol and mission. `draft` reads them
instead and pairs them, mission by mission:

- the budget: the mission's latest proposal (the DOCX edition where there are several,
  which reads best, then PDF, then a workbook; only one edition of a document is read);
- the Advisory Committee's report on the same mission;
- the mandate: the latest resolution whose principal mission it is and that extends or sets
  its mandate; the previous mandate: the one before it;
- tasks_from: when the mandate restates fewer than three tasks, the resolution it cites
  most, among those in the folders, that sets the mission's tasks (1701 (2006) for
  UNIFIL's renewals).

What could not be paired (a budget with no resolution, a resolution with no budget, a file
that is neither) is said in `notes`, never dropped silently. The analyst reads the draft,
corrects it if needed, and runs `coherence batch` on it.
"""

from __future__ import annotations

import csv
import io
import os
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from budgets import SUPPORTED_SUFFIXES as BUDGET_SUFFIXES
from budgets import Budget, parse_budget
from coherence.batch import COLUMNS, FEW_TASKS
from coherence.findings import plural
from mandates import SUPPORTED_SUFFIXES as RESOLUTION_SUFFIXES
from mandates import Resolution, parse_resolutions
from mandates.metadata import resolutions_cited
from provenance import CoherenceError, InputError

#: the editions of one document, best first
_EDITION_ORDER = (".docx", ".pdf", ".xlsx", ".csv")
#: the editions of one resolution, best first: the printed pages first, whose numbers the
#: report cites, and the text extraction last
_RESOLUTION_EDITION_ORDER = (".pdf", ".docx", ".html", ".htm", ".json", ".txt")


@dataclass
class Draft:
    """The manifest's rows (column -> path), and what could not be paired."""

    rows: list[dict[str, Path]] = field(default_factory=list)
    missions: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def csv_text(self, folder: Path | None = None) -> str:
        """The manifest as CSV; paths relative to `folder` (the manifest's own), as `batch`
        reads them, or absolute when no folder is given."""
        def where(path: Path | None) -> str:
            if path is None:
                return ""
            # absolute, not resolved: a folder linked into the cycle's keeps its name
            full = os.path.abspath(path)
            return os.path.relpath(full, os.path.abspath(folder)) if folder is not None \
                else full

        used = [c for c in COLUMNS if any(c in row for row in self.rows) or c in
                ("mandate", "budget")]
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["mission", *used])
        for mission, row in zip(self.missions, self.rows, strict=True):
            writer.writerow([mission, *(where(row.get(c)) for c in used)])
        return buffer.getvalue()


def _files(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            # folders linked into the cycle's folder count as part of it
            for root, dirs, names in os.walk(path, followlinks=True):
                dirs.sort()
                if "overview.json" in names:  # a batch's own output, not documents
                    dirs.clear()
                    continue
                # (a broken link or a pipe among them is kept: reading it says what it is)
                out.extend(Path(root) / n for n in sorted(names)
                           if not ((Path(root) / n).is_file() and _is_manifest(Path(root) / n)))
        elif path.exists():
            out.append(path)
        else:
            raise InputError("no such file or folder", path=path,
                             hint="give the folders that hold the cycle's documents")
    return out


def _is_manifest(path: Path) -> bool:
    """A manifest (drafted earlier, or by hand) in the folder: a CSV headed `mission,`."""
    if path.suffix.lower() != ".csv":
        return False
    with path.open("rb") as f:
        return f.read(8).lstrip(b"\xef\xbb\xbf").lower().startswith(b"mission,")


def _symbol_key(path: Path) -> str:
    """One key for the editions of one document (`A_80_624.docx`, `A_80_624.pdf`)."""
    return path.stem.lower().replace("-", "_")


def _is_resolution(path: Path) -> bool:
    """Resolutions by their file name (`S_RES_2765(2024).pdf`, `S-RES-1701(2006).txt`);
    plain text and HTML are resolutions whatever their name (budgets are not published so)."""
    suffix = path.suffix.lower()
    if suffix not in RESOLUTION_SUFFIXES:
        return False
    return suffix in (".txt", ".html", ".htm") or \
        path.name.upper().replace("-", "_").startswith("S_RES")


def draft(paths: Sequence[Path]) -> Draft:
    """Read every document under `paths` and pair them into manifest rows, one per mission
    with a budget and a mandate."""
    files = _files(paths)
    resolutions: list[tuple[Resolution, Path]] = []
    budgets: list[tuple[Budget, Path]] = []
    notes: list[str] = []
    editions: dict[str, list[Path]] = defaultdict(list)
    others: dict[str, list[Path]] = defaultdict(list)
    for path, resolution in parse_resolutions(p for p in files if _is_resolution(p)):
        if isinstance(resolution, CoherenceError):
            notes.append(f"{path}: not read as a resolution ({resolution.one_line()})")
        elif isinstance(resolution, Exception):
            raise resolution
        elif resolution.missions:
            resolutions.append((resolution, path))
        else:
            notes.append(f"{path}: {resolution.symbol or 'the resolution'} names no peace "
                         "operation; left out")
    for path in files:
        if _is_resolution(path):
            continue
        if path.suffix.lower() in BUDGET_SUFFIXES:
            editions[_symbol_key(path)].append(path)
        else:
            others[path.suffix.lower() or "(no suffix)"].append(path)
    for suffix, paths_of in sorted(others.items()):
        notes.append(f"{paths_of[0]}" + (f" and {plural(len(paths_of) - 1, f'other {suffix} file')}"
                                          if len(paths_of) > 1 else "")
                     + ": neither resolutions nor budget documents; left out")
    for _key, paths_of in sorted(editions.items()):
        best = _best_edition(paths_of, _EDITION_ORDER, "document", notes)
        try:
            budgets.append((parse_budget(best), best))
        except CoherenceError as exc:
            notes.append(f"{best}: not read as a budget ({exc.one_line()})")
    return _pair(resolutions, budgets, notes)


def _best_edition(paths: list[Path], order: tuple[str, ...], what: str,
                  notes: list[str]) -> Path:
    """The edition of one document to use, first in `order` (a type it does not list comes
    after those it does); a note names the others."""
    best = min(paths, key=lambda p: (*order, p.suffix.lower()).index(p.suffix.lower()))
    rest = [p.name for p in paths if p != best]
    if rest:
        editions_of = "another edition" if len(rest) == 1 else "other editions"
        notes.append(f"{', '.join(rest)}: {editions_of} of the same {what}; {best.name} is used")
    return best


def _adopted(resolution: Resolution) -> str:
    return resolution.adopted.isoformat() if resolution.adopted else ""


def _pair(resolutions: list[tuple[Resolution, Path]], budgets: list[tuple[Budget, Path]],
          notes: list[str]) -> Draft:
    out = Draft(notes=notes)
    where: dict[int, Path] = {id(doc): path for doc, path in [*resolutions, *budgets]}
    proposals: dict[str, Budget] = {}
    committee: dict[str, Budget] = {}
    for budget, path in budgets:
        if budget.mission is None:
            out.notes.append(f"{path}: no mission could be read from it; left out")
            continue
        chosen = committee if budget.is_advisory else proposals
        held = chosen.get(budget.mission)
        if held is None or (budget.budget_period or "") > (held.budget_period or ""):
            chosen[budget.mission] = budget
    by_mission: dict[str, list[Resolution]] = defaultdict(list)
    editions: dict[str, list[Path]] = defaultdict(list)
    for resolution, path in resolutions:
        editions[resolution.symbol or str(path)].append(path)
    used = [_best_edition(paths, _RESOLUTION_EDITION_ORDER, "resolution", out.notes)
            for paths in editions.values()]
    of_path = {path: resolution for resolution, path in resolutions}
    for resolution in sorted((of_path[p] for p in used), key=_adopted):
        # a successor mission the resolution establishes, with a period of its own, is
        # mandated by it too (MINUJUSTH beside MINUSTAH's final period)
        for mission in dict.fromkeys([resolution.missions[0],
                                      *(e.mission for e in resolution.other_expiries)]):
            by_mission[mission].append(resolution)
    for mission in sorted(proposals):
        budget = proposals[mission]
        # a resolution that extends or sets the mandate (not one that only names the mission);
        # one that only gives the mission tasks beside its renewals is no mandate while a
        # renewal is at hand: UNMISS's is 2729 (2024), not the South Sudan sanctions renewal
        # 2731 (2024) a month later that asks it to assist the Panel of Experts, and MONUSCO's
        # previous mandate is 2717 (2023), not 2746 (2024), which adds support to SAMIDRC
        named = by_mission.get(mission, [])
        mandates = [r for r in named if r.mandate_expires] or [r for r in named if r.tasks]
        if not mandates:
            out.notes.append(f"{mission}: budget {budget.document or where[id(budget)].name} "
                             "but no resolution in the folders sets its mandate; not in the "
                             "manifest")
            continue
        mandate = mandates[-1]
        later = [r for r in named if r.tasks and not r.mandate_expires
                 and _adopted(r) > _adopted(mandate)]
        if later:
            out.notes.append(
                f"{mission}: {', '.join(_name(r, where) for r in later)} gives the mission tasks "
                f"after {_name(mandate, where)} without renewing its mandate; the manifest takes "
                f"{_name(mandate, where)} as the mandate: check the tasks the later one adds")
        row: dict[str, Path] = {"mandate": where[id(mandate)], "budget": where[id(budget)]}
        base = _tasks_from(mandate, named)
        # the renewal before, not the resolution that first set the tasks
        earlier = [r for r in mandates[:-1] if r is not base]
        if earlier:
            row["previous_mandate"] = where[id(earlier[-1])]
        if base is not None:
            row["tasks_from"] = where[id(base)]
        if mission in committee:
            row["acabq"] = where[id(committee[mission])]
        out.missions.append(mission)
        out.rows.append(row)
    for mission in sorted(set(by_mission) - set(proposals)):
        if any(r.mandate_expires or r.tasks for r in by_mission[mission]):
            out.notes.append(f"{mission}: resolutions but no budget report in the folders; "
                             "not in the manifest")
    for mission in sorted(set(committee) - set(proposals)):
        out.notes.append(f"{mission}: the Advisory Committee's report "
                         f"{committee[mission].document} but no budget report; not in the "
                         "manifest")
    return out


def _name(resolution: Resolution, where: dict[int, Path]) -> str:
    """The resolution's symbol, or its file's name when the symbol is unknown."""
    return resolution.symbol or where[id(resolution)].name


def _tasks_from(mandate: Resolution, same_mission: list[Resolution]) -> Resolution | None:
    """The resolution that sets the tasks a renewal restates too few of, when it is here."""
    if len(mandate.categories()) >= FEW_TASKS:
        return None
    cited: dict[str, int] = defaultdict(int)
    for p in mandate.operative:
        for number, _year in resolutions_cited(p.text):
            cited[number] += 1
    candidates = [r for r in same_mission if r is not mandate and r.symbol
                  and r.symbol.removeprefix("S/RES/").split(" ")[0] in cited
                  and len(r.categories()) >= FEW_TASKS]
    if not candidates:
        return None
    return max(candidates, key=lambda r: cited[r.symbol.removeprefix("S/RES/").split(" ")[0]]
               if r.symbol else 0)
