"""HTML resolutions: block elements become lines; scripts and styles are ignored, and so are
the menus, footers and other parts of a site around a page saved from the web.

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
#: what holds no text of the document: code, styles, and the site around it in a page saved
#: from the web (its menus, its footer with the terms of use and links to follow it)
_CODE = frozenset({"script", "style", "head"})
_UNREAD = _CODE | {"nav", "footer", "aside", "noscript", "template", "button", "select"}
#: the same parts named by their role ("navigation", "contentinfo" for a page's footer), and
#: the running header and footer of a page Word saved as HTML
_UNREAD_PART = re.compile(r"^(?:navigation|contentinfo|search|complementary)$|"
                          r"mso-element:\s*(?:header|footer)\b", re.I)


_INTEGER = re.compile(r"\s*(-?[0-9]+)\s*")


def _number(attribute: str | None, default: int) -> int:
    """An `<ol start>` or `<li value>` as a browser reads it, within `LIST_NUMBER_LIMIT`;
    `default` when it is absent or not a number ("²" is a digit to Python, not to HTML)."""
    m = _INTEGER.fullmatch(attribute or "")
    if m is None:
        return default
    return max(-LIST_NUMBER_LIMIT, min(int(m.group(1)), LIST_NUMBER_LIMIT))


class _Text(HTMLParser):
    def __init__(self, site: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.unread = _UNREAD if site else _CODE
        self.unread_part = _UNREAD_PART if site else None
        self.parts: list[str] = []
        self.skip = 0
        self.skipped: str | None = None  # the tag of the outermost part being passed over
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
        if self.skip:
            # only the tag that opened the part can close it, nested in itself or not
            self.skip += tag == self.skipped
            return
        if tag in self.unread or (self.unread_part is not None and any(
                self.unread_part.search(given.get(a) or "") for a in ("role", "style"))):
            self.skip, self.skipped = 1, tag
        elif tag in ("ol", "ul"):
            self.lists.append(_OrderedList(given.get("type") or "1",
                                           _number(given.get("start"), 1))
                              if tag == "ol" else None)
        elif tag in _BLOCKS:
            self.parts.append("\n")
            current = self.lists[-1] if self.lists else None
            if tag == "li" and current is not None:
                current.next = _number(given.get("value"), current.next)
                self.parts.append(list_label(current.kind, current.next) + " ")
                current.next += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.in_marker = False
        if self.skip:
            if tag == self.skipped:
                self.skip -= 1
                if not self.skip:
                    self.skipped = None
            return
        if tag in ("ol", "ul"):
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
    text = decode(path.read_bytes(), path)
    parser = _Text()
    parser.feed(text)
    parser.close()
    if parser.skipped is not None and parser.skipped not in _CODE:
        # a menu or footer never closed would take the rest of the page with it: read the
        # page again passing over only its code
        parser = _Text(site=False)
        parser.feed(text)
        parser.close()
    return [Line(text) for text in "".join(parser.parts).split("\n")]
