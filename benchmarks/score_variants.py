"""Does a text resolution read the same however the copy prints its lists and pages?

Text resolutions do not all come from the UN's PDFs: a copy from a web page, a word processor
or an older print labels items "a)" instead of "(a)", drops the dots of paragraph numbers,
puts a tab after a label, numbers pages "- 2 -", runs a list or the whole text into one line.
This rewrites a
seeded sample of the shared text resolutions in each such form, parses the copy and the
original, and counts the resolutions whose paragraphs, tasks, symbol, adoption, expiry and
reporting requests agree (`score_layouts.differences`).

    python -m benchmarks.score_variants [--sample 80] [--seed 1] [--show 20]

A form that reads the same in every resolution is not the target for all of them: some
rewritings make a text ambiguous (a list run into one line with its heading; a bilingual
record whose French items are labelled "a)"), so a new kind of disagreement is the thing
to look at.
"""

from __future__ import annotations

import random
import re
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.score_layouts import Disagreements, differences_in, text_sample
from mandates import parse_resolution
from mandates.readers.lines import is_furniture
from mandates.readers.txt import decode
from provenance import InputError

_LABEL = re.compile(r"^(\d{1,3}\.|\((?:[a-z]{1,2}|[ivx]{1,5})\))\s+")
_NUMBER = re.compile(r"^(\d{1,3})\.\s+")
_ITEM = re.compile(r"^\(((?:[a-z]{1,2}|[ivx]{1,5}))\)\s+")


def _lines(f: Callable[[str], str]) -> Callable[[str], str]:
    return lambda text: "\n".join(f(line) for line in text.splitlines())


def _paged(text: str) -> str:
    out: list[str] = []
    for i, line in enumerate(text.splitlines()):
        if i and i % 25 == 0:
            out += ["", f"- {i // 25 + 1} -", ""]
        out.append(line)
    return "\n".join(out)


def _run_in(text: str) -> str:
    out: list[str] = []
    for line in text.splitlines():
        if is_furniture(line.strip()):
            continue  # such a copy comes from a web page: no running heads or job numbers
        if _ITEM.match(line) and out:
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _one_line(text: str) -> str:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if line.startswith("The Security Council")),
                 None)
    if start is None:
        return " ".join(lines)
    # such a copy comes from the text, not the printed pages: no running heads or job numbers
    body = [line for line in lines[start + 1:] if not is_furniture(line.strip())]
    return "\n".join(lines[:start + 1]) + "\n" + " ".join(body)


#: name → how the copy rewrites the text
VARIANTS: dict[str, Callable[[str], str]] = {
    "items 'a)'": _lines(lambda line: _ITEM.sub(r"\1) ", line)),
    "numbers without dots": _lines(lambda line: _NUMBER.sub(r"\1 ", line)),
    "tab after labels": _lines(lambda line: _LABEL.sub("\\1\t", line)),
    "no-break space after labels": _lines(lambda line: _LABEL.sub("\\1\u00a0", line)),
    "labels on their own line": _lines(lambda line: _LABEL.sub("\\1\n", line)),
    "indented labels": _lines(lambda line: ("    " + line) if _LABEL.match(line) else line),
    "pages '- 2 -'": _paged,
    "CRLF, blank lines between": lambda text: "\r\n\r\n".join(text.splitlines()),
    "lists run into one line": _run_in,
    "the text after 'The Security Council' on one line": _one_line,
}


def main(argv: list[str] | None = None) -> int:
    """Rewrite, parse, compare, report."""
    options = text_sample(__doc__.splitlines()[0], 80, "form", argv)
    if options is None:
        return 1
    args, files = options
    pick = random.Random(args.seed).sample(files, min(args.sample, len(files)))
    started = time.perf_counter()
    originals = {}
    for source in pick:
        try:
            originals[source] = parse_resolution(source)
        except InputError:
            continue  # not a resolution as printed either
    listed = Disagreements(args.show)
    with tempfile.TemporaryDirectory() as tmp:
        for name, rewrite in VARIANTS.items():
            same = 0
            for source, original in originals.items():
                copy = Path(tmp) / source.name
                copy.write_text(rewrite(decode(source.read_bytes(), source)), encoding="utf-8")
                same += listed.same(name, source.name, differences_in(original, copy))
            print(f"{name}: {same}/{len(originals)} read the same as the original")
    print(f"{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
