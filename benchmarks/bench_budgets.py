"""Budget workbook speed: a 20-sheet workbook in under a second (issue 4).

Builds a 20-sheet workbook from the real MONUSCO tables (copied sheet by sheet into a
temporary file, never into the repository), then times `parse_budget` on it, on every
dev workbook, and bare python-calamine and openpyxl reads for comparison.

    python -m benchmarks.bench_budgets
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import openpyxl

from benchmarks import pema
from budgets import parse_budget

DATA = pema.DATA / "budgets" / "xlsx"


def _twenty_sheets(target: Path) -> None:
    source = openpyxl.load_workbook(DATA / "A_80_624.xlsx")
    out = openpyxl.Workbook()
    out.remove(out.active)
    names = source.sheetnames
    for i in range(20):
        sheet = source[names[i % len(names)]]
        copy = out.create_sheet(f"{sheet.title[:24]} {i}")
        for row in sheet.iter_rows(values_only=True):
            copy.append(list(row))
    out.save(target)


def main() -> int:
    """Print timings for the 20-sheet workbook and each dev workbook."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "twenty.xlsx"
        _twenty_sheets(path)
        parse_budget(path)
        best = min(_timed(lambda: parse_budget(path)) for _ in range(3))
        from python_calamine import CalamineWorkbook

        calamine = min(_timed(lambda: [CalamineWorkbook.from_path(str(path)).get_sheet_by_name(n)
                                       .to_python() for n in CalamineWorkbook.from_path(
                                           str(path)).sheet_names]) for _ in range(3))
        opx = _timed(lambda: [list(ws.iter_rows(values_only=True))
                              for ws in openpyxl.load_workbook(path, read_only=True)])
        print(f"20-sheet workbook: parse_budget {best:.3f} s (target < 1 s); bare calamine "
              f"{calamine:.3f} s; bare openpyxl {opx:.3f} s")
    for wb in sorted(DATA.glob("*.xlsx")):
        print(f"{wb.name}: {_timed(lambda: parse_budget(wb)):.3f} s")  # noqa: B023
    return 0


def _timed(fn) -> float:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
