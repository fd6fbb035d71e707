"""The budget as data: resource lines with exact whole-dollar amounts and their cells.

Frozen dataclasses; every amount is an `int` of whole dollars (or of people, for head
counts) computed with `Decimal`; every line carries its `SourceRef`. `Budget.to_json`
produces the contract's `coherence.budget/1` document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from provenance import DataWarning, SourceDocument, SourceRef

SCHEMA = "coherence.budget/1"


class Measure(StrEnum):
    """What a figure measures, as CONTRACT.md names it."""

    APPORTIONMENT = "apportionment"  # approved by the General Assembly
    EXPENDITURE = "expenditure"  # actual spending (or actual posts / personnel)
    COST_ESTIMATES = "cost_estimates"  # proposed by the Secretary-General
    RECOMMENDED = "recommended"  # recommended by the ACABQ
    APPROVED = "approved"  # approved posts or personnel


class TableKind(StrEnum):
    """Which of the report's tables a line came from."""

    FINANCIAL_RESOURCES = "financial_resources"
    PROGRAMMATIC_ACTIVITIES = "programmatic_activities"
    QUICK_IMPACT_PROJECTS = "quick_impact_projects"
    HUMAN_RESOURCES = "human_resources"
    STAFFING = "staffing"


class LineRole(StrEnum):
    """Whether a line is a figure of its own or a sum the document prints."""

    ITEM = "item"
    SUBTOTAL = "subtotal"
    TOTAL = "total"  # gross, net and total requirements, total of a table


@dataclass(frozen=True, slots=True)
class ResourceLine:
    """One figure of a budget table: one item, one measure, one period.

    `amount` is whole US dollars for money tables and a count for `human_resources`,
    `staffing` and project counts (`unit` says which). `group` is the heading the item
    stands under (`Military and police personnel`, a component, a staff category), as a
    snake_case key in JSON. `accomplishments` lists the expected accomplishments a
    programmatic activity names (`1.1`, `2.3`). `component` names the part of the mission a
    per-component table counts (`Component 1: protection of civilians`, `Executive direction
    and management`), as the report prints it over the table; empty for other tables.
    """

    table: TableKind
    group: str
    item: str
    measure: Measure
    period: str
    amount: int
    at: SourceRef
    unit: str = "USD"
    role: LineRole = LineRole.ITEM
    label: str = ""
    accomplishments: tuple[str, ...] = ()
    component: str = ""

    def to_json(self) -> dict[str, object]:
        """The contract's line object (plus `unit`, `role`, `accomplishments`, `component`)."""
        out: dict[str, object] = {
            "table": str(self.table),
            "group": group_key(self.group),
            "item": self.item,
            "measure": str(self.measure),
            "period": self.period,
            "amount": self.amount,
            "at": self.at.label(),
            "unit": self.unit,
            "role": str(self.role),
        }
        if self.accomplishments:
            out["accomplishments"] = list(self.accomplishments)
        if self.component:
            out["component"] = self.component
        return out


