"""Render time of the report against bare WeasyPrint on the same HTML (issue 5: ≤ 1.5×).

Builds the demo report (and the real MONUSCO report when ../shared/data is present),
renders its HTML once, then times, best of N runs each:
  - `render_pdf(report)`: templates + WeasyPrint under the static-only fetcher, PDF/UA-1,
    fixed identifier (what `coherence report` does);
  - bare WeasyPrint: `HTML(string=html, base_url=static).write_pdf()` on the same HTML,
    default fetcher, no PDF variant.

    python -m benchmarks.bench_render [--runs 3]
"""

from __future__ import annotations

import argparse
import time
from importlib.resources import as_file, files
from pathlib import Path

import weasyprint

from budgets import parse_budget
from coherence.render import render_html, render_pdf, static_dir
from coherence.report import CoherenceReport, build_report
from mandates import parse_resolution

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


def _best(fn, runs: int) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def _reports() -> list[tuple[str, CoherenceReport]]:
    samples = files("coherence.samples")
    with as_file(samples / "sample_resolution.txt") as res, \
            as_file(samples / "sample_previous_resolution.txt") as prev, \
            as_file(samples / "sample_budget.xlsx") as bud:
        out = [("demo", build_report(parse_resolution(res), parse_budget(bud),
                                     previous_resolution=parse_resolution(prev)))]
    real = DATA / "resolutions" / "pdf" / "S_RES_2765(2024).pdf"
    if real.exists():
        out.append(("MONUSCO A/80/624", build_report(
            parse_resolution(real), parse_budget(DATA / "budgets" / "xlsx" / "A_80_624.xlsx"),
            previous_resolution=parse_resolution(
                DATA / "resolutions" / "pdf" / "S_RES_2717(2023).pdf"))))
    return out


def main() -> None:
    """Print render times and their ratio for each report."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    base = static_dir().as_uri() + "/"
    for name, report in _reports():
        html = render_html(report, standalone=False)
        ours = _best(lambda r=report: render_pdf(r), args.runs)
        bare = _best(lambda h=html: weasyprint.HTML(string=h, base_url=base).write_pdf(),
                     args.runs)
        pages = len(weasyprint.HTML(string=html, base_url=base).render().pages)
        print(f"{name}: {pages} pages; coherence render_pdf {ours:.2f} s, bare WeasyPrint "
              f"{bare:.2f} s, ratio {ours / bare:.2f}x (goal <= 1.5x)")


if __name__ == "__main__":
    main()
