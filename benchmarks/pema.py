"""PEMA's human coding as data, and the resolutions it coded, for the task benchmarks.

`load_gold()` reads ../shared/data/gold/pema_raw_v2.csv into one `GoldResolution` per coded
resolution: which PEMA tasks are present, with which modality columns, in which operative
paragraphs. `read_paragraphs()` turns the resolution text into `Paragraph` records, through
`mandates.parse_resolution` when it can read the file, else through a minimal splitter kept
here (the real segmenter lives in `mandates/`).

The split between development and held-out resolutions is fixed here, once: whole missions
held out (so a mission's boilerplate cannot leak into the rules) plus every fifth resolution
number of the others.
"""

from __future__ import annotations

import csv
import datetime
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from mandates.model import Paragraph, ParagraphKind
from mandates.segment import CLOSING_PARAGRAPH

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("COHERENCE_SHARED", ROOT.parent / "shared")).resolve()
DATA = SHARED / "data"
GOLD = DATA / "gold" / "pema_raw_v2.csv"
TXT = DATA / "resolutions" / "txt"
JSON_DIR = DATA / "resolutions" / "json"

MODALITY_COLUMNS = ("Monitor", "Assist", "Security", "Encouraged")

# Chosen before any error analysis; the learned filter never trains on them. Rule writing has
# read some of their resolutions and, in one cue audit (December 2026), their errors (README).
HELD_OUT_MISSIONS = frozenset({
    "UNMISS", "MINUSMA", "UNAMID", "UNMIBH", "UNOMIL", "UNAVEM III", "UNMOT", "MINURCAT",
    "ONUB", "UNMIH",
})


def is_held_out(number: int, mission: str) -> bool:
    """True for resolutions kept apart from the filter's training: held-out missions, numbers
    ≡ 0 mod 5."""
    return mission in HELD_OUT_MISSIONS or number % 5 == 0


@dataclass
class GoldResolution:
    """One PEMA row: a resolution and the tasks its coders found, per mission."""

    number: int
    signature: str
    mission: str
    year: int
    # pema key -> modality column names present (Monitor, Assist, Security, Encouraged)
    tasks: dict[str, set[str]] = field(default_factory=dict)
    # pema key -> {(top-level paragraph, full ref)} in the resolution's operative part
    refs: dict[str, set[tuple[str, str]]] = field(default_factory=dict)
    # (pema key, top-level paragraph) -> modality columns
    ref_modalities: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    # False when the coders cited paragraphs of another document (a report, an agreement)
    paragraphs_scorable: bool = True
    # True when a cited paragraph number is past the resolution's last operative paragraph
    cites_beyond: bool = False
    # the adoption date PEMA's coders entered (column Date2), None when blank or unreadable
    date: datetime.date | None = None

    @property
    def held_out(self) -> bool:
        """Kept apart from rule writing."""
        return is_held_out(self.number, self.mission)

    @property
    def decade(self) -> str:
        """`1990s`, `2000s`…"""
        return f"{self.year // 10 * 10}s"


_CLOCK = re.compile(r"(\d+):00\s*([AP])M", re.I)
_OTHER_DOCUMENT = re.compile(r"\(\s*S/|Agreement|Annex|Declaration|Conclusions|PIC\b", re.I)


def parse_cell(cell: str) -> tuple[list[tuple[str, str]], bool]:
    """Paragraph refs in one PEMA cell as (top, full) pairs, and whether they are ours.

    `28a, 32, 34i(a)` → [("28", "28a"), ("32", "32"), ("34", "34ia")]; `6a, c` → 6a and 6c.
    Spreadsheet damage is
    undone (`4:00 AM` was `4 a`). A cell that cites another document's paragraphs (`26
    (S/26090)`) gives no refs and False; `19 referring to 77 (S/1996/1012)` gives 19.
    Preambular cites (`p2`, `p.4`) give no refs.
    """
    text = _CLOCK.sub(lambda m: m.group(1) + m.group(2).lower(), cell.strip())
    text = text.replace("?", "")
    if re.search(r"referring", text, re.I):
        text = re.split(r"referring", text, flags=re.I)[0]
    elif _OTHER_DOCUMENT.search(text):
        return [], False
    out: list[tuple[str, str]] = []
    for part in re.split(r"[;,+]|\band\b", text):
        part = part.strip()
        if out and re.fullmatch(r"\(?[a-h]\)?", part):
            # "6a, c, d": the letters after the first belong to the same paragraph
            top = out[-1][0]
            out.append((top, top + part.strip("()")))
            continue
        m = re.match(r"^(\d{1,3})\s*(.*)$", part)
        if not m:
            continue
        top = m.group(1)
        rest = re.sub(r"[^a-z0-9]", "", m.group(2).lower())
        out.append((top, top + rest))
    return out, True