@dataclass(frozen=True, slots=True)
class ExpectedAccomplishment:
    """A results-based-budgeting expected accomplishment (`1.1 Improved security …`)."""

    ref: str
    component: str
    text: str
    at: SourceRef

    def to_json(self) -> dict[str, object]:
        """JSON form (an extra field of the contract)."""
        return {"ref": self.ref, "component": self.component, "text": self.text,
                "at": self.at.label()}


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A change the Advisory Committee (ACABQ) recommends to one line of a proposed budget.

    `amount` is whole dollars, negative for a reduction; `paragraphs` are the Committee's
    report paragraphs that argue it (`45`, `35 (a)`); `text` is its one-line summary as the
    report's table prints it ("5% reduction").
    """

    group: str
    item: str
    amount: int
    paragraphs: tuple[str, ...]
    text: str
    at: SourceRef

    def to_json(self) -> dict[str, object]:
        """JSON form (an extra field of the contract)."""
        return {"group": group_key(self.group), "item": self.item, "amount": self.amount,
                "paragraphs": list(self.paragraphs), "text": self.text, "at": self.at.label()}


@dataclass(frozen=True, slots=True)
class RecommendedTotal:
    """What the Advisory Committee recommends the General Assembly appropriate, in all.

    `proposed` and `change` are None when the Committee recommends the proposal as it stands
    without restating it.
    """

    recommended: int
    proposed: int | None
    change: int | None
    period: str | None
    at: SourceRef

    def to_json(self) -> dict[str, object]:
        """JSON form (an extra field of the contract)."""
        return {"recommended": self.recommended, "proposed": self.proposed,
                "change": self.change, "period": self.period, "at": self.at.label()}


@dataclass(frozen=True, slots=True)
class StaffingChange:
    """One row of a report's proposed staffing changes: posts or positions of one office.

    `number` is signed (the report prints abolished posts in parentheses); `kind` is "post"
    (an established post) or "position" (general temporary assistance, United Nations
    Volunteers); `action` is the report's own word (Abolishment, Establishment, Conversion,
    Redeployment, Reassignment, Reclassification, Continuation). A continuation keeps a
    position that would otherwise lapse: it is listed, but it changes no staffing level.
    """

    component: str  # "Component 1: protection of civilians", "Executive direction and management"
    office: str  # the office, section or unit: "Joint Human Rights Office"
    kind: str
    category: str  # "International", "National", "United Nations Volunteer" as printed
    number: int
    level: str  # "P-3", "NPO", "UNV"
    title: str  # "Women Protection Advisor"
    action: str
    from_to: str
    table: str  # the table's own title: "Human resources: proposed changes"
    at: SourceRef

    @property
    def changes_level(self) -> bool:
        """False for a continuation, which keeps a position rather than adding one."""
        return not self.action.lower().startswith("continu")

    def to_json(self) -> dict[str, object]:
        """JSON form (an extra field of the contract)."""
        return {"component": self.component, "office": self.office, "kind": self.kind,
                "category": self.category, "number": self.number, "level": self.level,
                "title": self.title, "action": self.action, "from_to": self.from_to,
                "table": self.table, "at": self.at.label()}


@dataclass(frozen=True, slots=True)
class LegislativeStep:
    """One step of an earlier cycle's budget, from the report's legislative history.

    `stage` is `proposed` (the Secretary-General), `recommended` (the Advisory Committee),
    `appropriated` (the General Assembly) or `appropriated_net`; `amount` is whole dollars;
    `document` and `date` (ISO) are the report or resolution that set it, when printed.
    """

    period: str
    stage: str
    amount: int
    document: str | None
    date: str | None
    at: SourceRef

    def to_json(self) -> dict[str, object]:
        """JSON form (an extra field of the contract)."""
        return {"period": self.period, "stage": self.stage, "amount": self.amount,
                "document": self.document, "date": self.date, "at": self.at.label()}


@dataclass(frozen=True, slots=True)
class Budget:
    """A peacekeeping budget document parsed into lines, frameworks and warnings."""

    source: SourceDocument
    mission: str | None
    document: str | None
    lines: tuple[ResourceLine, ...] = ()
    accomplishments: tuple[ExpectedAccomplishment, ...] = ()
    warnings: tuple[DataWarning, ...] = field(default=())
    currency: str = "USD"
    budget_period: str | None = None  # the period the document proposes, e.g. "2026/27"
    #: an Advisory Committee report's recommended changes and total (empty for a budget)
    recommendations: tuple[Recommendation, ...] = ()
    recommended_total: RecommendedTotal | None = None
    #: the posts and positions the report proposes to abolish, establish or move, by office
    staffing_changes: tuple[StaffingChange, ...] = ()
    #: the two previous cycles: proposed, recommended and appropriated totals
    legislative_history: tuple[LegislativeStep, ...] = ()

    @property
    def is_advisory(self) -> bool:
        """The Advisory Committee's report on a budget: it recommends, a budget proposes."""
        return self.recommended_total is not None or bool(self.recommendations)

    def select(self, *, table: TableKind | None = None, measure: Measure | None = None,
               period: str | None = None, item: str | None = None,
               group: str | None = None) -> list[ResourceLine]:
        """Lines matching every criterion given."""
        return [
            ln for ln in self.lines
            if (table is None or ln.table is table)
            and (measure is None or ln.measure is measure)
            and (period is None or ln.period == period)
            and (item is None or ln.item == item)
            and (group is None or ln.group == group)
        ]

    @property
    def periods(self) -> tuple[str, ...]:
        """Budget periods present, oldest first."""
        return tuple(sorted({ln.period for ln in self.lines}))

    def to_json(self) -> dict[str, object]:
        """The contract's `coherence.budget/1` document."""
        return {
            "schema": SCHEMA,
            "source": self.source.to_json(),
            "mission": self.mission,
            "document": self.document,
            "currency": self.currency,
            "budget_period": self.budget_period,
            "lines": [ln.to_json() for ln in self.lines],
            "accomplishments": [a.to_json() for a in self.accomplishments],
            "recommendations": [r.to_json() for r in self.recommendations],
            "recommended_total": (self.recommended_total.to_json()
                                  if self.recommended_total else None),
            "staffing_changes": [c.to_json() for c in self.staffing_changes],
            "legislative_history": [s.to_json() for s in self.legislative_history],
            "warnings": [w.to_json() for w in self.warnings],
        }


def group_key(group: str) -> str:
    """`Military and police personnel` → `military_and_police_personnel`."""
    out = []
    for ch in group.strip().lower():
        out.append(ch if ch.isalnum() else "_")
    key = "".join(out)
    while "__" in key:
        key = key.replace("__", "_")
    return key.strip("_")
