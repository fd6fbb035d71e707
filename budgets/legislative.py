"""The legislative history: what happened to the mission's budgets of the two cycles before.

A budget report's summary prints, for each of the two previous periods, the Secretary-
General's proposal, the Advisory Committee's recommendation and the General Assembly's
appropriation, each with its document and date (thousands of dollars; a PDF page that says
millions is read in millions; a table's cells carry no unit and are read in thousands):

    Legislative history          2024/25                            2025/26
                                 Report          Date      Amount   Report ...
    Proposed budget – SG         A/78/741        29 January 2024  918 458.0   A/79/744 ...
    Recommendation – ACABQ       A/78/744/Add.9  5 April 2024     913 483.5   ...
    Appropriation – GA           A/RES/78/301    28 June 2024     907 983.5   ...
    Appropriation (net)                                           883 923.7   ...

It is the record of how the Assembly treated the mission's proposals, which the report sets
beside the new one. DOCX editions carry it as a table (read from its cells); PDF editions
are read from the page's text. Workbooks built from the reports' tables do not carry it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from budgets.grid import Grid
from budgets.interpret import normalize_period, periods_in
from budgets.model import LegislativeStep
from budgets.numbers import parse_amount, whole_dollars
from provenance import DataWarning, SourceRef

_STAGES = (("appropriated_net", re.compile(r"^appropriations?\w?\s*\(net\)", re.I)),
           ("proposed", re.compile(r"^proposed budget", re.I)),
           ("recommended", re.compile(r"^recommendation", re.I)),
           ("appropriated", re.compile(r"^appropriations?", re.I)))
_DATE = re.compile(r"\b(\d{1,2}) (January|February|March|April|May|June|July|August|"
                   r"September|October|November|December) (\d{4})\b")
_SYMBOL = re.compile(r"\bA/(?:RES/)?\d{2}/\d+(?:/Add\.\d+)?")
_FIGURE = r"\d{1,3}(?: \d{3})*\.\d"
#: in the page text: a document, its date and its amount
_ENTRY = re.compile(rf"(?P<symbol>{_SYMBOL.pattern})\s+(?P<date>{_DATE.pattern})\s+"
                    rf"(?P<amount>{_FIGURE})")
_THOUSAND = Decimal(1000)


def _stage(label: str) -> str | None:
    text = label.strip()
    return next((name for name, pattern in _STAGES if pattern.match(text)), None)


def _iso(text: str) -> str | None:
    m = _DATE.search(text)
    if not m:
        return None
    return datetime.strptime(" ".join(m.groups()), "%d %B %Y").date().isoformat()


def is_legislative_history(grid: Grid) -> bool:
    """True for the legislative history table (a proposal row and an appropriation row)."""
    labels = {_stage(grid.text(r, 0)) for r in range(len(grid.rows))}
    return {"proposed", "appropriated"} <= labels


def read_history_grid(grid: Grid) -> tuple[list[LegislativeStep], list[DataWarning]]:
    """The steps of a DOCX or workbook legislative history table, each cited by its cell."""
    columns: dict[int, tuple[str, str]] = {}  # column -> (period, "report" | "date" | "amount")
    periods: dict[int, str] = {}
    out: list[LegislativeStep] = []
    warnings: list[DataWarning] = []
    for r, row in enumerate(grid.rows):
        label = grid.text(r, 0)
        stage = _stage(label)
        if stage is None:
            kinds: dict[int, str] = {}
            for c in range(1, len(row)):
                text = grid.text(r, c)
                if period := normalize_period(text):
                    periods[c] = period
                elif re.match(r"^(report|date|amount)$", text.strip(), re.I):
                    kinds[c] = text.strip().lower()
            columns.update(_under_periods(kinds, periods))
            continue
        for c, (period, kind) in columns.items():
            if kind != "amount":
                continue
            cell = row[c] if c < len(row) else None
            amount = (parse_amount(cell.value if cell.value is not None else cell.text)
                      if cell is not None else None)
            if cell is None or amount is None:
                continue
            same = {k: grid.text(r, cc) for cc, (p, k) in columns.items() if p == period}
            symbol = _SYMBOL.search(same.get("report", ""))
            out.append(LegislativeStep(period, stage, whole_dollars(amount, _THOUSAND)[0],
                                       symbol.group(0) if symbol else None,
                                       _iso(same.get("date", "")), cell.ref))
        if not any(s.stage == stage for s in out):
            warnings.append(DataWarning(
                "unread_row", f"the legislative history's row '{label.strip()}' has no "
                "amount the reader could place under a period", row[0].ref if row[0] else None))
    return out, warnings


def _under_periods(kinds: dict[int, str], periods: dict[int, str]) -> dict[int, tuple[str, str]]:
    """Each report, date and amount column with the period printed over its group.

    A group runs from a column of the kind that opens the first group ("Report") to the
    column before the next one of that kind; a period printed once over it may stand over any
    of its columns (a PDF centres "2024/25 period" over "Date", a workbook merges it from
    "Report").
    """
    if not kinds:
        return {}
    opening = kinds[min(kinds)]
    starts = sorted(c for c, kind in kinds.items() if kind == opening)
    out: dict[int, tuple[str, str]] = {}
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else max(kinds) + 1
        inside = [periods[c] for c in sorted(periods) if start <= c < end]
        left = [c for c in periods if c < start]
        period = inside[0] if inside else periods[max(left)] if left else None
        if period is None:
            continue
        out.update({c: (period, kinds[c]) for c in kinds if start <= c < end})
    return out


def read_history_text(pages: Sequence[str],
                      path: str) -> tuple[list[LegislativeStep], list[DataWarning]]:
    """The steps of a PDF's legislative history, from the text of the page that prints it
    (and the next, where the table runs over), each cited by its page."""
    for number, page in enumerate(pages, start=1):
        start = page.find("Legislative history")
        if start < 0:
            continue
        first = page[start:]
        following = pages[number] if number < len(pages) else ""
        text = f"{first}\n{following}"[:4000]
        end = re.search(r"\bThe actions to be taken\b|\n[IVX]+\.\s", text)
        text = text[:end.start()] if end else text
        periods = periods_in(text[:200])
        if not periods:
            continue
        unit = Decimal(1_000_000) if re.search(r"millions", text[:200], re.I) else _THOUSAND

        def at(offset: int, number: int = number, boundary: int = len(first)) -> SourceRef:
            return SourceRef(path=path, page=number + (offset > boundary),
                             table="legislative history")

        out: list[LegislativeStep] = []
        stage: str | None = None
        index = 0
        last = 0
        for m in _ENTRY.finditer(text):
            between = text[last:m.start()]
            named = next((s for line in between.splitlines() if (s := _stage(line))), None)
            if named is not None:
                stage, index = named, 0
            elif stage is not None:
                index += 1
            last = m.end()
            if stage is None or index >= len(periods):
                continue
            amount = parse_amount(m.group("amount"))
            if amount is None:
                continue
            out.append(LegislativeStep(periods[index], stage, whole_dollars(amount, unit)[0],
                                       m.group("symbol"), _iso(m.group("date")),
                                       at(m.start())))
        net = re.search(rf"Appropriations?\w?\s*\(net\)((?:\s+{_FIGURE})+)", text)
        if net:
            for period, figure in zip(periods, re.findall(_FIGURE, net.group(1)),
                                      strict=False):
                amount = parse_amount(figure)
                if amount is not None:
                    out.append(LegislativeStep(period, "appropriated_net",
                                               whole_dollars(amount, unit)[0], None, None,
                                               at(net.start())))
        if out:
            return out, []
        return [], [DataWarning(
            "unread_table", "the legislative history (proposals, recommendations and "
            "appropriations of earlier cycles) is printed but no figure of it could be read",
            SourceRef(path=path, page=number, table="legislative history"))]
    return [], []


def check_history(steps: Sequence[LegislativeStep],
                  gross: dict[str, tuple[int, SourceRef]]) -> list[DataWarning]:
    """A warning for each appropriation that differs from the gross apportionment the
    financial table prints for the same period (the two are the same figure)."""
    out = []
    for step in steps:
        if step.stage != "appropriated" or step.period not in gross:
            continue
        amount, at = gross[step.period]
        if amount != step.amount:
            out.append(DataWarning(
                "history_mismatch", f"the legislative history gives an appropriation of "
                f"{step.amount:,} dollars for {step.period}; the financial resources table "
                f"apportions {amount:,} gross for the same period", step.at, (at,)))
    return out