def load_gold(path: Path = GOLD) -> list[GoldResolution]:
    """PEMA rows that name one resolution, merged when a resolution has several rows."""
    with open(path, encoding="utf-8", errors="replace", newline="") as handle:
        rows = list(csv.DictReader(handle))
    columns = [c for c in rows[0] if c.rsplit("_", 1)[-1] in MODALITY_COLUMNS]
    by_key: dict[tuple[int, str], GoldResolution] = {}
    for row in rows:
        signature = row["Signature"].strip()
        numbers = re.findall(r"S/RES/(\d+)", signature)
        if len(numbers) != 1:
            continue
        number = int(numbers[0])
        mission = row["NamePKO"].strip()
        gold = by_key.setdefault((number, mission), GoldResolution(
            number, f"S/RES/{number}", mission, int(row["Year"] or 0)))
        gold.date = gold.date or _pema_date(row.get("Date2") or "")
        if re.search(r"S/\d", row.get("Comments") or ""):
            gold.paragraphs_scorable = False
        for column in columns:
            cell = (row[column] or "").strip()
            if not cell:
                continue
            key, modality = column.rsplit("_", 1)
            gold.tasks.setdefault(key, set()).add(modality)
            refs, ours = parse_cell(cell)
            if not ours and not refs:
                continue
            for top, full in refs:
                gold.refs.setdefault(key, set()).add((top, full))
                gold.ref_modalities.setdefault((key, top), set()).add(modality)
    return list(by_key.values())


def _pema_date(text: str) -> datetime.date | None:
    """`13-Jul-92` as 13 July 1992 (two-digit years from 1946 on), None when unreadable."""
    try:
        day = datetime.datetime.strptime(text.strip(), "%d-%b-%y").date()
    except ValueError:
        return None
    return day.replace(year=day.year - 100) if day.year > 2045 else day


def cites_beyond(gold: GoldResolution, paragraphs: list[Paragraph]) -> bool:
    """True (and recorded on `gold`) when PEMA cites a paragraph number the resolution lacks.

    The coders of some early resolutions cited the Secretary-General's report by its own
    numbering without naming it (745 cites paragraph 160 of an 11-paragraph resolution); such
    a row says nothing about the resolution's paragraphs.
    """
    numbers = [int(m.group(1)) for p in paragraphs
               if p.kind is ParagraphKind.OPERATIVE and (m := re.match(r"(\d+)", p.ref))]
    if not numbers:
        return False
    last = max(numbers)
    beyond = any(int(top) > last for refs in gold.refs.values() for top, _ in refs)
    gold.cites_beyond = gold.cites_beyond or beyond
    return beyond


def find_document(number: int) -> Path | None:
    """The text resolution `S-RES-N(YYYY).txt`, else the paragraph JSON, else None."""
    for folder, pattern in ((TXT, f"S-RES-{number}(*).txt"), (JSON_DIR, f"S_RES_{number}(*).json")):
        hits = sorted(folder.glob(pattern))
        if hits:
            return hits[0]
    return None


# --- a throwaway splitter, used only until mandates.parse_resolution reads text files ---

_RUNNING = re.compile(
    r"^\s*(?:/\.\.\.|-{3,}|S/RES/\d+\s*\(\d{4}\)(?:\s*Page \d+)?|Page \d+.*|\d{1,3}"
    r"|\d{1,3}\s*/\s*\d{1,3}|\d{2}-\d{5}\s*\(E\).*|\*\d{7,}\*|\d{1,3}\s+\d{2}-\d{5}.*"
    r"|\d{2}-\d{5}(?:\s+\d{1,3})?|\d{1,3}/\d{1,3}\s+\d{2}-\d{5}.*)\s*$"
)
_TOP = re.compile(r"^\s*(\d{1,3})\s*\.\s*(\S.*)$")
_SUB = re.compile(r"^\s*\(([a-z]{1,2}|[ivxl]+)\)\s*(.*)$")
_SECTION = re.compile(r"^\s*([IVX]{1,4})\s*\.\s+(\S.*)$")
_ROMAN = re.compile(r"^[ivxl]+$")
_LETTER_BEFORE = {"i": "h", "v": "u", "x": "w", "l": "k"}


