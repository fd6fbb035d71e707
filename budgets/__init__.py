"""Peacekeeping budget documents → `Budget` (resource lines in whole dollars, checks).

Knows budget documents and nothing else: imports neither `mandates` nor `coherence`.

    >>> from budgets import parse_budget
    >>> budget = parse_budget("A_80_624.xlsx")
    >>> budget.select(table=TableKind.FINANCIAL_RESOURCES, period="2026/27")
"""

from budgets.model import (
    Budget,
    ExpectedAccomplishment,
    LegislativeStep,
    LineRole,
    Measure,
    ResourceLine,
    TableKind,
)
from budgets.parse import SUPPORTED_SUFFIXES, parse_budget

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Budget",
    "ExpectedAccomplishment",
    "LegislativeStep",
    "LineRole",
    "Measure",
    "ResourceLine",
    "TableKind",
    "parse_budget",
]
