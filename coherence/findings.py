"""The operational implications: a catalogue of rules, each with a threshold and a source.

Each rule reads the parsed resolution, the budget and the links between them and
produces findings. A finding names its rule, a severity, a title and a sentence, and
lists its evidence: the resolution's paragraph refs and the budget's `at` references,
so that a reader can check every claim. Findings are grouped by the eight Action for
Peacekeeping (A4P) commitment areas of the task they concern.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from budgets.model import Budget, Measure, TableKind
from coherence import codebook
from coherence.mapping import (
    HIGH,
    LOW,
    Comparison,
    Mapping,
    Resource,
    attributed,
    compare,
)
from mandates.model import CeilingKind, Resolution, Strength

SEVERITIES = ("high", "medium", "low", "info")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of the catalogue: what it checks, how severe, from what threshold, why."""

    id: str
    title: str
    severity: str
    threshold: str
    source: str

    def to_json(self) -> dict[str, str]:
        """JSON form for the report's annex."""
        return {"id": self.id, "title": self.title, "severity": self.severity,
                "threshold": self.threshold, "source": self.source}


A4P = ("Action for Peacekeeping Declaration of Shared Commitments (2018), para 6: "
       "'greater coherence between mandates and resources'")
CATALOGUE: tuple[Rule, ...] = (
    Rule("unresourced_priority_task", "Priority task without a linked programme, post or "
         "line", "high", "no link from a programme, post or budget line (shared classes of "
         "expenditure alone count as a weak link, severity medium)", A4P),
    Rule("programme_cut", "Programme serving a mandated task cut sharply or to zero",
         "high", "proposed amount at least 50% below the latest earlier figure; to zero is "
         "high, otherwise medium", A4P),
    Rule("class_cut", "Class of expenditure serving mandated tasks cut sharply", "medium",
         "proposed amount at least 25% below the previous apportionment", A4P),
    Rule("ceiling_vs_funded", "Authorized personnel ceiling against personnel funded",
         "medium", "budgeted personnel above the ceiling (high) or more than 5% below it "
         "(medium); actual deployment more than 10% below the ceiling (low)",
         "The resolution's authorized ceiling against the budget's human resources table"),
    Rule("ceiling_change", "Ceiling changed since the previous resolution", "low",
         "any change in an authorized ceiling; compared with the direction of the "
         "personnel budgeted", "The previous and current resolutions (--previous-mandate)"),
    Rule("mandate_change", "Task added, dropped or strengthened against the previous "
         "resolution", "medium", "a task category present in only one of the two "
         "resolutions, or moved to priority or from encouraged to requested; high when "
         "added or strengthened while its linked resources fall",
         "The previous resolution (--previous-mandate); " + A4P),
    Rule("wps_capacity", "Women, peace and security or youth mandated without capacity "
         "budgeted", "high", "a gender (or youth) task requested by the Council and no "
         "programme above zero and no post linked to it in the proposed period",
         "Challenges Forum: keep gender adviser posts 'throughout mandating and budgetary "
         "processes'; resolutions 1325 (2000) and 2250 (2015)"),
    Rule("transition_trend", "Transition or drawdown mandated against the budget trend",
         "medium", "a transition task and gross requirements rising more than 1%, or "
         "falling more than 15%", "Resolution 2594 (2021) on transitions; " + A4P),
    Rule("budget_trend", "Large change in the mission's overall budget", "medium",
         "gross requirements rising or falling by 10% or more against the previous "
         "apportionment (when no transition task already explains it)", A4P),
    Rule("unlinked_cut", "Programme cut to zero, or class cut sharply, with no mandated "
         "task linked", "low", "a programme to zero, or a class of expenditure at least "
         "25% down, that no task of the resolution could be linked to",
         "The budget's own figures; the link table shows why no task was found"),
    Rule("no_tasks_read", "No task of the mission read from the resolution", "medium",
         "the resolution yields no task the mission is asked to do (for example a renewal "
         "that refers back to an earlier resolution)",
         "The mandate parser; the Council's renewal practice"),
    Rule("underspent_priority_line", "Large gap between expenditure and apportionment on "
         "a line serving a priority task", "low", "expenditure at least 25% below the "
         "apportionment of the latest completed period",
         "The budget's own performance figures (expenditure against apportionment)"),
    Rule("data_warning", "The documents could not be read completely", "info",
         "any warning recorded by the parsers", "The parsers' warning records"),
)
RULES = {r.id: r for r in CATALOGUE}


