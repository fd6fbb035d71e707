"""The catalogue of rules that turn linked tasks and budget lines into findings.

Each rule has a stable id, a severity, the threshold it applies and the source that grounds
it, so a reader can see why a finding fires and an analyst can argue with the threshold.
Findings carry their evidence: operative paragraph refs of the resolution and `at`
locations of the budget figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal

SEVERITIES = ("high", "medium", "low", "info")


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the catalogue."""

    id: str
    title: str
    severity: str
    threshold: str
    grounding: str

    def to_json(self) -> dict[str, str]:
        """JSON form (the report's annex lists the catalogue)."""
        return {"id": self.id, "title": self.title, "severity": self.severity,
                "threshold": self.threshold, "grounding": self.grounding}


#: a programme or class cut by at least this share between periods is "sharply cut"
SHARP_CUT = Decimal("0.5")
#: a class of expenditure changing by at least this share is reported
CLASS_CHANGE = Decimal("0.25")
#: expenditure below apportionment by at least this share is a large gap
SPENDING_GAP = Decimal("0.25")
#: funded personnel below the ceiling by at least this share is reported
CEILING_GAP = Decimal("0.05")
#: gross requirements changing by at least this share is reported on its own
BUDGET_TREND = Decimal("0.10")
#: uniformed personnel of one kind changing by at least this share is reported
UNIFORMED_CHANGE = Decimal("0.10")

RULES: dict[str, Rule] = {r.id: r for r in (
    Rule("PRIORITY_UNFUNDED", "Priority task without a linked programme or resource line",
         "high", "a priority task with no programme link and no class of expenditure link",
         "Priority tasks are set by the Council (Security Council resolutions, 'priority "
         "tasks'); the Secretary-General's budget should show the resources that deliver them."),
    Rule("PROGRAMME_CUT", "Programme serving a mandated task cut sharply or to zero",
         "high", f"proposed amount at least {int(SHARP_CUT * 100)} % below the last "
         "apportionment, or zero",
         "Programmatic activities are the budget's most direct evidence of task delivery "
         "(A/RES/76/274 on cross-cutting issues asks that they be linked to the mandate)."),
    Rule("CLASS_CHANGE", "Class of expenditure changes sharply between periods", "medium",
         f"proposed amount at least {int(CLASS_CHANGE * 100)} % above or below the last "
         "apportionment, and at least $1 million (or 0.25 % of gross requirements for a "
         "smaller mission)",
         "Resources by class of expenditure (financial resources table of the budget)."),
    Rule("CEILING_GAP", "Budget funds fewer personnel than the Council authorized", "medium",
         f"proposed personnel at least {int(CEILING_GAP * 100)} % below the authorized ceiling",
         "Authorized ceilings in the resolution against the human resources table."),
    Rule("CEILING_EXCEEDED", "Budget funds more personnel than the Council authorized", "high",
         "proposed personnel above the authorized ceiling",
         "Authorized ceilings in the resolution against the human resources table."),
    Rule("CEILING_CHANGE", "Authorized ceiling changed since the previous resolution",
         "medium", "any change in a ceiling, set against the personnel the budget funds: "
         "medium when the budget funds more than the new ceiling, low otherwise",
         "Comparison with the previous mandate resolution (--previous-mandate) and the "
         "human resources table."),
    Rule("UNIFORMED_CHANGE", "Troops, observers or police change sharply", "medium",
         f"the proposed strength of one kind of uniformed personnel, or its strength at the "
         f"end of the period where the budget prints phases (a drawdown), at least "
         f"{int(UNIFORMED_CHANGE * 100)} % above or below the approved strength; high when "
         f"it moves by at least {int(SHARP_CUT * 100)} %",
         "The budget's human resources tables: uniformed personnel deliver most of a "
         "mission's security tasks, and the Council sets their ceilings."),
    Rule("TASK_ADDED", "Task added since the previous resolution", "medium",
         "a task category present now and absent from the previous resolution",
         "Comparison with the previous mandate resolution (--previous-mandate)."),
    Rule("TASK_STRENGTHENED", "Task strengthened while its resources fall", "medium",
         "a task of both resolutions that the newer one makes a priority, or requests where "
         "the older encouraged it, while the resources linked to it fall",
         "Comparison with the previous mandate resolution (--previous-mandate); DESIGN: 'a "
         "task added or strengthened in the new resolution while the resources linked to it "
         "fall'."),
    Rule("TASK_DROPPED", "Task dropped since the previous resolution", "low",
         "a task category present in the previous resolution and absent now",
         "Comparison with the previous mandate resolution (--previous-mandate)."),
    Rule("WPS_WITHOUT_CAPACITY", "Women, peace and security or youth mandated without a "
         "programme", "high", "gender or youth task mandated; matching programme absent or "
         "proposed at zero",
         "Gender advisory capacity should be kept 'throughout mandating and budgetary "
         "processes' (Challenges Forum); S/RES/1325 (2000), S/RES/2250 (2015)."),
    Rule("TRANSITION_GROWTH", "Transition or drawdown mandated while the budget grows",
         "medium", "a transition task mandated and proposed gross requirements above the "
         "last apportionment",
         "Transition planning (S/RES/2594 (2021)) expects resources to follow the drawdown."),
    Rule("BUDGET_TREND", "The mission's overall budget changes sharply", "medium",
         f"proposed gross requirements at least {int(BUDGET_TREND * 100)} % above or below "
         "the last apportionment (unless a transition finding already reports it)",
         "Gross requirements of the financial resources table: a change of this size alters "
         "what the mission can deliver, whatever the resolution says."),
    Rule("DOCUMENT_ROLE", "A document is given in the wrong role", "high",
         "the budget given recommends instead of proposing (the Advisory Committee's "
         "report), or the Committee's report given holds no recommendation",
         "A report sets the Secretary-General's proposal against the mandate, and the "
         "Committee's recommendations beside it; each has its own option."),
    Rule("MANDATE_PERIOD", "The mandate read expires before the budget period begins",
         "info", "mandate expiry earlier than 1 July of the proposed budget year",
         "Budget periods run from 1 July to 30 June; a later resolution may have changed the "
         "mandate the budget serves."),
    Rule("ACABQ_TOTAL", "What the Advisory Committee recommends in all", "medium",
         "any reduction of the proposal the Committee recommends (info when it recommends the "
         "proposal as it stands)",
         "The Advisory Committee's report on the proposed budget (--acabq); the Fifth "
         "Committee usually adopts its recommendations."),
    Rule("ACABQ_CUT", "The Advisory Committee cuts a class of expenditure", "low",
         "any change the Committee recommends to a class: medium when the class serves a "
         "priority task, low otherwise",
         "The Advisory Committee's table of the financial implications of its "
         "recommendations (--acabq), set against the report's task-to-resource links."),
    Rule("STAFF_CUT", "An office that serves a mandated task loses posts", "low",
         "a net loss of posts and positions (continuations aside) in an office whose name, or "
         "a post's title, names a mandated task: medium when the task is a priority",
         "The budget report's proposed staffing changes by office, matched to tasks through "
         "the codebook's office cues (DESIGN: staffing by component and section)."),
    Rule("GENDER_CAPACITY_CUT", "Gender or women protection posts cut while mandated", "high",
         "gender or sexual violence mandated, and the gender and women protection posts and "
         "positions of the mission fall, at least one abolished",
         "Gender advisory capacity should be kept 'throughout mandating and budgetary "
         "processes' (Challenges Forum); women protection advisers, S/RES/1888 (2009) and "
         "S/RES/1960 (2010)."),
    Rule("SPENDING_GAP", "Large gap between expenditure and apportionment on a line serving "
         "a priority task", "low", f"expenditure at least {int(SPENDING_GAP * 100)} % below "
         "the apportionment of the same period",
         "Budget performance (expenditure column of the financial resources table)."),
)}


