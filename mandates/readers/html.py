"""HTML resolutions: block elements become lines; scripts and styles are ignored, and so are
the menus, footers and other parts of a site around a page saved from the web. A line break
(`<br>`) in a paragraph's text is a space, as in a DOCX; elsewhere it breaks the line.

Items of an ordered list (`<ol>`) get the label a browser would display, written as the
Council prints them: `1.` for numbers, `(a)` for letters, `(ii)` for roman numerals. A list's
kind is its `type`, or the `list-style-type` of its own style or of a class of it in the page's
`<style>` sheets (or the counter a sheet draws before its items), which win as in a browser
(pages styled by CSS, and Google Docs' exports, number sub-lists so); a `reversed` list counts
down. An item's label and a paragraph opening it share a line (`<li><p>`), as a definition
list's term and definition do (`<dt>2.</dt><dd>Decides`).

A table's row of one-line cells is one line, as a PDF prints it ("Individual police officers
325"); a cell of several lines keeps them.

Whatever a browser does not show is not read: elements marked `hidden`, or styled
`display:none`, `visibility:hidden` or `mso-hide:all` (Word's hidden text).

A page whose bytes are not UTF-8 is read in the character set its `<meta charset>` (or
`http-equiv` content type) declares, Windows-1252 when it declares none.

Footnotes as Word saves them (and as `<sup><a href="#fn1">` pages mark them): the marker in
the text is dropped, and the notes at the end follow a `Footnotes` line, where the
segmenter ends the text, so a note is never read as part of the last paragraph. A bare
`<sup>` of digits or a letter after a word is a note's marker too, and a line it opens a
note: the first such line after the last numbered paragraph gets the `Footnotes` line.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
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
    kind: str  # as `<ol type>` gives it; "" for a list whose items show no number
    next: int
    step: int = 1  # -1 for a `reversed` list


#: the markers of CSS's `list-style-type` that an `<ol type>` can show too ("" no number: none,
#: or a bullet)
_CSS_KINDS = {"decimal": "1", "decimal-leading-zero": "1", "lower-alpha": "a",
              "lower-latin": "a", "upper-alpha": "A", "upper-latin": "A", "lower-roman": "i",
              "upper-roman": "I", "none": "", "disc": "", "circle": "", "square": ""}
#: the kinds `type` gives an `<ol>` or `<li>`
_TYPES = frozenset("1aAiI")
_LIST_STYLE = re.compile(r"(?<![\w-])list-style(?:-type)?\s*:\s*([^;]*)", re.I)


def _css_kind(style: str | None) -> str | None:
    """The kind of marker (as `_CSS_KINDS`) an element's own style gives its list items, None
    when it gives none (the last declaration wins, as in CSS)."""
    kind = None
    for m in _LIST_STYLE.finditer(style or ""):
        for word in m.group(1).lower().split():
            if word in _CSS_KINDS:
                kind = _CSS_KINDS[word]
                break
    return kind


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)
#: the media a style sheet is for that a browser applies to the page (not print only)
_SCREEN = re.compile(r"\b(?:all|screen)\b", re.I)
#: a selector naming one class, of a list or of its items, or their markers: `ol.lst-2`,
#: `.lst-kix_x-1 > li:before` (Google Docs draws its markers so, with CSS counters)
_CLASS_SELECTOR = re.compile(r"(?:ol|ul|li)?\.(-?[A-Za-z_][\w-]*)\s*((?:>\s*|\s+)li\s*)?"
                             r"(::?before)?", re.I)
_COUNTER = re.compile(r"\bcounters?\(\s*[\w-]+\s*(?:,\s*\"[^\"]*\"\s*)?(?:,\s*([\w-]+)\s*)?\)",
                      re.I)


class _Sheets(HTMLParser):
    """The text of a page's `<style>` elements a browser applies (not those for print only),
    as the parser that reads the page finds them: none in a comment, a script or a textarea.
    The comment marks a sheet may hide its rules in from old browsers (`<style><!-- …
    --></style>`, as Word saves) are dropped."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sheets: list[str] = []
        self.sheet: list[str] | None = None  # the sheet being read, None outside one
        self.in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "style":
            media = dict(attrs).get("media")
            self.in_style = True
            self.sheet = [] if media is None or _SCREEN.search(media) else None

    def handle_data(self, data: str) -> None:
        if self.in_style and self.sheet is not None:
            self.sheet.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "style" and self.in_style:
            if self.sheet is not None:
                self.sheets.append("".join(self.sheet).replace("<!--", "").replace("-->", ""))
            self.in_style, self.sheet = False, None