@dataclass(frozen=True, slots=True)
class Finding:
    """One operational implication, with the evidence a reader can check."""

    id: str
    rule: str
    severity: str
    title: str
    detail: str
    area: str
    categories: tuple[str, ...] = ()
    paragraphs: tuple[str, ...] = ()
    at: tuple[str, ...] = ()
    amount: int = 0  # the dollars (or people) at stake, to rank findings
    figures: dict[str, object] = field(default_factory=dict)

    def to_json(self) -> dict[str, object]:
        """The contract's finding object: id, severity, title, evidence (+ detail, area)."""
        return {"id": self.id, "rule": self.rule, "severity": self.severity,
                "title": self.title, "detail": self.detail, "area": self.area,
                "categories": list(self.categories),
                "evidence": {"paragraphs": list(self.paragraphs), "at": list(self.at)},
                "amount": self.amount}


def money(amount: int | None) -> str:
    """Whole dollars as the reader wants them: $1.2 million, $930,000, $0."""
    if amount is None:
        return "n/a"
    sign = "−" if amount < 0 else ""
    a = abs(amount)
    if a >= 1_000_000:
        value = (Decimal(a) / Decimal(1_000_000)).quantize(Decimal("0.1"))
        return f"{sign}${value:,} million"
    return f"{sign}${a:,}"


def pct(value: Decimal | None) -> str:
    """A signed percentage with one decimal, or n/a."""
    if value is None:
        return "n/a"
    return f"{'+' if value > 0 else ('−' if value < 0 else '')}{abs(value)}%"


def _area(categories: Iterable[str]) -> str:
    for c in categories:
        entry = codebook.BY_ID.get(c)
        if entry:
            return str(entry.area)
    return str(codebook.A4PArea.PERFORMANCE)


def _slug(text: str) -> str:
    return "".join(ch if ch.isalnum() else "-" for ch in text.lower()).strip("-")[:40]


@dataclass(frozen=True, slots=True)
class Context:
    """What every rule may read."""

    resolution: Resolution
    budget: Budget
    mapping: Mapping
    previous_resolution: Resolution | None = None
    previous_mapping: Mapping | None = None


def category_resources(mapping: Mapping, category: str, *, min_confidence: str = LOW
                       ) -> tuple[int, int, list[str]]:
    """(current, previous, at refs) attributed to one category over its links."""
    from coherence.mapping import CONFIDENCE_ORDER

    current = previous = 0
    at: list[str] = []
    for link in mapping.links_for([category]):
        if CONFIDENCE_ORDER[link.confidence] < CONFIDENCE_ORDER[min_confidence]:
            continue
        resource = mapping.resource(link.resource)
        cmp = mapping.compare(resource)
        if cmp.current is not None:
            current += attributed(cmp.current.amount, link.share)
            at.append(cmp.current.at)
        if cmp.previous is not None:
            previous += attributed(cmp.previous.amount, link.share)
    return current, previous, at


def _priority_categories(resolution: Resolution) -> dict[str, list[str]]:
    """Main categories of the priority tasks the Council requests, with their refs."""
    out: dict[str, list[str]] = {}
    for task in resolution.tasks:
        if task.priority and task.strength is Strength.REQUESTED:
            out.setdefault(task.category, []).append(task.ref)
    return out


