"""Link mandated tasks to the budget's resources, with evidence, a reason and a confidence.

There is no official key from Security Council tasks to budget lines, so every link says
what it rests on. The documents' own evidence is used, strongest first:

1. **Programmatic activities** (`high`): the budget names the activity (community violence
   reduction, mine action, women and peace and security…) and the expected accomplishments
   it serves; the activity's name matches the task's budget cues in the codebook.
2. **Expected accomplishments** (`medium`): where the budget prints the text of its
   results-based-budgeting framework, an accomplishment whose words match a task's cues
   carries the programmes that name that accomplishment to the task.
3. **Staffing** (`medium`): posts whose component or section matches a task's cues
   (Human Rights, Gender Affairs, Child Protection…).
4. **Classes of expenditure** (`low`): military contingents, formed police units, air
   operations serve several tasks at once. The link says so and assumes an equal share
   among the mandated tasks the class serves: an assumption, never a fact.

A resource that serves several mandated tasks is split among them in equal shares unless
an analyst's override (`--links FILE`) says otherwise; the report says overrides were used.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_EVEN, Decimal
from pathlib import Path

from budgets.model import Budget, LineRole, Measure, ResourceLine, TableKind
from coherence import codebook
from mandates.model import Resolution
from provenance import InputError, check_readable

HIGH, MEDIUM, LOW = "high", "medium", "low"
CONFIDENCE_ORDER = {HIGH: 3, MEDIUM: 2, LOW: 1}

#: What each kind of evidence is called in the report.
BASIS_LABELS = {
    "programme": "programmatic activity named in the budget",
    "accomplishment": "expected accomplishment of the results-based budget",
    "staffing": "posts of a component or section",
    "class": "class of expenditure serving several tasks",
    "override": "analyst's override",
}

# Classes of expenditure that serve the mission as a whole (support, management) rather
# than any task in particular; they are reported as unlinked on purpose.
_NOT_SPENDING = re.compile(r"staff assessment|voluntary contributions|requirements",
                           re.IGNORECASE)
_MONEY_TABLES = (TableKind.FINANCIAL_RESOURCES, TableKind.PROGRAMMATIC_ACTIVITIES,
                 TableKind.QUICK_IMPACT_PROJECTS)


@dataclass(frozen=True, slots=True)
class Figure:
    """One amount of a resource: what it measures, for which period, and where it stands."""

    measure: str
    period: str
    amount: int
    at: str


@dataclass(frozen=True, slots=True)
class Resource:
    """A budget item across its measures and periods (one row of one table)."""

    key: str  # "financial_resources/Military contingents"
    table: str
    group: str
    item: str
    unit: str
    figures: tuple[Figure, ...]
    accomplishments: tuple[str, ...] = ()

    def amount(self, measure: str, period: str) -> int | None:
        """The figure for (measure, period), or None when the table prints none."""
        for f in self.figures:
            if f.measure == measure and f.period == period:
                return f.amount
        return None

    def figure(self, measure: str, period: str) -> Figure | None:
        """The `Figure` for (measure, period), or None."""
        for f in self.figures:
            if f.measure == measure and f.period == period:
                return f
        return None


@dataclass(frozen=True, slots=True)
class Comparison:
    """A resource's proposed figure against the latest earlier figure its table prints."""

    current: Figure | None
    previous: Figure | None

    @property
    def change(self) -> int | None:
        """Current minus previous, in the resource's unit; None when either is missing."""
        if self.current is None or self.previous is None:
            return None
        return self.current.amount - self.previous.amount

    @property
    def change_pct(self) -> Decimal | None:
        """Change as a percentage of the previous figure, one decimal; None if undefined."""
        change = self.change
        if change is None or self.previous is None or self.previous.amount == 0:
            return None
        return (Decimal(change) * 100 / Decimal(self.previous.amount)).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_EVEN)


@dataclass(frozen=True, slots=True)
class Link:
    """One task category of the mandate linked to one resource of the budget."""

    category: str
    task_refs: tuple[str, ...]
    resource: str  # Resource.key
    basis: str  # programme | accomplishment | staffing | class | override
    confidence: str  # high | medium | low
    share: Decimal  # the share of the resource assumed to serve this task, 0–1
    reason: str
    evidence: tuple[str, ...]  # `at` references in the budget and paragraph refs

    def to_json(self) -> dict[str, object]:
        """JSON form used in the report's link table."""
        return {"category": self.category, "task_refs": list(self.task_refs),
                "resource": self.resource, "basis": self.basis,
                "confidence": self.confidence, "share": str(self.share),
                "reason": self.reason, "evidence": list(self.evidence)}