def _style_sheets(page: str) -> list[str]:
    """The text of the page's `<style>` elements a browser applies (`_Sheets`)."""
    parser = _Sheets()
    parser.feed(page)
    parser.close()
    return parser.sheets


def _css_rules(sheet: str) -> Iterator[tuple[str, str]]:
    """(selectors, declarations) of each rule of a style sheet, those inside an `@media`
    block too, in one pass."""
    for chunk in _CSS_COMMENT.sub("", sheet).split("}"):
        selectors, brace, declarations = chunk.rpartition("{")
        if brace:
            yield selectors.rpartition("{")[2], declarations


def stylesheet_kinds(page: str) -> dict[str, str]:
    """The kinds of marker (as `_CSS_KINDS`) the page's `<style>` sheets give lists and items
    by class: `ol.lst-2 {list-style-type: lower-alpha}`, or a counter drawn before each item
    (`.lst-1 > li:before {content: "(" counter(c, lower-latin) ") "}`), which wins."""
    kinds: dict[str, str] = {}
    drawn: dict[str, str] = {}
    for sheet in _style_sheets(page):
        for selectors, declarations in _css_rules(sheet):
            for selector in selectors.split(","):
                m = _CLASS_SELECTOR.fullmatch(selector.strip())
                if m is None:
                    continue
                if m.group(3):
                    counter = _COUNTER.search(declarations)
                    if counter is not None:
                        drawn[m.group(1)] = _CSS_KINDS.get((counter.group(1) or "decimal").lower(),
                                                           "1")
                elif not m.group(2) and (kind := _css_kind(declarations)) is not None:
                    kinds[m.group(1)] = kind
    return {**kinds, **drawn}


#: a link to a footnote or endnote: Word's `#_ftn1`, `#_edn1`, and the usual `#fn1`
_NOTE_LINK = re.compile(r"#_?(?:ftn|edn|fn)\w*$", re.I)
#: the element that holds the notes: Word's footnote list, or a `footnotes` section
_NOTE_LIST = re.compile(r"mso-element:\s*(?:foot|end)note-list|(?:^|\s)(?:foot|end)notes(?:\s|$)",
                        re.I)

#: the most characters of a cell a row joined into a line may hold but one: a label, a figure
_LONG_CELL = 60
_BLOCKS = frozenset({"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                     "section", "article", "header", "footer", "title", "td", "th", "table",
                     "blockquote"})
#: what holds no text of the document: code, styles, and the site around it in a page saved
#: from the web (its menus, its footer with the terms of use and links to follow it)
_CODE = frozenset({"script", "style", "head"})
_UNREAD = _CODE | {"nav", "footer", "aside", "noscript", "template", "button", "select"}
#: the same parts named by their role ("navigation", "contentinfo" for a page's footer), and
#: the running header and footer of a page Word saved as HTML
_UNREAD_PART = re.compile(r"^(?:navigation|contentinfo|search|complementary)$|"
                          r"mso-element:\s*(?:header|footer)\b", re.I)


#: an element's own style that hides it, and what it holds, from the reader
_HIDDEN_STYLE = re.compile(r"(?<![\w-])(?:display\s*:\s*none|visibility\s*:\s*hidden|"
                           r"mso-hide\s*:\s*all)\b", re.I)
#: elements that hold nothing, so have no end tag to wait for
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
#: the start tags that end a `<p>` left open, as a browser closes it (an `<li>` ends an open
#: `<li>` of its own list)
_ENDS_P = frozenset({"address", "article", "aside", "blockquote", "div", "dl", "fieldset",
                     "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
                     "main", "nav", "ol", "p", "pre", "section", "table", "ul"})
