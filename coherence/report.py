"""One mission's report as data: what the PDF, HTML, JSON and workbook all show.

`build_report` links the resolution's tasks to the budget's lines (`coherence.mapping`),
computes each task's resources across the budget periods, sets personnel against the
authorized ceilings, runs the rule catalogue (`coherence.findings`) and keeps every
figure's source location, so every claim in the document can be checked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

from budgets import Budget, LegislativeStep, Measure, ResourceLine, TableKind
from budgets.model import group_key
from coherence import __version__
from coherence.advisory import AdvisoryRow, advisory_findings, advisory_rows
from coherence.codebook import BY_ID, A4PArea
from coherence.findings import (
    BUDGET_TREND,
    CEILING_GAP,
    CLASS_CHANGE,
    RULES,
    SHARP_CUT,
    SPENDING_GAP,
    UNIFORMED_CHANGE,
    Finding,
    difference,
    money,
    percent,
    plural,
    rank,
    signed_count,
)
from coherence.history import Comparison
from coherence.inforce import (
    SEPARATOR,
    for_mission,
    in_force,
    is_inherited,
    short_symbol,
)
from coherence.mapping import Link, Overrides, link_tasks
from coherence.staffing import OfficeRow, office_rows, offices_serving, staffing_findings
from mandates import CeilingKind, Resolution
from mandates.metadata import resolutions_cited
from mandates.missions import OTHER_OPERATIONS, names_of
from mandates.model import PersonnelCeiling
from provenance import DataWarning, InputError, SourceRef, grouped

SCHEMA = "coherence.report/1"


@dataclass(frozen=True, slots=True)
class Column:
    """A budget column: a measure in a period (`2025/26 apportionment`)."""

    measure: Measure
    period: str

    @property
    def label(self) -> str:
        """`2025/26 apportionment`, `2026/27 cost estimates`."""
        return f"{self.period} {str(self.measure).replace('_', ' ')}"


@dataclass(frozen=True, slots=True)
class Row:
    """One line of a budget table across its columns, with the change that matters."""

    group: str
    item: str
    role: str
    amounts: dict[str, int]
    at: dict[str, str]
    baseline: int | None
    proposed: int | None
    accomplishments: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()

    @property
    def change(self) -> int | None:
        """Proposed minus baseline, in dollars."""
        return difference(self.proposed, self.baseline)

    @property
    def change_pct(self) -> Decimal | None:
        """The change as a percentage of the baseline, one decimal."""
        if self.change is None or self.baseline is None:
            return None
        return percent(self.change, self.baseline)

    def to_json(self) -> dict[str, object]:
        """JSON form."""
        return {"group": self.group, "item": self.item, "role": self.role,
                "amounts": self.amounts, "at": self.at, "baseline": self.baseline,
                "proposed": self.proposed, "change": self.change,
                "change_pct": str(self.change_pct) if self.change_pct is not None else None,
                "accomplishments": list(self.accomplishments), "tasks": list(self.tasks)}


@dataclass(frozen=True, slots=True)
class TaskRow:
    """A mandated task with the resources linked to it."""

    category: str
    label: str
    area: str
    refs: tuple[str, ...]
    pages: tuple[int, ...]
    priority: bool
    strength: str
    modality: str
    links: tuple[Link, ...]
    # None when the budget has no such column (a performance report proposes nothing)
    baseline: int | None
    proposed: int | None
    direct: bool  # at least one programme or override link
    #: `refs` as a finding cites them: the paragraphs whose main task this is first, then
    #: the priority ones, then the rest, each in printed order
    cited: tuple[str, ...] = ()
    #: the paragraphs that set the task as a priority, in the order of `cited`
    priority_refs: tuple[str, ...] = ()
    #: the budget columns its baseline adds up (programmes may print an older period than
    #: the classes: `2024/25 apportionment` beside `2025/26 apportionment`)
    baseline_columns: tuple[str, ...] = ()

    @property
    def mixed_baseline(self) -> bool:
        """True when the baseline adds up figures of different periods."""
        return len(self.baseline_columns) > 1

    @property
    def change(self) -> int | None:
        """Proposed minus baseline of the resources linked to the task (shares applied)."""
        return difference(self.proposed, self.baseline)

    def to_json(self) -> dict[str, object]:
        """JSON form."""
        return {"category": self.category, "label": self.label, "area": self.area,
                "refs": list(self.refs), "cited_refs": list(self.cited),
                "priority_refs": list(self.priority_refs), "pages": list(self.pages),
                "priority": self.priority,
                "strength": self.strength, "modality": self.modality,
                "resources": {"baseline": self.baseline, "proposed": self.proposed,
                              "change": self.change,
                              "baseline_columns": list(self.baseline_columns)},
                "direct": self.direct, "links": [ln.to_json() for ln in self.links]}


@dataclass(frozen=True, slots=True)
class PersonnelRow:
    """An authorized ceiling against the personnel the budget proposes to fund."""

    kind: str
    ceiling: int
    ref: str
    page: int | None
    funded: int | None
    funded_label: str
    at: tuple[str, ...]
    #: personnel the ceiling includes that `funded` cannot count: justice and corrections
    #: advisers in a police ceiling, when the budget's tables as read give no
    #: government-provided personnel
    uncounted: int = 0

    @property
    def comparable(self) -> int:
        """The part of the ceiling `funded` is set against."""
        return self.ceiling - self.uncounted

    @property
    def gap(self) -> int | None:
        """Funded minus authorized (negative: fewer funded than authorized)."""
        return None if self.funded is None else self.funded - self.comparable

    def to_json(self) -> dict[str, object]:
        """JSON form."""
        return {"kind": self.kind, "ceiling": self.ceiling, "ref": self.ref, "page": self.page,
                "funded": self.funded, "funded_label": self.funded_label, "gap": self.gap,
                "uncounted": self.uncounted, "at": list(self.at)}


@dataclass(frozen=True)
class UniformedRow:
    """Uniformed personnel of one kind in the budget's human resources tables: approved for
    the last period and proposed for the next, with each later phase of the proposed period
    the budget prints (a drawdown's strength at its end)."""

    category: str
    approved: int | None
    approved_label: str
    proposed: int | None
    proposed_label: str
    phases: tuple[tuple[str, int], ...]
    at: tuple[str, ...]

    @property
    def change(self) -> int | None:
        """Proposed minus approved."""
        return difference(self.proposed, self.approved)

    def to_json(self) -> dict[str, object]:
        """JSON form."""
        return {"category": self.category, "approved": self.approved,
                "approved_label": self.approved_label, "proposed": self.proposed,
                "proposed_label": self.proposed_label, "change": self.change,
                "phases": [{"phase": label, "count": count} for label, count in self.phases],
                "at": list(self.at)}


@dataclass(frozen=True)
class CycleRow:
    """One cycle of the mission's budget as the Assembly's process left it: the Secretary-
    General's proposal, the Advisory Committee's recommendation, the appropriation."""

    period: str
    proposed: int | None
    recommended: int | None
    appropriated: int | None
    documents: dict[str, str]  # stage -> document symbol (A/79/744, A/RES/79/304)
    appropriated_on: str | None  # ISO date of the appropriation
    at: tuple[str, ...]

    @property
    def cut(self) -> int | None:
        """Appropriated minus proposed (negative: the Assembly gave less)."""
        return difference(self.appropriated, self.proposed)

    @property
    def cut_pct(self) -> Decimal | None:
        """The cut as a percentage of the proposal, one decimal."""
        if self.cut is None or self.proposed is None:
            return None
        return percent(self.cut, self.proposed)

    def to_json(self) -> dict[str, object]:
        """JSON form."""
        return {"period": self.period, "proposed": self.proposed,
                "recommended": self.recommended, "appropriated": self.appropriated,
                "change": self.cut, "change_pct": str(self.cut_pct) if self.cut_pct is not None
                else None, "documents": dict(self.documents),
                "appropriated_on": self.appropriated_on, "at": list(self.at)}


@dataclass(frozen=True)
class Report:
    """Everything one mission's report shows, computed once."""

    mission: str | None
    resolution: Resolution
    budget: Budget
    previous_resolution: Resolution | None
    previous_budget: Budget | None
    columns: tuple[Column, ...]
    baseline: Column | None
    proposed: Column | None
    expenditure: Column | None
    classes: tuple[Row, ...]
    programmes: tuple[Row, ...]
    programme_baseline: Column | None
    programme_proposed: Column | None
    tasks: tuple[TaskRow, ...]
    personnel: tuple[PersonnelRow, ...]
    findings: tuple[Finding, ...]
    links: tuple[Link, ...]
    headline: str
    overrides: Overrides | None = None
    task_changes: dict[str, list[str]] = field(default_factory=dict)
    assumptions: tuple[str, ...] = ()
    #: the resolutions that set the tasks the resolution renews (`--tasks-from`), whose tasks
    #: `resolution` already holds
    task_sources: tuple[Resolution, ...] = ()
    #: the Advisory Committee's report on the budget (`--acabq`), and its changes by class
    acabq: Budget | None = None
    advisory: tuple[AdvisoryRow, ...] = ()
    #: the budget's proposed staffing changes, added up by office
    staffing: tuple[OfficeRow, ...] = ()
    #: the mission's report of the cycle before, from the history (`--history`), set beside
    since: Comparison | None = None
    #: troops, observers and police the budget proposes, by kind
    uniformed: tuple[UniformedRow, ...] = ()
    #: the earlier cycles the budget's legislative history prints, oldest first
    cycles: tuple[CycleRow, ...] = ()
    #: how many implications page 1 may list (the PDF lowers it, down to 3, until page 1
    #: fits on its page)
    top_limit: int = 5
    #: what page 1 says when the budget names no mission and is read as the resolution's
    mission_assumed: str = ""
    #: why the previous budget given was not used (it always is not, for now)
    previous_budget_unused: str = ""

    def offices_serving(self, category: str) -> list[OfficeRow]:
        """Offices in the proposed staffing changes whose own name names the task."""
        return offices_serving(self.staffing, category)

    @property
    def documents_read(self) -> list[tuple[str, Resolution | Budget | None]]:
        """(role, document) for every input, None where none was given."""
        return [("mandate", self.resolution),
                *(("tasks from", r) for r in self.task_sources),
                ("budget", self.budget), ("advisory committee", self.acabq),
                ("previous mandate", self.previous_resolution),
                ("previous budget, given but not used" if self.previous_budget_unused
                 else "previous budget", self.previous_budget)]

    @property
    def mandate_expires(self) -> tuple[date | None, str | None]:
        """When the mandate of the report's mission ends, and the paragraph that says so."""
        return mission_expiry(self.resolution, self.mission)

    @property
    def task_source_names(self) -> list[str]:
        """`1701 (2006)` for each resolution the tasks were also read from."""
        return [short_symbol(r) for r in self.task_sources]

    @property
    def cited_resolutions(self) -> list[str]:
        """Resolutions the operative paragraphs cite, most cited first, then the latest first
        (`1701 (2006)`): a renewal that calls for the implementation of twenty resolutions,
        each once, points first at the latest, nearest to the tasks in force."""
        counts: dict[str, int] = defaultdict(int)
        for p in self.resolution.operative:
            for number, year in resolutions_cited(p.text):
                if year and len(number) >= 3:
                    counts[f"{number} ({year})"] += 1
        return sorted(counts, key=lambda r: (-counts[r], -int(r.split(" ")[0])))

    @property
    def top_findings(self) -> tuple[Finding, ...]:
        """The three to five implications that matter most (page 1).

        The Advisory Committee's total has its own line above them on page 1.
        """
        picked: list[Finding] = []
        per_rule: dict[str, int] = defaultdict(int)
        per_rule["ACABQ_TOTAL"] = 2
        for f in self.findings:  # ranked: most severe first
            if f.severity == "high" and per_rule[f.rule] < 2 and len(picked) < self.top_limit:
                picked.append(f)
                per_rule[f.rule] += 1
        for f in self.findings:
            if len(picked) >= 3:
                break
            if f not in picked and per_rule[f.rule] < 2:
                picked.append(f)
                per_rule[f.rule] += 1
        return tuple(picked)

    @property
    def warnings(self) -> list[tuple[str, DataWarning]]:
        """Every data warning of every document read, with the document's name."""
        out: list[tuple[str, DataWarning]] = []
        for _, doc in self.documents_read:
            if doc is not None:
                out.extend((doc.source.path, w) for w in doc.warnings)
        return out

    @property
    def warning_entries(self) -> list[tuple[str, DataWarning, tuple[DataWarning, ...]]]:
        """`warnings` as the annex lists them: a code one document repeats more than three
        times (16 sub-paragraphs printed without their letters) is one entry, with the later
        ones of that code, whose places it names."""
        out: list[tuple[str, DataWarning, tuple[DataWarning, ...]]] = []
        for _, doc in self.documents_read:
            if doc is not None:
                out.extend((doc.source.path, w, rest) for w, rest in grouped(doc.warnings))
        return out

    @property
    def reading_notes(self) -> int:
        """How many of `warnings` only note how a document was read (severity info)."""
        return sum(1 for _, w in self.warnings if w.is_note)

    @property
    def data_warnings(self) -> int:
        """How many of `warnings` are problems with the data rather than notes on reading."""
        return len(self.warnings) - self.reading_notes

    @property
    def last_cycle(self) -> CycleRow | None:
        """The latest earlier cycle with both a proposal and an appropriation."""
        return next((c for c in reversed(self.cycles) if c.cut is not None), None)

    @property
    def last_cycle_note(self) -> str | None:
        """What the Assembly did with the latest earlier proposal, in one sentence."""
        row = self.last_cycle
        if row is None or row.cut is None:
            return None
        resolution = row.documents.get("appropriated")
        by = f" ({resolution}{f', {row.appropriated_on}' if row.appropriated_on else ''})" \
            if resolution else ""
        proposal = f" ({row.documents['proposed']})" if "proposed" in row.documents else ""
        if row.cut == 0:
            said = (f"For {row.period} the General Assembly appropriated{by} the "
                    f"{money(row.proposed)} the Secretary-General proposed{proposal}")
        else:
            word = "less" if row.cut < 0 else "more"
            said = (f"For {row.period} the General Assembly appropriated "
                    f"{money(row.appropriated)}{by}, {money(abs(row.cut))} "
                    f"({abs(row.cut_pct or 0)} %) {word} than the {money(row.proposed)} the "
                    f"Secretary-General proposed{proposal}")
        if row.recommended is not None:
            said += f"; the Advisory Committee had recommended {money(row.recommended)}"
        return said + "."

    @property
    def class_subtotals(self) -> list[tuple[str, Row]]:
        """Each subtotal of the financial table, named by the group it closes (numbered when
        a group closes twice, so a chart never shows two bars under one name)."""
        out: list[tuple[str, Row]] = []
        for row in self.classes:
            if row.role == "subtotal":
                seen = sum(1 for _, r in out if r.group == row.group)
                out.append((f"{row.group} ({seen + 1})" if seen else row.group, row))
        return out

    @property
    def task_changes_charted(self) -> list[tuple[str, int, int]]:
        """(task, baseline, proposed) of the task chart: the 14 linked tasks whose resources
        change most."""
        rows = [(t.label, t.baseline, t.proposed) for t in self.tasks
                if t.links and t.baseline is not None and t.proposed is not None]
        rows.sort(key=lambda r: -abs(r[2] - r[1]))
        return rows[:14]

    @property
    def programme_changes_charted(self) -> list[tuple[str, int, int]]:
        """(programme, baseline, proposed) of the programme chart: the 14 programmes with the
        largest cuts first."""
        rows = [(r.item, r.baseline, r.proposed) for r in self.programmes
                if r.role == "item" and r.baseline is not None and r.proposed is not None]
        rows.sort(key=lambda r: r[2] - r[1])
        return rows[:14]

    def chart_data(self) -> dict[str, object]:
        """The figures behind every chart."""
        groups = {name: dict(row.amounts) for name, row in self.class_subtotals}
        return {
            "budget_by_class": {"columns": [c.label for c in self.columns], "groups": groups},
            "task_resources": [{"task": t.label, "baseline": t.baseline,
                                "proposed": t.proposed, "change": t.change}
                               for t in self.tasks if t.links and t.change is not None],
            "programme_change": [{"programme": name, "baseline": baseline,
                                  "proposed": proposed, "change": proposed - baseline}
                                 for name, baseline, proposed in self.programme_changes_charted],
        }

    def to_json(self) -> dict[str, object]:
        """The `coherence.report/1` document: everything the PDF shows, as data."""
        def source(doc: Resolution | Budget | None) -> dict[str, str] | None:
            return doc.source.to_json() if doc is not None else None

        return {
            "schema": SCHEMA,
            "generator": f"coherence {__version__}",
            "mission": self.mission,
            "documents": {
                "resolution": {"symbol": self.resolution.symbol,
                               "draft": self.resolution.draft,
                               "adopted": _iso(self.resolution.adopted),
                               "mandate_expires": _iso(self.mandate_expires[0]),
                               "mandate_expires_ref": self.mandate_expires[1],
                               "reports_requested": [r.to_json() for r in
                                                     self.resolution.reports_requested],
                               "source": source(self.resolution)},
                "budget": {"document": self.budget.document, "source": source(self.budget)},
                "previous_resolution": ({"symbol": self.previous_resolution.symbol,
                                         "source": source(self.previous_resolution)}
                                        if self.previous_resolution else None),
                "previous_budget": ({"document": self.previous_budget.document,
                                     "source": source(self.previous_budget),
                                     "used": not self.previous_budget_unused,
                                     "not_used_because": self.previous_budget_unused or None}
                                    if self.previous_budget else None),
                "tasks_from": [{"symbol": r.symbol, "source": source(r)}
                               for r in self.task_sources],
                "acabq": ({"document": self.acabq.document, "source": source(self.acabq)}
                          if self.acabq else None),
            },
            "headline": self.headline,
            "columns": [c.label for c in self.columns],
            "baseline": self.baseline.label if self.baseline else None,
            "proposed": self.proposed.label if self.proposed else None,
            "tasks": [t.to_json() for t in self.tasks],
            "resources_by_class": [r.to_json() for r in self.classes],
            "programmes": [r.to_json() for r in self.programmes],
            "personnel": [p.to_json() for p in self.personnel],
            "uniformed_personnel": [u.to_json() for u in self.uniformed],
            "earlier_cycles": [c.to_json() for c in self.cycles],
            "advisory_committee": ({
                "total": (self.acabq.recommended_total.to_json()
                          if self.acabq.recommended_total else None),
                "changes": [a.to_json() for a in self.advisory]} if self.acabq else None),
            "staffing": [o.to_json() for o in self.staffing],
            "since_last_cycle": self.since.to_json() if self.since is not None else None,
            "findings": [f.to_json() for f in self.findings],
            # page 1's implications, as positions in "findings"
            "page_one_findings": [next(i for i, g in enumerate(self.findings) if g is f)
                                  for f in self.top_findings],
            "task_changes": self.task_changes,
            "links": [ln.to_json() for ln in self.links],
            "overrides": self.overrides.path if self.overrides else None,
            "assumptions": list(self.assumptions),
            "mission_assumed": self.mission_assumed or None,
            "rules": [r.to_json() for r in RULES.values()],
            "charts": self.chart_data(),
            "warnings": [{"document": doc, **w.to_json()}
                         for doc, w in self.warnings],
        }


def _iso(value: object) -> str | None:
    return value.isoformat() if value is not None else None  # type: ignore[attr-defined]


def _columns(lines: list[ResourceLine]) -> list[Column]:
    out: list[Column] = []
    for ln in lines:
        col = Column(ln.measure, ln.period)
        if col not in out:
            out.append(col)
    return out


def _pick(columns: list[Column], measure: Measure, before: str | None = None) -> Column | None:
    chosen = [c for c in columns if c.measure is measure and (before is None or c.period < before)]
    return max(chosen, key=lambda c: c.period) if chosen else None


def _rows(lines: list[ResourceLine], baseline: Column | None,
          proposed: Column | None) -> list[Row]:
    rows: dict[tuple[str, str, int], dict[str, object]] = {}
    order: list[tuple[str, str, int]] = []
    occurrence: dict[tuple[str, str, str], int] = defaultdict(int)
    for ln in lines:
        col = Column(ln.measure, ln.period).label
        n = occurrence[(ln.group, ln.item, col)]
        occurrence[(ln.group, ln.item, col)] += 1
        key = (ln.group, ln.item, n)
        if key not in rows:
            rows[key] = {"amounts": {}, "at": {}, "role": str(ln.role),
                         "accomplishments": ln.accomplishments}
            order.append(key)
        rows[key]["amounts"][col] = ln.amount  # type: ignore[index]
        rows[key]["at"][col] = ln.at.label()  # type: ignore[index]
    out = []
    for key in order:
        data = rows[key]
        amounts: dict[str, int] = data["amounts"]  # type: ignore[assignment]
        out.append(Row(key[0], key[1], str(data["role"]), amounts,
                       data["at"],  # type: ignore[arg-type]
                       amounts.get(baseline.label) if baseline else None,
                       amounts.get(proposed.label) if proposed else None,
                       data["accomplishments"]))  # type: ignore[arg-type]
    return out


def gross_requirements(classes: tuple[Row, ...] | list[Row]) -> Row | None:
    """The overall table's gross requirements row (the budget's total), if it prints one."""
    return next((r for r in classes if re.match(r"gross requirements", r.item, re.I)), None)


#: the three groups of the UN's financial resources table
CLASS_GROUPS = ("Military and police personnel", "Civilian personnel", "Operational costs")


def _regrouped(classes: list[Row]) -> list[Row]:
    """The rows with their group as printed, where a group's heading was read as a line.

    A/80/634 prints "Civilian personnel" with dashes, so the reader takes it for a line of
    the group above and the staff lines under it for military and police personnel (the
    gold keeps them so: that is the document). The report names them by their heading.
    """
    out: list[Row] = []
    heading: tuple[str, str] | None = None  # (group as read, heading printed)
    for row in classes:
        if (row.role == "item" and not any(row.amounts.values())
                and row.item.lower() in {g.lower() for g in CLASS_GROUPS}
                and row.item.lower() != row.group.lower()):
            heading = (row.group, row.item)
        elif heading is not None and row.group != heading[0]:
            heading = None
        out.append(replace(row, group=heading[1]) if heading is not None else row)
    return out


def _headline(classes: list[Row], baseline: Column | None, proposed: Column | None,
              expenditure: Column | None = None, document: str | None = None) -> str:
    gross = gross_requirements(classes)
    if gross is not None and proposed is None and baseline and expenditure \
            and expenditure.period == baseline.period:
        # a performance report (MINUSMA's A/80/590, after its closure) proposes nothing
        spent = gross.amounts.get(expenditure.label)
        rate = percent(spent, gross.baseline) if spent is not None and gross.baseline is not None \
            else None
        if rate is not None:
            return (f"{document or 'This budget document'} proposes no budget: it reports "
                    f"{baseline.period} expenditure of {money(spent)} against the "
                    f"{money(gross.baseline)} apportioned ({rate} % used).")
    if gross is None or gross.baseline is None or gross.proposed is None or not baseline \
            or not proposed:
        return "The budget's overall financial table could not be compared across periods."
    change = gross.proposed - gross.baseline
    direction = "more" if change > 0 else "less"
    if change == 0:
        return (f"Proposed {proposed.period} gross requirements of {money(gross.proposed)} "
                f"are unchanged from the {money(gross.baseline)} approved for "
                f"{baseline.period}.")
    return (f"Proposed {proposed.period} gross requirements of {money(gross.proposed)} are "
            f"{money(abs(change))} ({abs(gross.change_pct or 0)} %) {direction} than the "
            f"{money(gross.baseline)} approved for {baseline.period}.")


_CEILING_GROUPS = {
    CeilingKind.MILITARY: ("military contingents",),
    CeilingKind.MILITARY_OBSERVERS: ("military observers",),
    CeilingKind.INDIVIDUAL_POLICE: ("united nations police",),
    CeilingKind.POLICE: ("united nations police",),
    CeilingKind.FORMED_POLICE_UNITS: ("formed police units",),
    # justice and corrections advisers are seconded by governments
    CeilingKind.CORRECTIONS: ("government-provided personnel",),
}


def _workbook_gaps(budget: Budget) -> list[DataWarning]:
    """What a report prints only as prose or layout, and so not in a workbook of its tables,
    leaves out of a report built on the workbook."""
    missing = [what for what, found in (
        ("the results-based-budgeting frameworks (the expected accomplishments that link "
         "programmes to the tasks they serve)", budget.accomplishments),
        ("the table of proposed staffing changes (which shows posts cut in offices that serve "
         "mandated tasks)", budget.staffing_changes)) if not found]
    if not missing:
        return []
    return [DataWarning(
        "budget_sections_missing", f"{budget.document or budget.source.path} was given as a "
        f"workbook, which does not carry {' or '.join(missing)}; the links and findings "
        f"{'they give' if len(missing) > 1 else 'it gives'} are missing: give the budget "
        "report as DOCX or PDF for them", SourceRef(path=budget.source.path))]


def mission_ceilings(resolution: Resolution, mission: str | None = None) -> list[PersonnelCeiling]:
    """The resolution's ceilings for a United Nations mission, not those it sets for a force it
    authorizes (AMISOM's 22,126 troops in a resolution that also tasks UNSOS); only
    `mission`'s when it sets some for it and for another mission too (MINUSTAH's and its
    successor MINUJUSTH's)."""
    ceilings = [c for c in resolution.ceilings if c.mission not in OTHER_OPERATIONS]
    if mission is None:
        return ceilings
    names = names_of(mission)
    return [c for c in ceilings if c.mission in names] or ceilings


def mission_expiry(resolution: Resolution, mission: str | None = None
                   ) -> tuple[date | None, str | None]:
    """When the resolution has `mission`'s mandate end, and the paragraph that says so: the
    date it sets for `mission` when that is another of its missions (the successor MINUJUSTH
    it establishes beside MINUSTAH's final period), else the resolution's own expiry."""
    if mission is not None:
        names = names_of(mission)
        for e in resolution.other_expiries:
            if e.mission in names:
                return e.expires, e.ref
    return resolution.mandate_expires, resolution.mandate_expires_ref


def _personnel(resolution: Resolution, budget: Budget) -> list[PersonnelRow]:
    hr = [ln for ln in budget.select(table=TableKind.HUMAN_RESOURCES)
          if ln.item == "Total" or ln.item.endswith("– Total")]
    columns = _columns(hr)
    proposed = _pick(columns, Measure.COST_ESTIMATES)
    ceilings = mission_ceilings(resolution, budget.mission)
    kinds = {c.kind for c in ceilings}
    out = []
    for ceiling in ceilings:
        groups = list(_CEILING_GROUPS.get(ceiling.kind, ()))
        included = _included_corrections(resolution, ceiling, ceilings)
        if ceiling.kind is CeilingKind.POLICE and CeilingKind.FORMED_POLICE_UNITS not in kinds:
            groups.append("formed police units")  # one police ceiling covers both
        if included:
            groups.append("government-provided personnel")
        if ceiling.kind is CeilingKind.MILITARY and CeilingKind.MILITARY_OBSERVERS not in kinds \
                and ceiling.count > 0:
            groups.append("military observers")
        lines = [ln for ln in hr if proposed and ln.group.lower() in groups
                 and ln.measure is proposed.measure and ln.period == proposed.period]
        funded = sum(ln.amount for ln in lines) if lines else None
        label = (f"{proposed.label} ({', '.join(sorted({ln.group for ln in lines}))})"
                 if lines and proposed else "not in the budget's human resources table")
        uncounted = 0
        if included and not any(ln.group.lower() == "government-provided personnel"
                                for ln in lines):
            uncounted = included
            label += (f"; the ceiling's {included:,} justice and corrections advisers "
                      "(government-provided personnel) are not in the tables read, so it is "
                      f"compared with {ceiling.count - included:,}")
        out.append(PersonnelRow(str(ceiling.kind), ceiling.count, ceiling.ref, ceiling.page,
                                funded, label, tuple(ln.at.label() for ln in lines),
                                uncounted))
    return out


def _included_corrections(resolution: Resolution, ceiling: PersonnelCeiling,
                          ceilings: list[PersonnelCeiling]) -> int:
    """How many justice and corrections advisers a police ceiling includes ("a police ceiling
    of 2,101 personnel, including 88 justice and corrections advisors"); 0 when none."""
    if ceiling.kind is not CeilingKind.POLICE:
        return 0
    text = " ".join(p.text for p in resolution.paragraphs if p.ref == ceiling.ref)
    for other in ceilings:
        if other.kind is CeilingKind.CORRECTIONS and other.ref == ceiling.ref and re.search(
                rf"including\s+{other.count:,}\s", text):
            return other.count
    return 0


#: the uniformed categories of the human resources tables, as the UN labels them
UNIFORMED = ("Military observers", "Military contingents", "United Nations police",
             "Formed police units", "Government-provided personnel")


def _uniformed(budget: Budget) -> list[UniformedRow]:
    """Each uniformed category's approved and proposed strength, from its `Total` column."""
    hr = budget.select(table=TableKind.HUMAN_RESOURCES)
    columns = _columns(hr)
    proposed = _pick(columns, Measure.COST_ESTIMATES)
    approved = _pick(columns, Measure.APPROVED, proposed.period if proposed else None)
    out = []
    for category in UNIFORMED:
        lines = [ln for ln in hr if ln.group.lower() == category.lower()
                 and (ln.item == "Total" or ln.item.startswith("Total ("))]
        if not lines:
            continue
        old, new = (next((ln for ln in lines if column and ln.item == "Total"
                          and ln.measure is column.measure and ln.period == column.period),
                         None) for column in (approved, proposed))
        phases = [ln for ln in lines if proposed and ln.item.startswith("Total (")
                  and ln.measure is proposed.measure and ln.period == proposed.period]
        if old is None and new is None:
            continue
        out.append(UniformedRow(
            category, old.amount if old else None, approved.label if approved else "",
            new.amount if new else None, proposed.label if proposed else "",
            tuple((ln.item.removeprefix("Total (").removesuffix(")"), ln.amount)
                  for ln in phases),
            tuple(ln.at.label() for ln in (old, new, *phases) if ln is not None)))
    return out


def _uniformed_findings(rows: list[UniformedRow],
                        personnel: list[PersonnelRow]) -> list[Finding]:
    """UNIFORMED_CHANGE for each kind whose strength moves by the rule's share."""
    out = []
    # the ceiling each kind falls under (one police ceiling may cover both kinds of police)
    ceilings = {group: p.ref for p in personnel
                for kind in CeilingKind if str(kind) == p.kind
                for group in _CEILING_GROUPS.get(kind, ())}
    if "united nations police" in ceilings:
        ceilings.setdefault("formed police units", ceilings["united nations police"])
    for u in rows:
        if not u.approved or u.proposed is None:
            continue
        end_label, end = u.phases[-1] if u.phases else ("", u.proposed)
        moves = [n for n in (u.proposed, end)
                 if abs(n - u.approved) >= u.approved * UNIFORMED_CHANGE]
        if not moves:
            continue
        word = "rise" if moves[-1] > u.approved else "fall"
        title = (f"{u.category} {word} from {u.approved:,} to {u.proposed:,}"
                 + (f", then to {end:,}" if u.phases else ""))
        period, before = u.proposed_label.split()[0], u.approved_label.split()[0]
        if u.phases:
            # the first figure is the strength of the period's first phase, not the year's
            detail = (f"{u.category}: the budget proposes {u.proposed:,} for the first part "
                      f"of {period} and {end:,} for the {end_label[0].lower()}{end_label[1:]}, "
                      f"against {u.approved:,} approved for {before}: a net change of "
                      f"{signed_count(end - u.approved)} by the end of the period.")
        else:
            detail = (f"{u.category}: {u.proposed:,} proposed for {period} against "
                      f"{u.approved:,} approved for {before} "
                      f"({signed_count(u.proposed - u.approved)}).")
        # halving or doubling a force changes what it can do, whatever the money says
        sharp = any(abs(n - u.approved) >= u.approved * SHARP_CUT for n in moves)
        ref = ceilings.get(u.category.lower())
        out.append(Finding("UNIFORMED_CHANGE",
                           "high" if sharp else RULES["UNIFORMED_CHANGE"].severity, title,
                           detail, str(A4PArea.SAFETY_SECURITY), (ref,) if ref else (), u.at,
                           {"approved": u.approved, "proposed": u.proposed, "end": end}))
    return out


def _cycles(budget: Budget) -> list[CycleRow]:
    """The legislative history by period: proposed, recommended, appropriated (gross)."""
    by_period: dict[str, dict[str, LegislativeStep]] = {}
    for step in budget.legislative_history:
        by_period.setdefault(step.period, {}).setdefault(step.stage, step)
    out = []
    for period in sorted(by_period):
        steps = by_period[period]

        def amount(stage: str, steps: dict[str, LegislativeStep] = steps) -> int | None:
            return steps[stage].amount if stage in steps else None

        appropriated = steps.get("appropriated")
        out.append(CycleRow(
            period, amount("proposed"), amount("recommended"), amount("appropriated"),
            {stage: step.document for stage, step in steps.items() if step.document},
            appropriated.date if appropriated else None,
            tuple(dict.fromkeys(step.at.label() for stage, step in steps.items()
                                if stage != "appropriated_net"))))
    return out


def _document_roles(budget: Budget, acabq: Budget | None) -> list[Finding]:
    """DOCUMENT_ROLE when the Committee's report is given as the budget, or a document with
    no recommendation in it as the Committee's report."""
    out = []
    severity = RULES["DOCUMENT_ROLE"].severity
    name = budget.document or budget.source.path
    if budget.is_advisory:
        out.append(Finding(
            "DOCUMENT_ROLE", severity,
            f"{name} is the Advisory Committee's report, given as the budget",
            f"{name} recommends; it does not propose. Its tables reprint the proposal by "
            "class, so the figures here are the proposal's, but the programmes, the staffing "
            "changes and the results frameworks are in the Secretary-General's budget report: "
            f"give that report as the budget and {name} as the Committee's report (--acabq).",
            str(A4PArea.PERFORMANCE)))
    if acabq is not None and not acabq.is_advisory:
        other = acabq.document or acabq.source.path
        out.append(Finding(
            "DOCUMENT_ROLE", severity,
            f"{other}, given as the Advisory Committee's report, recommends nothing",
            f"No recommended total and no recommended change could be read from {other}"
            + (f", which is {acabq.mission}'s budget report" if acabq.document
               and not re.match(r"A/\d+/604", acabq.document) and acabq.mission else "")
            + f": give the Advisory Committee's report on {name} instead.",
            str(A4PArea.PERFORMANCE)))
    return out


def _previous_roles(resolution: Resolution, previous: Resolution | None, budget: Budget,
                    previous_budget: Budget | None,
                    mission: str | None) -> tuple[list[Finding], bool]:
    """DOCUMENT_ROLE for a previous mandate or budget of another mission, or a previous
    mandate adopted after the current one; and whether the previous mandate can be compared
    with the current one."""
    out = []
    severity = RULES["DOCUMENT_ROLE"].severity
    area = str(A4PArea.PERFORMANCE)
    comparable = previous is not None
    if previous is not None:
        name = previous.symbol or previous.source.path
        if mission and previous.missions and mission not in previous.missions:
            comparable = False
            out.append(Finding(
                "DOCUMENT_ROLE", severity,
                f"The previous mandate given, {name}, is {previous.missions[0]}'s",
                f"{name} names {', '.join(previous.missions[:3])}, not {mission}: tasks added, "
                "dropped or strengthened and ceiling changes are not worked out. Give "
                f"{mission}'s resolution before {resolution.symbol or 'this one'}.", area))
        elif previous.adopted and resolution.adopted and previous.adopted > resolution.adopted:
            comparable = False
            out.append(Finding(
                "DOCUMENT_ROLE", severity,
                f"The previous mandate given, {name}, is later than the current one",
                f"{name} was adopted on {previous.adopted.isoformat()}, "
                f"{resolution.symbol or 'the current mandate'} on "
                f"{resolution.adopted.isoformat()}: tasks added, dropped or strengthened and "
                "ceiling changes are not worked out. Were the two given the other way round?",
                area))
    if previous_budget is not None and previous_budget.mission and budget.mission \
            and previous_budget.mission != budget.mission:
        other = previous_budget.document or previous_budget.source.path
        out.append(Finding(
            "DOCUMENT_ROLE", severity,
            f"The previous budget given, {other}, is {previous_budget.mission}'s",
            f"{other} is {previous_budget.mission}'s budget, {budget.document or 'the budget'} "
            f"{budget.mission}'s: give {budget.mission}'s budget of an earlier cycle.", area))
    return out, comparable


def build_report(resolution: Resolution, budget: Budget, *,
                 previous_resolution: Resolution | None = None,
                 previous_budget: Budget | None = None,
                 overrides: Overrides | None = None,
                 task_sources: tuple[Resolution, ...] = (),
                 acabq: Budget | None = None) -> Report:
    """Link, compute and find: the whole report for one mission.

    `task_sources` are the resolutions that set the tasks `resolution` renews: their tasks
    for the mission count as in force (`coherence.inforce`), for the previous resolution too
    when it renewed the same ones. `acabq` is the Advisory Committee's report on the
    budget: its recommended total and cuts become findings (`coherence.advisory`).
    """
    if task_sources:
        resolution = in_force(resolution, task_sources)
        if previous_resolution is not None:
            previous_resolution = in_force(
                previous_resolution, [r for r in task_sources
                                      if r.symbol != previous_resolution.symbol], notes=False)
    if resolution.missions and budget.mission and \
            not set(names_of(budget.mission)) & set(resolution.missions):
        # every link, ceiling and finding would set one mission's money against another's
        raise InputError(
            f"is {budget.mission}'s budget ({budget.document or 'as its title page says'}), "
            f"but {resolution.symbol or 'the resolution'} is on "
            f"{', '.join(resolution.missions[:3])}", path=budget.source.path,
            hint=f"give {resolution.missions[0]}'s budget, or the resolution on "
                 f"{budget.mission}")
    # the mission the report is on: the budget's, when the resolution names it
    tasked = budget.mission if budget.mission in resolution.missions else (
        resolution.missions[0] if resolution.missions else None)
    resolution = for_mission(resolution, tasked)
    misplaced, comparable = _previous_roles(resolution, previous_resolution, budget,
                                            previous_budget, tasked)
    # another mission's resolution, or a later one, would make every task "added"
    compared = previous_resolution if comparable else None
    if compared is not None:
        compared = for_mission(compared, tasked, notes=False)
    mission = tasked or budget.mission
    if budget.mission is None and mission is not None:
        # a workbook names no mission: nothing can tell a budget of another mission given
        # by mistake, so the reader is told what was assumed
        budget = replace(budget, warnings=(*budget.warnings, DataWarning(
            "budget_mission_assumed", f"{budget.document or 'the budget'} names no mission "
            f"(workbooks carry none), so it is read as {mission}'s, the mission the "
            f"resolution names; check that it is {mission}'s budget, or give the report as "
            "DOCX or PDF, whose title page names the mission",
            SourceRef(path=budget.source.path))))
    if budget.source.format in ("xlsx", "csv"):
        budget = replace(budget, warnings=(*budget.warnings, *_workbook_gaps(budget)))
    unused = ""
    if previous_budget is not None:
        unused = _previous_budget_unused(budget, previous_budget)
        previous_budget = replace(previous_budget, warnings=(
            *previous_budget.warnings, DataWarning(
                "previous_budget_unused", f"{previous_budget.document or 'the previous budget'} "
                f"was given as the previous budget but not used: {unused}",
                SourceRef(path=previous_budget.source.path))))
    financial = budget.select(table=TableKind.FINANCIAL_RESOURCES)
    columns = _columns(financial)
    proposed = _pick(columns, Measure.COST_ESTIMATES)
    baseline = _pick(columns, Measure.APPORTIONMENT, proposed.period if proposed else None)
    expenditure = _pick(columns, Measure.EXPENDITURE)
    classes = _regrouped(_rows(financial, baseline, proposed))

    programme_lines = budget.select(table=TableKind.PROGRAMMATIC_ACTIVITIES)
    p_columns = _columns(programme_lines)
    p_proposed = _pick(p_columns, Measure.COST_ESTIMATES)
    p_baseline = _pick(p_columns, Measure.APPORTIONMENT, p_proposed.period if p_proposed else None)
    links = link_tasks(resolution, budget, overrides)
    tasks_by_item: dict[str, list[str]] = defaultdict(list)
    for ln in links:
        label = BY_ID[ln.category].label if ln.category in BY_ID else ln.category
        if label not in tasks_by_item[ln.item]:
            tasks_by_item[ln.item].append(label)
    programmes = [Row(r.group, r.item, r.role, r.amounts, r.at, r.baseline, r.proposed,
                      r.accomplishments, tuple(tasks_by_item.get(r.item, ())))
                  for r in _rows(programme_lines, p_baseline, p_proposed)]

    tasks = _task_rows(resolution, links, classes, programmes,
                       has_baseline=baseline is not None, has_proposed=proposed is not None,
                       baseline_labels={"financial_resources": baseline, "programmatic_activities":
                                        p_baseline})
    personnel = _personnel(resolution, budget)
    stronger = strengthened(resolution, compared) if compared is not None else {}
    task_changes = _task_changes(resolution, compared, stronger)
    staffing = office_rows(budget, tasks)
    findings = _findings(resolution, classes, programmes, tasks, personnel, task_changes,
                         baseline, proposed, expenditure, links, staffing, stronger,
                         mission_expiry(resolution, mission), compared,
                         (p_baseline, p_proposed))
    findings += _document_roles(budget, acabq) + misplaced
    findings += _ceiling_changes(resolution, compared, personnel, budget.mission)
    uniformed = _uniformed(budget)
    findings += _uniformed_findings(uniformed, personnel)
    advisory = (advisory_rows(acabq, classes, links, tasks, proposed.label if proposed else None)
                if acabq is not None else [])
    if acabq is not None:
        gross = gross_requirements(classes)
        findings += advisory_findings(acabq, advisory, budget,
                                      gross.proposed if gross is not None else None)
    findings += staffing_findings(budget, staffing, tasks)
    assumed = ""
    if budget.mission is None and mission is not None:
        findings, assumed = _on_assumed_mission(findings, budget, resolution, mission,
                                                personnel)
    assumptions = (
        "Amounts are whole US dollars: the budget's tables in thousands are multiplied out "
        "exactly (decimal arithmetic).",
        (f"Change is measured from the last apportionment ({baseline.label}) to the proposal "
         f"({proposed.label})" if baseline and proposed else
         f"The budget proposes no period after {baseline.label}: no change is measured"
         if baseline else "The budget's overall table gives no apportionment and proposal to "
         "compare: no change is measured")
        + (f"; programmes from {p_baseline.label} to {p_proposed.label}, the columns their own "
           "table prints." if p_baseline and p_proposed else "."),
        "A class of expenditure that serves several mandated tasks is shared equally among "
        "them; the budget does not say how it divides, so task totals that rest on such "
        "shares are indicative (confidence 0.3).",
        "A programme is linked to a task when its name carries one of the codebook's budget "
        "cues for the task (confidence 0.8), or when it serves an expected accomplishment "
        "whose component or text names the task (confidence 0.6; DOCX and PDF reports only, "
        "workbooks carry no frameworks).",
        "Tasks are read from the resolution by rules; each task cites its paragraph so a "
        "reader can check the coding.",
    ) + ((f"Tasks cited 'of {', '.join(short_symbol(r) for r in task_sources)}' come from "
          "the resolution that set them and are taken as still in force: "
          f"{resolution.symbol or 'this resolution'} renews that mandate. A task it ended "
          "or changed without restating would still show.",) if task_sources else ())
    return Report(mission, resolution, budget, previous_resolution, previous_budget,
                  tuple(columns), baseline, proposed, expenditure, tuple(classes),
                  tuple(programmes), p_baseline, p_proposed, tuple(tasks), tuple(personnel),
                  tuple(rank(findings)), tuple(links),
                  _headline(classes, baseline, proposed, expenditure, budget.document),
                  overrides, task_changes, assumptions, tuple(task_sources), acabq,
                  tuple(advisory), tuple(staffing), uniformed=tuple(uniformed),
                  cycles=tuple(_cycles(budget)), mission_assumed=assumed,
                  previous_budget_unused=unused)


def _proposal_period(budget: Budget) -> str | None:
    """The period a budget proposes (`2026/27`), or its latest when it proposes none."""
    periods = [ln.period for ln in budget.select(table=TableKind.FINANCIAL_RESOURCES)]
    proposed = [ln.period for ln in budget.select(table=TableKind.FINANCIAL_RESOURCES)
                if ln.measure is Measure.COST_ESTIMATES]
    return max(proposed or periods, default=None)


def _previous_budget_unused(budget: Budget, previous: Budget) -> str:
    """Why the previous budget (`--previous-budget`) adds nothing to the report.

    The report's tables and findings are built from the budget's own periods; an earlier
    budget's figures are not merged in, so the reader is told it was checked, not used.
    """
    name = budget.document or budget.source.path
    now, before = _proposal_period(budget), _proposal_period(previous)
    if now and before and before >= now:
        cycle = "the same cycle as" if before == now else "a later cycle than"
        return (f"it proposes for {before}, {cycle} {name} ({now}); give the budget of an "
                "earlier cycle")
    shown = {(ln.table, ln.measure, ln.period) for ln in budget.lines}
    extra = sorted({f"{ln.period} {str(ln.measure).replace('_', ' ')}"
                    for ln in previous.lines
                    if ln.table in (TableKind.FINANCIAL_RESOURCES,
                                    TableKind.PROGRAMMATIC_ACTIVITIES)
                    and (ln.table, ln.measure, ln.period) not in shown})
    if not extra:
        return f"it prints no period that {name} lacks"
    return (f"its columns {', '.join(extra[:4])} are not in {name}, but the report compares "
            "only the budget's own columns")


#: findings that set the budget against the resolution (ceilings, task-resource links)
_COMPARING = frozenset({
    "PRIORITY_UNFUNDED", "PROGRAMME_CUT", "CLASS_CHANGE", "CEILING_GAP", "CEILING_EXCEEDED",
    "CEILING_CHANGE", "UNIFORMED_CHANGE", "TASK_ADDED", "TASK_STRENGTHENED",
    "WPS_WITHOUT_CAPACITY", "TRANSITION_GROWTH", "SPENDING_GAP", "ACABQ_CUT", "STAFF_CUT",
    "GENDER_CAPACITY_CUT"})


def _on_assumed_mission(findings: list[Finding], budget: Budget, resolution: Resolution,
                        mission: str, personnel: list[PersonnelRow]
                        ) -> tuple[list[Finding], str]:
    """The findings with those that set a budget naming no mission against the resolution
    marked as resting on the assumption that it is `mission`'s, and what page 1 says of it.

    A workbook names no mission, so a budget of another mission given by mistake cannot be
    told; ceilings it overshoots are the likeliest sign, and page 1 names them.
    """
    name = budget.document or budget.source.path
    assumption = f"{name} is {mission}'s budget"
    out = [replace(f, assumption=assumption)
           if f.rule in _COMPARING and (f.paragraphs or f.rule == "SPENDING_GAP") else f
           for f in findings]
    marked = sum(1 for f in out if f.assumption)
    note = (f"{name} names no mission, so it is read as {mission}'s, the mission "
            f"{resolution.symbol or 'the resolution'} names. "
            + (f"{plural(marked, 'finding that sets', 'findings that set')} it against the "
               "resolution (ceilings, task-resource links) rest on that and are marked so. "
               if marked else "")
            + f"Check that it is {mission}'s budget, or give the budget report as DOCX or "
            "PDF, whose title page names the mission.")
    over = [p for p in personnel if p.funded is not None and p.funded > p.comparable]
    if over:
        figures = "; ".join(f"{p.funded:,} {CeilingKind(p.kind).people} against a ceiling of "
                            f"{p.ceiling:,}" for p in over[:2])
        note += (f" It funds more personnel than the resolution authorizes ({figures}): a "
                 "sign that it may be another mission's budget.")
    return out, note


def _staffed(offices: list[OfficeRow]) -> str:
    """What the staffing table says of a task no budget line serves."""
    if not offices:
        return ""
    named = "; ".join(f"the {o.office} ({signed_count(o.net, 'no net change')})"
                      for o in offices[:3])
    return (" The proposed staffing changes show offices that do this work, with the net "
            f"change of their posts and positions: {named}.")


def _ceiling_changes(resolution: Resolution, previous: Resolution | None,
                     personnel: list[PersonnelRow], mission: str | None) -> list[Finding]:
    """A ceiling the Council moved since the previous resolution, against the funded number."""
    if previous is None:
        return []
    before = {c.kind: c for c in mission_ceilings(previous, mission)}
    funded = {p.kind: p for p in personnel}
    out = []
    for ceiling in mission_ceilings(resolution, mission):
        old = before.get(ceiling.kind)
        if old is None or old.count == ceiling.count:
            continue
        people = ceiling.kind.people
        row = funded.get(str(ceiling.kind))
        word = "lowered" if ceiling.count < old.count else "raised"
        detail = (f"The ceiling for {people} goes from {old.count:,} "
                  f"({previous.symbol}, para {old.ref}) to {ceiling.count:,} (para "
                  f"{ceiling.ref}).")
        over = row is not None and row.funded is not None and row.funded > ceiling.count
        if row is not None and row.funded is not None:
            detail += f" The budget funds {row.funded:,}."
        out.append(Finding("CEILING_CHANGE", "medium" if over else "low",
                           f"Ceiling for {people} {word} from {old.count:,} to "
                           f"{ceiling.count:,}", detail, "Performance and accountability",
                           (ceiling.ref,), row.at if row is not None else (),
                           {"ceiling": ceiling.count, "previous_ceiling": old.count}))
    return out


def _task_rows(resolution: Resolution, links: list[Link], classes: list[Row],
               programmes: list[Row], *, has_baseline: bool = True,
               has_proposed: bool = True,
               baseline_labels: dict[str, Column | None] | None = None) -> list[TaskRow]:
    by_category: dict[str, dict[str, object]] = {}
    # (ref, main task, priority) for each category, to cite the most specific first
    citable: dict[str, list[tuple[int, str, bool]]] = defaultdict(list)
    for task in resolution.tasks:
        for category in task.categories:
            entry = by_category.setdefault(category, {
                "refs": [], "pages": [], "priority": False, "strength": str(task.strength),
                "modality": str(task.modality_of(category))})
            if all(ref != task.ref for _, ref, _ in citable[category]):
                rank = (0 if task.category == category else 2) + (0 if task.priority else 1)
                citable[category].append((rank, task.ref, task.priority))
            if task.ref not in entry["refs"]:  # type: ignore[operator]
                entry["refs"].append(task.ref)  # type: ignore[attr-defined]
                # a page of the resolution the report reads; an inherited task's ref names
                # its own document, whose pages are another numbering
                if task.page and not is_inherited(task.ref):
                    entry["pages"].append(task.page)  # type: ignore[attr-defined]
            entry["priority"] = bool(entry["priority"]) or task.priority
            if str(task.strength) == "requested":
                entry["strength"] = "requested"
    rows_by_item = {(r.item, "financial_resources"): r for r in classes if r.role == "item"}
    rows_by_item.update({(r.item, "programmatic_activities"): r for r in programmes})
    out = []
    for category, entry in by_category.items():
        code = BY_ID.get(category)
        mine = [ln for ln in links if ln.category == category]
        baseline = proposed = Decimal(0)
        columns: list[str] = []
        for ln in mine:
            row = rows_by_item.get((ln.item, ln.table))
            if row is None:
                continue
            column = (baseline_labels or {}).get(ln.table)
            if column is not None and row.baseline is not None and column.label not in columns:
                columns.append(column.label)
            baseline += Decimal(row.baseline or 0) * ln.share
            proposed += Decimal(row.proposed or 0) * ln.share
        out.append(TaskRow(
            category, code.label if code else category, str(code.area) if code else "",
            tuple(entry["refs"]), tuple(entry["pages"]),  # type: ignore[arg-type]
            bool(entry["priority"]), str(entry["strength"]), str(entry["modality"]),
            tuple(mine),
            int(baseline.to_integral_value(ROUND_HALF_EVEN)) if has_baseline else None,
            int(proposed.to_integral_value(ROUND_HALF_EVEN)) if has_proposed else None,
            any(ln.kind in ("programme", "framework", "override") for ln in mine),
            tuple(ref for _, ref, _ in sorted(citable[category], key=lambda c: c[0])),
            tuple(ref for _, ref, first in sorted(citable[category], key=lambda c: c[0])
                  if first), tuple(sorted(columns, reverse=True))))
    out.sort(key=lambda t: (not t.priority, _ref_key(t.refs[0]) if t.refs else (True, 999)))
    return out


def _ref_key(ref: str) -> tuple[bool, int, str]:
    """Printed order; tasks this resolution gives before those it renews from another."""
    m = re.match(r"(\d+)(.*)", ref)
    return (is_inherited(ref), *((int(m.group(1)), m.group(2)) if m else (999, ref)))


_STRENGTH = {"encouraged": 0, "requested": 1}


def _levels(resolution: Resolution) -> dict[str, tuple[bool, int]]:
    """For each task category: (a priority, firmest strength)."""
    out: dict[str, tuple[bool, int]] = {}
    for t in resolution.tasks:
        for c in t.categories:
            old = out.get(c, (False, 0))
            out[c] = (old[0] or t.priority, max(old[1], _STRENGTH[str(t.strength)]))
    return out


def strengthened(resolution: Resolution, previous: Resolution) -> dict[str, list[str]]:
    """Tasks of both resolutions that the newer one makes a priority, or requests where the
    older only encouraged them: {task id: how}. (Modality is left out: a change from assist
    to secure rests on finer readings of the words than the report should build on.)"""
    now, before = _levels(resolution), _levels(previous)
    out: dict[str, list[str]] = {}
    for c in sorted(set(now) & set(before)):
        (p1, s1), (p0, s0) = now[c], before[c]
        how = (["now a priority"] if p1 and not p0 else []) + (
            ["requested (was encouraged)"] if s1 > s0 else [])
        if how:
            out[c] = how
    return out


def _task_changes(resolution: Resolution, previous: Resolution | None,
                  stronger: dict[str, list[str]]) -> dict[str, list[str]]:
    if previous is None:
        return {}
    now, before = resolution.categories(), previous.categories()
    now_priority = resolution.categories(priority=True)
    before_priority = previous.categories(priority=True)
    return {"added": sorted(now - before), "dropped": sorted(before - now),
            "made_priority": sorted((now_priority - before_priority) & before),
            "now_requested": sorted(c for c, how in stronger.items()
                                    if "requested (was encouraged)" in how),
            "kept": sorted(now & before)}


def _pct(part: int, whole: int) -> str:
    share = percent(part, whole, "1")
    return "–" if share is None else f"{share} %"


def _findings(resolution: Resolution, classes: list[Row], programmes: list[Row],
              tasks: list[TaskRow], personnel: list[PersonnelRow],
              task_changes: dict[str, list[str]], baseline: Column | None,
              proposed: Column | None, expenditure: Column | None,
              links: list[Link], staffing: list[OfficeRow],
              stronger: dict[str, list[str]],
              expiry: tuple[date | None, str | None],
              previous: Resolution | None = None,
              programme_columns: tuple[Column | None, Column | None] = (None, None)
              ) -> list[Finding]:
    out: list[Finding] = []
    area = {t.category: t.area for t in tasks}
    cited = {t.category: t.cited for t in tasks}
    offices = {c: offices_serving(staffing, c) for c in area}

    def rule(rule_id: str) -> str:
        return RULES[rule_id].severity

    for t in tasks:
        if t.priority and not t.links:
            sev = rule("PRIORITY_UNFUNDED")
            out.append(Finding("PRIORITY_UNFUNDED", sev,
                               f"No resources linked to the priority task '{t.label}'",
                               f"The Council lists {t.label.lower()} among the mission's "
                               f"priority tasks (para {', '.join(t.priority_refs[:4])}), but no "
                               "programme and no class of expenditure in the budget could be "
                               "linked to it." + _staffed(offices[t.category]),
                               t.area, t.priority_refs[:6],
                               tuple(a for o in offices[t.category] for a in o.at[:2])))
    gross_row = gross_requirements(classes)
    # a change is material from $1 million, or from 0.25% of a small mission's budget
    material = 1_000_000
    if gross_row is not None and gross_row.proposed:
        material = min(material, gross_row.proposed // 400)
    # a programme's figures name their columns: the programme table may print an older
    # apportionment than the overall table (2024/25 beside 2025/26)
    programme_periods = tuple(f" ({c.label})" if c else "" for c in programme_columns)
    programme_gap = ""
    if programme_columns[0] and baseline and programme_columns[0].period < baseline.period:
        programme_gap = f" The budget prints no {baseline.period} figures for programmes."
    serving = defaultdict(list)
    for ln in links:
        if ln.table == "programmatic_activities":
            serving[ln.item].append(ln)
    for row in programmes:
        if row.role != "item" or row.baseline is None or row.proposed is None or not row.baseline:
            continue
        cut = row.baseline - row.proposed
        if cut > 0 and (row.proposed == 0 or Decimal(cut) / Decimal(row.baseline) >= SHARP_CUT):
            served = serving.get(row.item, [])
            refs = _cited(served, cited)
            labels = sorted({BY_ID[ln.category].label for ln in served if ln.category in BY_ID})
            sev = "high" if served else "medium"
            what = "to zero" if row.proposed == 0 else f"by {_pct(cut, row.baseline)}"
            detail = (f"'{row.item}' goes from {money(row.baseline)}{programme_periods[0]} to "
                      f"{money(row.proposed)}{programme_periods[1]}, a cut "
                      f"{'to zero' if row.proposed == 0 else f'of {_pct(cut, row.baseline)}'}."
                      + programme_gap)
            if labels:
                detail += f" It serves mandated tasks: {', '.join(labels)}."
            else:
                detail += " No mandated task was linked to it."
            out.append(Finding("PROGRAMME_CUT", sev, f"Programme '{row.item}' cut {what}",
                               detail, area.get(served[0].category, "") if served else "",
                               refs, tuple(row.at.values()),
                               {"baseline": row.baseline, "proposed": row.proposed}))
    for row in classes:
        if row.role != "item" or not row.baseline or row.proposed is None or \
                _NOT_SPENDING.search(row.item):
            continue
        change = row.proposed - row.baseline
        ratio = Decimal(abs(change)) / Decimal(row.baseline)
        if abs(change) >= material and ratio >= CLASS_CHANGE:
            served = [ln for ln in links
                      if ln.item == row.item and ln.table == "financial_resources"]
            refs = _cited(served, cited)
            word = "rises" if change > 0 else "falls"
            sev = rule("CLASS_CHANGE")
            out.append(Finding("CLASS_CHANGE", sev,
                               f"{row.item}: spending {word} by "
                               f"{_pct(abs(change), row.baseline)}",
                               f"{row.item} ({row.group}): spending {word} from "
                               f"{money(row.baseline)} to {money(row.proposed)} "
                               f"({'+' if change > 0 else '−'}{money(abs(change))})."
                               + (f" It serves {plural(len(served), 'mandated task')}."
                                  if served else ""),
                               area.get(served[0].category, "") if served else "",
                               refs, tuple(row.at.values()),
                               {"baseline": row.baseline, "proposed": row.proposed}))
    for p in personnel:
        if p.funded is None:
            continue
        # a ceiling that includes people the budget's tables cannot count is set against
        # its other part, and says so: "2,101, of them 2,013 other than the 88 advisers"
        ceiling = f"{p.ceiling:,}" + (f" ({p.comparable:,} without the {p.uncounted:,} "
                                      "justice and corrections advisers it includes)"
                                      if p.uncounted else "")
        compared = {"compared_with": p.comparable} if p.uncounted else {}
        if p.funded > p.comparable:
            sev = rule("CEILING_EXCEEDED")
            out.append(Finding("CEILING_EXCEEDED", sev,
                               f"Budget funds {p.funded:,} {CeilingKind(p.kind).people}; "
                               f"the ceiling is {ceiling}", f"Paragraph {p.ref} authorizes "
                               f"{ceiling}; the budget proposes {p.funded:,} "
                               f"({p.funded_label}).", "Performance and accountability",
                               (p.ref,), p.at, {"ceiling": p.ceiling, "funded": p.funded,
                                                **compared}))
        elif p.comparable and \
                Decimal(p.comparable - p.funded) / Decimal(p.comparable) >= CEILING_GAP:
            sev = rule("CEILING_GAP")
            out.append(Finding("CEILING_GAP", sev,
                               f"{p.kind.replace('_', ' ').capitalize()}: {p.funded:,} funded "
                               f"against a ceiling of {ceiling}",
                               f"Paragraph {p.ref} authorizes up to {ceiling}; the budget "
                               f"funds {p.funded:,} ({p.funded_label}), "
                               f"{_pct(p.comparable - p.funded, p.comparable)} below the "
                               "ceiling.",
                               "Performance and accountability", (p.ref,), p.at,
                               {"ceiling": p.ceiling, "funded": p.funded, **compared}))
    by_category = {t.category: t for t in tasks}
    for category in task_changes.get("added", []):
        added = by_category.get(category)
        if added is None:
            continue
        direction = ("with resources linked" if added.links else "with no resources linked")
        sev = rule("TASK_ADDED")
        out.append(Finding("TASK_ADDED", sev,
                           f"New task since the previous mandate: {added.label}",
                           f"{added.label} appears in para {', '.join(added.cited[:4])} and not "
                           "in the "
                           f"previous resolution; it comes {direction} "
                           f"(change {money(added.change)}).", added.area, added.cited[:6],
                           tuple(a for ln in added.links for a in ln.at)[:6],
                           {"change": added.change} if added.change is not None else {}))
    for category, how in stronger.items():
        task = by_category.get(category)
        if task is None or not task.links or task.change is None or task.change >= 0:
            continue
        # "now a priority" holds only in the paragraphs that make it one
        refs = task.priority_refs if "now a priority" in how else task.cited
        out.append(Finding("TASK_STRENGTHENED", rule("TASK_STRENGTHENED"),
                           f"{task.label} strengthened while its resources fall",
                           f"{task.label} is {' and '.join(how)} in para "
                           f"{', '.join(refs[:4])}, against the previous resolution; the "
                           f"resources linked to it go from {money(task.baseline)} to "
                           f"{money(task.proposed)} (change {money(task.change)}).",
                           task.area, refs[:6],
                           tuple(a for ln in task.links for a in ln.at)[:6],
                           {"change": task.change}))
    for category in task_changes.get("dropped", []):
        code = BY_ID.get(category)
        sev = rule("TASK_DROPPED")
        # the previous resolution's own paragraphs, cited as `35 of 2717 (2023)`
        before = [] if previous is None else list(dict.fromkeys(
            t.ref if is_inherited(t.ref) else f"{t.ref}{SEPARATOR}{short_symbol(previous)}"
            for t in previous.tasks if category in t.categories))
        out.append(Finding("TASK_DROPPED", sev, f"Task no longer mandated: "
                           f"{code.label if code else category}",
                           f"The previous resolution"
                           f"{f', {short_symbol(previous)},' if previous else ''} tasked the "
                           "mission with it; this one does not. Resources that served it can "
                           "be reviewed.",
                           str(code.area) if code else "", tuple(before[:6])))
    for category, words in (("gender", r"women|gender"), ("youth", r"youth")):
        mandated = by_category.get(category)
        if mandated is None:
            continue
        matching = [r for r in programmes if re.search(words, r.item, re.I) and r.role == "item"]
        if not matching or all((r.proposed or 0) == 0 for r in matching):
            sev = rule("WPS_WITHOUT_CAPACITY")
            where = (f"the programme '{matching[0].item}' is proposed at $0"
                     + (f" for {programme_columns[1].period}" if programme_columns[1] else "")
                     if matching else "no matching programme appears in the budget")
            was = (f" (against {money(matching[0].baseline)} in the "
                   f"{programme_columns[0].label})"
                   if matching and matching[0].baseline and programme_columns[0] else "")
            out.append(Finding("WPS_WITHOUT_CAPACITY", sev,
                               f"{mandated.label} mandated, but {where}",
                               f"The resolution asks for {mandated.label.lower()} (para "
                               f"{', '.join(mandated.cited[:4])}); {where}{was}. Gender and youth "
                               "capacity "
                               "should be kept throughout mandating and budgetary processes."
                               + _staffed(offices.get(category, [])),
                               mandated.area, mandated.cited[:6],
                               tuple(a for r in matching for a in r.at.values())
                               + tuple(a for o in offices.get(category, []) for a in o.at[:2])))
    transition = by_category.get("transition")
    gross = gross_requirements(classes)
    if transition and gross and gross.change is not None and gross.change > 0:
        sev = rule("TRANSITION_GROWTH")
        out.append(Finding("TRANSITION_GROWTH", sev,
                           "Transition mandated while gross requirements grow",
                           f"The resolution tasks the mission with transition or drawdown (para "
                           f"{', '.join(transition.cited[:4])}) while gross requirements rise by "
                           f"{money(gross.change)}.", transition.area, transition.cited[:6],
                           tuple(gross.at.values()), {"change": gross.change}))
    if gross and gross.baseline and gross.change is not None and \
            Decimal(abs(gross.change)) / Decimal(gross.baseline) >= BUDGET_TREND and \
            not any(f.rule == "TRANSITION_GROWTH" for f in out):
        sev = rule("BUDGET_TREND")
        word = "rise" if gross.change > 0 else "fall"
        out.append(Finding("BUDGET_TREND", sev,
                           f"Gross requirements {word} by "
                           f"{_pct(abs(gross.change), gross.baseline)}",
                           f"Proposed gross requirements of {money(gross.proposed)} against "
                           f"{money(gross.baseline)} apportioned: a {word} of "
                           f"{money(abs(gross.change))}. The findings on classes and "
                           "programmes show where it lands.", "Performance and accountability",
                           (), tuple(gross.at.values()),
                           {"baseline": gross.baseline, "proposed": gross.proposed or 0}))
    if expenditure and baseline:
        same = Column(Measure.APPORTIONMENT, expenditure.period).label
        priority_items = {ln.item for ln in links for t in tasks
                          if t.priority and ln.category == t.category}
        for row in classes:
            if row.role != "item" or row.item not in priority_items:
                continue
            approved, spent = row.amounts.get(same), row.amounts.get(expenditure.label)
            if approved and spent is not None and approved >= 1_000_000 and \
                    Decimal(approved - spent) / Decimal(approved) >= SPENDING_GAP:
                sev = rule("SPENDING_GAP")
                out.append(Finding("SPENDING_GAP", sev,
                                   f"{row.item}: {_pct(approved - spent, approved)} of the "
                                   f"{expenditure.period} apportionment unspent",
                                   f"{row.item} was apportioned {money(approved)} for "
                                   f"{expenditure.period} and spent {money(spent)}; it serves "
                                   "a priority task.", "Performance and accountability", (),
                                   (row.at.get(same, ""), row.at.get(expenditure.label, "")),
                                   {"apportionment": approved, "expenditure": spent}))
    expires, expiry_ref = expiry[0], expiry[1] or _expiry_ref(resolution)
    if proposed and expires:
        start = date(int(proposed.period[:4]), 7, 1)
        if expires < start:
            sev = rule("MANDATE_PERIOD")
            out.append(Finding("MANDATE_PERIOD", sev,
                               f"The mandate read expires on {expires}, before"
                               f" the {proposed.period} budget period begins",
                               "Check for a later resolution: the budget may serve a mandate "
                               "renewed or changed since this one.", "Politics",
                               (expiry_ref,) if expiry_ref else ()))
    return out


def _cited(served: list[Link], cited: dict[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The paragraphs of the tasks a budget line serves, each task's most specific first."""
    return tuple(dict.fromkeys(r for ln in served
                               for r in cited.get(ln.category, ln.paragraphs)))[:6]


# lines of the overall table that are not spending: income and totals
_NOT_SPENDING = re.compile(r"staff assessment|voluntary contributions|requirements", re.I)


def _expiry_ref(resolution: Resolution) -> str | None:
    if resolution.mandate_expires_ref is not None:
        return resolution.mandate_expires_ref
    for p in resolution.operative:
        if resolution.mandate_expires and re.search(
                rf"\b{resolution.mandate_expires.day}\s+{resolution.mandate_expires:%B}\s+"
                rf"{resolution.mandate_expires.year}", p.text):
            return p.ref
    return None


def group_rows(rows: tuple[Row, ...]) -> list[tuple[str, list[Row]]]:
    """Rows of a table under their group headings, in printed order."""
    out: list[tuple[str, list[Row]]] = []
    for row in rows:
        if not out or out[-1][0] != row.group:
            out.append((row.group, []))
        out[-1][1].append(row)
    return out


__all__ = ["SCHEMA", "Column", "Report", "Row", "TaskRow", "build_report", "group_key",
           "group_rows", "money"]
