"""DOCX resolutions as published by the UN document system (no pages: page is None).

Word can number paragraphs itself (automatic list numbering). python-docx's paragraph text
leaves such numbers out, and the segmenter finds operative paragraphs by their printed
labels, so the reader puts back the label Word would display (`1.`, `(a)`, `(ii)`); it counts
the numbers fields make (AUTONUM, LISTNUM) where the file saves none, with a note. It also
reads text python-docx leaves out (tracked insertions, smart tags, content controls, simple
fields) and never reads tracked deletions or hidden text. Paragraphs in tables and text
boxes are not read (a masthead, a box beside the text); one warning says how many were not
(every cell of a table after the resolution's text begins, however short).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mandates.readers.lines import LIST_NUMBER_LIMIT, Line, list_letters, roman_numeral
from provenance import DataWarning, InputError, SourceRef
from provenance.docx import (
    document_body,
    has_hidden_text,
    hidden_text_note,
    note_unread,
    open_docx,
    paragraph_text,
    shows_nothing,
)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_RT_NUMBERING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering"
_RT_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
# paragraphs that advance Word's list counters: the body's, table cells', content controls'
# and custom XML elements'; text boxes (w:txbxContent) are left out, as their fallback copy
# repeats them
_COUNTED_IN = frozenset({f"{_W}body", f"{_W}tc", f"{_W}sdtContent", f"{_W}customXml"})
#: what wraps paragraphs of the body's own flow: content controls and custom XML elements
_WRAPPERS = frozenset({f"{_W}sdtContent", f"{_W}sdt", f"{_W}customXml"})
#: the fewest words of a paragraph not read that the warning counts before the resolution's
#: text begins: a masthead's cells ("S/RES/2765 (2024)", "Distr.: General 20 December 2024")
#: are not counted; after, every cell is (a table of ceilings: "Individual police officers",
#: "325")
_COUNTED_WORDS = 8
_LEVEL_REF = re.compile(r"%([1-9])")
#: a paragraph of the resolution's own text, after its masthead and title: the Council's
#: opening words, or a numbered paragraph
_BEGUN = re.compile(r"\s*(?:The Security Council\b|\d{1,3}\.\s)")


def read_lines(path: Path) -> list[Line]:
    """Paragraph texts of a DOCX resolution, one line per Word paragraph, tables skipped.

    A paragraph numbered automatically by Word starts with the label Word displays
    (`1. Decides …`, `(a) to protect …`) unless its text already starts with it.
    """
    try:
        document = open_docx(path)
    except InputError:
        raise
    except Exception as exc:  # python-docx raises several unrelated types for bad packages
        raise InputError("is not a readable DOCX document", path=path,
                         hint="open it in Word and save it again as .docx") from exc
    body = document_body(document, path)
    paragraphs = [p for p in body.iter(f"{_W}p")
                  if p.getparent().tag in _COUNTED_IN and not shows_nothing(p)]
    try:
        labels = list_labels(paragraphs, _part_element(document, _RT_NUMBERING),
                             _part_element(document, _RT_STYLES))
    except Exception:  # numbering only adds labels; a definition not foreseen here
        labels = [None] * len(paragraphs)  # must not cost the document its text
    lines = []
    fields = _FieldNumbers()
    for p, label in zip(paragraphs, labels, strict=True):
        if not _in_body(p, body):  # a table cell's: counted in Word's lists, not read
            continue
        # a line break inside a paragraph (w:br, which python-docx gives as "\n") keeps it
        # one paragraph: "… in particular to" / "(i) torture …, (ii) …" is still one
        text = paragraph_text(p).replace("\n", " ")
        if label is None:
            label = fields.label(p, text)
        if label is not None and not _starts_with_label(text, label):
            text = f"{label} {text.lstrip()}"
        lines.append(Line(text))
    unread = _unread_warning(body, path)
    hidden = sum(1 for p in body.iter(f"{_W}p") if _in_body(p, body) and has_hidden_text(p))
    note_unread(path, ([unread] if unread is not None else [])
                + ([hidden_text_note(path, f"{hidden} paragraph(s)")] if hidden else [])
                + ([fields.note(path)] if fields.counted else []))
    return lines


#: the fields that number a paragraph where they stand: Word's AUTONUM family and LISTNUM
#: (with its level, `\l 2`, and start, `\s 4`)
_NUMBER_FIELD = re.compile(r"\s*(AUTONUM(?:LGL|OUT)?|LISTNUM)\b(.*)", re.I | re.S)
_FIELD_SWITCH = re.compile(r"\\([ls])\s*(\d+)", re.I)


class _FieldNumbers:
    """Numbers Word computes from fields at the start of paragraphs and saves no result of
    (a document converted from WordPerfect numbers its paragraphs so): counted here, in the
    Council's style by level (`1.`, `(a)`, `(i)`)."""

    def __init__(self) -> None:
        self.counts: dict[int, int] = {}
        self.counted = 0

    def label(self, p: Any, text: str) -> str | None:
        """The label a number field opening `p` shows, or None (no such field, or Word saved
        what it shows: then it is in `text`)."""
        instruction = _opening_field(p)
        if instruction is None:
            return None
        m = _NUMBER_FIELD.match(instruction)
        if m is None:
            return None
        switches = {k.lower(): int(v) for k, v in _FIELD_SWITCH.findall(m.group(2))}
        level = max(1, min(switches.get("l", 1), 9))
        start = switches.get("s")
        n = max(1, min(start if start is not None else self.counts.get(level, 0) + 1,
                       LIST_NUMBER_LIMIT))
        self.counts = {k: v for k, v in self.counts.items() if k < level}
        self.counts[level] = n
        self.counted += 1
        if level == 1:
            return f"{n}."
        return f"({list_letters(n)})" if level == 2 else f"({roman_numeral(n)})"

    def note(self, path: Path) -> DataWarning:
        """The note that says the numbers of `counted` paragraphs were counted here."""
        return DataWarning(
            "docx_numbered_by_fields", f"{self.counted} paragraph number(s) are Word fields "
            "(AUTONUM, LISTNUM) with no number saved in the file; they were counted here as "
            "Word counts them: check the numbering against the printed resolution.",
            SourceRef(path=path.name), severity="info")