@dataclass(frozen=True, slots=True)
class LinkOverride:
    """An analyst's correction: add or remove a link, or fix its share."""

    category: str
    resource: str  # an item name or a Resource.key
    action: str  # add | remove
    share: Decimal | None = None
    reason: str = ""
    at: str = ""  # line of the override file

    def matches(self, resource: Resource) -> bool:
        """True when this override names `resource` by key or by item name."""
        wanted = _norm(self.resource)
        return wanted in (_norm(resource.key), _norm(resource.item))


@dataclass(frozen=True, slots=True)
class Overrides:
    """The overrides read from a `--links` file."""

    path: str
    entries: tuple[LinkOverride, ...] = ()


@dataclass(frozen=True, slots=True)
class Mapping:
    """All links of one report, the resources they point at, and what was left unlinked."""

    resources: tuple[Resource, ...]
    links: tuple[Link, ...]
    current_period: str | None
    previous_period: str | None
    overrides_used: tuple[LinkOverride, ...] = ()
    overrides_unmatched: tuple[LinkOverride, ...] = ()
    unlinked: tuple[str, ...] = field(default=())

    def resource(self, key: str) -> Resource:
        """The resource with `key` (KeyError when unknown)."""
        for r in self.resources:
            if r.key == key:
                return r
        raise KeyError(key)

    def links_for(self, categories: Iterable[str]) -> list[Link]:
        """Links of any of `categories`, strongest first."""
        wanted = set(categories)
        found = [ln for ln in self.links if ln.category in wanted]
        return sorted(found, key=lambda ln: (-CONFIDENCE_ORDER[ln.confidence], ln.resource))

    def compare(self, resource: Resource) -> Comparison:
        """The resource's proposed figure against its latest earlier figure."""
        return compare(resource, self.current_period)


def _norm(text: str) -> str:
    text = text.lower().replace("–", "-").replace("’", "'")
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def _cue_in(cue: str, name: str) -> bool:
    """True when the codebook cue stands in the resource's name as whole words.

    A one-word cue ("security", "justice", "gender") must open the name ("Security
    section", "Gender Affairs"): inside a longer phrase ("Women and peace and security")
    a single common word says nothing about the task.
    """
    c, n = _norm(cue), _norm(name)
    if not c:
        return False
    if " " not in c:
        return n == c or n.startswith(c + " ")
    return re.search(rf"\b{re.escape(c)}\b", n) is not None


def collect_resources(budget: Budget) -> tuple[Resource, ...]:
    """Group the budget's item lines into resources (one per table, group and item)."""
    order: list[str] = []
    parts: dict[str, list[ResourceLine]] = {}
    for line in budget.lines:
        if line.role is not LineRole.ITEM and line.table in _MONEY_TABLES:
            continue
        if line.table is TableKind.QUICK_IMPACT_PROJECTS and line.unit != "USD":
            continue
        if line.table in _MONEY_TABLES:
            key = f"{line.table.value}/{line.item}"
        else:
            key = f"{line.table.value}/{line.group}/{line.item}"
        if key not in parts:
            parts[key] = []
            order.append(key)
        parts[key].append(line)
    out = []
    for key in order:
        lines = parts[key]
        first = lines[0]
        figures = tuple(Figure(str(ln.measure), ln.period, ln.amount, ln.at.label())
                        for ln in lines)
        accomplishments = tuple(dict.fromkeys(a for ln in lines for a in ln.accomplishments))
        out.append(Resource(key, first.table.value, first.group, first.item, first.unit,
                            figures, accomplishments))
    return tuple(out)


_CURRENT_MEASURES = (Measure.APPROVED, Measure.RECOMMENDED, Measure.COST_ESTIMATES)
_PREVIOUS_MEASURES = (Measure.APPORTIONMENT, Measure.APPROVED)


def compare(resource: Resource, current_period: str | None) -> Comparison:
    """Proposed (or approved) figure of `current_period` against the latest earlier one.

    The previous figure is the apportionment (for money) or the approved number (for
    people) of the latest period before `current_period` that the table prints; the
    programmatic-activities table, for example, prints 2024/25 but not 2025/26.
    """
    current = None
    if current_period:
        for measure in _CURRENT_MEASURES:
            current = resource.figure(measure.value, current_period)
            if current is not None:
                break
    earlier = sorted({f.period for f in resource.figures
                      if current_period is None or f.period < current_period}, reverse=True)
    previous = None
    for period in earlier:
        for measure in _PREVIOUS_MEASURES:
            previous = resource.figure(measure.value, period)
            if previous is not None:
                break
        if previous is not None:
            break
    return Comparison(current, previous)


def current_period_of(budget: Budget) -> str | None:
    """The period the budget proposes: its own statement, else the latest with estimates."""
    if budget.budget_period:
        return budget.budget_period
    estimates = [ln.period for ln in budget.lines if ln.measure is Measure.COST_ESTIMATES]
    return max(estimates) if estimates else (max(budget.periods) if budget.periods else None)


