"""Arithmetic checks of the printed sums: subtotals, gross, net and total requirements.

Each printed sum is recomputed from the lines it covers; a difference becomes a warning
naming both the printed figure and the figures it should equal. Nothing is corrected.
"""

from __future__ import annotations

import re
from collections import defaultdict

from budgets.model import LineRole, Measure, ResourceLine, TableKind
from provenance import DataWarning

_GROSS = re.compile(r"^gross requirements$", re.I)
_NET = re.compile(r"^net requirements$", re.I)
_TOTAL_REQ = re.compile(r"^total requirements$", re.I)
_STAFF_ASSESSMENT = re.compile(r"^staff assessment", re.I)
_IN_KIND = re.compile(r"^voluntary contributions in kind", re.I)


def _fmt(n: int) -> str:
    return f"{n:,}"


def check_financial(lines: tuple[ResourceLine, ...] | list[ResourceLine]) -> list[DataWarning]:
    """Warnings for every printed subtotal, gross, net or total that its lines do not make.

    Sums must be exact to the dollar: the UN's tables add up as printed, so any difference
    is reported (with the printed figure and the lines it should equal), never absorbed.
    """
    by_column: dict[tuple[Measure, str], list[ResourceLine]] = defaultdict(list)
    for line in lines:
        if line.table is TableKind.FINANCIAL_RESOURCES:
            by_column[(line.measure, line.period)].append(line)
    warnings: list[DataWarning] = []
    for (measure, period), column in by_column.items():
        items: list[ResourceLine] = []
        subtotals: list[ResourceLine] = []
        by_label: dict[str, ResourceLine] = {}
        for line in column:
            if line.role is LineRole.SUBTOTAL:
                warnings.extend(_compare(line, items, f"{measure} {period}"))
                subtotals.append(line)
                items = []
            elif line.role is LineRole.ITEM and not (_STAFF_ASSESSMENT.match(line.item)
                                                     or _IN_KIND.match(line.item)):
                items.append(line)
            by_label[line.item.lower()] = line
        gross = next((ln for ln in column if _GROSS.match(ln.item)), None)
        if gross is not None and subtotals:
            warnings.extend(_compare(gross, subtotals, f"{measure} {period}"))
        net = next((ln for ln in column if _NET.match(ln.item)), None)
        assessment = next((ln for ln in column if _STAFF_ASSESSMENT.match(ln.item)), None)
        if net is not None and gross is not None and assessment is not None:
            expected = gross.amount - assessment.amount
            if net.amount != expected:
                warnings.append(_mismatch(net, expected, (gross, assessment),
                                          f"{measure} {period}"))
        total = next((ln for ln in column if _TOTAL_REQ.match(ln.item)), None)
        in_kind = next((ln for ln in column if _IN_KIND.match(ln.item)), None)
        if total is not None and gross is not None:
            expected = gross.amount + (in_kind.amount if in_kind else 0)
            if total.amount != expected:
                parts = (gross, in_kind) if in_kind else (gross,)
                warnings.append(_mismatch(total, expected, parts, f"{measure} {period}"))
    return warnings


def _compare(printed: ResourceLine, parts: list[ResourceLine],
             column: str) -> list[DataWarning]:
    expected = sum(p.amount for p in parts)
    if printed.amount == expected:
        return []
    return [_mismatch(printed, expected, tuple(parts), column)]


def _mismatch(printed: ResourceLine, expected: int, parts: tuple[ResourceLine, ...],
              column: str) -> DataWarning:
    return DataWarning(
        "subtotal_mismatch",
        f"{printed.group + ': ' if printed.group else ''}{printed.item} ({column}) is printed "
        f"as {_fmt(printed.amount)} but its lines make {_fmt(expected)} "
        f"(difference {_fmt(printed.amount - expected)})",
        printed.at, tuple(p.at for p in parts))