@dataclass(frozen=True, slots=True)
class Finding:
    """One operational implication, with the evidence that grounds it."""

    rule: str
    severity: str
    title: str
    detail: str
    area: str
    paragraphs: tuple[str, ...] = ()
    at: tuple[str, ...] = ()
    figures: dict[str, int] = field(default_factory=dict)
    #: what the finding takes for granted and the documents do not say ("A/80/621 is
    #: MONUSCO's budget"), empty when it rests on the documents alone
    assumption: str = ""

    @property
    def id(self) -> str:
        """The rule id (several findings may share it)."""
        return self.rule

    def to_json(self) -> dict[str, object]:
        """The contract's finding object: id, severity, title, evidence."""
        return {"id": self.rule, "severity": self.severity, "title": self.title,
                "detail": self.detail, "area": self.area,
                "evidence": {"paragraphs": list(self.paragraphs), "at": list(self.at)},
                "figures": dict(self.figures), "assumption": self.assumption or None}


def signed_count(number: int | None, zero: str = "0") -> str:
    """`+3`, `−30`, `0` (or `zero`): a change in a count of posts, with a true minus sign."""
    if number is None:
        return "–"
    return f"{number:+,}".replace("-", "−") if number else zero


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    """`1 task`, `3 tasks`, `2 data warnings were`: a count with its noun in the right number.

    `noun` may carry a verb after it, "warning was" / "warnings were", given as `nouns`.
    """
    return f"{count:,} {noun if count == 1 else (nouns or noun + 's')}"


def difference(later: int | None, earlier: int | None) -> int | None:
    """`later` minus `earlier`; None when either is missing (a change is never guessed)."""
    return None if later is None or earlier is None else later - earlier


def percent(part: int, whole: int, places: str = "0.1") -> Decimal | None:
    """`part` as a percentage of `whole`, rounded half to even to `places`; None when `whole`
    is 0. Every percentage the report prints is made here."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal(places),
                                                           rounding=ROUND_HALF_EVEN)


def money(amount: int | None) -> str:
    """`$874.8 million`, `$950,000`, `$0`: how findings and the report print dollars."""
    if amount is None:
        return "–"
    sign = "−" if amount < 0 else ""
    n = abs(amount)
    if n >= 1_000_000:
        millions = (Decimal(n) / Decimal(1_000_000)).quantize(Decimal("0.1"),
                                                              rounding=ROUND_HALF_EVEN)
        return f"{sign}${millions:,} million"
    return f"{sign}${n:,}"


def rank(findings: list[Finding]) -> list[Finding]:
    """Most severe first; within a severity, the whole budget's trend, cuts to zero, then
    the biggest money first."""
    def key(f: Finding) -> tuple[int, int, int, int, int]:
        money = max((abs(v) for v in f.figures.values()), default=0)
        to_zero = 0 if f.figures.get("proposed") == 0 else 1
        # documents in the wrong roles make every other finding moot
        first = 0 if f.rule == "DOCUMENT_ROLE" else 1
        # the change of the whole budget frames every other finding of its severity
        whole = 0 if f.rule == "BUDGET_TREND" else 1
        return first, SEVERITIES.index(f.severity), whole, to_zero, -money
    return sorted(findings, key=key)
