"""Score what the parser reads about a resolution against PEMA's coders and the printed text.

For every resolution PEMA coded whose text is in ../shared/data/resolutions/txt, compares:

- the adoption date with PEMA's `Date2`, and, where the two differ, with the "Adopted by the
  Security Council at its … meeting, on …" line as printed (read here by its own pattern);
- the mission the parser puts first with the mission PEMA coded the row for (`NamePKO`).

Development and held-out resolutions (`pema.is_held_out`) are counted apart.

    python -m benchmarks.score_metadata [--show N]
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from benchmarks import pema
from benchmarks.score_tasks import norm_mission
from mandates import parse_resolution
from provenance import InputError

_PRINTED = re.compile(r"Adopt(?:ed|ion)\s+by\s+the\s+Security\s+Council\s+at\s+its\s+\S+\s+"
                      r"meeting,?\s+on\s+(\d{1,2})\s+([A-Z][a-z]+)\s+(\d{4})")


@dataclass(frozen=True)
class Row:
    """One coded resolution: what PEMA says, what the parser read, what the text prints."""

    number: int
    held_out: bool
    pema_date: datetime.date | None
    ours_date: datetime.date | None
    printed_date: datetime.date | None
    pema_mission: str
    ours_missions: tuple[str, ...]

    @property
    def date_agrees(self) -> bool:
        """The parser's adoption date is PEMA's."""
        return self.ours_date == self.pema_date

    @property
    def mission_agrees(self) -> bool:
        """The mission the parser names first is the one PEMA coded."""
        return bool(self.ours_missions) and self.ours_missions[0] == self.pema_mission


def printed_date(path: Path) -> datetime.date | None:
    """The adoption date as the text prints it, None when the line is not there."""
    text = " ".join(path.read_text(encoding="cp1252", errors="replace").split())
    m = _PRINTED.search(text)
    if not m:
        return None
    try:
        return datetime.datetime.strptime(" ".join(m.groups()), "%d %B %Y").date()
    except ValueError:
        return None


def rows() -> tuple[list[Row], list[str]]:
    """A `Row` per PEMA-coded text resolution, and the files the parser could not read."""
    out: list[Row] = []
    unread: list[str] = []
    for gold in pema.load_gold():
        path = pema.find_document(gold.number)
        if path is None or path.suffix != ".txt" or gold.date is None:
            continue
        try:
            res = parse_resolution(path)
        except InputError as exc:
            unread.append(f"{path.name}: {exc}")
            continue
        out.append(Row(gold.number, gold.held_out, gold.date, res.adopted, printed_date(path),
                       norm_mission(gold.mission),
                       tuple(norm_mission(m) for m in res.missions)))
    return out, unread


def summary(table: list[Row]) -> list[str]:
    """Agreement lines, development and held-out apart."""
    lines = []
    for part, held in (("development", False), ("held-out", True)):
        part_rows = [r for r in table if r.held_out is held]
        n = len(part_rows)
        if not n:
            continue
        differ = [r for r in part_rows if not r.date_agrees]
        printed = Counter("ours" if r.printed_date == r.ours_date else
                          "PEMA" if r.printed_date == r.pema_date else "neither"
                          for r in differ)
        printed_all = [r for r in part_rows if r.printed_date is not None]
        as_printed = sum(r.ours_date == r.printed_date for r in printed_all)
        missions = sum(r.mission_agrees for r in part_rows)
        named = sum(r.pema_mission in r.ours_missions for r in part_rows)
        lines.append(
            f"{part}: {n} resolutions; adoption date as PEMA's in {n - len(differ)}; of the "
            f"{len(differ)} that differ the printed line agrees with the parser in "
            f"{printed['ours']}, with PEMA in {printed['PEMA']}, with neither in "
            f"{printed['neither']}; as printed in {as_printed} of the {len(printed_all)} "
            f"that print the line; PEMA's mission named first in {missions}, named at all in "
            f"{named}")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the agreement counts and the disagreements."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=30, help="disagreements to list")
    args = parser.parse_args(argv)
    if not pema.GOLD.exists():
        print(f"{pema.GOLD}: not found; put ../shared beside the repository", file=sys.stderr)
        return 3
    table, unread = rows()
    for line in summary(table):
        print(line)
    shown = 0
    for r in table:
        if shown >= args.show or (r.date_agrees and r.mission_agrees):
            continue
        shown += 1
        print(f"  S/RES/{r.number}{' (held out)' if r.held_out else ''}: adopted ours "
              f"{r.ours_date}, PEMA {r.pema_date}, printed {r.printed_date}; mission PEMA "
              f"{r.pema_mission}, ours {', '.join(r.ours_missions) or 'none'}")
    for line in unread:
        print(f"  not read: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
