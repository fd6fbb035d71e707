"""The Advisory Committee's recommendations set against the mandate (`--acabq`).

The Fifth Committee usually adopts what the Advisory Committee on Administrative and
Budgetary Questions recommends. Its report cuts classes of expenditure ("a reduction of 5
per cent … for facilities and infrastructure"); this module says what each cut touches: the
amount the budget proposes for that class, what is left after the cut, and the mandated
tasks the class serves through the report's links.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from budgets import Budget
from coherence.codebook import BY_ID
from coherence.findings import Finding, money, percent, plural
from coherence.mapping import Link

if TYPE_CHECKING:
    from coherence.report import Row, TaskRow

AREA = "Performance and accountability"
_ORDER = {category: i for i, category in enumerate(BY_ID)}  # the codebook's order


@dataclass(frozen=True, slots=True)
class AdvisoryRow:
    """One recommended change, the class it changes and the tasks that class serves."""

    item: str
    group: str
    amount: int  # dollars, negative for a cut
    paragraphs: tuple[str, ...]  # of the Committee's report
    text: str
    at: str  # the figure in the Committee's report
    proposed: int | None  # what the budget proposes for the class
    proposed_at: str | None
    tasks: tuple[str, ...]  # labels of the tasks the class serves
    refs: tuple[str, ...]  # the resolution's paragraphs that set them
    priority: bool
    area: str = AREA  # the Action for Peacekeeping area of the first task it serves

    @property
    def recommended(self) -> int | None:
        """What is left of the class after the change."""
        return None if self.proposed is None else self.proposed + self.amount

    def to_json(self) -> dict[str, object]:
        """JSON form used in `coherence.report/1`."""
        return {"item": self.item, "group": self.group, "change": self.amount,
                "paragraphs": list(self.paragraphs), "recommendation": self.text,
                "at": self.at, "proposed": self.proposed, "proposed_at": self.proposed_at,
                "recommended": self.recommended, "tasks": list(self.tasks),
                "resolution_paragraphs": list(self.refs), "priority": self.priority}


def advisory_rows(acabq: Budget, classes: Sequence[Row], links: Sequence[Link],
                  tasks: Sequence[TaskRow], proposed: str | None) -> list[AdvisoryRow]:
    """Each recommended change with the class it changes and the tasks behind the class.

    `proposed` is the label of the budget's proposal column (`2026/27 cost estimates`).
    """
    by_item = {r.item.lower(): r for r in classes if r.role == "item"}
    by_category = {t.category: t for t in tasks}
    out = []
    for rec in acabq.recommendations:
        row = by_item.get(rec.item.lower()) or next(
            (r for name, r in by_item.items() if name.startswith(rec.item.lower())), None)
        served = [by_category[ln.category] for ln in links
                  if row is not None and ln.table == "financial_resources"
                  and ln.item == row.item and ln.category in by_category]
        labels = tuple(dict.fromkeys(t.label for t in served))
        refs = tuple(dict.fromkeys(r for t in served for r in t.cited))[:6]
        first = min(served, key=lambda t: _ORDER[t.category], default=None)
        out.append(AdvisoryRow(
            rec.item, rec.group, rec.amount, rec.paragraphs, rec.text,
            f"{acabq.document or acabq.source.path} {rec.at.label()}",
            row.proposed if row is not None else None,
            row.at.get(proposed) if row is not None and proposed else None, labels, refs,
            any(t.priority for t in served), first.area if first is not None else AREA))
    return out


def advisory_findings(acabq: Budget, rows: Sequence[AdvisoryRow], budget: Budget,
                      gross_proposed: int | None) -> list[Finding]:
    """The total the Committee recommends, and each cut to a class that serves a task."""
    out: list[Finding] = []
    name = acabq.document or acabq.source.path
    total = acabq.recommended_total
    if total is not None:
        where = f"{name} {total.at.label()}"
        checks = []
        if acabq.mission and budget.mission and acabq.mission != budget.mission:
            checks.append(f"The Committee's report is on {acabq.mission}, the budget is "
                          f"{budget.mission}'s: give the matching report.")
        base = total.proposed if total.proposed is not None else total.recommended
        if gross_proposed is not None and base != gross_proposed:
            checks.append(f"The budget read proposes {money(gross_proposed)} gross; the "
                          f"Committee starts from {money(base)}: check that both documents "
                          "are on the same proposal.")
        if total.change:
            share = percent(-total.change, base)
            title = (f"The Advisory Committee recommends {money(total.recommended)}, "
                     f"{money(-total.change)} ({share} %) less than proposed")
            detail = (f"It recommends that the General Assembly appropriate "
                      f"{money(total.recommended)} for {total.period or 'the period'}, "
                      f"{money(-total.change)} below the {money(base)} proposed "
                      f"({name}, para {total.at.paragraph}).")
        else:
            title = (f"The Advisory Committee recommends the proposal as it stands "
                     f"({money(total.recommended)})")
            detail = (f"It recommends that the General Assembly appropriate "
                      f"{money(total.recommended)} for {total.period or 'the period'} "
                      f"({name}, para {total.at.paragraph}).")
        figures = {"recommended": total.recommended}
        if total.proposed is not None:
            figures["proposed"] = total.proposed
        out.append(Finding("ACABQ_TOTAL", "medium" if total.change or checks else "info",
                           title, " ".join([detail, *checks]), AREA, (), (where,), figures))
    for row in rows:
        if not row.amount:
            continue
        word = "cut" if row.amount < 0 else "raised"
        title = f"Advisory Committee: {row.item} {word} by {money(abs(row.amount))}"
        detail = (f"The Committee recommends: {row.text.rstrip('.')} ({name}, para "
                  f"{', '.join(row.paragraphs) or '–'}).")
        figures = {"change": row.amount}
        if row.proposed is not None and row.recommended is not None:
            share = percent(abs(row.amount), row.proposed)
            pct = f" ({share} %)" if share is not None else ""
            detail += (f" {row.item} goes from {money(row.proposed)} proposed to "
                       f"{money(row.recommended)}{pct}.")
            figures |= {"proposed": row.proposed, "recommended": row.recommended}
        detail += (f" It serves {plural(len(row.tasks), 'mandated task')}: {', '.join(row.tasks)}."
                   if row.tasks else " No mandated task was linked to it.")
        severity = "medium" if row.priority else "low"
        out.append(Finding("ACABQ_CUT", severity, title, detail, row.area, row.refs,
                           tuple(a for a in (row.at, row.proposed_at) if a), figures))
    return out
