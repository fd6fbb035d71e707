"""Link mandated tasks to the budget's resources, strongest evidence first.

1. **Programmes.** A programmatic activity whose name the codebook's budget cues recognise
   serves that task directly (confidence 0.8); its related expected accomplishments are
   kept as evidence.
2. **Classes of expenditure.** A class such as *Military contingents* serves many tasks at
   once; the link says so (confidence 0.3) and the report assumes an equal share among the
   mandated tasks the class serves, stating the assumption, rather than a precision the
   documents do not give.
3. **Overrides.** An analyst's links file (`--links`) adds or removes links; every
   override is marked as such in the report.

Staffing by component is not linked yet: the workbooks carry staffing by grade only.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from budgets import Budget, TableKind
from budgets.model import LineRole
from coherence.codebook import BY_ID, TaskCode
from coherence.findings import plural
from mandates import Resolution
from provenance import DataWarning, InputError, SourceRef, check_readable, json_list
from provenance.files import csv_delimiter

PROGRAMME_CONFIDENCE = 0.8
FRAMEWORK_CONFIDENCE = 0.6
CLASS_CONFIDENCE = 0.3
OVERRIDE_CONFIDENCE = 1.0


@dataclass(frozen=True, slots=True)
class Link:
    """One task linked to one budget item, with why and how sure."""

    category: str
    table: str
    item: str
    group: str
    kind: str  # "programme", "framework", "class" or "override"
    reason: str
    confidence: float
    share: Decimal = Decimal(1)  # the share of the item's money assumed to serve the task
    paragraphs: tuple[str, ...] = ()
    accomplishments: tuple[str, ...] = ()
    at: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        """JSON form used in `coherence.report/1`."""
        return {"category": self.category, "table": self.table, "group": self.group,
                "item": self.item, "kind": self.kind, "reason": self.reason,
                "confidence": self.confidence, "share": str(self.share),
                "paragraphs": list(self.paragraphs),
                "accomplishments": list(self.accomplishments), "at": list(self.at)}


@dataclass(frozen=True, slots=True)
class Override:
    """An analyst's correction: link (or unlink) a task and a budget item."""

    category: str
    item: str
    action: str = "link"  # or "unlink"
    share: Decimal | None = None
    note: str = ""
    row: str = ""  # where the links file gives it: "row 3" (CSV) or "item 2" (JSON)


@dataclass(frozen=True)
class Overrides:
    """The analyst's links file, as read."""

    path: str
    entries: tuple[Override, ...] = field(default=())


def _words(text: str) -> str:
    """Text as a cue is matched: case, hyphens and dashes, curly quotes, runs of spaces
    and a plural -s aside ("Mine-clearing services" reads as "mine clearing service")."""
    text = text.casefold().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[-\u2010-\u2015\s]+", " ", text).strip()
    return re.sub(r"(?<=\w\w\w)(?<!s)s\b", "", text)


def _cue_matches(cue: str, item: str) -> bool:
    """True when the codebook cue stands in the item's name as whole words, written either
    way (`_words`: "mine-clearing" matches the cue "mine clearing").

    A one-word cue ("security", "justice", "gender") must open the name ("Security
    section", "Gender affairs"): inside a longer phrase ("Women and peace and security") a
    single common word says nothing about the task.
    """
    c, n = _words(cue), _words(item)
    if not c:
        return False
    if " " not in c:
        return n == c or n.startswith(c + " ") or n.startswith(c + ",")
    return re.search(r"(?<![\w])" + re.escape(c) + r"(?![\w])", n) is not None


def _mandated(resolution: Resolution) -> dict[str, list[str]]:
    """category → operative refs that task the mission with it, in printed order."""
    out: dict[str, list[str]] = defaultdict(list)
    for task in resolution.tasks:
        for category in task.categories:
            if task.ref not in out[category]:
                out[category].append(task.ref)
    return out


