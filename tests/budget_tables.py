"""A small overall table by class of expenditure, as the budget tests write it into
workbooks, CSV files and documents of their own (figures in thousands of dollars)."""

from __future__ import annotations

HEADER = ["(Thousands of United States dollars)", "Apportionment 2024/25",
          "Apportionment 2025/26", "Cost estimates 2026/27"]
ROWS: list[tuple[str, tuple[object, ...] | None]] = [
    ("Military and police personnel", None),
    ("Military contingents", (120.5, 118.25, 130.0)),
    ("Formed police units", (10.0, "–", 12.0)),
    ("Subtotal", (130.5, 118.25, 142.0)),
    ("Operational costs", None),
    ("Official travel", (8.0, 7.9, 8.2)),
    ("Air operations", (40.0, 41.0, 42.0)),
    ("Subtotal", (48.0, 48.9, 50.2)),
    ("Gross requirements", (178.5, 167.15, 192.2)),
    ("Staff assessment income", (5.0, 5.0, 5.0)),
    ("Net requirements", (173.5, 162.15, 187.2)),
    ("Total requirements", (178.5, 167.15, 192.2)),
]


def table(rows: list[tuple[object, tuple[object, ...] | None]] | None = None
          ) -> list[list[object]]:
    """The header and `rows` (the table above by default) as rows of cells."""
    return [HEADER, *[[label, *(figures or ())] for label, figures in (rows or ROWS)]]