def _mandated(resolution: Resolution) -> dict[str, list[str]]:
    """Task categories of the resolution and the paragraph refs that mandate each."""
    out: dict[str, list[str]] = {}
    for task in resolution.tasks:
        for category in task.categories:
            refs = out.setdefault(category, [])
            if task.ref not in refs:
                refs.append(task.ref)
    return out


def _matching_categories(name: str, mandated: dict[str, list[str]]) -> list[tuple[str, str]]:
    """(category, cue) pairs of mandated categories whose budget cues name `name`."""
    found = []
    for category in mandated:
        entry = codebook.BY_ID.get(category)
        if entry is None:
            continue
        cue = next((c for c in entry.budget_cues if _cue_in(c, name)), None)
        if cue is not None:
            found.append((category, cue))
    return found


def _equal_share(n: int) -> Decimal:
    return (Decimal(1) / Decimal(n)).quantize(Decimal("0.0001"), rounding=ROUND_HALF_EVEN)


def _latest_at(resource: Resource) -> str:
    return resource.figures[-1].at if resource.figures else resource.key


def build_mapping(resolution: Resolution, budget: Budget,
                  overrides: Overrides | None = None) -> Mapping:
    """Link each mandated task category to the budget's resources; apply overrides."""
    mandated = _mandated(resolution)
    resources = collect_resources(budget)
    ea_text = {a.ref: a.text for a in budget.accomplishments}
    links: list[Link] = []
    unlinked: list[str] = []
    for resource in resources:
        if resource.table == TableKind.HUMAN_RESOURCES.value:
            continue  # uniformed and civilian totals are compared with ceilings instead
        direct = _matching_categories(
            resource.item if resource.table != TableKind.STAFFING.value
            else f"{resource.group} {resource.item}", mandated)
        if resource.table == TableKind.PROGRAMMATIC_ACTIVITIES.value:
            basis, confidence = "programme", HIGH
        elif resource.table == TableKind.STAFFING.value:
            basis, confidence = "staffing", MEDIUM
        elif resource.table == TableKind.QUICK_IMPACT_PROJECTS.value:
            basis, confidence = "programme", HIGH
        else:
            basis, confidence = "class", LOW
        via_ea: list[tuple[str, str]] = []
        if resource.accomplishments and ea_text:
            seen = {c for c, _ in direct}
            for ref in resource.accomplishments:
                for category, cue in _matching_categories(ea_text.get(ref, ""), mandated):
                    if category not in seen:
                        via_ea.append((category, f"{ref}: {cue}"))
                        seen.add(category)
        pairs = [(c, cue, basis, confidence) for c, cue in direct]
        pairs += [(c, cue, "accomplishment", MEDIUM) for c, cue in via_ea]
        if not pairs:
            if resource.table != TableKind.STAFFING.value and not _NOT_SPENDING.search(
                    resource.item):
                unlinked.append(resource.key)
            continue
        share = _equal_share(len(pairs))
        for category, cue, how, conf in pairs:
            refs = tuple(mandated[category])
            links.append(Link(
                category=category, task_refs=refs, resource=resource.key, basis=how,
                confidence=conf, share=share,
                reason=_reason(resource, category, cue, how, len(pairs)),
                evidence=(_latest_at(resource), *(f"para {r}" for r in refs[:4]))))
    used: list[LinkOverride] = []
    unmatched: list[LinkOverride] = []
    if overrides:
        links, used, unmatched = _apply_overrides(links, resources, mandated, overrides)
    return Mapping(resources, tuple(links), current_period_of(budget),
                   _previous_period(budget, current_period_of(budget)), tuple(used),
                   tuple(unmatched), tuple(unlinked))


def _previous_period(budget: Budget, current: str | None) -> str | None:
    earlier = [p for p in budget.periods if current is None or p < current]
    return max(earlier) if earlier else None


def _reason(resource: Resource, category: str, cue: str, basis: str, n: int) -> str:
    label = codebook.label(category).lower()
    split = (f"; assumed share 1/{n}: it serves {n} mandated tasks and the budget does not "
             "say how it divides") if n > 1 else ""
    if basis == "programme":
        ea = (f" (expected accomplishments {', '.join(resource.accomplishments)})"
              if resource.accomplishments else "")
        return f"the budget funds the activity '{resource.item}'{ea}, which serves {label}" \
               f" (cue '{cue}'){split}"
    if basis == "accomplishment":
        return f"'{resource.item}' serves expected accomplishment {cue.split(':')[0]}, whose " \
               f"text speaks of {label} (cue '{cue.split(': ', 1)[-1]}'){split}"
    if basis == "staffing":
        return f"posts of '{resource.group}' work on {label} (cue '{cue}')"
    return f"'{resource.item}' is a class of expenditure that serves {label} among other " \
           f"tasks (cue '{cue}'){split}"