_ROMAN_NEXT = {"i": "ii", "ii": "iii", "iii": "iv", "iv": "v", "v": "vi", "vi": "vii",
               "vii": "viii", "viii": "ix", "ix": "x"}


def _is_heading(line: str) -> bool:
    s = line.strip()
    return (0 < len(s) < 90 and s[0].isupper() and s[-1] not in ";:.,"
            and not re.match(r"^(?:The Security Council|Adopted)\b", s))


def split_text(text: str) -> list[Paragraph]:
    """Operative paragraphs of a text resolution, nested as printed (`4`, `4(a)`, `4(a)(i)`)."""
    text = text.replace("Â\xa0", " ").replace("\xa0", " ").replace("Â", " ")
    lines = [ln for ln in text.splitlines() if ln.strip() and not _RUNNING.match(ln)]
    paragraphs: list[dict[str, object]] = []
    expected = 1
    top: str | None = None
    letter: str | None = None
    section: str | None = None
    heading: str | None = None
    current: dict[str, object] | None = None
    for line in lines:
        m = _TOP.match(line)
        if m and int(m.group(1)) in (expected, 1) and (top is not None or m.group(1) == "1"):
            top, letter, section = m.group(1), None, None
            expected = int(top) + 1
            current = {"ref": top, "text": m.group(2).strip(), "level": 1, "parent": None,
                       "heading": heading}
            paragraphs.append(current)
            continue
        if top is None:
            continue
        s = _SECTION.match(line)
        if s and current is not None:
            section, letter = s.group(1), None
            current = {"ref": f"{top}({section})", "text": s.group(2).strip(), "level": 2,
                       "parent": top, "heading": heading}
            paragraphs.append(current)
            continue
        m2 = _SUB.match(line)
        if m2:
            label = m2.group(1)
            base = f"{top}({section})" if section else top
            roman = bool(_ROMAN.match(label)) and not (
                label in _LETTER_BEFORE and letter == _LETTER_BEFORE[label])
            if roman and letter is not None:
                ref, parent, level = f"{base}({letter})({label})", f"{base}({letter})", 3
            else:
                if not roman:
                    letter = label
                ref, parent, level = f"{base}({label})", base, 2 + (1 if section else 0)
            current = {"ref": ref, "text": m2.group(2).strip(), "level": level,
                       "parent": parent, "heading": heading}
            paragraphs.append(current)
            continue
        if current is None:
            continue
        previous = str(current["text"])
        if _is_heading(line) and previous.rstrip()[-1:] in (";", ".", ":"):
            heading = line.strip()
            continue
        joined = previous[:-1] + line.strip() if previous.endswith("-") else (
            previous + " " + line.strip())
        current["text"] = joined
    return [
        Paragraph(ref=str(p["ref"]), kind=ParagraphKind.OPERATIVE,
                  text=re.sub(r"\s+", " ", str(p["text"])).strip(), level=int(p["level"]),  # type: ignore[call-overload]
                  heading=p["heading"], parent=p["parent"])  # type: ignore[arg-type]
        for p in paragraphs
    ]


