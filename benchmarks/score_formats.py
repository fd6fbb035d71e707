"""Does a resolution read the same from each format it comes in?

The shared data holds 129 resolutions both as the UN's paragraph JSON and as the text
extracted from its PDF, and ten as the PDF beside their JSON or text. This parses every copy
of each and counts, for each pair of formats, the resolutions whose copies agree on
paragraphs, tasks, symbol, adoption, meeting, missions, Chapter VII, expiry, ceilings and
reporting requests (`score_layouts.differences`), and lists those that do not.

    python -m benchmarks.score_formats [--show 40]

A difference may come from the copy rather than the reading (a text that never printed the
meeting at which a 1948 resolution was adopted): each is listed so that it can be judged.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from benchmarks import pema
from benchmarks.score_layouts import Disagreements, differences
from mandates import Resolution, parse_resolution
from provenance import InputError

#: the formats compared, the fullest reading first: a pair is read as "first → second"
FORMATS = ("pdf", "json", "txt")
_NAMED = re.compile(r"S[-_ ]RES[-_ ](\d{1,4})\s*\((\d{4})\)", re.I)


def copies(folders: list[Path]) -> dict[tuple[int, int], dict[str, Path]]:
    """The files of each resolution (number, year) by format, for the resolutions that come in
    more than one: "S_RES_2765(2024).pdf", "S_RES_2765(2024).json" and "S-RES-2765(2024).txt"
    are copies of one."""
    found: dict[tuple[int, int], dict[str, Path]] = defaultdict(dict)
    for folder in folders:
        for path in sorted(folder.glob("*")):
            m = _NAMED.match(path.name)
            kind = path.suffix.lower().lstrip(".")
            if m and kind in FORMATS:
                found[int(m[1]), int(m[2])][kind] = path
    return {key: files for key, files in sorted(found.items()) if len(files) > 1}


def main(argv: list[str] | None = None) -> int:
    """Parse every copy, compare each pair, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=40, help="disagreements to list")
    args = parser.parse_args(argv)
    root = pema.DATA / "resolutions"
    if not root.is_dir():
        print(f"no shared resolutions at {root}", file=sys.stderr)
        return 1
    started = time.perf_counter()
    listed = Disagreements(args.show)
    same: dict[str, int] = defaultdict(int)
    compared: dict[str, int] = defaultdict(int)
    for (number, year), files in copies([root / kind for kind in FORMATS]).items():
        readings: dict[str, Resolution | str] = {}
        for kind, path in files.items():
            try:
                readings[kind] = parse_resolution(path)
            except InputError as exc:
                readings[kind] = f"refused: {exc}"
        for first, second in combinations([k for k in FORMATS if k in readings], 2):
            a, b = readings[first], readings[second]
            pair = f"{first} → {second}"
            if isinstance(a, Resolution) and isinstance(b, Resolution):
                found = differences(a, b)
            else:  # one copy or both refused: that is the difference
                found = [x for x in (a, b) if isinstance(x, str)]
            compared[pair] += 1
            same[pair] += listed.same(pair, f"{number} ({year})", found)
    for pair in sorted(compared):
        print(f"{pair}: {same[pair]}/{compared[pair]} resolutions read the same")
    print(f"{time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
