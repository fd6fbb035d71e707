"""Score paragraph segmentation against the UN's own paragraph JSON.

For every resolution present both as JSON (the UN's segmentation) and as a PDF or text
file, compares the set of operative refs (`13`, `13(a)`, `13(i)(a)`) and the preambular
count, and reports precision, recall and F1 of refs, per file and overall. With `--json`, it
parses every JSON file itself (`coherence mandate FILE.json`) and scores that reading against
the same JSON: how faithfully the JSON reader and the segmenter take the UN's segmentation.

    python -m benchmarks.score_segmentation [--show-worst N] [--json]
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

from benchmarks import pema
from mandates import ParagraphKind, parse_resolution


def _number_year(name: str) -> tuple[str, str] | None:
    m = re.search(r"(\d+)\((\d{4})\)", name)
    return (m.group(1), m.group(2)) if m else None


def pairs() -> list[tuple[Path, Path]]:
    """(json, document) pairs: the same resolution as UN JSON and as PDF or text."""
    docs: dict[tuple[str, str], Path] = {}
    for folder in (pema.TXT, pema.DATA / "resolutions" / "pdf"):
        for f in sorted(folder.glob("*")):
            key = _number_year(f.name)
            if key:
                docs[key] = f  # a PDF, listed last, wins over the text extraction
    out = []
    for j in sorted(pema.JSON_DIR.glob("*.json")):
        key = _number_year(j.name)
        if key and key in docs:
            out.append((j, docs[key]))
    return out


def main(argv: list[str] | None = None) -> int:
    """Print per-file and overall operative-ref precision/recall/F1."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-worst", type=int, default=10)
    parser.add_argument("--json", action="store_true",
                        help="parse the JSON files themselves, all of them")
    args = parser.parse_args(argv)
    tp = fp = fn = 0
    preambles_equal = preambles = 0
    rows = []
    skipped: list[str] = []
    started = time.perf_counter()
    compared = ([(j, j) for j in sorted(pema.JSON_DIR.glob("*.json"))] if args.json
                else pairs())
    for j, doc in compared:
        gold = {p.ref for p in pema.paragraphs_from_json(j) if not re.search(r"\(\d+\)$", p.ref)}
        if not gold:
            # the JSON left the whole text as front matter (pre-1990 files): nothing to score
            skipped.append(j.name)
            continue
        res = parse_resolution(doc)
        ours = {p.ref for p in res.paragraphs if p.kind is ParagraphKind.OPERATIVE}
        gold_pp = pema.preambular_count_from_json(j)
        if gold_pp is not None:
            preambles += 1
            preambles_equal += gold_pp == sum(1 for p in res.paragraphs
                                              if p.kind is ParagraphKind.PREAMBULAR)
        t, f_p, f_n = len(gold & ours), len(ours - gold), len(gold - ours)
        tp, fp, fn = tp + t, fp + f_p, fn + f_n
        f1 = 2 * t / (2 * t + f_p + f_n) if gold or ours else 1.0
        rows.append((f1, doc.name, sorted(ours - gold)[:6], sorted(gold - ours)[:6]))
    elapsed = time.perf_counter() - started
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"resolutions scored: {len(rows)} ({elapsed:.1f} s); skipped {len(skipped)} whose "
          "JSON has no operative paragraph")
    print(f"operative refs: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} "
          f"(tp {tp}, fp {fp}, fn {fn})")
    print(f"files exact: {sum(1 for r in rows if r[0] == 1.0)}/{len(rows)}")
    print(f"preambular paragraphs as many as the JSON's: {preambles_equal}/{preambles} "
          "(files whose JSON front matter can be counted)")
    for f1_file, name, extra, missing in sorted(rows)[:args.show_worst]:
        print(f"  {f1_file:.3f} {name}: extra {extra} missing {missing}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
