"""Compare the overall financial table of every dev budget with the gold, in every format.

For each gold file in ../shared/data/gold/budgets, parses the same document as xlsx
(budgets/xlsx), DOCX and PDF (budgets/reports) and counts the gold figures matched to
the dollar, missing and extra; then checks that the formats give identical lines.

    python -m benchmarks.score_budgets
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from benchmarks import pema
from budgets import TableKind, parse_budget
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


def parsed_figures(path: Path) -> dict[Key, int]:
    """The same keys from the parser's financial-resources lines."""
    budget = parse_budget(path)
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