def link_tasks(resolution: Resolution, budget: Budget,
               overrides: Overrides | None = None) -> list[Link]:
    """Every link between the resolution's tasks and the budget's lines."""
    mandated = _mandated(resolution)
    links: list[Link] = []
    programme_items: dict[str, list] = defaultdict(list)
    for line in budget.select(table=TableKind.PROGRAMMATIC_ACTIVITIES):
        if line.role is LineRole.ITEM:
            programme_items[line.item].append(line)
    for item, lines in programme_items.items():
        for category, refs in mandated.items():
            code = BY_ID.get(category)
            if code is None:
                continue
            cue = next((c for c in code.budget_cues if _cue_matches(c, item)), None)
            if cue is None:
                continue
            accomplishments = tuple(dict.fromkeys(a for ln in lines for a in ln.accomplishments))
            links.append(Link(category, "programmatic_activities", item, "Programmatic activities",
                              "programme", f"the programme's name matches the codebook cue "
                              f"'{cue}' for {code.label.lower()}", PROGRAMME_CONFIDENCE,
                              Decimal(1), tuple(refs), accomplishments,
                              tuple(ln.at.label() for ln in lines)))
    links.extend(_framework_links(budget, mandated, programme_items, links))
    class_items: dict[tuple[str, str], list] = defaultdict(list)
    for line in budget.select(table=TableKind.FINANCIAL_RESOURCES):
        if line.role is LineRole.ITEM:
            class_items[(line.group, line.item)].append(line)
    class_links: dict[tuple[str, str], list[tuple[TaskCode, list[str], str]]] = defaultdict(list)
    for (group, item), _lines in class_items.items():
        if item == "Quick-impact projects" or re.match(r"staff assessment|voluntary", item, re.I):
            continue
        for category, refs in mandated.items():
            code = BY_ID.get(category)
            if code is None:
                continue
            cue = next((c for c in code.budget_cues if _cue_matches(c, item)), None)
            if cue is not None:
                class_links[(group, item)].append((code, refs, cue))
    for (group, item), served in class_links.items():
        share = Decimal(1) / Decimal(len(served))
        for code, refs, cue in served:
            links.append(Link(code.id, "financial_resources", item, group, "class",
                              f"'{item}' serves {plural(len(served), 'mandated task')}; "
                              f"an equal share is assumed (cue '{cue}')", CLASS_CONFIDENCE, share,
                              tuple(refs),
                              (), tuple(ln.at.label() for ln in class_items[(group, item)])))
    if overrides:
        links = apply_overrides(links, overrides, mandated, budget)
    return links


def _names(code: TaskCode) -> tuple[str, ...]:
    """Words that name a task in a budget's framework: its label and its budget cues of two
    words or more (one word such as 'security' runs through every framework)."""
    return tuple(n for n in (code.label.lower(), *code.budget_cues) if " " in n.strip())


def _framework_links(budget: Budget, mandated: dict[str, list[str]],
                     programme_items: dict[str, list], existing: list[Link]) -> list[Link]:
    """Programmes linked through the expected accomplishments they name.

    An accomplishment whose component or text names a mandated task (by the task's label
    or a budget cue) ties every programme serving that accomplishment to the task.
    """
    by_ref = {ea.ref: ea for ea in budget.accomplishments}
    if not by_ref:
        return []
    have = {(ln.category, ln.item) for ln in existing}
    out: list[Link] = []
    for item, lines in programme_items.items():
        refs = tuple(dict.fromkeys(a for ln in lines for a in ln.accomplishments))
        for category, paragraphs in mandated.items():
            code = BY_ID.get(category)
            if code is None or (category, item) in have:
                continue
            for ref in refs:
                ea = by_ref.get(ref)
                if ea is None:
                    continue
                words = f"{ea.component} {ea.text}"
                cue = next((c for c in _names(code) if _cue_matches(c, words)), None)
                if cue is None:
                    continue
                out.append(Link(category, "programmatic_activities", item,
                                "Programmatic activities", "framework",
                                f"the programme serves expected accomplishment {ref} "
                                f"({ea.component}), which names '{cue}'", FRAMEWORK_CONFIDENCE,
                                Decimal(1), tuple(paragraphs), (ref,),
                                (*(ln.at.label() for ln in lines), ea.at.label())))
                have.add((category, item))
                break
    return out


def apply_overrides(links: list[Link], overrides: Overrides, mandated: dict[str, list[str]],
                    budget: Budget) -> list[Link]:
    """Links after the analyst's additions and removals."""
    out = list(links)
    for entry in overrides.entries:
        item = _item_key(entry.item)
        if entry.action == "unlink":
            out = [ln for ln in out if not (ln.category == entry.category
                                            and _item_key(ln.item) == item)]
            continue
        lines = [ln for ln in budget.lines if _item_key(ln.item) == item]
        if not lines:
            continue  # override_warnings says so
        first = lines[0]
        out = [ln for ln in out if not (ln.category == entry.category
                                        and _item_key(ln.item) == item)]
        out.append(Link(entry.category, str(first.table), first.item, first.group, "override",
                        f"analyst override from {Path(overrides.path).name}"
                        + (f": {entry.note}" if entry.note else ""), OVERRIDE_CONFIDENCE,
                        entry.share if entry.share is not None else Decimal(1),
                        tuple(mandated.get(entry.category, ())), (),
                        tuple(ln.at.label() for ln in lines)))
    return out