def _unresourced(ctx: Context) -> list[Finding]:
    out = []
    for category, refs in _priority_categories(ctx.resolution).items():
        links = ctx.mapping.links_for([category])
        strong = [ln for ln in links if ln.confidence != LOW]
        if strong:
            continue
        label = codebook.label(category)
        if links:
            classes = sorted({ctx.mapping.resource(ln.resource).item for ln in links})
            severity = "medium"
            detail = (f"The Council makes {label.lower()} a priority (para "
                      f"{', '.join(refs[:4])}), but no programme or post in the budget names "
                      f"it; only shared classes of expenditure ({', '.join(classes[:4])}) "
                      "serve it, in a share the budget does not state.")
            at = [ctx.mapping.compare(ctx.mapping.resource(ln.resource)).current.at
                  for ln in links
                  if ctx.mapping.compare(ctx.mapping.resource(ln.resource)).current]
        else:
            severity = "high"
            detail = (f"The Council makes {label.lower()} a priority (para "
                      f"{', '.join(refs[:4])}), but no programme, post or budget line could "
                      "be linked to it.")
            at = []
        out.append(Finding(f"unresourced_priority_task:{category}",
                           "unresourced_priority_task", severity,
                           f"{label}: priority task with no resource of its own", detail,
                           _area([category]), (category,), tuple(refs), tuple(at[:4])))
    return out


def _served(ctx: Context, resource: Resource) -> list[str]:
    return sorted({ln.category for ln in ctx.mapping.links if ln.resource == resource.key})


def _cuts(ctx: Context) -> list[Finding]:
    out = []
    for resource in ctx.mapping.resources:
        if resource.unit != "USD":
            continue
        categories = _served(ctx, resource)
        if not categories:
            continue
        cmp = ctx.mapping.compare(resource)
        if cmp.current is None or cmp.previous is None or cmp.previous.amount <= 0:
            continue
        change_pct = cmp.change_pct
        is_programme = resource.table in (TableKind.PROGRAMMATIC_ACTIVITIES.value,
                                          TableKind.QUICK_IMPACT_PROJECTS.value)
        to_zero = cmp.current.amount == 0
        if is_programme and (to_zero or (change_pct is not None and change_pct <= -50)):
            rule, severity = "programme_cut", "high" if to_zero else "medium"
        elif not is_programme and change_pct is not None and change_pct <= -25:
            rule, severity = "class_cut", "medium"
        else:
            continue
        refs = _refs_of(ctx, categories)
        labels = ", ".join(codebook.label(c).lower() for c in categories[:4])
        what = "to zero" if to_zero else f"by {abs(change_pct or 0)}%"
        detail = (f"{resource.item} falls from {money(cmp.previous.amount)} "
                  f"({cmp.previous.measure.replace('_', ' ')} {cmp.previous.period}) to "
                  f"{money(cmp.current.amount)} ({cmp.current.measure.replace('_', ' ')} "
                  f"{cmp.current.period}), {pct(change_pct)}. It serves {labels}, mandated in "
                  f"para {', '.join(refs[:5])}.")
        out.append(Finding(f"{rule}:{_slug(resource.item)}", rule, severity,
                           f"{resource.item} cut {what.strip()}", detail, _area(categories),
                           tuple(categories), tuple(refs),
                           (cmp.previous.at, cmp.current.at),
                           amount=-(cmp.change or 0)))
    return out


def _refs_of(ctx: Context, categories: Iterable[str]) -> list[str]:
    wanted = set(categories)
    refs: list[str] = []
    for task in ctx.resolution.tasks:
        if wanted & set(task.categories) and task.ref not in refs:
            refs.append(task.ref)
    return refs


# Which human-resources groups count against which ceiling.
_CEILING_GROUPS: dict[CeilingKind, tuple[str, ...]] = {
    CeilingKind.MILITARY: ("military contingents", "military personnel", "military"),
    CeilingKind.MILITARY_OBSERVERS: ("military observers", "staff officers"),
    CeilingKind.POLICE: ("united nations police", "individual police", "police"),
    CeilingKind.INDIVIDUAL_POLICE: ("united nations police", "individual police"),
    CeilingKind.FORMED_POLICE_UNITS: ("formed police units", "formed police"),
    CeilingKind.CORRECTIONS: ("corrections",),
    CeilingKind.CIVILIAN: ("civilian staff",),
}


