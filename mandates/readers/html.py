"""HTML resolutions: block elements become lines; scripts and styles are ignored.

Items of an ordered list (`<ol>`) get the label a browser would display, written as the
Council prints them: `1.` for numbers, `(a)` for letters, `(ii)` for roman numerals.

Footnotes as Word saves them (and as `<sup><a href="#fn1">` pages mark them): the marker in
the text is dropped, and the notes at the end follow a `Footnotes` line, where the
segmenter ends the text, so a note is never read as part of the last paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from mandates.readers.lines import LIST_NUMBER_LIMIT, Line, list_letters, roman_numeral
from mandates.readers.txt import decode


def list_label(kind: str, n: int) -> str:
    """The printed label of item `n` of an `<ol type=kind>`: `3.`, `(c)`, `(iii)`."""
    if n < 1:
        return f"{n}."
    if kind in ("a", "A"):
        return f"({list_letters(n)})"
    if kind in ("i", "I"):
        return f"({roman_numeral(n)})"
    return f"{n}."


@dataclass
class _OrderedList:
    kind: str
    next: int


#: a link to a footnote or endnote: Word's `#_ftn1`, `#_edn1`, and the usual `#fn1`
_NOTE_LINK = re.compile(r"#_?(?:ftn|edn|fn)\w*$", re.I)
#: the element that holds the notes: Word's footnote list, or a `footnotes` section
_NOTE_LIST = re.compile(r"mso-element:\s*(?:foot|end)note-list|(?:^|\s)(?:foot|end)notes(?:\s|$)",
                        re.I)

_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                     "section", "article", "header", "footer", "title", "td", "blockquote"})


_INTEGER = re.compile(r"\s*(-?[0-9]+)\s*")


def _number(attribute: str | None, default: int) -> int:
    """An `<ol start>` or `<li value>` as a browser reads it, within `LIST_NUMBER_LIMIT`;
    `default` when it is absent or not a number ("²" is a digit to Python, not to HTML)."""
    m = _INTEGER.fullmatch(attribute or "")
    if m is None:
        return default
    return max(-LIST_NUMBER_LIMIT, min(int(m.group(1)), LIST_NUMBER_LIMIT))


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.lists: list[_OrderedList | None] = []  # None for an unordered list
        self.in_marker = False  # inside the link that marks a footnote in the text
        self.in_notes = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        if not self.in_notes and any(_NOTE_LIST.search(given.get(a) or "")
                                     for a in ("style", "class", "id")):
            self.in_notes = True
            self.parts.append("\nFootnotes\n")
        if tag == "a" and not self.in_notes and _NOTE_LINK.match(given.get("href") or ""):
            self.in_marker = True
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in ("ol", "ul"):
            self.lists.append(_OrderedList(given.get("type") or "1",
                                           _number(given.get("start"), 1))
                              if tag == "ol" else None)
        elif tag in _BLOCKS:
            self.parts.append("\n")
            current = self.lists[-1] if self.lists else None
            if tag == "li" and current is not None and not self.skip:
                current.next = _number(given.get("value"), current.next)
                self.parts.append(list_label(current.kind, current.next) + " ")
                current.next += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.in_marker = False
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag in ("ol", "ul"):
            if self.lists:
                self.lists.pop()
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip and not self.in_marker:
            self.parts.append(data.replace("\n", " "))


def read_lines(path: Path) -> list[Line]:
    """Text lines of an HTML resolution, one per block element (no pages)."""
    parser = _Text()
    parser.feed(decode(path.read_bytes(), path))
    parser.close()
    return [Line(text) for text in "".join(parser.parts).split("\n")]