#: the elements whose end tag ends a `<p>` left open inside them
_HOLDS_P = frozenset({"address", "article", "aside", "blockquote", "body", "dd", "details", "div",
                      "fieldset", "figure", "footer", "form", "header", "html", "li", "main",
                      "nav", "section", "td", "th"})


#: what a `<sup>` holds when it marks a note: "1", "b", "1, 2"
_NOTE_MARK = re.compile(r"(?:[0-9]{1,3}|[a-z])(?:\s*,\s*(?:[0-9]{1,3}|[a-z]))*", re.I)
#: a unit a superscript 2 or 3 squares or cubes ("km<sup>2</sup>"), not a note's marker
_UNIT = re.compile(r"(?:^|\s)[kcm]?m$")
#: put before a note's marker where a line opens with one (never in a page's text: a NUL is
#: read as U+FFFD)
_NOTE_OPENS = "\x00"
#: a line that opens an operative paragraph, after which the notes cannot yet have begun
_NUMBERED = re.compile(r"\s*\d{1,3}\.\s+[A-Z]")


#: the character set a page declares: `<meta charset="…">`, or the content type of a
#: `<meta http-equiv="Content-Type">` ("text/html; charset=…")
_META_CHARSET = re.compile(rb"<meta\s[^>]*?charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I)
#: labels read as browsers read them (the WHATWG Encoding Standard): Latin-1 and ASCII as
#: Windows-1252, which they extend
_AS_BROWSERS_READ = {"iso8859-1": "cp1252", "ascii": "cp1252", "x-mac-roman": "mac-roman"}
#: Python's codecs that are no page's character set (and UTF-8 itself, which `decode` tries)
_NOT_A_CHARSET = ("utf-", "escape", "idna", "punycode", "undefined", "rot-13")


def _declared_charset(head: bytes) -> str | None:
    """The codec of the character set the start of a page declares; None when it declares
    none, or one Python does not know, or a UTF."""
    m = _META_CHARSET.search(head)
    if m is None:
        return None
    label = m.group(1).decode("ascii").lower()
    try:
        name = codecs.lookup(_AS_BROWSERS_READ.get(label, label)).name
    except LookupError:
        return None
    name = _AS_BROWSERS_READ.get(name, name)
    return None if any(word in name for word in _NOT_A_CHARSET) else name


def _decoded(data: bytes, path: Path) -> str:
    """The text of a page as `decode` reads it, but in the character set the page declares
    when its bytes are not UTF-8 (a Mac Roman page read as Windows-1252 turns every
    apostrophe into "Õ", a Windows-1251 one its Cyrillic into Latin letters)."""
    charset = _declared_charset(data[:4096])
    if charset is not None and b"\x00" not in data \
            and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                return data.decode(charset, errors="replace")
            except (LookupError, UnicodeError):
                pass  # a codec of Python's that reads bytes into no text ("zlib")
    return decode(data, path)


def _hidden(given: dict[str, str | None]) -> bool:
    """Whether an element's own attributes hide it (and all it holds) from the reader."""
    return "hidden" in given or _HIDDEN_STYLE.search(given.get("style") or "") is not None


_INTEGER = re.compile(r"\s*(-?[0-9]+)\s*")


def _number(attribute: str | None, default: int) -> int:
    """An `<ol start>` or `<li value>` as a browser reads it, within `LIST_NUMBER_LIMIT`;
    `default` when it is absent or not a number ("²" is a digit to Python, not to HTML)."""
    m = _INTEGER.fullmatch(attribute or "")
    if m is None:
        return default
    return max(-LIST_NUMBER_LIMIT, min(int(m.group(1)), LIST_NUMBER_LIMIT))


class _Text(HTMLParser):
    def __init__(self, site: bool = True, item_counts: list[int] | None = None,
                 class_kinds: dict[str, str] | None = None) -> None:
        super().__init__(convert_charrefs=True)
        self.class_kinds = class_kinds or {}
        self.unread = _UNREAD if site else _CODE
        self.unread_part = _UNREAD_PART if site else None
        self.parts: list[str] = []
        self.skip = 0
        self.skipped: str | None = None  # the tag of the outermost part being passed over
        self.skipped_lists = 0  # lists opened inside it
        self.open_tags: list[str] = []  # the elements open around the text read
        self.skip_inside = 0  # how many of them were open when the passing over began
        self.lists: list[_OrderedList | None] = []  # None for an unordered list
        # the items of every list, in the order the lists open (the first reading's counts
        # number a `reversed` list without a `start` in a second)
        self.item_counts = item_counts
        self.items: list[int] = []
        self.open_lists: list[int] = []  # where in `items` each open list counts
        self.counts_needed = False
        self.in_marker = False  # inside the link that marks a footnote in the text
        self.in_notes = False
        self.in_paragraph = False  # in the text of a `<p>` or `<li>`
        self.broken_at: int | None = None  # where in `parts` its last `<br>` stands
        self.sups = 0  # `<sup>` elements open
        self.sup_start = 0  # where in `parts` the outermost begins
        self.sup_text: list[str] = []  # what it holds, a marker's link's text included
        self.labelled = -1  # where in `parts` the last list item's label ends
        # the rows of the tables open: where each starts in `parts`, and each of its cells
        # (None stands for a table, whose rows are above it)
        self.rows: list[tuple[int, list[int]] | None] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        given = dict(attrs)
        if self.skip == 1 and self._ended_by(tag, start=True):
            self.skip, self.skipped = 0, None
        if not self.skip and tag not in _VOID and _hidden(given):
            self.skip, self.skipped, self.skipped_lists = 1, tag, 0
            self.skip_inside = len(self.open_tags)
            return
        if tag == "a" and not self.in_notes and _NOTE_LINK.match(given.get("href") or ""):
            self.in_marker = True
        if self.skip:
            # only the tag that opened the part can close it, nested in itself or not
            self.skip += tag == self.skipped
            self.skipped_lists += tag in ("ol", "ul")
            return
        if tag in self.unread or (self.unread_part is not None and any(
                self.unread_part.search(given.get(a) or "") for a in ("role", "style"))):
            # (a menu or footer left open is not ended by what holds it: the page is read
            # again without passing over menus, see `read_lines`)
            self.skip, self.skipped, self.skip_inside = 1, tag, 0
            return
        if tag not in _VOID:
            self.open_tags.append(tag)
        if not self.in_notes and any(_NOTE_LIST.search(given.get(a) or "")
                                     for a in ("style", "class", "id")):
            self.in_notes = True
            self.parts.append("\nFootnotes\n")
        if tag == "sup":
            if not self.sups:
                self.sup_start, self.sup_text = len(self.parts), []
            self.sups += 1
        elif tag == "br":
            if not _hidden(given):
                self._line_break()
        elif tag in ("ol", "ul"):
            self.in_paragraph = False
            self.lists.append(self._list(tag, given))
            self.open_lists.append(len(self.items))
            self.items.append(0)
        elif tag == "dt":  # a term and its definition are one line: "<dt>2.</dt><dd>Decides"
            self.parts.append("\n")
        elif tag == "dd":
            self.parts.append(" ")
            self.labelled = len(self.parts)  # a paragraph opening it is on the term's line
        elif tag in _BLOCKS:
            if tag == "table":
                self.rows.append(None)
            elif tag == "tr":
                if self.rows and self.rows[-1] is not None:
                    self._row_ended()
                self.rows.append((len(self.parts), []))
            elif tag in ("td", "th") and self.rows and (row := self.rows[-1]) is not None:
                row[1].append(len(self.parts))
            # (a label's item whose text opens a block, "<li><p>Decides", is one line)
            if tag == "li" or not self._just_labelled():
                self.parts.append("\n")
            self.in_paragraph, self.broken_at = tag in ("p", "li"), None
            current = self.lists[-1] if self.lists else None
            if tag == "li" and self.open_lists:
                self.items[self.open_lists[-1]] += 1
            if tag == "li" and current is not None:
                current.next = _number(given.get("value"), current.next)
                kind = self._styled_kind(given)
                if kind is None:
                    own = given.get("type")
                    kind = own if own in _TYPES else current.kind
                if kind:
                    self.parts.append(list_label(kind, current.next) + " ")
                    self.labelled = len(self.parts)
                current.next += current.step

    def _list(self, tag: str, given: dict[str, str | None]) -> _OrderedList | None:
        """The numbering of an `<ol>` or `<ul>` opening (None: a list of bullets)."""
        kind = self._styled_kind(given)
        if tag == "ul":
            return _OrderedList(kind, 1) if kind else None
        kind = given.get("type") or "1" if kind is None else kind
        if "reversed" not in given:
            return _OrderedList(kind, _number(given.get("start"), 1))
        # counted down from its number of items, which the end of the list tells
        counts, at = self.item_counts, len(self.items)
        self.counts_needed = self.counts_needed or counts is None
        items = counts[at] if counts is not None and at < len(counts) else 1
        return _OrderedList(kind, _number(given.get("start"), items), -1)

    def _styled_kind(self, given: dict[str, str | None]) -> str | None:
        """The kind of marker an element's own style gives, or else a class of it in the
        page's style sheets (both win over its `type`, as in a browser)."""
        kind = _css_kind(given.get("style"))
        if kind is None and self.class_kinds:
            for name in (given.get("class") or "").split():
                kind = self.class_kinds.get(name, kind)
        return kind

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self.in_marker = False
        if self.skip and tag != self.skipped and (
                (self.skip == 1 and self._ended_by(tag, start=False))
                or tag in self.open_tags[:self.skip_inside]):
            # (an element open around the part passed over ends it, however the part was
            # left open: "<p>… <span style='display:none'>draft</p>", as a browser closes it)
            self.skip, self.skipped = 0, None
        if not self.skip and tag in self.open_tags:
            del self.open_tags[len(self.open_tags) - 1 - self.open_tags[::-1].index(tag):]
        if self.skip:
            self.skipped_lists -= tag in ("ol", "ul")
            if tag == self.skipped:
                self.skip -= 1
                if not self.skip:
                    self.skipped = None
            return
        if tag == "sup" and self.sups:
            self.sups -= 1
            if not self.sups:
                self._sup_ended()
        elif tag == "br":  # `</br>`, which browsers read as `<br>`
            self._line_break()
        elif tag in ("ol", "ul"):
            if self.lists:
                self.lists.pop()
                self.open_lists.pop()
            self.parts.append("\n")
            self.in_paragraph = False
        elif tag == "dd":
            self.parts.append("\n")
        elif tag in _BLOCKS:
            self.parts.append("\n")
            self.in_paragraph = False
            if tag == "tr" and self.rows and self.rows[-1] is not None:
                self._row_ended()
                self.rows.pop()
            elif tag == "table" and None in self.rows:
                while (row := self.rows.pop()) is not None:
                    self.rows.append(row)
                    self._row_ended()
                    self.rows.pop()

    def _just_labelled(self) -> bool:
        """Whether nothing but white space was read since the last list item's label."""
        return 0 <= self.labelled <= len(self.parts) and not "".join(
            self.parts[self.labelled:]).strip()

    def _row_ended(self) -> None:
        """A table's row of cells of one line each made one line, as a PDF prints it
        ("Individual police officers 325"): a cell alone would read as a page's number."""
        row = self.rows[-1]
        if row is None or self.sups:
            return
        start, cells = row
        if len(cells) < 2 or cells[-1] > len(self.parts):
            return
        texts = ["".join(self.parts[a:b]).strip()
                 for a, b in zip(cells, [*cells[1:], len(self.parts)], strict=True)]
        if any("\n" in text or text.startswith(_NOTE_OPENS) for text in texts) \
                or "".join(self.parts[start:cells[0]]).strip() \
                or sum(len(text) > _LONG_CELL for text in texts) > 1:
            return  # (two paragraphs side by side, as a page in two languages prints them)
        self.parts[start:] = ["\n" + " ".join(text for text in texts if text) + "\n"]
        self.broken_at = None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # `<br/>` is one line break, not a start and an end
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def _line_break(self) -> None:
        """A `<br>`: a new line, but in a paragraph's text a space, as the DOCX reader reads a
        line break in a paragraph ("… the priorities are<br>(i) …" is one paragraph), unless
        a second follows with nothing between (a blank line ends a paragraph)."""
        if not self.in_paragraph:
            self.parts.append("\n")
        elif self.broken_at is not None and not "".join(
                self.parts[self.broken_at + 1:]).strip():
            self.parts[self.broken_at] = "\n"
        else:
            self.broken_at = len(self.parts)
            self.parts.append(" ")

    def _ended_by(self, tag: str, start: bool) -> bool:
        """Whether `tag` ends the `<p>` or `<li>` being passed over, left open as HTML lets
        them be (`<p hidden>…<p>…`): a browser shows what follows."""
        if self.skipped == "p":
            return tag in (_ENDS_P if start else _HOLDS_P)
        if self.skipped == "li" and not self.skipped_lists:
            return tag == "li" if start else tag in ("ol", "ul")
        if self.skipped in ("tr", "td", "th"):  # a row or cell left open ends at the next
            return (tag in ("tr", "tbody", "thead", "tfoot") or (self.skipped != "tr"
                    and tag in ("td", "th"))) if start else tag in ("table", "tbody", "tr")
        return False

    def _sup_ended(self) -> None:
        """A `<sup>` of digits or a letter after a word (or its date, its symbol) marks a
        note, and is dropped; one that opens a line opens a note, and is marked so."""
        mark = "".join(self.sup_text).strip()
        if _NOTE_MARK.fullmatch(mark) is None:
            return
        if self.broken_at is not None and self.broken_at >= self.sup_start:
            self.broken_at = None  # a `<br>` inside the mark, which goes
        before = "".join(self.parts[max(0, self.sup_start - 8):self.sup_start])[-40:]
        before = before.rstrip(" \t\xa0")
        if not before or before[-1] == "\n":
            self.parts[self.sup_start:] = [mark if self.in_notes else _NOTE_OPENS + mark]
        elif not ((before[-1].isdigit() and mark.isalpha())  # "2d", "3e"
                  or (mark in ("2", "3") and _UNIT.search(before))):  # "km2"
            del self.parts[self.sup_start:]

    def handle_data(self, data: str) -> None:
        if self.sups and not self.skip:
            self.sup_text.append(data)
        if not self.skip and not self.in_marker:
            self.parts.append(data.replace("\n", " "))


def _read(text: str, site: bool = True, item_counts: list[int] | None = None) -> _Text:
    """The page's text as `_Text` reads it."""
    parser = _Text(site, item_counts, stylesheet_kinds(text) if "<style" in text.lower()
                   else None)
    parser.feed(text)
    parser.close()
    return parser


def read_lines(path: Path) -> list[Line]:
    """Text lines of an HTML resolution, one per block element (no pages)."""
    text = _decoded(path.read_bytes(), path)
    parser = _read(text)
    if parser.skipped is not None and parser.skipped not in _CODE:
        # a menu or footer never closed would take the rest of the page with it: read the
        # page again passing over only its code
        parser = _read(text, site=False)
    if parser.counts_needed:
        parser = _read(text, site=parser.unread is _UNREAD, item_counts=parser.items)
    lines = "".join(parser.parts).split("\n")
    if any(_NOTE_OPENS in part for part in parser.parts):
        lines = _notes_headed(lines)
    return [Line(text) for text in lines]


def _notes_headed(lines: list[str]) -> list[str]:
    """`lines` with a `Footnotes` line before the first note (a line a note's marker opens,
    with words after it) that no numbered paragraph follows, and without the marks."""
    last_numbered = max((i for i, line in enumerate(lines) if _NUMBERED.match(line)),
                        default=-1)
    first_note = next((i for i, line in enumerate(lines) if i > last_numbered
                       and line.lstrip().startswith(_NOTE_OPENS)
                       and _NOTE_MARK.sub("", line.replace(_NOTE_OPENS, ""), 1).strip()),
                      None)
    lines = [line.replace(_NOTE_OPENS, "") for line in lines]
    if first_note is not None:
        lines.insert(first_note, "Footnotes")
    return lines
