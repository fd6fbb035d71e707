"""The report object: everything the PDF, the HTML, the JSON and the workbook show.

`build_report` links, finds and summarizes; `CoherenceReport.to_json` is the
`coherence.report/1` document, and the templates render that same document, so the PDF
and the JSON cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from budgets.model import Budget, LineRole, Measure, TableKind
from coherence import charts, codebook
from coherence.findings import (
    CATALOGUE,
    SEVERITY_RANK,
    Context,
    Finding,
    category_resources,
    find,
    money,
    pct,
    personnel_rows,
)
from coherence.mapping import (
    BASIS_LABELS,
    Mapping,
    Overrides,
    attributed,
    build_mapping,
    compare,
)
from mandates.model import Resolution, Strength

SCHEMA = "coherence.report/1"
_MEASURE_ORDER = {m.value: i for i, m in enumerate(
    (Measure.APPORTIONMENT, Measure.EXPENDITURE, Measure.APPROVED, Measure.RECOMMENDED,
     Measure.COST_ESTIMATES))}
_MEASURE_LABEL = {"apportionment": "Apportionment", "expenditure": "Expenditure",
                  "approved": "Approved", "recommended": "Recommended (ACABQ)",
                  "cost_estimates": "Proposed"}


@dataclass(frozen=True, slots=True)
class CoherenceReport:
    """One mission's coherence report as data (JSON-ready values only)."""

    document: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The `coherence.report/1` document."""
        return self.document

    @property
    def findings(self) -> list[dict[str, Any]]:
        """The findings, most severe first."""
        return list(self.document["findings"])


def _percent_text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _change_pct(current: int, previous: int) -> Decimal | None:
    if previous == 0:
        return None
    return (Decimal(current - previous) * 100 / Decimal(previous)).quantize(Decimal("0.1"))


def _doc(resolution: Resolution | None) -> dict[str, Any] | None:
    if resolution is None:
        return None
    return {"symbol": resolution.symbol, "adopted": _iso(resolution.adopted),
            "mandate_expires": _iso(resolution.mandate_expires),
            "missions": list(resolution.missions), "source": resolution.source.to_json(),
            "tasks": len(resolution.tasks), "paragraphs": len(resolution.paragraphs)}


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _budget_doc(budget: Budget | None, mapping: Mapping | None) -> dict[str, Any] | None:
    if budget is None:
        return None
    return {"document": budget.document, "mission": budget.mission,
            "budget_period": mapping.current_period if mapping else budget.budget_period,
            "source": budget.source.to_json(), "lines": len(budget.lines),
            "warnings": [w.to_json() for w in budget.warnings]}


def _columns(budget: Budget, table: TableKind) -> list[tuple[str, str]]:
    cols = {(ln.measure.value, ln.period) for ln in budget.lines if ln.table is table}
    return sorted(cols, key=lambda c: (c[1], _MEASURE_ORDER.get(c[0], 9)))


def _col_label(col: tuple[str, str]) -> str:
    return f"{_MEASURE_LABEL.get(col[0], col[0])} {col[1]}"


def _by_class(budget: Budget, mapping: Mapping) -> dict[str, Any]:
    cols = _columns(budget, TableKind.FINANCIAL_RESOURCES)
    rows: list[dict[str, Any]] = []
    index: dict[tuple[str, str, str], dict[str, Any]] = {}
    for ln in budget.lines:
        if ln.table is not TableKind.FINANCIAL_RESOURCES:
            continue
        key = (ln.group, ln.item, ln.role.value)
        if key not in index or (ln.role is LineRole.ITEM and key in index and \
                (ln.measure.value, ln.period) in index[key]["values"]):
            row = {"group": ln.group, "item": ln.item, "role": ln.role.value,
                   "values": {}, "at": {}}
            index[key] = row
            rows.append(row)
        row = index[key]
        label = f"{ln.measure.value} {ln.period}"
        row["values"][label] = ln.amount
        row["at"][label] = ln.at.label()
    cur = mapping.current_period
    prev_cols = [c for c in cols if c[0] == "apportionment" and (cur is None or c[1] < cur)]
    cur_cols = [c for c in cols if c[1] == cur and c[0] != "expenditure"]
    base = f"{prev_cols[-1][0]} {prev_cols[-1][1]}" if prev_cols else None
    now = f"{cur_cols[-1][0]} {cur_cols[-1][1]}" if cur_cols else None
    for row in rows:
        if base and now and base in row["values"] and now in row["values"]:
            change = row["values"][now] - row["values"][base]
            row["variance"] = change
            row["variance_pct"] = _percent_text(_change_pct(row["values"][now],
                                                            row["values"][base]))
        else:
            row["variance"] = None
            row["variance_pct"] = None
        served = sorted({ln.category for ln in mapping.links
                         if ln.resource == f"financial_resources/{row['item']}"})
        row["tasks"] = [codebook.label(c) for c in served]
    return {"columns": [{"key": f"{m} {p}", "label": _col_label((m, p))} for m, p in cols],
            "variance_of": [base, now], "rows": rows}


def _programmes(budget: Budget, mapping: Mapping) -> dict[str, Any]:
    cols = _columns(budget, TableKind.PROGRAMMATIC_ACTIVITIES)
    rows = []
    for resource in mapping.resources:
        if resource.table not in (TableKind.PROGRAMMATIC_ACTIVITIES.value,
                                  TableKind.QUICK_IMPACT_PROJECTS.value) or \
                resource.unit != "USD":
            continue
        cmp = mapping.compare(resource)
        served = sorted({ln.category for ln in mapping.links if ln.resource == resource.key})
        rows.append({
            "item": resource.item, "table": resource.table,
            "values": {f"{f.measure} {f.period}": f.amount for f in resource.figures},
            "at": {f"{f.measure} {f.period}": f.at for f in resource.figures},
            "accomplishments": list(resource.accomplishments),
            "previous": cmp.previous.amount if cmp.previous else None,
            "previous_label": _col_label((cmp.previous.measure, cmp.previous.period))
            if cmp.previous else None,
            "current": cmp.current.amount if cmp.current else None,
            "change": cmp.change, "change_pct": _percent_text(cmp.change_pct),
            "tasks": [codebook.label(c) for c in served]})
    return {"columns": [{"key": f"{m} {p}", "label": _col_label((m, p))} for m, p in cols],
            "rows": rows}


def _task_rows(resolution: Resolution, mapping: Mapping) -> list[dict[str, Any]]:
    def rank(t: Any) -> tuple[int, int]:
        level = 0 if t.priority and t.strength is Strength.REQUESTED else (
            1 if t.strength is Strength.REQUESTED else 2)
        return (level, 0)

    ordered = sorted(enumerate(resolution.tasks), key=lambda it: (rank(it[1]), it[0]))
    out = []
    for _, task in ordered:
        links = []
        for link in mapping.links_for(task.categories):
            resource = mapping.resource(link.resource)
            cmp = mapping.compare(resource)
            links.append({
                "category": link.category, "resource": resource.item,
                "table": resource.table, "basis": link.basis,
                "confidence": link.confidence, "share": str(link.share),
                "reason": link.reason, "evidence": list(link.evidence),
                "current": attributed(cmp.current.amount, link.share) if cmp.current else None,
                "previous": attributed(cmp.previous.amount, link.share)
                if cmp.previous else None})
        out.append({**task.to_json(), "label": codebook.label(task.category),
                    "area": str(codebook.task(task.category).area)
                    if task.category in codebook.BY_ID else None,
                    "links": links})
    return out


def _category_rows(resolution: Resolution, mapping: Mapping) -> list[dict[str, Any]]:
    """One row per main task category: its paragraphs, resources and their change."""
    seen: dict[str, dict[str, Any]] = {}
    order: list[str] = []
    for task in resolution.tasks:
        row = seen.get(task.category)
        level = 0 if task.priority and task.strength is Strength.REQUESTED else (
            1 if task.strength is Strength.REQUESTED else 2)
        if row is None:
            row = {"category": task.category, "label": codebook.label(task.category),
                   "refs": [], "level": level}
            seen[task.category] = row
            order.append(task.category)
        row["refs"].append(task.ref)
        row["level"] = min(row["level"], level)
    rows = []
    for category in order:
        row = seen[category]
        direct_now, direct_before, _ = category_resources(mapping, category,
                                                          min_confidence="medium")
        all_now, all_before, _ = category_resources(mapping, category)
        links = mapping.links_for([category])
        row.update({
            "priority": row["level"] == 0,
            "strength": ("priority" if row["level"] == 0 else
                         "requested" if row["level"] == 1 else "encouraged"),
            "direct": [mapping.resource(ln.resource).item for ln in links
                       if ln.confidence != "low"],
            "shared": [mapping.resource(ln.resource).item for ln in links
                       if ln.confidence == "low"],
            "direct_current": direct_now, "direct_previous": direct_before,
            "direct_change_pct": _percent_text(_change_pct(direct_now, direct_before)),
            "all_current": all_now, "all_previous": all_before,
            "all_change_pct": _percent_text(_change_pct(all_now, all_before)),
        })
        rows.append(row)
    rows.sort(key=lambda r: (r["level"], order.index(r["category"])))
    return rows


def _budget_sentence(mission: str, by_class: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    gross = next((r for r in by_class["rows"] if r["item"].lower().startswith("gross")), None)
    base, now = by_class["variance_of"]
    if gross is None or not base or not now or base not in gross["values"] \
            or now not in gross["values"]:
        return (f"The budget's overall table could not be compared across periods for "
                f"{mission}.", {})
    cur, prev = gross["values"][now], gross["values"][base]
    change = cur - prev
    direction = "more" if change > 0 else "less"
    sentence = (f"{mission}'s proposed budget for {now.split()[-1]} is {money(cur)}, "
                f"{money(abs(change))} ({pct(_change_pct(cur, prev))}) {direction} than the "
                f"{money(prev)} apportioned for {base.split()[-1]}.")
    if change == 0:
        sentence = (f"{mission}'s proposed budget for {now.split()[-1]} is {money(cur)}, "
                    f"the same as the apportionment for {base.split()[-1]}.")
    return sentence, {"current": cur, "previous": prev, "change": change,
                      "change_pct": _percent_text(_change_pct(cur, prev)),
                      "current_label": now, "previous_label": base}


def _implications(findings: list[Finding], limit: int = 5) -> list[Finding]:
    """The findings that matter most: most severe first, at most two per rule."""
    chosen: list[Finding] = []
    per_rule: dict[str, int] = {}
    for f in findings:
        if f.severity == "info":
            continue
        if per_rule.get(f.rule, 0) >= 2:
            continue
        chosen.append(f)
        per_rule[f.rule] = per_rule.get(f.rule, 0) + 1
        if len(chosen) == limit:
            break
    return chosen


def _charts(by_class: dict[str, Any], programmes: dict[str, Any],
            categories: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    subtotals = [r for r in by_class["rows"] if r["role"] == "subtotal"]
    cols = [c for c in by_class["columns"]]
    if subtotals and cols:
        groups = [r["group"] for r in subtotals]
        values = [[r["values"].get(c["key"], 0) for c in cols] for r in subtotals]
        out["budget_by_class"] = {
            "title": "Budget by class of expenditure across periods ($ million)",
            "groups": groups, "series": [c["label"] for c in cols], "values": values,
            "svg": charts.grouped_bars("Budget by class of expenditure across periods",
                                       groups, [c["label"] for c in cols], values)}
    rows = [r for r in programmes["rows"] if r["previous"] is not None
            and r["current"] is not None and r["table"] == "programmatic_activities"]
    if rows:
        labels = [r["item"] for r in rows]
        before = [r["previous"] for r in rows]
        after = [r["current"] for r in rows]
        prev_label = rows[0]["previous_label"] or "earlier"
        out["programmes"] = {
            "title": "Programmatic activities: earlier figure against the proposal",
            "labels": labels, "previous": before, "current": after,
            "svg": charts.paired_bars("Programmatic activities: earlier against proposed",
                                      labels, before, after,
                                      (prev_label, "Proposed"))}
    linked = [r for r in categories if r["all_previous"] or r["all_current"]]
    if linked:
        labels = [("★ " if r["priority"] else "") + r["label"] for r in linked]
        changes = [Decimal(r["all_change_pct"]) if r["all_change_pct"] is not None else None
                   for r in linked]
        out["task_change"] = {
            "title": "Change in the resources linked to each task (%)",
            "labels": labels, "changes": [str(c) if c is not None else None for c in changes],
            "svg": charts.diverging_bars("Change in resources linked to each task",
                                         labels, changes)}
    return out


METHOD = (
    "Tasks are read from the resolution's operative paragraphs and coded with the "
    "project's task codebook (ids and PEMA keys). Budget figures are read from the "
    "budget's tables as exact whole dollars. Each task is linked to the budget's "
    "resources using the documents' own evidence, strongest first: programmatic "
    "activities named in the budget (high confidence), expected accomplishments of the "
    "results-based budget (medium), posts by component or section (medium), and classes "
    "of expenditure that serve several tasks (low). Each finding comes from a rule of the "
    "catalogue below, with its threshold and source.")

ASSUMPTIONS = (
    "A resource that serves several mandated tasks is split among them in equal shares; "
    "the budget never says how it divides, so the shares are an assumption, not a fact.",
    "Changes compare the proposed figure for the budget period with the latest earlier "
    "figure the same table prints: the previous apportionment for the overall table; for "
    "programmatic activities, which print no figure for the current year, the "
    "apportionment two years back.",
    "Mission support and management classes (travel, communications, supplies, "
    "consultants) are not attributed to any task; they are listed as unlinked.",
    "Personnel funded are the proposed numbers of the budget's human resources table; "
    "actual deployment is its 'actual' column for the last completed period.",
)


def build_report(resolution: Resolution, budget: Budget, *,
                 previous_resolution: Resolution | None = None,
                 previous_budget: Budget | None = None,
                 overrides: Overrides | None = None) -> CoherenceReport:
    """Link the resolution's tasks to the budget, run the findings and assemble the report."""
    mapping = build_mapping(resolution, budget, overrides)
    previous_mapping = (build_mapping(previous_resolution or resolution, previous_budget)
                        if previous_budget is not None else None)
    ctx = Context(resolution, budget, mapping, previous_resolution, previous_mapping)
    findings = find(ctx)
    mission = (resolution.missions[0] if resolution.missions else None) or budget.mission \
        or "The mission"
    by_class = _by_class(budget, mapping)
    programmes = _programmes(budget, mapping)
    categories = _category_rows(resolution, mapping)
    sentence, gross = _budget_sentence(mission, by_class)
    implications = _implications(findings)
    personnel = [r.to_json() for r in personnel_rows(resolution, mapping,
                                                     previous_resolution)]
    areas: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        areas.setdefault(f.area, []).append(f.to_json())
    area_order = [str(a) for a in codebook.A4PArea]
    grouped = [{"area": a, "findings": areas[a]} for a in area_order if a in areas]
    links = []
    for link in mapping.links:
        resource = mapping.resource(link.resource)
        cmp = compare(resource, mapping.current_period)
        links.append({**link.to_json(), "label": codebook.label(link.category),
                      "item": resource.item, "table": resource.table,
                      "basis_label": BASIS_LABELS.get(link.basis, link.basis),
                      "current": attributed(cmp.current.amount, link.share)
                      if cmp.current else None,
                      "previous": attributed(cmp.previous.amount, link.share)
                      if cmp.previous else None})
    links.sort(key=lambda ln: (ln["category"], ln["item"]))
    document: dict[str, Any] = {
        "schema": SCHEMA,
        "mission": mission,
        "documents": {
            "resolution": _doc(resolution),
            "budget": _budget_doc(budget, mapping),
            "previous_resolution": _doc(previous_resolution),
            "previous_budget": _budget_doc(previous_budget, previous_mapping),
        },
        "budget_change": {"sentence": sentence, **gross},
        "implications": [f.to_json() for f in implications],
        "tasks": _task_rows(resolution, mapping),
        "task_categories": categories,
        "resources_by_class": by_class,
        "programmes": programmes,
        "personnel": personnel,
        "findings": [f.to_json() for f in findings],
        "findings_by_area": grouped,
        "severity_counts": {s: sum(1 for f in findings if f.severity == s)
                            for s in sorted({f.severity for f in findings},
                                            key=lambda s: SEVERITY_RANK[s])},
        "charts": _charts(by_class, programmes, categories),
        "links": links,
        "unlinked": [mapping.resource(k).item for k in mapping.unlinked],
        "overrides": {
            "used": bool(overrides),
            "file": overrides.path if overrides else None,
            "applied": [{"category": o.category, "resource": o.resource,
                         "action": o.action, "at": o.at} for o in mapping.overrides_used],
            "unmatched": [{"category": o.category, "resource": o.resource,
                           "action": o.action, "at": o.at}
                          for o in mapping.overrides_unmatched],
        },
        "annex": {"method": METHOD, "assumptions": list(ASSUMPTIONS),
                  "rules": [r.to_json() for r in CATALOGUE],
                  "current_period": mapping.current_period,
                  "previous_period": mapping.previous_period,
                  "resolution_warnings": [w.to_json() for w in resolution.warnings],
                  "budget_warnings": [w.to_json() for w in budget.warnings]},
    }
    return CoherenceReport(document)