@dataclass(frozen=True, slots=True)
class PersonnelRow:
    """One ceiling of the resolution against the personnel the budget funds."""

    kind: str
    ceiling: int | None
    ref: str | None
    previous_ceiling: int | None
    group: str | None
    funded: int | None
    funded_at: str | None
    actual: int | None
    actual_at: str | None
    previous_funded: int | None

    def to_json(self) -> dict[str, object]:
        """JSON form for the report's personnel table."""
        return {"kind": self.kind, "ceiling": self.ceiling, "ref": self.ref,
                "previous_ceiling": self.previous_ceiling, "group": self.group,
                "funded": self.funded, "funded_at": self.funded_at, "actual": self.actual,
                "actual_at": self.actual_at, "previous_funded": self.previous_funded}


def personnel_rows(resolution: Resolution, mapping: Mapping,
                   previous_resolution: Resolution | None = None) -> list[PersonnelRow]:
    """Each ceiling with the matching human-resources total: proposed, actual, previous."""
    from coherence.mapping import _norm

    hr = [r for r in mapping.resources if r.table == TableKind.HUMAN_RESOURCES.value]
    kinds_present = {c.kind for c in resolution.ceilings}
    rows = []
    covered: set[str] = set()
    for ceiling in resolution.ceilings:
        names = _CEILING_GROUPS.get(ceiling.kind, ())
        if ceiling.kind is CeilingKind.MILITARY and CeilingKind.MILITARY_OBSERVERS \
                not in kinds_present:
            names = (*names, "military observers")
        if ceiling.kind is CeilingKind.POLICE and CeilingKind.FORMED_POLICE_UNITS \
                not in kinds_present:
            names = (*names, "formed police units")
        matches = [r for r in hr if _norm(r.group) in names
                   and _norm(r.item) in ("total", _norm(r.group))]
        if ceiling.kind in (CeilingKind.MILITARY, CeilingKind.POLICE):
            # "police" and "military" also match narrower groups: keep the exact ones
            exact = [r for r in matches if _norm(r.group) in names[:2]]
            matches = exact or matches
        groups = sorted({r.group for r in matches})
        funded = actual = prev_funded = None
        funded_at = actual_at = None
        if matches:
            cmps = [compare(r, mapping.current_period) for r in matches]
            if all(c.current for c in cmps):
                funded = sum(c.current.amount for c in cmps if c.current)
                funded_at = ", ".join(c.current.at for c in cmps if c.current)
            if all(c.previous for c in cmps):
                prev_funded = sum(c.previous.amount for c in cmps if c.previous)
            actuals = [_latest(r, Measure.EXPENDITURE.value) for r in matches]
            if all(actuals):
                actual = sum(a.amount for a in actuals if a)
                actual_at = ", ".join(a.at for a in actuals if a)
        previous_ceiling = None
        if previous_resolution is not None:
            previous_ceiling = next((c.count for c in previous_resolution.ceilings
                                     if c.kind is ceiling.kind), None)
        rows.append(PersonnelRow(str(ceiling.kind), ceiling.count, ceiling.ref,
                                 previous_ceiling, " + ".join(groups) or None, funded,
                                 funded_at, actual, actual_at, prev_funded))
        covered.update(groups)
    for resource in hr:
        if resource.group in covered or _norm(resource.item) != "total" or \
                _norm(resource.group).startswith("total"):
            continue
        covered.add(resource.group)
        cmp = compare(resource, mapping.current_period)
        spent = _latest(resource, Measure.EXPENDITURE.value)
        rows.append(PersonnelRow(resource.group, None, None, None, resource.group,
                                 cmp.current.amount if cmp.current else None,
                                 cmp.current.at if cmp.current else None,
                                 spent.amount if spent else None,
                                 spent.at if spent else None,
                                 cmp.previous.amount if cmp.previous else None))
    return rows