def _opening_field(p: Any) -> str | None:
    """The instruction of a field that stands before any text of paragraph `p` and shows
    nothing saved (None: text comes first, or the field shows its result)."""
    for el in p.iter(f"{_W}t", f"{_W}fldSimple", f"{_W}instrText"):
        if el.tag == f"{_W}t":
            if (el.text or "").strip():
                return None
        elif el.tag == f"{_W}fldSimple":
            result = "".join(t.text or "" for t in el.iter(f"{_W}t")).strip()
            return None if result else el.get(f"{_W}instr")
        elif el.tag == f"{_W}instrText":
            instruction = [el.text or ""]
            following = el.getparent()
            # a complex field's result runs follow its `separate` mark, before its `end`; its
            # instruction may run on over several runs before it (" LISTNUM ", "\l 2 ")
            shown: list[str] = []
            seen_separate = False
            for later in following.itersiblings() if following is not None else ():
                for mark in later.iter(f"{_W}fldChar", f"{_W}t", f"{_W}instrText"):
                    if mark.tag == f"{_W}fldChar":
                        kind = mark.get(f"{_W}fldCharType")
                        if kind == "end":
                            return None if "".join(shown).strip() else "".join(instruction)
                        seen_separate = seen_separate or kind == "separate"
                    elif mark.tag == f"{_W}instrText":
                        if not seen_separate:
                            instruction.append(mark.text or "")
                    elif seen_separate:
                        shown.append(mark.text or "")
            return None if "".join(shown).strip() else "".join(instruction)
    return None


def _in_body(p: Any, body: Any) -> bool:
    """True for a paragraph of the body's own flow: in the body, or in content controls or
    custom XML elements there (a template's masthead, a form's fields), not in a table."""
    parent = p.getparent()
    while parent is not None and parent.tag in _WRAPPERS:
        parent = parent.getparent()
    return parent is body


def _unread_warning(body: Any, path: Path) -> DataWarning | None:
    """One `docx_not_read` warning for the text of the body not read: paragraphs of some
    words in tables and text boxes, and embedded documents (`w:altChunk`), or None."""
    in_tables = in_boxes = 0
    begun = False  # whether the resolution's text has begun: a table after it holds its words
    for p in body.iter(f"{_W}p"):
        if _in_body(p, body):
            begun = begun or _BEGUN.match(paragraph_text(p)) is not None
            continue
        where = {a.tag for a in p.iterancestors()}
        in_box = f"{_W}txbxContent" in where
        # (a short box after the text is page furniture: "23-12345 (E)")
        if not paragraph_text(p).strip() or ((not begun or in_box) and len(
                paragraph_text(p).split()) < _COUNTED_WORDS):
            continue
        if f"{_MC}Fallback" in where:  # the copy of a text box kept for older Word
            continue
        if in_box:
            in_boxes += 1
        else:
            in_tables += 1
    chunks = sum(1 for _ in body.iter(f"{_W}altChunk"))
    parts = [f"{n} {what}" for n, what in (
        (in_tables, "paragraph(s) in tables"), (in_boxes, "paragraph(s) in text boxes"),
        (chunks, "embedded document(s) (w:altChunk, text Word imports from another file)"))
        if n]
    if not parts:
        return None
    return DataWarning("docx_not_read", f"{' and '.join(parts)} of this DOCX were not read "
                       "(a resolution's paragraphs are read from the body of the text): if "
                       "they hold paragraphs of the resolution, those are missing; check them "
                       "against the printed resolution, or give its PDF.",
                       SourceRef(path=path.name))


