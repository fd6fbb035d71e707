"""Plain-text tables for people (`--format table`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from budgets import Budget, LineRole
from coherence.codebook import label
from coherence.history import Comparison, Entry
from provenance import DataWarning, grouped

if TYPE_CHECKING:  # the resolution parser's patterns take most of a second to compile
    from mandates import Resolution


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _wrap(text: str, width: int) -> list[str]:
    """The text in lines of at most `width` characters, broken between words."""
    out: list[str] = []
    for word in text.split():
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    return out


def labelled_warning_lines(warnings: Sequence[DataWarning], *,
                           group_over: int = 3) -> list[tuple[str, str]]:
    """`warning_lines`, each with what it is: "note" for a warning of severity info (a
    renewal that restates no task, an expiry counted from a period), "warning" for one that
    may make a figure wrong."""
    out: list[tuple[str, str]] = []
    for w, rest in grouped(warnings, over=group_over):
        kind = "note" if w.is_note else "warning"
        if not rest:
            where = f" ({w.at.label()})" if w.at else ""
            out.append((kind, f"{w.code}: {w.message}{where}"))
        else:
            places = [x.at.paragraph or x.at.label() for x in rest if x.at is not None]
            out.append((kind, f"{w.code} ({1 + len(rest)}×): {w.message}; also at "
                        + ", ".join(p for p in places if p)))
    return out


def warning_lines(warnings: Sequence[DataWarning], *, group_over: int = 3) -> list[str]:
    """One line per warning, except that a code repeated more than `group_over` times (18
    sub-paragraphs printed without their letters) becomes one line listing where."""
    return [line for _, line in labelled_warning_lines(warnings, group_over=group_over)]


def resolution_table(res: Resolution) -> str:
    """Metadata, ceilings and tasks of a resolution as aligned text."""
    lines = [
        f"symbol           {res.symbol or (res.title if res.draft else '-')}",
        f"adopted          {res.adopted.isoformat() if res.adopted else '-'}"
        + (f" (meeting {res.meeting})" if res.meeting else ""),
        f"missions         {', '.join(res.missions) or '-'}",
        f"chapter VII      {'yes' if res.chapter_vii else 'no'}",
        f"mandate expires  {res.mandate_expires.isoformat() if res.mandate_expires else '-'}"
        + (f"  (para {res.mandate_expires_ref})" if res.mandate_expires_ref else "")
        + (f"  {res.missions[0]}" if res.other_expiries and res.missions else ""),
        *(f"                 {e.expires.isoformat()}  (para {e.ref})  {e.mission}"
          for e in res.other_expiries),
        f"paragraphs       {sum(1 for p in res.paragraphs if p.kind == 'preambular')} "
        f"preambular, {len(res.operative)} operative",
    ]
    if res.ceilings:
        lines.append("")
        lines.append("ceilings")
        for c in res.ceilings:
            lines.append(f"  {c.kind:<22} {c.count:>8,}  {c.mission or ''}  (para {c.ref})")
    if res.reports_requested:
        lines.append("")
        lines.append("reports requested")
        lines.extend(f"  {r.when}  ({r.where})" for r in res.reports_requested)
    lines.append("")
    lines.append(f"tasks ({len(res.tasks)})")
    if res.tasks:
        # a resolution that tasks several missions says whose each task is
        several = len({t.mission for t in res.tasks}) > 1
        mission_head = f"{'mission':<10} " if several else ""
        lines.append(f"  {'ref':<12} {mission_head}{'task':<38} {'modality':<8} {'strength':<10} "
                     "prio")
        for t in res.tasks:
            mission = f"{_clip(t.mission or '-', 10):<10} " if several else ""
            lines.append(
                f"  {t.ref:<12} {mission}{_clip(label(t.category), 38):<38} {t.modality:<8} "
                f"{t.strength:<10} {'*' if t.priority else ''}"
                f"{t.priority_rank if t.priority_rank is not None else ''}"
            )
            # the row names the main task; the others the paragraph gives follow under it
            others = [label(c) for c in t.categories if c != t.category]
            if others:
                indent = len(f"  {'':<12} {mission_head}")  # under the task column
                lines.extend(" " * indent + part for part in _wrap("also: " + ", ".join(others),
                                                                   96 - indent))
    if res.warnings:
        notes = sum(w.is_note for w in res.warnings)
        lines.append("")
        lines.append(f"warnings ({len(res.warnings) - notes}), notes ({notes})")
        lines.extend(f"  {kind}: {line}" for kind, line in labelled_warning_lines(res.warnings))
    return "\n".join(lines)


def budget_table(budget: Budget) -> str:
    """Budget lines, one row per item, one column per (measure, period), in dollars."""
    lines = [
        f"document  {budget.document or '-'}",
        f"mission   {budget.mission or '-'}",
        f"lines     {len(budget.lines)}",
    ]
    tables: dict[str, list] = {}
    for ln in budget.lines:
        tables.setdefault(str(ln.table), []).append(ln)
    for table, rows in tables.items():
        columns: list[tuple[str, str]] = []
        for ln in rows:
            key = (str(ln.measure), ln.period)
            if key not in columns:
                columns.append(key)
        # a table printed once per component (head counts) keeps each component's rows
        items: dict[tuple[str, str, str], dict[tuple[str, str], int]] = {}
        roles: dict[tuple[str, str, str], LineRole] = {}
        for ln in rows:
            key3 = (ln.component, ln.group, ln.item)
            items.setdefault(key3, {})[(str(ln.measure), ln.period)] = ln.amount
            roles[key3] = ln.role
        lines.append("")
        lines.append(f"[{table}]  unit: {rows[0].unit}")
        header = f"  {'item':<44}" + "".join(f"{m[:14] + ' ' + p:>24}" for m, p in columns)
        lines.append(header)
        shown = ""
        for (part, group, item), values in items.items():
            if part and part != shown:
                lines.append(f"  {_clip(part, 100)}")
            shown = part
            name = item if roles[(part, group, item)] is LineRole.ITEM else item.upper()
            cells = "".join(
                f"{values[c]:>24,}" if c in values else f"{'':>24}" for c in columns
            )
            lines.append(f"  {_clip(name, 44):<44}{cells}")
    total = budget.recommended_total
    if total is not None:
        lines.append("")
        change = f"{total.change:+,} from {total.proposed:,}" if total.change is not None \
            and total.proposed is not None else "the proposal as it stands"
        lines.append(f"[Advisory Committee]  recommends {total.recommended:,} for "
                     f"{total.period or 'the period'} ({change}; {total.at.label()})")
    for rec in budget.recommendations:
        paras = ", ".join(rec.paragraphs)
        lines.append(f"  {_clip(rec.item, 44):<44}{rec.amount:>+14,}  para {paras:<10} "
                     f"{_clip(rec.text, 40)}")
    if budget.staffing_changes:
        lines.append("")
        net: dict[str, int] = {}
        for c in budget.staffing_changes:
            net[c.office] = net.get(c.office, 0) + (c.number if c.changes_level else 0)
        lines.append(f"[staffing changes]  {len(budget.staffing_changes)} rows, {len(net)} "
                     f"offices, net change {sum(net.values()):+,} posts and positions")
        lines.extend(f"  {_clip(office, 60):<60}{change:>+8,}" for office, change in net.items())
    if budget.accomplishments:
        lines.append("")
        lines.append(f"[expected accomplishments]  {len(budget.accomplishments)}, by component "
                     "(results-based-budgeting frameworks)")
        component = None
        for ea in budget.accomplishments:
            if ea.component != component:
                component = ea.component
                lines.append(f"  {_clip(component or '(no component)', 96)}")
            lines.append(f"    {ea.ref:<6}{_clip(ea.text, 80):<80}  {ea.at.label()}")
    if budget.legislative_history:
        lines.append("")
        lines.append("[legislative history]  unit: USD")
        for step in budget.legislative_history:
            lines.append(f"  {step.period:<9}{step.stage:<18}{step.amount:>18,}  "
                         f"{step.document or '':<18}{step.date or '':<12}{step.at.label()}")
    if budget.warnings:
        lines.append("")
        lines.append(f"warnings ({len(budget.warnings)})")
        lines.extend(f"  {line}" for line in warning_lines(budget.warnings))
    return "\n".join(lines)


def _usd(amount: int | None, width: int = 15, signed: bool = False) -> str:
    if amount is None:
        return f"{'–':>{width}}"
    return f"{amount:>+{width},}" if signed and amount else f"{amount:>{width},}"


def history_table(entries: Sequence[Entry]) -> str:
    """The recorded reports, one row per mission and cycle (`history list`)."""
    if not entries:
        return "no report recorded"
    lines = [f"{'mission':<10}{'cycle':<9}{'mandate':<20}{'budget':<12}{'gross proposed':>16}"
             f"{'ACABQ recommends':>18}{'tasks':>7}{'priority':>9}  findings h/m/l"]
    for e in entries:
        f = e.findings
        lines.append(f"{_clip(e.mission, 9):<10}{e.cycle:<9}{_clip(e.mandate or '–', 19):<20}"
                     f"{_clip(e.budget or '–', 11):<12}{_usd(e.gross_proposed, 16)}"
                     f"{_usd(e.acabq_recommended, 18)}{e.tasks:>7}{e.priority_tasks:>9}  "
                     f"{f.get('high', 0)}/{f.get('medium', 0)}/{f.get('low', 0)}")
    return "\n".join(lines)


def comparison_table(c: Comparison) -> str:
    """Two cycles of one mission side by side (`history compare`), amounts in dollars."""
    b, a = c.before, c.after
    lines = [
        f"{c.mission}: {b.cycle} → {a.cycle}",
        f"  mandate             {b.mandate or '–'} → {a.mandate or '–'}",
        f"  budget              {b.budget or '–'} → {a.budget or '–'}",
        f"  gross proposed      {_usd(b.gross_proposed, 0)} → {_usd(a.gross_proposed, 0)}"
        + (f" ({_usd(a.gross_proposed - b.gross_proposed, 0, signed=True)})"
           if a.gross_proposed is not None and b.gross_proposed is not None else ""),
    ]
    if b.acabq_recommended is not None or a.acabq_recommended is not None:
        lines.append(f"  ACABQ recommends    {_usd(b.acabq_recommended, 0)} → "
                     f"{_usd(a.acabq_recommended, 0)}")
    if c.appropriated is not None:
        lines.append(f"  appropriated for {b.cycle}: {_usd(c.appropriated, 0)}"
                     + (f" ({c.appropriated_by})" if c.appropriated_by else "")
                     + (f", {_usd(c.appropriated - b.gross_proposed, 0, signed=True)} against "
                        "that proposal" if b.gross_proposed is not None else ""))
    lines.append("")
    for title, names in (("tasks added", c.added), ("tasks dropped", c.dropped),
                         ("now a priority", c.made_priority),
                         ("no longer a priority", c.no_longer_priority)):
        lines.append(f"{title + ':':<22}{', '.join(names) or 'none'}")
    for title, changes in (("task resources (proposed)", c.tasks),
                           ("classes of expenditure (proposed)", c.classes),
                           ("programmes (proposed)", c.programmes),
                           ("net change in posts, by office", c.staffing),
                           ("uniformed personnel (proposed)", c.uniformed)):
        if not changes:
            continue
        lines.append("")
        lines.append(f"{title:<46}{b.cycle:>15}{a.cycle:>15}{'change':>15}")
        for ch in changes:
            lines.append(f"  {_clip(ch.name, 44):<44}{_usd(ch.before)}{_usd(ch.after)}"
                         f"{_usd(ch.change, signed=True)}")
    if c.findings:
        lines.append("")
        lines.append(f"{'findings by rule':<46}{b.cycle:>15}{a.cycle:>15}")
        lines.extend(f"  {rule:<44}{before:>15}{after:>15}" for rule, before, after in c.findings)
    if c.ceilings:
        lines.append("")
        lines.append(f"{'authorized ceilings':<46}{b.cycle:>15}{a.cycle:>15}")
        lines.extend(f"  {kind:<44}{_usd(before)}{_usd(after)}"
                     for kind, before, after in c.ceilings)
    if c.notes:
        lines.append("")
        lines.extend(f"note: {n}" for n in c.notes)
    return "\n".join(lines)