def _latest(resource: Resource, measure: str):  # type: ignore[no-untyped-def]
    found = [f for f in resource.figures if f.measure == measure]
    return max(found, key=lambda f: f.period) if found else None


_KIND_LABEL = {"military": "military personnel", "military_observers":
               "military observers and staff officers", "police": "police personnel",
               "individual_police": "individual police officers", "formed_police_units":
               "formed police unit personnel", "corrections": "corrections officers",
               "civilian": "civilian staff"}


def _ceilings(ctx: Context) -> list[Finding]:
    out = []
    area = str(codebook.A4PArea.PERFORMANCE)
    for row in personnel_rows(ctx.resolution, ctx.mapping, ctx.previous_resolution):
        if row.ceiling is None or row.ref is None:
            continue
        label = _KIND_LABEL.get(row.kind, row.kind)
        at = tuple(a for a in (row.funded_at, row.actual_at) if a)
        if row.funded is not None:
            gap = row.funded - row.ceiling
            if gap > 0:
                out.append(Finding(f"ceiling_vs_funded:{row.kind}", "ceiling_vs_funded",
                                   "high", f"Budget funds more {label} than authorized",
                                   f"The budget provides for {row.funded:,} {label} against "
                                   f"a ceiling of {row.ceiling:,} (para {row.ref}).", area,
                                   (), (row.ref,), at, amount=gap))
            elif row.ceiling and -gap * 100 > 5 * row.ceiling:
                out.append(Finding(f"ceiling_vs_funded:{row.kind}", "ceiling_vs_funded",
                                   "medium", f"Budget funds fewer {label} than authorized",
                                   f"The budget provides for {row.funded:,} {label}, "
                                   f"{-gap:,} below the ceiling of {row.ceiling:,} "
                                   f"(para {row.ref}).", area, (), (row.ref,), at,
                                   amount=-gap))
        if row.actual is not None and row.ceiling and \
                (row.ceiling - row.actual) * 100 > 10 * row.ceiling:
            share = (Decimal(row.actual) * 100 / Decimal(row.ceiling)).quantize(Decimal("1"))
            out.append(Finding(f"ceiling_vs_funded:{row.kind}:actual", "ceiling_vs_funded",
                               "low", f"Deployed {label} well below the ceiling",
                               f"{row.actual:,} {label} were actually deployed on average in "
                               f"the last completed period, {share}% of the ceiling of "
                               f"{row.ceiling:,} (para {row.ref}); the budget still funds "
                               f"{row.funded if row.funded is not None else 'n/a':,}."
                               if row.funded is not None else
                               f"{row.actual:,} {label} were actually deployed, {share}% of "
                               f"the ceiling of {row.ceiling:,} (para {row.ref}).",
                               area, (), (row.ref,), (row.actual_at or "",),
                               amount=row.ceiling - row.actual))
        if row.previous_ceiling is not None and row.previous_ceiling != row.ceiling:
            direction = ("unchanged" if row.funded == row.previous_funded or
                         row.funded is None or row.previous_funded is None else
                         ("down" if row.funded < row.previous_funded else "up"))
            funded_text = (f"the personnel budgeted go from {row.previous_funded:,} to "
                           f"{row.funded:,} ({direction})"
                           if row.funded is not None and row.previous_funded is not None
                           else "the budget gives no comparable personnel figure")
            severity = "medium" if row.funded is not None and row.funded > row.ceiling \
                else "low"
            out.append(Finding(f"ceiling_change:{row.kind}", "ceiling_change", severity,
                               f"Ceiling for {label} {'lowered' if row.ceiling < row.previous_ceiling else 'raised'}",  # noqa: E501
                               f"The Council moves the ceiling for {label} from "
                               f"{row.previous_ceiling:,} to {row.ceiling:,} (para "
                               f"{row.ref}); {funded_text}.", area, (), (row.ref,), at,
                               amount=abs(row.ceiling - row.previous_ceiling)))
    return out


