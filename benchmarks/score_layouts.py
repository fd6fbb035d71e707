"""Does a resolution read the same whatever its page looks like?

The PDFs the project will meet are not only the UN's: pages printed from a web catalogue, from
a word processor, in another font or column width, break lines in other places. This
typesets a seeded sample of the shared text resolutions with WeasyPrint in four layouts
(the lines of the text file as paragraphs, so each layout wraps them differently), parses
each PDF and the text it came from, and counts the resolutions whose paragraphs, tasks,
symbol, adoption, expiry and reporting requests agree.

    python -m benchmarks.score_layouts [--sample 60] [--seed 1] [--show 20]

Disagreements are listed. Some come from the text files themselves, which the text reader
repairs and a PDF reader should not (words split by stray spaces, for one), so 100 % is not
the target; a new kind of disagreement is a reading to look at.
"""

from __future__ import annotations

import argparse
import html
import random
import sys
import tempfile
import time
from pathlib import Path

from benchmarks import pema
from mandates import Resolution, parse_resolution
from mandates.readers.txt import decode
from provenance import InputError

LAYOUTS = {
    "serif 11pt": "font: 11pt serif",
    "sans 10pt, narrow": "font: 10pt sans-serif; margin: 0 4cm 0 0",
    "serif 13pt, justified": "font: 13pt serif; text-align: justify",
    "serif 9pt, 10 cm column": "font: 9pt serif; width: 10cm",
}


def typeset(source: Path, css: str, out: Path) -> None:
    """Write the text resolution `source` as a PDF, one paragraph per line of the file."""
    from weasyprint import HTML

    lines = decode(source.read_bytes(), source).splitlines()
    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    HTML(string=f"<html><body style='{css}'>{body}</body></html>").write_pdf(out)


def differences(a: Resolution, b: Resolution) -> list[str]:
    """What the reading `b` (of a PDF, or another copy) says otherwise than the reading `a`:
    paragraphs, tasks, metadata, reporting requests and ceilings."""
    out = []
    refs_a, refs_b = [p.ref for p in a.paragraphs], [p.ref for p in b.paragraphs]
    if refs_a != refs_b:
        only = sorted(set(refs_a) ^ set(refs_b))
        out.append(f"paragraphs {len(refs_a)} → {len(refs_b)} ({', '.join(only[:6])})")
    tasks_a = [(t.ref, t.categories) for t in a.tasks]
    tasks_b = [(t.ref, t.categories) for t in b.tasks]
    if tasks_a != tasks_b:
        out.append(f"tasks at {sorted({r for r, _ in set(tasks_a) ^ set(tasks_b)})[:6]}")
    for field in ("symbol", "adopted", "meeting", "missions", "chapter_vii", "mandate_expires"):
        if getattr(a, field) != getattr(b, field):
            out.append(f"{field} {getattr(a, field)} → {getattr(b, field)}")
    if [r.ref for r in a.reporting] != [r.ref for r in b.reporting]:
        out.append(f"reporting {len(a.reporting)} → {len(b.reporting)}")
    elif (when_a := [(r.ref, r.due, r.frequency) for r in a.reporting]) != (
            when_b := [(r.ref, r.due, r.frequency) for r in b.reporting]):
        out.append(f"reporting at {[w[0] for w in when_a if w not in when_b][:6]}")
    ceilings_a = sorted((c.mission, c.kind.value, c.count) for c in a.ceilings)
    ceilings_b = sorted((c.mission, c.kind.value, c.count) for c in b.ceilings)
    if ceilings_a != ceilings_b:
        out.append(f"ceilings {ceilings_a} → {ceilings_b}")
    return out


def differences_in(original: Resolution, copy: Path) -> list[str]:
    """`differences` between `original` and the reading of the file `copy`, or the line
    saying why that file was refused."""
    try:
        return differences(original, parse_resolution(copy))
    except InputError as exc:
        return [f"refused: {exc}"]


class Disagreements:
    """Counts the copies that read the same; prints the first `show` that do not."""

    def __init__(self, show: int) -> None:
        self.show = show
        self.shown = 0

    def same(self, form: str, name: str, found: list[str]) -> bool:
        """True when `found` (the differences of one copy) is empty; else print it while
        fewer than `show` have been printed."""
        if not found:
            return True
        if self.shown < self.show:
            self.shown += 1
            print(f"  [{form}] {name}: {'; '.join(found)}")
        return False


def text_sample(description: str, sample: int, unit: str,
                argv: list[str] | None) -> tuple[argparse.Namespace, list[Path]] | None:
    """The `--sample`, `--seed` and `--show` options of a benchmark over the shared text
    resolutions, and those files; None (said on stderr) when they are not there."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--sample", type=int, default=sample, help=f"text resolutions per {unit}")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=20, help="disagreements to list")
    args = parser.parse_args(argv)
    if not pema.TXT.is_dir():
        print(f"no shared text resolutions at {pema.TXT}", file=sys.stderr)
        return None
    return args, sorted(pema.TXT.glob("*.txt"))


def main(argv: list[str] | None = None) -> int:
    """Typeset, parse, compare, report."""
    options = text_sample(__doc__.splitlines()[0], 60, "layout", argv)
    if options is None:
        return 1
    args, files = options
    started = time.perf_counter()
    listed = Disagreements(args.show)
    with tempfile.TemporaryDirectory() as tmp:
        for n, (name, css) in enumerate(LAYOUTS.items()):
            pick = random.Random(args.seed * 100 + n).sample(files, min(args.sample, len(files)))
            same = compared = 0
            for source in pick:
                try:
                    text_reading = parse_resolution(source)
                except InputError:
                    continue  # not a resolution as a text either
                pdf = Path(tmp) / f"{source.stem}.pdf"
                typeset(source, css, pdf)
                compared += 1
                same += listed.same(name, source.name, differences_in(text_reading, pdf))
            print(f"{name}: {same}/{compared} read the same as their text "
                  f"({same / compared:.1%})" if compared else f"{name}: nothing compared")
    print(f"{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
