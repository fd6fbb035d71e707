"""The resolution as data: paragraphs, tasks, ceilings, dates.

Frozen dataclasses; every value carries its paragraph ref and page. `Resolution.to_json`
produces the contract's `coherence.mandate/1` document.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from provenance import DataWarning, SourceDocument

SCHEMA = "coherence.mandate/1"
#: the months as the Council writes them (not `calendar.month_name`, which follows the locale a
#: host program may set)
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


class ParagraphKind(StrEnum):
    """Preambular paragraphs recall and note; operative paragraphs decide and request."""

    PREAMBULAR = "preambular"
    OPERATIVE = "operative"


class Modality(StrEnum):
    """PEMA's modalities: observe and report, support national actors, or do it itself."""

    MONITOR = "monitor"
    ASSIST = "assist"
    SECURE = "secure"


class Strength(StrEnum):
    """How firmly the Council tasks the mission."""

    REQUESTED = "requested"  # decides, requests, authorizes, mandates, directs
    ENCOURAGED = "encouraged"  # encourages, calls upon, invites


class CeilingKind(StrEnum):
    """Kinds of authorized personnel ceilings named in CONTRACT.md."""

    MILITARY = "military"
    MILITARY_OBSERVERS = "military_observers"
    POLICE = "police"
    INDIVIDUAL_POLICE = "individual_police"
    FORMED_POLICE_UNITS = "formed_police_units"
    CORRECTIONS = "corrections"
    CIVILIAN = "civilian"

    @property
    def words(self) -> str:
        """The kind as a sentence says it: 'military observers'."""
        return self.value.replace("_", " ")

    @property
    def people(self) -> str:
        """The people of this kind, as a sentence counts them: '600 military observers and
        staff officers', '1,270 formed police unit personnel'."""
        return _PEOPLE[self]


_PEOPLE = {
    CeilingKind.MILITARY: "military personnel",
    CeilingKind.MILITARY_OBSERVERS: "military observers and staff officers",
    CeilingKind.POLICE: "police personnel",
    CeilingKind.INDIVIDUAL_POLICE: "individual police officers",
    CeilingKind.FORMED_POLICE_UNITS: "formed police unit personnel",
    CeilingKind.CORRECTIONS: "corrections officers",
    CeilingKind.CIVILIAN: "civilian personnel",
}


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One printed paragraph or sub-paragraph.

    `ref` is `PP3` for preambular paragraphs and `13`, `13(a)`, `13(a)(ii)` for operative
    ones, numbered as printed; `level` is 1–3 for operative paragraphs and 0 for
    preambular ones; `heading` is the nearest heading printed above it; `text` is the
    paragraph's own words (sub-paragraphs are separate records, not repeated in the
    parent); `page` is 1-based, None where the source has no pages.
    """

    ref: str
    kind: ParagraphKind
    text: str
    level: int = 0
    verb: str | None = None
    heading: str | None = None
    page: int | None = None
    parent: str | None = None

    def to_json(self) -> dict[str, object]:
        """The contract's paragraph object."""
        out: dict[str, object] = {"ref": self.ref, "kind": str(self.kind)}
        if self.kind is ParagraphKind.OPERATIVE:
            out["level"] = self.level
        out["verb"] = self.verb
        if self.kind is ParagraphKind.OPERATIVE:
            out["heading"] = self.heading
        out["text"] = self.text
        out["page"] = self.page
        return out


@dataclass(frozen=True, slots=True)
class Task:
    """Something the resolution asks the mission to do, coded with the task codebook."""

    ref: str
    mission: str | None
    category: str
    categories: tuple[str, ...]
    modality: Modality
    strength: Strength
    priority: bool
    text: str
    page: int | None = None
    cues: tuple[str, ...] = ()
    # one modality per entry of `categories` (PEMA codes the modality task by task);
    # empty when only the overall `modality` is known
    modalities: tuple[Modality, ...] = ()
    # place in the order of priority the Council sets ("the following tasks in priority order
    # in paragraphs 36 through 45", "have the mandate, in this order of priority, … (a) … (b)");
    # 1 comes first; None where the Council sets no order
    priority_rank: int | None = None

    def modality_of(self, category: str) -> Modality:
        """The modality with which the mission takes on one of this task's categories."""
        if self.modalities and category in self.categories:
            return self.modalities[self.categories.index(category)]
        return self.modality

    def to_json(self) -> dict[str, object]:
        """The contract's task object (plus `cues`, the words that triggered the coding)."""
        return {
            "ref": self.ref,
            "mission": self.mission,
            "category": self.category,
            "categories": list(self.categories),
            "modality": str(self.modality),
            "strength": str(self.strength),
            "priority": self.priority,
            "priority_rank": self.priority_rank,
            "text": self.text,
            "page": self.page,
            "cues": list(self.cues),
            "modalities": [str(m) for m in self.modalities],
        }


@dataclass(frozen=True, slots=True)
class PersonnelCeiling:
    """An authorized maximum of personnel, as the Council sets it."""

    mission: str | None
    kind: CeilingKind
    count: int
    ref: str
    page: int | None = None
    text: str = ""

    def to_json(self) -> dict[str, object]:
        """The contract's ceiling object (plus `page`)."""
        return {"mission": self.mission, "kind": str(self.kind), "count": self.count,
                "ref": self.ref, "page": self.page}


