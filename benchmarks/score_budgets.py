"""Compare the overall financial table of every dev budget with the gold, in every format.

For each gold file in ../shared/data/gold/budgets, parses the same document as xlsx
(budgets/xlsx), DOCX and PDF (budgets/reports) and counts the gold figures matched to
the dollar, missing and extra; then checks that the formats give identical lines.

Then, for every budget report and Advisory Committee report with both editions, compares
the whole of what the DOCX and the PDF give: every line of every table, the warnings (by
code), the expected accomplishments, the recommendations, the staffing changes (their
from/to cells aside: a PDF prints a cell spanning rows once), the legislative history, and
the mission, symbol and budget period. A workbook is built from a report's tables, so every
line it gives must be one the DOCX gives (the workbook names some tables of posts
"Staffing" where the report says "Human resources").

    python -m benchmarks.score_budgets
"""

from __future__ import annotations

import functools
import json
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks import pema
from budgets import Budget, TableKind, parse_budget
from budgets.model import group_key
from budgets.numbers import strip_footnotes
from provenance import CoherenceError

ROOT = Path(__file__).resolve().parents[1]
DATA = pema.DATA
GOLD = DATA / "gold" / "budgets"
FORMATS = (("xlsx", DATA / "budgets" / "xlsx"), ("docx", DATA / "budgets" / "reports"),
           ("pdf", DATA / "budgets" / "reports"))

Key = tuple[str, str, str, str]


def gold_figures(path: Path) -> dict[Key, int]:
    """(group key, item, measure, period) → whole dollars, from one gold file."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    out: dict[Key, int] = {}
    for row in doc["overall"]:
        for key, amount in row["values"].items():
            measure, period = key.split(" ")
            # the gold keeps a footnote letter the contract says to drop ("…(budgeted)a")
            item = strip_footnotes(row["item"])
            out[(group_key(row["group"]), item, measure, period)] = int(amount)
    return out


@functools.cache
def _parsed(path: Path) -> Budget:
    return parse_budget(path)


def parsed_figures(path: Path) -> dict[Key, int]:
    """The same keys from the parser's financial-resources lines."""
    budget = _parsed(path)
    return {(group_key(ln.group), ln.item, str(ln.measure), ln.period): ln.amount
            for ln in budget.lines if ln.table is TableKind.FINANCIAL_RESOURCES}


def main() -> int:
    """Print per-document, per-format exact counts and cross-format agreement."""
    total_exact = total_gold = 0
    for gold_path in sorted(GOLD.glob("*.json")):
        gold = gold_figures(gold_path)
        results: dict[str, dict[Key, int]] = {}
        for fmt, folder in FORMATS:
            doc = folder / f"{gold_path.stem}.{fmt}"
            if not doc.exists():
                continue
            started = time.perf_counter()
            try:
                ours = parsed_figures(doc)
            except CoherenceError as exc:
                print(f"{gold_path.stem} {fmt:4}: FAILED {exc.one_line()}")
                total_gold += len(gold)
                continue
            elapsed = time.perf_counter() - started
            results[fmt] = ours
            exact = sum(1 for k, v in gold.items() if ours.get(k) == v)
            wrong = sorted(k for k, v in gold.items() if k in ours and ours[k] != v)
            missing = sorted(k for k in gold if k not in ours)
            extra = sorted(k for k in ours if k not in gold)
            total_exact += exact
            total_gold += len(gold)
            print(f"{gold_path.stem} {fmt:4}: {exact}/{len(gold)} exact, {len(wrong)} wrong, "
                  f"{len(missing)} missing, {len(extra)} extra ({elapsed:.2f} s)"
                  + (f"; first missing {missing[0]}" if missing else "")
                  + (f"; first extra {extra[0]}" if extra else "")
                  + (f"; first wrong {wrong[0]}: {ours[wrong[0]]} vs {gold[wrong[0]]}"
                     if wrong else ""))
        if len(results) > 1:
            first = next(iter(results.values()))
            same = all(r == first for r in results.values())
            print(f"{gold_path.stem}: formats {'identical' if same else 'DIFFER'} "
                  f"({', '.join(results)})")
    print(f"ALL: {total_exact}/{total_gold} gold figures exact "
          f"({100 * total_exact / max(total_gold, 1):.1f} %)")
    editions()
    return 0


def _content(budget: Budget) -> dict[str, Any]:
    """What a budget says, without where it says it (cells, pages, the file)."""
    total = budget.recommended_total
    return {
        "lines": sorted(_line_keys(budget)),
        "warnings": sorted(w.code for w in budget.warnings),
        "accomplishments": [(a.ref, a.component, a.text) for a in budget.accomplishments],
        "recommendations": [(r.group, r.item, r.amount, r.paragraphs, r.text)
                            for r in budget.recommendations],
        "recommended total": total and (total.recommended, total.proposed, total.change,
                                        total.period),
        "staffing changes": [(c.component, c.office, c.kind, c.category, c.number, c.level,
                              c.title, c.action) for c in budget.staffing_changes],
        "legislative history": [(h.period, h.stage, h.amount, h.document, h.date)
                                for h in budget.legislative_history],
        "mission and period": (budget.mission, budget.document, budget.budget_period),
    }


def _line_keys(budget: Budget) -> list[tuple]:
    """Each line as (table, group, item, measure, period, amount), head counts as "people"
    whichever table holds them."""
    return [("people" if ln.unit == "people" else str(ln.table), ln.group, ln.item,
             str(ln.measure), ln.period, ln.amount) for ln in budget.lines]


def editions() -> None:
    """Print, per document, what its DOCX and PDF editions (and workbook) give differently."""
    agree = compared = 0
    docs = sorted((DATA / "budgets" / "reports").glob("*.docx")) + \
        sorted((DATA / "budgets" / "acabq").glob("*.docx"))
    for docx in docs:
        pdf = docx.with_suffix(".pdf")
        if not pdf.exists():
            continue
        compared += 1
        word, printed = _content(_parsed(docx)), _content(_parsed(pdf))
        differ = [k for k in word if word[k] != printed[k]]
        agree += not differ
        counts = f"{len(word['lines'])} lines, {len(word['accomplishments'])} accomplishments, " \
                 f"{len(word['staffing changes'])} staffing changes"
        print(f"{docx.stem}: DOCX and PDF {'identical' if not differ else 'DIFFER in '}"
              f"{', '.join(differ)} ({counts})")
        workbook = DATA / "budgets" / "xlsx" / f"{docx.stem}.xlsx"
        if workbook.exists():
            own = _line_keys(_parsed(workbook))
            extra = sorted(set(own) - set(_line_keys(_parsed(docx))))
            print(f"{docx.stem}: workbook {len(own) - len(extra)}/{len(own)} lines as the "
                  "DOCX gives them" + (f"; first other {extra[0]}" if extra else ""))
    print(f"EDITIONS: {agree}/{compared} documents read the same from DOCX and PDF")


if __name__ == "__main__":
    sys.exit(main())