def _mandate_changes(ctx: Context) -> list[Finding]:
    if ctx.previous_resolution is None:
        return []
    now = _strongest(ctx.resolution)
    before = _strongest(ctx.previous_resolution)
    out = []
    for category in sorted(set(now) | set(before)):
        label = codebook.label(category)
        if category in now and category not in before:
            kind = "added"
        elif category in before and category not in now:
            kind = "dropped"
        elif now[category][0] > before[category][0]:
            kind = "strengthened"
        else:
            continue
        mapping = ctx.mapping
        current, previous, at = category_resources(mapping, category)
        if current > previous:
            direction = f"its linked resources rise from {money(previous)} to {money(current)}"
        elif current < previous:
            direction = f"its linked resources fall from {money(previous)} to {money(current)}"
        elif current:
            direction = f"its linked resources stay at {money(current)}"
        else:
            direction = "no resource is linked to it"
        refs = now.get(category, before.get(category, (0, [])))[1]
        if kind == "dropped":
            severity = "low"
            detail = (f"{label} was mandated in the previous resolution "
                      f"({ctx.previous_resolution.symbol}, para {', '.join(refs[:4])}) and "
                      f"is no longer; {direction}.")
            paragraphs: tuple[str, ...] = ()
        else:
            falling = current < previous
            severity = "high" if falling else ("medium" if not current else "low")
            detail = (f"{label} is {kind} against {ctx.previous_resolution.symbol} "
                      f"(para {', '.join(refs[:4])}); {direction}.")
            paragraphs = tuple(refs[:6])
        out.append(Finding(f"mandate_change:{kind}:{category}", "mandate_change", severity,
                           f"{label}: task {kind}", detail, _area([category]), (category,),
                           paragraphs, tuple(at[:4]), amount=abs(current - previous)))
    return out


def _strongest(resolution: Resolution) -> dict[str, tuple[int, list[str]]]:
    """Per category: its strongest tasking (2 priority, 1 requested, 0 encouraged), refs."""
    out: dict[str, tuple[int, list[str]]] = {}
    for task in resolution.tasks:
        level = 2 if task.priority and task.strength is Strength.REQUESTED else (
            1 if task.strength is Strength.REQUESTED else 0)
        for category in task.categories:
            old_level, refs = out.get(category, (-1, []))
            out[category] = (max(level, old_level), [*refs, task.ref])
    return out


def _wps(ctx: Context) -> list[Finding]:
    out = []
    for category, label, severity in (("gender", "women, peace and security", "high"),
                                      ("youth", "youth, peace and security", "medium")):
        refs = [t.ref for t in ctx.resolution.tasks
                if category in t.categories and t.strength is Strength.REQUESTED]
        if not refs:
            continue
        funded = []
        cut = []
        for link in ctx.mapping.links_for([category]):
            if link.basis not in ("programme", "staffing", "override", "accomplishment"):
                continue
            resource = ctx.mapping.resource(link.resource)
            cmp = ctx.mapping.compare(resource)
            if cmp.current is not None and cmp.current.amount > 0:
                funded.append(resource)
            elif cmp.current is not None:
                cut.append((resource, cmp))
        if funded:
            continue
        at = tuple(c.current.at for _, c in cut if c.current) + \
            tuple(c.previous.at for _, c in cut if c.previous)
        was = "; ".join(f"{r.item} had {money(c.previous.amount)} in {c.previous.period}"
                        for r, c in cut if c.previous)
        detail = (f"The Council asks the mission to work on {label} (para "
                  f"{', '.join(refs[:5])}), but the proposed budget has no programme above "
                  f"zero and no post identifiable as {label} capacity"
                  + (f" ({was})" if was else "") + ".")
        out.append(Finding(f"wps_capacity:{category}", "wps_capacity", severity,
                           f"{label.capitalize()} mandated without capacity budgeted",
                           detail, str(codebook.A4PArea.WPS), (category,), tuple(refs[:6]),
                           at, amount=sum(c.previous.amount for _, c in cut if c.previous)))
    return out