@dataclass(frozen=True, slots=True)
class MissionExpiry:
    """When the mandate of one of a resolution's other missions ends: a successor it
    establishes ("MINUJUSTH … until 15 April 2018" beside MINUSTAH's final period)."""

    mission: str
    expires: date
    ref: str
    page: int | None = None

    def to_json(self) -> dict[str, object]:
        """As printed in `other_expiries`."""
        return {"mission": self.mission, "expires": self.expires.isoformat(), "ref": self.ref,
                "page": self.page}


@dataclass(frozen=True, slots=True)
class ReportingRequest:
    """A request to the Secretary-General to report: how often or by when."""

    ref: str
    frequency: str | None = None  # "every 90 days", "every three months", "annually"…
    due: date | None = None
    text: str = ""
    page: int | None = None
    # later reports asked for in the same breath: "two reports, by 4 July 2025 and 5 January
    # 2026 respectively"
    later: tuple[date, ...] = ()
    # `due` and `later` are the last days of the months the text names without a day ("by
    # November 2006")
    due_month: bool = False
    # … or of the years it names without a month ("an interim report in 2022")
    due_year: bool = False
    # the paragraph whose report this one adds to ("to include in the report referred to in
    # paragraph 5 above"), its schedule taken from there
    in_report_of: str | None = None

    @property
    def when(self) -> str | None:
        """How often and by when, in words: 'every 90 days, first by 2024-07-28'; a month
        named without its day as printed: 'by November 2006'."""
        days = [str(d.year) if self.due_year else f"{MONTH_NAMES[d.month - 1]} {d.year}"
                if self.due_month else d.isoformat() for d in (self.due, *self.later) if d]
        dates = " and ".join([", ".join(days[:-1]), days[-1]] if len(days) > 2 else days)
        due = f"by {dates}" if dates else None
        if self.frequency and due:
            return f"{self.frequency}, first {due}"
        return self.frequency or due

    @property
    def where(self) -> str:
        """The paragraph that asks, and the one whose report it adds to: 'para 13, in the
        report of para 5'."""
        if self.in_report_of:
            return f"para {self.ref}, in the report of para {self.in_report_of}"
        return f"para {self.ref}"

    def to_json(self) -> dict[str, object]:
        """JSON form (an extra field of the contract)."""
        return {"ref": self.ref, "frequency": self.frequency,
                "due": self.due.isoformat() if self.due else None,
                "due_precision": None if self.due is None else (
                    "year" if self.due_year else "month" if self.due_month else "day"),
                "later": [d.isoformat() for d in self.later], "page": self.page,
                "in_report_of": self.in_report_of}


@dataclass(frozen=True, slots=True)
class Resolution:
    """A Security Council resolution parsed into what the report needs."""

    source: SourceDocument
    symbol: str | None
    adopted: date | None = None
    meeting: int | None = None
    missions: tuple[str, ...] = ()
    chapter_vii: bool = False
    mandate_expires: date | None = None
    ceilings: tuple[PersonnelCeiling, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    tasks: tuple[Task, ...] = ()
    reporting: tuple[ReportingRequest, ...] = ()
    warnings: tuple[DataWarning, ...] = field(default=())
    # a draft resolution's document symbol ("S/2025/812"; "draft" when it prints none), None
    # for an adopted resolution
    draft: str | None = None
    # the paragraph that sets `mandate_expires` (its date, period or termination), and its page
    mandate_expires_ref: str | None = None
    mandate_expires_page: int | None = None
    # the expiries the text sets for its other missions (`mandate_expires` is the first one's)
    other_expiries: tuple[MissionExpiry, ...] = ()

    @property
    def title(self) -> str:
        """How a reader names it: the symbol, 'draft resolution S/2025/812', or the file name."""
        if self.symbol:
            return self.symbol
        if self.draft:
            return "draft resolution" + (f" {self.draft}" if self.draft != "draft" else "")
        return self.source.path

    def paragraph(self, ref: str) -> Paragraph | None:
        """The paragraph printed as `ref`, or None."""
        for p in self.paragraphs:
            if p.ref == ref:
                return p
        return None

    @property
    def operative(self) -> tuple[Paragraph, ...]:
        """Operative paragraphs in printed order."""
        return tuple(p for p in self.paragraphs if p.kind is ParagraphKind.OPERATIVE)

    @property
    def reports_requested(self) -> tuple[ReportingRequest, ...]:
        """The requests to report that say how often or by when, in printed order."""
        return tuple(r for r in self.reporting if r.when)

    def categories(self, *, priority: bool = False) -> frozenset[str]:
        """Every task category the resolution gives (with `priority`, those it makes a
        priority)."""
        return frozenset(c for t in self.tasks if t.priority or not priority
                         for c in t.categories)

    def to_json(self) -> dict[str, object]:
        """The contract's `coherence.mandate/1` document."""
        return {
            "schema": SCHEMA,
            "source": self.source.to_json(),
            "symbol": self.symbol,
            "adopted": self.adopted.isoformat() if self.adopted else None,
            "meeting": self.meeting,
            "missions": list(self.missions),
            "chapter_vii": self.chapter_vii,
            "mandate_expires": self.mandate_expires.isoformat() if self.mandate_expires else None,
            "mandate_expires_ref": self.mandate_expires_ref,
            "mandate_expires_page": self.mandate_expires_page,
            "other_expiries": [e.to_json() for e in self.other_expiries],
            "ceilings": [c.to_json() for c in self.ceilings],
            "reporting": [r.to_json() for r in self.reporting],
            "draft": self.draft,
            "paragraphs": [p.to_json() for p in self.paragraphs],
            "tasks": [t.to_json() for t in self.tasks],
            "warnings": [w.to_json() for w in self.warnings],
        }