def paragraphs_from_json(path: Path) -> list[Paragraph]:
    """Operative paragraphs of a UN paragraph-JSON file, refs rebuilt from its prefixes.

    Numbered blocks open a paragraph; `(a)` blocks (or `a.`, as Word numbers some lists) are
    its sub-paragraphs; a heading printed
    as `(i) Protection of civilians` inside a paragraph opens a section whose letters restart;
    unnumbered blocks after the first operative paragraph are items of the current one.
    Blocks after an `Annex` heading are left out: the parser reads the resolution's body and
    records an annex as a warning, and the JSON numbers annex paragraphs as if operative. So
    are the blocks of an annex the JSON gives no heading (1730 (2006)): numbering that begins
    again at 1 after "Decides to remain seized of the matter.".
    """
    blocks = json.loads(path.read_text(encoding="utf-8"))
    out: list[Paragraph] = []
    top: str | None = None
    section: str | None = None
    letter: str | None = None
    heading: str | None = None
    items = 0
    for block in blocks:
        text = str(block.get("text") or "").strip()
        if block.get("type") == "heading":
            if re.match(r"^annex\b", text, re.I) and top is not None:
                break
            m = re.match(r"^\(([ivxl]+)\)\s*(.*)$", text)
            if m and top is not None:
                section, letter = m.group(1), None
                out.append(Paragraph(f"{top}({section})", ParagraphKind.OPERATIVE, m.group(2), 2,
                                     heading=heading, parent=top))
            else:
                heading = text
            continue
        if block.get("type") != "paragraph":
            continue
        prefix = str(block.get("prefix") or "").strip()
        m = re.match(r"^(\d+)\.$", prefix)
        if m and m.group(1) == "1" and top is not None and CLOSING_PARAGRAPH.fullmatch(
                next(p.text for p in reversed(out) if p.ref == top)):
            break  # numbering begun again after the closing paragraph: an unheaded annex
        if m and block.get("paragraph_type") == "operative":
            top, section, letter, items = m.group(1), None, None, 0
            if text.startswith("(a)"):
                letter = "a"  # "11. (a) Expresses concern …": the paragraph opens with (a)
            out.append(Paragraph(top, ParagraphKind.OPERATIVE, text, 1, heading=heading))
            continue
        if top is None:
            continue
        base = f"{top}({section})" if section else top
        # "a." and "i." are Word's numbering of the same items; "i)" another print's
        m = re.match(r"^\(([a-z]{1,2}|[ivxl]+)\)$|^([a-z]|[ivxl]+)[.)]$", prefix)
        label = (m.group(1) or m.group(2)) if m else None
        if label is None:
            parent = f"{base}({letter})" if letter else base
            items += 1
            out.append(Paragraph(f"{parent}({items})", ParagraphKind.OPERATIVE, text,
                                 parent.count("(") + 2, heading=heading, parent=parent))
            continue
        roman = bool(_ROMAN.match(label)) and not (
            label in _LETTER_BEFORE and letter == _LETTER_BEFORE[label])
        next_section = "i" if section is None and letter is None else (
            _ROMAN_NEXT.get(section) if section else None)
        if label == next_section and text[-1:] not in ";.:,":
            # a section title given a paragraph block ("(ii) Disarmament … and stabilisation")
            section, letter = label, None
            out.append(Paragraph(f"{top}({section})", ParagraphKind.OPERATIVE, text, 2,
                                 heading=heading, parent=top))
            continue
        if roman and letter is not None:
            out.append(Paragraph(f"{base}({letter})({label})", ParagraphKind.OPERATIVE, text,
                                 base.count("(") + 3, heading=heading, parent=f"{base}({letter})"))
        else:
            if not roman:
                letter = label
            out.append(Paragraph(f"{base}({label})", ParagraphKind.OPERATIVE, text,
                                 base.count("(") + 2, heading=heading, parent=base))
    return out


def preambular_count_from_json(path: Path) -> int | None:
    """How many preambular paragraphs a UN paragraph-JSON file gives, or None when its front
    matter is raw page text ("<!-- Page 1 -->", older files) and cannot be counted.

    The opening "The Security Council," is not one; nor are a footnote mark ("*") or a
    fragment of the adoption line ("on 16 September 1998") that some files give a block.
    """
    blocks = json.loads(path.read_text(encoding="utf-8"))
    if any(str(b.get("text") or "").startswith("<!--") for b in blocks):
        return None
    count = 0
    for block in blocks:
        text = str(block.get("text") or "").strip()
        if block.get("type") != "paragraph":
            continue
        if block.get("paragraph_type") == "operative":
            break
        if block.get("paragraph_type") == "preambular" and not block.get("paragraph_level") \
                and text[:1].isupper() and not text.startswith("The Security Council"):
            count += 1
    return count


def read_paragraphs(path: Path) -> tuple[list[Paragraph], tuple[str, ...], str]:
    """(paragraphs, missions named, how it was read) for one resolution file.

    Uses `mandates.parse_resolution` when it reads the file; a paragraph JSON file is read
    with `paragraphs_from_json` and its missions found by the parser's metadata; otherwise
    the splitter above, and missions are left to `code_tasks` to find.
    """
    try:
        from mandates import parse_resolution
        from provenance import InputError

        try:
            res = parse_resolution(path)
            return list(res.paragraphs), tuple(res.missions), "parse_resolution"
        except InputError:
            pass
    except ImportError:  # pragma: no cover - mandates always importable here
        pass
    if path.suffix == ".json":
        from mandates.metadata import missions_of

        paragraphs = paragraphs_from_json(path)
        return paragraphs, missions_of(paragraphs), "json"
    return split_text(path.read_text(encoding="cp1252")), (), "splitter"


def corpus_files() -> Iterator[Path]:
    """Every text and JSON resolution in the shared data."""
    yield from sorted(TXT.glob("*.txt"))
    yield from sorted(JSON_DIR.glob("*.json"))
