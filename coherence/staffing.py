"""Proposed staffing changes set against the mandate: which office loses whom, and for what.

A budget report lists, office by office, the posts and positions it proposes to abolish,
establish, convert or move (`budgets.staffing`). DESIGN's third kind of evidence for the
mapping is staffing by component and section: a Joint Human Rights Office serves human
rights, a Women Protection Advisor serves the fight against sexual violence. This module
adds up each office's changes, names the mandated tasks the office (or a post's title)
serves through the codebook's office cues, and turns cuts into findings:

- STAFF_CUT: an office that serves a mandated task loses posts or positions;
- GENDER_CAPACITY_CUT: a gender or women protection post is abolished while the resolution
  mandates gender or action against sexual violence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from budgets import Budget
from budgets.model import StaffingChange
from coherence.codebook import BY_ID, OFFICE_CUES
from coherence.findings import RULES, Finding, plural, signed_count

if TYPE_CHECKING:
    from coherence.report import TaskRow

_ORDER = {category: i for i, category in enumerate(BY_ID)}  # the codebook's order
_GENDER = ("gender", "sexual_violence")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    out = []
    for category, cues in OFFICE_CUES.items():
        for cue in cues:
            words = re.escape(cue.lower())
            out.append((category, cue, re.compile(rf"(?<![\w-]){words}(?![\w-])")))
    return tuple(out)


def tasks_of(name: str) -> dict[str, str]:
    """The codebook tasks an office name or a functional title names: {task id: cue}."""
    text = name.lower()
    found: dict[str, str] = {}
    for category, cue, pattern in _patterns():
        if category not in found and pattern.search(text):
            found[category] = cue
    return found


@dataclass(frozen=True, slots=True)
class OfficeRow:
    """One office's proposed changes, added up, with the mandated tasks it serves."""

    office: str
    components: tuple[str, ...]  # as printed: "Component 1: protection of civilians"
    net: int  # posts and positions gained (+) or lost (−); continuations left out
    abolished: int  # posts and positions abolished (a positive count)
    established: int
    moved: int  # changes of another kind (conversion, redeployment, reassignment …)
    continued: int  # positions continued
    posts_abolished: tuple[str, ...]  # "Women Protection Advisor (UNV)"
    tasks: tuple[str, ...]  # mandated task ids the office or one of its posts serves
    labels: tuple[str, ...]  # their labels
    refs: tuple[str, ...]  # the resolution's paragraphs that set them
    priority: bool
    by_name: bool  # the office's own name names a mandated task (not only a post's title)
    reason: str  # which words tied the office to the tasks
    at: tuple[str, ...]
    lost: tuple[str, ...] = ()  # the kinds ("post", "position") of the rows that remove staff

    @property
    def component(self) -> str:
        """The components the office's changes are listed under, short: "Component 1"."""
        return ", ".join(dict.fromkeys(c.split(":")[0].strip() for c in self.components))

    def to_json(self) -> dict[str, object]:
        """JSON form used in `coherence.report/1` (`staffing`)."""
        return {"office": self.office, "components": list(self.components),
                "net_change": self.net, "abolished": self.abolished,
                "established": self.established, "other_changes": self.moved,
                "continued": self.continued, "posts_abolished": list(self.posts_abolished),
                "tasks": list(self.tasks), "resolution_paragraphs": list(self.refs),
                "priority": self.priority, "named_by_office": self.by_name,
                "reason": self.reason, "at": list(self.at)}


def offices_serving(offices: Sequence[OfficeRow], category: str) -> list[OfficeRow]:
    """The offices whose own name names the task (not only one post's title)."""
    return [o for o in offices if o.by_name and category in o.tasks]


def _post(change: StaffingChange) -> str:
    count = f"{abs(change.number)} × " if abs(change.number) > 1 else ""
    return f"{count}{change.title} ({change.level})" if change.level else f"{count}{change.title}"


