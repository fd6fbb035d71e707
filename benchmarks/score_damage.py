"""Is a damaged resolution PDF that reads differently always said to be damaged?

pdfium reads around damage without a word: it repairs a broken cross-reference table, reads a
page stream up to a break and draws a broken font's text elsewhere. This zeroes a stretch of
bytes at a seeded random place in copies of the shared resolution PDFs, parses each copy and
counts, among the copies that still read, those whose paragraphs differ from the original's
and whether each carries the `pdf_damaged` warning.

    python -m benchmarks.score_damage [--copies 4] [--bytes 2000] [--seed 3]

The target is every differing copy warned. A copy warned that reads the same is no error: the
file is damaged where this reading does not look (an unused object, a glyph no page draws).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

from benchmarks import pema
from mandates import parse_resolution
from provenance import InputError


def main(argv: list[str] | None = None) -> int:
    """Damage, parse, compare, report; 1 when a differing copy carries no warning."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=4, help="damaged copies of each PDF")
    parser.add_argument("--bytes", type=int, default=2000, help="bytes zeroed in each copy")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args(argv)
    pdfs = sorted((pema.DATA / "resolutions" / "pdf").glob("*.pdf"))
    if not pdfs:
        print(f"no shared resolution PDFs under {pema.DATA}", file=sys.stderr)
        return 1
    rng = random.Random(args.seed)
    counts = {"refused": 0, "differ, warned": 0, "differ, not warned": 0,
              "same, warned": 0, "same, not warned": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for source in pdfs:
            original = [(p.ref, p.text) for p in parse_resolution(source).paragraphs]
            data = source.read_bytes()
            for _ in range(args.copies):
                at = rng.randrange(len(data) // 10, len(data) - args.bytes - 1000)
                copy = Path(tmp) / source.name
                copy.write_bytes(data[:at] + bytes(args.bytes) + data[at + args.bytes:])
                try:
                    read = parse_resolution(copy)
                except InputError:
                    counts["refused"] += 1
                    continue
                differ = [(p.ref, p.text) for p in read.paragraphs] != original
                warned = any(w.code == "pdf_damaged" for w in read.warnings)
                counts[f"{'differ' if differ else 'same'}, "
                       f"{'warned' if warned else 'not warned'}"] += 1
                if differ and not warned:
                    print(f"  {source.name}: bytes {at}-{at + args.bytes} zeroed, read "
                          "differently, no warning")
    total = len(pdfs) * args.copies
    print(f"{total} damaged copies of {len(pdfs)} PDFs: "
          + "; ".join(f"{name} {n}" for name, n in counts.items()))
    return 1 if counts["differ, not warned"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