def _gross(ctx: Context) -> Comparison | None:
    lines = [ln for ln in ctx.budget.lines if ln.table is TableKind.FINANCIAL_RESOURCES
             and ln.item.lower().startswith("gross requirements")]
    if not lines:
        return None
    from coherence.mapping import Figure, Resource

    figs = tuple(Figure(str(ln.measure), ln.period, ln.amount, ln.at.label()) for ln in lines)
    return compare(Resource("gross", "financial_resources", "", "Gross requirements", "USD",
                            figs), ctx.mapping.current_period)


def _transition(ctx: Context) -> list[Finding]:
    refs = [t.ref for t in ctx.resolution.tasks if "transition" in t.categories]
    if not refs:
        return []
    gross = _gross(ctx)
    if gross is None or gross.change_pct is None or gross.current is None \
            or gross.previous is None:
        return []
    change = gross.change_pct
    if change > 1:
        title = "Budget grows while the mandate asks for transition or drawdown"
        tail = "the Council may wish to ask how the increase serves the withdrawal."
    elif change < -15:
        title = "Steep budget fall during a transition"
        tail = "check that handover and protection capacities survive the cut."
    else:
        return []
    detail = (f"The resolution asks for transition or drawdown (para {', '.join(refs[:4])}); "
              f"gross requirements go from {money(gross.previous.amount)} "
              f"({gross.previous.period}) to {money(gross.current.amount)} "
              f"({gross.current.period}), {pct(change)}: {tail}")
    return [Finding("transition_trend", "transition_trend", "medium", title, detail,
                    str(codebook.A4PArea.PEACEBUILDING), ("transition",), tuple(refs[:6]),
                    (gross.previous.at, gross.current.at), amount=abs(gross.change or 0))]


def _budget_trend(ctx: Context) -> list[Finding]:
    gross = _gross(ctx)
    if gross is None or gross.change_pct is None or gross.current is None \
            or gross.previous is None or abs(gross.change_pct) < 10:
        return []
    if any("transition" in t.categories for t in ctx.resolution.tasks) and \
            (gross.change_pct > 1 or gross.change_pct < -15):
        return []  # the transition rule reports it
    falls = gross.change_pct < 0
    detail = (f"Gross requirements go from {money(gross.previous.amount)} "
              f"({gross.previous.period}) to {money(gross.current.amount)} "
              f"({gross.current.period}), {pct(gross.change_pct)}. "
              + ("A fall of this size changes what the mission can do; the findings on the "
                 "classes and programmes show where it lands."
                 if falls else "The findings on classes and programmes show where it goes."))
    return [Finding("budget_trend", "budget_trend", "medium",
                    f"Overall budget {'falls' if falls else 'rises'} by "
                    f"{abs(gross.change_pct)}%", detail, str(codebook.A4PArea.PERFORMANCE),
                    (), (), (gross.previous.at, gross.current.at),
                    amount=abs(gross.change or 0))]


def _unlinked_cuts(ctx: Context) -> list[Finding]:
    out = []
    for resource in ctx.mapping.resources:
        if resource.unit != "USD" or _served(ctx, resource) or \
                resource.table == TableKind.HUMAN_RESOURCES.value:
            continue
        if resource.key in ctx.mapping.unlinked or resource.table != \
                TableKind.FINANCIAL_RESOURCES.value:
            cmp = ctx.mapping.compare(resource)
            if cmp.current is None or cmp.previous is None or cmp.previous.amount <= 0:
                continue
            is_programme = resource.table != TableKind.FINANCIAL_RESOURCES.value
            to_zero = cmp.current.amount == 0
            change = cmp.change_pct
            if not ((is_programme and to_zero) or
                    (not is_programme and change is not None and change <= -25)):
                continue
            detail = (f"{resource.item} falls from {money(cmp.previous.amount)} "
                      f"({cmp.previous.period}) to {money(cmp.current.amount)} "
                      f"({cmp.current.period}), {pct(change)}; no task of the resolution "
                      "could be linked to it.")
            out.append(Finding(f"unlinked_cut:{_slug(resource.item)}", "unlinked_cut", "low",
                               f"{resource.item} cut {'to zero' if to_zero else f'by {abs(change or 0)}%'}",  # noqa: E501
                               detail, str(codebook.A4PArea.PERFORMANCE), (), (),
                               (cmp.previous.at, cmp.current.at),
                               amount=-(cmp.change or 0)))
    return out