def office_rows(budget: Budget, tasks: Sequence[TaskRow]) -> list[OfficeRow]:
    """Each office's changes added up (over all its components and tables), the offices
    that serve a mandated task first, biggest loss first."""
    mandated = {t.category: t for t in tasks}
    by_office: dict[str, list[StaffingChange]] = {}
    for change in budget.staffing_changes:
        by_office.setdefault(change.office, []).append(change)
    out = []
    for office, changes in by_office.items():
        named = tasks_of(office)
        served: dict[str, str] = {c: f"the office's name ('{cue}')" for c, cue in named.items()}
        for change in changes:
            for category, cue in tasks_of(change.title).items():
                served.setdefault(category, f"a post's title ('{cue}')")
        categories = sorted((c for c in served if c in mandated), key=lambda c: _ORDER[c])
        rows = [mandated[c] for c in categories]
        level = [c for c in changes if c.changes_level]
        out.append(OfficeRow(
            office, tuple(dict.fromkeys(c.component for c in changes)),
            sum(c.number for c in level),
            -sum(c.number for c in level if c.number < 0 and _is(c, "abolish")),
            sum(c.number for c in level if c.number > 0 and _is(c, "establish")),
            sum(abs(c.number) for c in level
                if not (_is(c, "abolish") or _is(c, "establish"))),
            sum(c.number for c in changes if not c.changes_level),
            tuple(_post(c) for c in level if c.number < 0 and _is(c, "abolish")),
            tuple(categories), tuple(t.label for t in rows),
            tuple(dict.fromkeys(r for t in rows for r in t.cited))[:6],
            any(t.priority for t in rows), any(c in named for c in categories),
            "; ".join(f"{BY_ID[c].label.lower()}: {served[c]}" for c in categories),
            tuple(c.at.label() for c in changes),
            tuple(sorted({c.kind for c in level if c.number < 0}))))
    out.sort(key=lambda r: (not r.tasks, r.net))
    return out


def _staff(count: int, kinds: tuple[str, ...]) -> str:
    """`1 post`, `3 positions`, `5 posts and positions`."""
    if len(kinds) == 1:
        return f"{count} {kinds[0]}{'' if count == 1 else 's'}"
    return "1 post or position" if count == 1 else f"{count} posts and positions"


def _is(change: StaffingChange, action: str) -> bool:
    return change.action.lower().startswith(action)


def staffing_findings(budget: Budget, rows: Iterable[OfficeRow],
                      tasks: Sequence[TaskRow]) -> list[Finding]:
    """STAFF_CUT for each office serving a mandated task that loses staff; GENDER_CAPACITY_CUT
    when gender or women protection posts go while the resolution mandates that work."""
    out: list[Finding] = []
    name = budget.document or budget.source.path
    mandated = {t.category: t for t in tasks}
    for row in rows:
        if row.net >= 0 or not row.by_name:
            continue
        lost = ", ".join(row.posts_abolished[:5]) + (" …" if len(row.posts_abolished) > 5
                                                     else "")
        detail = (f"{name} proposes a net change of {signed_count(row.net)} in posts and positions "
                  f"for the {row.office} ({row.component})"
                  + (f", abolishing {lost}" if lost else "") + f". The office serves "
                  f"{plural(len(row.labels), 'mandated task')}: {', '.join(row.labels)} "
                  f"({row.reason}).")
        area = str(BY_ID[row.tasks[0]].area)
        out.append(Finding("STAFF_CUT", "medium" if row.priority else "low",
                           f"{row.office} loses {_staff(-row.net, row.lost)}", detail,
                           area, row.refs, row.at[:6], {"net_change": row.net}))
    gender = [t for t in (mandated.get(c) for c in _GENDER) if t is not None]
    if gender:
        cut = [c for c in budget.staffing_changes if c.changes_level
               and any(g in tasks_of(c.title) or g in tasks_of(c.office) for g in _GENDER)]
        net = sum(c.number for c in cut)
        gone = [c for c in cut if c.number < 0 and _is(c, "abolish")]
        if net < 0 and gone:
            labels = " and ".join(t.label.lower() for t in gender)
            posts = ", ".join(f"{_post(c)} in the {c.office}" for c in gone[:4])
            abolished = -sum(c.number for c in gone)
            kinds = tuple(sorted({c.kind for c in gone}))
            out.append(Finding(
                "GENDER_CAPACITY_CUT", RULES["GENDER_CAPACITY_CUT"].severity,
                f"Gender and women protection: {_staff(abolished, kinds)} abolished while "
                f"{labels} {'is' if len(gender) == 1 else 'are'} mandated",
                f"{name} abolishes {posts}; across the mission, gender and women protection "
                f"posts and positions change by {signed_count(net)}. The resolution mandates "
                f"{labels} (para "
                f"{', '.join(dict.fromkeys(r for t in gender for r in t.cited[:3]))}).",
                "Women, peace and security",
                tuple(dict.fromkeys(r for t in gender for r in t.cited))[:6],
                tuple(c.at.label() for c in gone)[:6], {"net_change": net}))
    return out