def _apply_overrides(links: list[Link], resources: Sequence[Resource],
                     mandated: dict[str, list[str]], overrides: Overrides
                     ) -> tuple[list[Link], list[LinkOverride], list[LinkOverride]]:
    used: list[LinkOverride] = []
    unmatched: list[LinkOverride] = []
    out = list(links)
    for entry in overrides.entries:
        targets = [r for r in resources if entry.matches(r)]
        if not targets:
            unmatched.append(entry)
            continue
        keys = {r.key for r in targets}
        if entry.action == "remove":
            before = len(out)
            out = [ln for ln in out if not (ln.category == entry.category
                                            and ln.resource in keys)]
            (used if len(out) < before else unmatched).append(entry)
            continue
        for resource in targets:
            out = [ln for ln in out if not (ln.category == entry.category
                                            and ln.resource == resource.key)]
            refs = tuple(mandated.get(entry.category, ()))
            reason = entry.reason or "set by the analyst"
            out.append(Link(
                category=entry.category, task_refs=refs, resource=resource.key,
                basis="override", confidence=HIGH,
                share=entry.share if entry.share is not None else Decimal(1),
                reason=f"override ({overrides.path}{entry.at}): {reason}",
                evidence=(_latest_at(resource), f"{overrides.path}{entry.at}")))
        used.append(entry)
    return out, used, unmatched


def attributed(amount: int, share: Decimal) -> int:
    """The whole-dollar part of `amount` that a share attributes to one task."""
    return int((Decimal(amount) * share).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def load_overrides(path: str | Path) -> Overrides:
    """Read a `--links` file: CSV or JSON rows of category, resource, action, share, reason.

    CSV has a header row with at least `category` and `resource`; `action` is `add`
    (the default) or `remove`; `share` is a fraction between 0 and 1. JSON is a list of
    objects with the same keys. Raises `InputError` naming the row for anything else.
    """
    p = check_readable(path, max_bytes=5 * 1024 * 1024)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("the links file is not UTF-8 text", path=p,
                         hint="save it as UTF-8 CSV or JSON") from exc
    rows: list[tuple[str, dict[str, object]]]
    if p.suffix.lower() == ".json":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(f"the links file is not valid JSON ({exc.msg}, line {exc.lineno})",
                             path=p, hint="fix the JSON or use CSV") from exc
        if not isinstance(data, list) or not all(isinstance(d, dict) for d in data):
            raise InputError("the links file must hold a JSON list of objects", path=p,
                             hint='write [{"category": …, "resource": …}, …]')
        rows = [(f"#{i + 1}", d) for i, d in enumerate(data)]
    else:
        reader = csv.DictReader(text.splitlines())
        if not reader.fieldnames or not {"category", "resource"} <= set(reader.fieldnames):
            raise InputError("the links file needs a header with 'category' and 'resource'",
                             path=p, hint="columns: category,resource,action,share,reason")
        rows = [(f":{i + 2}", dict(r)) for i, r in enumerate(reader)]
    entries = []
    for where, row in rows:
        entries.append(_override(row, where, p))
    return Overrides(p.name, tuple(entries))


def _override(row: dict[str, object], where: str, path: Path) -> LinkOverride:
    category = str(row.get("category") or "").strip()
    resource = str(row.get("resource") or "").strip()
    action = str(row.get("action") or "add").strip().lower()
    if category not in codebook.BY_ID:
        raise InputError(f"row {where}: unknown task category {category!r}", path=path,
                         hint="use a task id of the codebook, e.g. protection_of_civilians")
    if not resource:
        raise InputError(f"row {where}: no resource named", path=path,
                         hint="name a budget item, e.g. Military contingents")
    if action not in ("add", "remove"):
        raise InputError(f"row {where}: action must be 'add' or 'remove', not {action!r}",
                         path=path, hint="leave it empty to add a link")
    share = None
    raw = row.get("share")
    if raw not in (None, ""):
        try:
            share = Decimal(str(raw).strip())
        except ArithmeticError as exc:
            raise InputError(f"row {where}: share {raw!r} is not a number", path=path,
                             hint="write a fraction such as 0.25") from exc
        if not Decimal(0) <= share <= Decimal(1):
            raise InputError(f"row {where}: share {raw} is outside 0–1", path=path,
                             hint="write a fraction such as 0.25")
    return LinkOverride(category, resource, action, share,
                        str(row.get("reason") or "").strip(), where)


__all__ = ["Comparison", "Figure", "Link", "LinkOverride", "Mapping", "Overrides",
           "Resource", "attributed", "build_mapping", "collect_resources", "compare",
           "load_overrides"]
