"""Time the DOCX and PDF budget readers and check their grids against the gold figures.

    python benchmarks/bench_budget_docs.py [--data ../shared/data] [--repeat 3]

For every report in `budgets/reports/` that has a gold file in `gold/budgets/`, prints the
time to read all its tables as grids (best of `--repeat` runs; targets: DOCX under 2 s, PDF
under 5 s, 10 s while pdfplumber read the pages) and how many of the gold overall-table
figures the grids carry exactly: a gold figure counts when a grid row whose label is the
gold item prints that amount (in thousands, as the report does) among its cells. This
measures the readers alone; the interpreter's end-to-end score is
`benchmarks/score_budgets.py`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from budgets.grid import Grid  # noqa: E402
from budgets.readers import docx as docx_reader  # noqa: E402
from budgets.readers import pdf as pdf_reader  # noqa: E402

TARGET_SECONDS = {"docx": 2.0, "pdf": 5.0}


def _labels(text: str) -> set[str]:
    """The label as printed, and without one trailing footnote letter (`positionsb`)."""
    text = re.sub(r"\s+", " ", text).strip()
    return {text, text[:-1]} if text[-1:] in set("abcdef") else {text}


def _figure(text: str) -> Decimal | None:
    t = re.sub(r"\s+", "", text)
    if t in {"–", "—", "-"}:
        return Decimal(0)
    negative = t.startswith("(") and t.endswith(")")
    t = t.strip("()")
    if not re.fullmatch(r"\d+(?:\.\d+)?", t):
        return None
    value = Decimal(t)
    return -value if negative else value


def gold_coverage(grids: list[Grid], gold: dict) -> tuple[int, int]:
    """(figures found, figures in gold) for the gold overall table."""
    rows: dict[str, list[set[Decimal]]] = {}
    for grid in grids:
        for row in grid.rows:
            cells = [c for c in row if c is not None]
            if not cells:
                continue
            figures = {f for c in cells[1:] if (f := _figure(c.text)) is not None}
            for label in _labels(cells[0].text):
                rows.setdefault(label, []).append(figures)
    found = total = 0
    for line in gold.get("overall", []):
        candidates = rows.get(line["item"], [])
        for amount in line["values"].values():
            total += 1
            thousands = Decimal(amount) / 1000
            if any(thousands in figures for figures in candidates):
                found += 1
    return found, total


def _best_time(read: Callable[[Path], list[Grid]], path: Path,
               repeat: int) -> tuple[float, list[Grid]]:
    best = float("inf")
    grids: list[Grid] = []
    for _ in range(repeat):
        start = time.perf_counter()
        grids = read(path)
        best = min(best, time.perf_counter() - start)
    return best, grids


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one line per document and format."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    reports = args.data / "budgets" / "reports"
    gold_dir = args.data / "gold" / "budgets"
    readers = {"docx": docx_reader.read_grids, "pdf": pdf_reader.read_grids}
    failures = 0
    print(f"{'document':<12} {'format':<6} {'seconds':>8} {'grids':>6} {'gold figures':>14}")
    for fmt, read in readers.items():
        for path in sorted(reports.glob(f"*.{fmt}")):
            seconds, grids = _best_time(read, path, args.repeat)
            gold_path = gold_dir / f"{path.stem}.json"
            coverage = "-"
            if gold_path.exists():
                found, total = gold_coverage(grids, json.loads(gold_path.read_text()))
                coverage = f"{found}/{total}"
            slow = seconds > TARGET_SECONDS[fmt]
            failures += slow
            flag = "  SLOW" if slow else ""
            print(f"{path.stem:<12} {fmt:<6} {seconds:>8.2f} {len(grids):>6} {coverage:>14}{flag}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