def _no_tasks(ctx: Context) -> list[Finding]:
    mission_tasks = [t for t in ctx.resolution.tasks]
    if mission_tasks:
        return []
    return [Finding("no_tasks_read", "no_tasks_read", "medium",
                    "No task of the mission could be read from the resolution",
                    f"{ctx.resolution.symbol or 'The resolution'} yields no task the mission "
                    "is asked to do; it may renew the mandate by reference to earlier "
                    "resolutions. Resources cannot be linked to tasks, so this report shows "
                    "the budget's own changes only.", str(codebook.A4PArea.POLITICS))]


def _underspent(ctx: Context) -> list[Finding]:
    priority = set(_priority_categories(ctx.resolution))
    out = []
    for resource in ctx.mapping.resources:
        if resource.unit != "USD":
            continue
        categories = [c for c in _served(ctx, resource) if c in priority]
        if not categories:
            continue
        spent = _latest(resource, Measure.EXPENDITURE.value)
        if spent is None:
            continue
        approved = resource.figure(Measure.APPORTIONMENT.value, spent.period)
        if approved is None or approved.amount <= 0:
            continue
        gap = approved.amount - spent.amount
        if gap * 100 < 25 * approved.amount:
            continue
        share = (Decimal(gap) * 100 / Decimal(approved.amount)).quantize(Decimal("1"))
        detail = (f"In {spent.period} the mission spent {money(spent.amount)} of the "
                  f"{money(approved.amount)} apportioned for {resource.item} ({share}% "
                  f"unspent); the line serves priority tasks "
                  f"({', '.join(codebook.label(c).lower() for c in categories[:3])}).")
        out.append(Finding(f"underspent_priority_line:{_slug(resource.item)}",
                           "underspent_priority_line", "low",
                           f"{resource.item}: {share}% of the apportionment unspent", detail,
                           _area(categories), tuple(categories),
                           tuple(_refs_of(ctx, categories)[:5]), (approved.at, spent.at),
                           amount=gap))
    return out


def _warnings(ctx: Context) -> list[Finding]:
    out = []
    for source, warnings in (("budget", ctx.budget.warnings),
                             ("resolution", ctx.resolution.warnings)):
        for i, w in enumerate(warnings):
            out.append(Finding(f"data_warning:{source}:{i + 1}", "data_warning", "info",
                               f"Reading the {source}: {w.code.replace('_', ' ')}",
                               w.message, str(codebook.A4PArea.PERFORMANCE), (), (),
                               (w.at.label(),) if w.at else ()))
    return out


RULE_FUNCTIONS: tuple[Callable[[Context], list[Finding]], ...] = (
    _no_tasks, _unresourced, _cuts, _unlinked_cuts, _ceilings, _mandate_changes, _wps,
    _transition, _budget_trend, _underspent, _warnings)


def find(ctx: Context) -> list[Finding]:
    """Every finding of every rule, most severe and largest first (a stable order)."""
    found: list[Finding] = []
    for rule in RULE_FUNCTIONS:
        found.extend(rule(ctx))
    return sorted(found, key=lambda f: (SEVERITY_RANK[f.severity], -f.amount, f.id))


__all__ = ["CATALOGUE", "HIGH", "RULES", "Context", "Finding", "PersonnelRow", "Rule",
           "category_resources", "find", "money", "pct", "personnel_rows"]