def list_labels(paragraphs: list[Any], numbering: Any, styles: Any) -> list[str | None]:
    """The label Word displays before each paragraph (None: not numbered, or a bullet).

    `paragraphs` are `w:p` elements in document order; `numbering` and `styles` are the
    roots of `word/numbering.xml` and `word/styles.xml` (None when the document has none).
    """
    if numbering is None:
        return [None] * len(paragraphs)
    lists = _Lists(numbering, styles)
    return [lists.label(p) for p in paragraphs]


def _part_element(document: Any, reltype: str) -> Any:
    """The XML root of a part related to the main document, or None (never created)."""
    try:
        return document.part.part_related_by(reltype).element
    except (KeyError, AttributeError):  # no such part, or not an XML part
        return None


def _starts_with_label(text: str, label: str) -> bool:
    text = text.lstrip()
    return text.startswith(label) and (len(text) == len(label) or text[len(label)].isspace())


@dataclass(frozen=True, slots=True)
class _Level:
    """One `w:lvl`: how a list level counts and prints."""

    start: int
    fmt: str
    text: str  # w:lvlText, with %1 … %9 standing for the levels' numbers
    restart: int | None  # w:lvlRestart: restart after this (1-based) level; 0 never
    legal: bool  # w:isLgl: every level's number printed as decimal


@dataclass(frozen=True, slots=True)
class _Instance:
    """One `w:num`: an abstract definition and the levels it overrides."""

    abstract: str
    starts: dict[int, int]  # w:lvlOverride/w:startOverride
    levels: dict[int, _Level]  # w:lvlOverride/w:lvl


def _val(el: Any, tag: str) -> str | None:
    child = el.find(f"{_W}{tag}") if el is not None else None
    return None if child is None else child.get(f"{_W}val")


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        n = int(value) if value is not None else default
    except ValueError:
        return default
    return None if n is None else max(0, min(n, LIST_NUMBER_LIMIT))


def _level(lvl: Any) -> _Level:
    return _Level(start=_int(_val(lvl, "start"), 0) or 0,
                  fmt=_val(lvl, "numFmt") or "decimal",
                  text=_val(lvl, "lvlText") or "",
                  restart=_int(_val(lvl, "lvlRestart")),
                  legal=lvl.find(f"{_W}isLgl") is not None
                  and _val(lvl, "isLgl") not in ("0", "false", "off"))


def _levels(parent: Any) -> dict[int, _Level]:
    return {n: _level(lvl) for lvl in parent.findall(f"{_W}lvl")
            if (n := _int(lvl.get(f"{_W}ilvl"))) is not None}