def _item_key(item: str) -> str:
    """An item as an analyst may type it: case and spacing aside (`military  contingents`)."""
    return " ".join(item.split()).casefold()


def override_warnings(overrides: Overrides, budget: Budget) -> tuple[DataWarning, ...]:
    """A warning for each override that names no line of the budget: it changes nothing,
    and the reader of the report must know that it did not."""
    items = {_item_key(ln.item) for ln in budget.lines}
    name = Path(overrides.path).name
    return tuple(
        DataWarning("override_unmatched",
                    f"the links file {name}, {entry.row}: '{entry.item}' is no item of "
                    f"{budget.document or 'the budget'}, so the {entry.action} of "
                    f"{entry.category} was not applied; give the item as the budget prints it",
                    SourceRef(path=overrides.path))
        for entry in overrides.entries if _item_key(entry.item) not in items)


def load_overrides(path: str | Path) -> Overrides:
    """Read an analyst's links file: CSV (`category,item,action,share,note`) or JSON list.

    Unknown task categories are refused with an InputError naming the row, so a typo never
    silently changes a report.
    """
    p = check_readable(path, max_bytes=5 * 1024 * 1024)
    data = p.read_bytes()
    if b"\x00" in data:
        raise InputError("is not a text file", path=p,
                         hint="give the links as CSV (UTF-8) or a JSON list")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"is not UTF-8 text (byte {exc.start})", path=p,
                         hint="save it from the spreadsheet as 'CSV UTF-8'") from exc
    rows: list[tuple[str, dict[str, str]]]
    decimal_comma = False
    if p.suffix.lower() == ".json":
        rows = _json_rows(p, text)
    else:
        # spreadsheets in some locales save with ';' or tabs, and a decimal comma
        delimiter, text, taken = csv_delimiter(text)
        decimal_comma = delimiter != ","
        try:
            rows = [(f"row {number}", row) for number, row in enumerate(
                csv.DictReader(text.splitlines(), delimiter=delimiter), start=2 + taken)]
        except csv.Error as exc:
            raise InputError(f"is not a readable CSV file ({exc})", path=p,
                             hint="save it as CSV (UTF-8)") from exc
    entries = []
    for where, row in rows:
        category = (row.get("category") or "").strip()
        item = (row.get("item") or "").strip()
        action = (row.get("action") or "link").strip().lower()
        if category not in BY_ID:
            raise InputError(f"{where}: unknown task category {category!r}", path=p,
                             hint="use a task id from the codebook (coherence codebook)")
        if not item or action not in ("link", "unlink"):
            raise InputError(f"{where}: needs an item and action link or unlink", path=p,
                             hint="columns: category,item,action,share,note")
        share = (row.get("share") or "").strip()
        if decimal_comma and re.fullmatch(r"\d*,\d+", share):
            share = share.replace(",", ".")
        try:
            share_value = Decimal(share) if share else None
        except ArithmeticError as exc:
            raise InputError(f"{where}: share {share!r} is not a number", path=p,
                             hint="give the share as a decimal between 0 and 1") from exc
        if share_value is not None and not share_value.is_finite():
            raise InputError(f"{where}: share {share!r} is not a number", path=p,
                             hint="give the share as a decimal between 0 and 1")
        if share_value is not None and not (0 <= share_value <= 1):
            raise InputError(f"{where}: share {share} is outside 0–1", path=p,
                             hint="give the share as a decimal between 0 and 1")
        entries.append(Override(category, item, action, share_value,
                                (row.get("note") or "").strip(), where))
    return Overrides(str(p), tuple(entries))


def _json_rows(path: Path, text: str) -> list[tuple[str, dict[str, str]]]:
    """(where, {field: value}) for each object of a JSON links file; InputError for an item
    that is not an object, or a value that is not text or a number."""
    rows = []
    for number, item in enumerate(json_list(text, path, of="links", hint="fix the links file",
                                            example='[{"category": …, "item": …}]'), start=1):
        where = f"item {number}"
        if not isinstance(item, dict):
            raise InputError(f"{where} is not an object", path=path,
                             hint='write [{"category": …, "item": …, "action": "link"}, …]')
        row: dict[str, str] = {}
        for key, value in item.items():
            if isinstance(value, (list, dict)):
                raise InputError(f"{where}: '{key}' must be text, not "
                                 f"{type(value).__name__}", path=path,
                                 hint="give one category and one item per object")
            row[str(key)] = "" if value is None else str(value)
        rows.append((where, row))
    return rows
