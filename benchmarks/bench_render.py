"""Report rendering time against bare WeasyPrint on the same HTML (goal: at most 1.5x).

Builds the MONUSCO report (S/RES/2765 (2024) with A/80/624), then times
`coherence.render.render_pdf` and a bare `weasyprint.HTML(string=…).write_pdf()` of the
very HTML the report renders, best of three each.

    python -m benchmarks.bench_render
"""

from __future__ import annotations

import sys
import time

import weasyprint

from benchmarks import pema
from budgets import parse_budget
from coherence.render import STATIC, render_html, render_pdf
from coherence.report import build_report
from mandates import parse_resolution


def _best(fn, repeat: int = 3) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    """Print the two timings and their ratio."""
    data = pema.DATA
    started = time.perf_counter()
    report = build_report(
        parse_resolution(data / "resolutions" / "pdf" / "S_RES_2765(2024).pdf"),
        parse_budget(data / "budgets" / "xlsx" / "A_80_624.xlsx"),
        previous_resolution=parse_resolution(data / "resolutions" / "pdf" / "S_RES_2717(2023).pdf"))
    built = time.perf_counter() - started
    html = render_html(report)
    ours = _best(lambda: render_pdf(report))
    bare = _best(lambda: weasyprint.HTML(string=html, base_url=str(STATIC) + "/").write_pdf())
    pages = len(weasyprint.HTML(string=html, base_url=str(STATIC) + "/").render().pages)
    print(f"parse + link + find: {built:.2f} s; {pages} pages")
    print(f"render_pdf {ours:.2f} s, bare WeasyPrint on the same HTML {bare:.2f} s "
          f"({ours / bare:.2f}x; goal <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