class _Lists:
    """Word's list definitions of one document and the running counters of its lists."""

    def __init__(self, numbering: Any, styles: Any) -> None:
        self.abstracts: dict[str, dict[int, _Level]] = {}
        self.links: dict[str, str] = {}  # abstract → numbering style (w:numStyleLink)
        self.level_styles: dict[str, dict[str, int]] = {}  # abstract → style → its level
        for a in numbering.findall(f"{_W}abstractNum"):
            aid = a.get(f"{_W}abstractNumId")
            self.abstracts[aid] = _levels(a)
            if (link := _val(a, "numStyleLink")) is not None:
                self.links[aid] = link
            self.level_styles[aid] = {
                style: n for lvl in a.findall(f"{_W}lvl")
                if (style := _val(lvl, "pStyle")) is not None
                and (n := _int(lvl.get(f"{_W}ilvl"))) is not None}
        self.instances: dict[str, _Instance] = {}
        for num in numbering.findall(f"{_W}num"):
            overrides = num.findall(f"{_W}lvlOverride")
            starts = {n: s for o in overrides
                      if (n := _int(o.get(f"{_W}ilvl"))) is not None
                      and (s := _int(_val(o, "startOverride"))) is not None}
            levels = {n: _level(lvl) for o in overrides
                      if (n := _int(o.get(f"{_W}ilvl"))) is not None
                      and (lvl := o.find(f"{_W}lvl")) is not None}
            self.instances[num.get(f"{_W}numId")] = _Instance(
                _val(num, "abstractNumId") or "", starts, levels)
        self.styles: dict[str, tuple[str | None, str | None, str | None]] = {}
        self.default_style: str | None = None
        for s in styles.findall(f"{_W}style") if styles is not None else ():
            sid = s.get(f"{_W}styleId")
            num_pr = s.find(f"{_W}pPr/{_W}numPr")
            self.styles[sid] = (_val(num_pr, "numId"), _val(num_pr, "ilvl"), _val(s, "basedOn"))
            if s.get(f"{_W}type") == "paragraph" and s.get(f"{_W}default") in ("1", "true"):
                self.default_style = sid
        self.by_style: dict[str | None, tuple[str | None, str | None]] = {}
        # counters are kept per abstract definition: Word continues one list across the
        # w:num instances that share it, and restarts it where an instance overrides a start
        self.counters: dict[str, dict[int, int]] = {}
        self.used: set[str] = set()

    def _style_numbering(self, style: str | None) -> tuple[str | None, str | None]:
        """numId and ilvl a paragraph style gives, itself or through w:basedOn."""
        if style not in self.by_style:
            self.by_style[style] = self._inherited(style)
        return self.by_style[style]

    def _inherited(self, style: str | None) -> tuple[str | None, str | None]:
        seen: set[str] = set()
        while style is not None and style not in seen and style in self.styles:
            seen.add(style)
            num_id, ilvl, style_based_on = self.styles[style]
            if num_id is not None or ilvl is not None:
                return num_id, ilvl
            style = style_based_on
        return None, None

    def _abstract(self, instance: _Instance) -> str:
        """The abstract definition that holds the levels (following one w:numStyleLink)."""
        link = self.links.get(instance.abstract)
        if link is None:
            return instance.abstract
        linked = self.instances.get(self._style_numbering(link)[0] or "")
        return linked.abstract if linked is not None else instance.abstract

    def label(self, p: Any) -> str | None:
        """Advance the counters for paragraph `p` and return its label (None: no label)."""
        ppr = p.find(f"{_W}pPr")
        num_pr = ppr.find(f"{_W}numPr") if ppr is not None else None
        style = _val(ppr, "pStyle") or self.default_style
        num_id, ilvl = _val(num_pr, "numId"), _val(num_pr, "ilvl")
        if num_id is None or ilvl is None:
            style_num_id, style_ilvl = self._style_numbering(style)
            num_id, ilvl = num_id or style_num_id, ilvl or style_ilvl
        num_id = num_id or ""
        instance = self.instances.get(num_id)
        if instance is None:  # numId 0 ("no numbering") or a dangling reference
            return None
        abstract = self._abstract(instance)
        levels = {**self.abstracts.get(abstract, {}), **instance.levels}
        n = _int(ilvl)
        if n is None:
            n = self.level_styles.get(abstract, {}).get(style or "", 0)
        level = levels.get(n)
        if level is None:
            return None
        counts = self.counters.setdefault(abstract, {})
        if num_id not in self.used:
            self.used.add(num_id)
            for overridden in instance.starts:
                counts.pop(overridden, None)
        counts[n] = counts[n] + 1 if n in counts else instance.starts.get(n, level.start)
        for deeper in [m for m in counts if m > n]:
            restart = levels[deeper].restart if deeper in levels else None
            if restart != 0 and (restart is None or n < restart):
                del counts[deeper]
        if level.fmt == "bullet":
            return None

        def number(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            ref = levels.get(k)
            value = counts.get(k, ref.start if ref is not None else 1)
            fmt = "decimal" if level.legal or ref is None else ref.fmt
            return _format(value, fmt)

        return _LEVEL_REF.sub(number, level.text).strip() or None


def _format(n: int, fmt: str) -> str:
    """A level's number as Word prints it in `fmt` (w:numFmt); unknown formats as decimal."""
    if fmt in ("none", "bullet"):
        return ""
    if fmt in ("lowerLetter", "upperLetter") and 0 < n <= 780:
        letters = list_letters(n)
        return letters if fmt == "lowerLetter" else letters.upper()
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 4000:
        numeral = roman_numeral(n)
        return numeral if fmt == "lowerRoman" else numeral.upper()
    if fmt == "decimalZero" and n < 10:
        return f"0{n}"
    return str(n)
