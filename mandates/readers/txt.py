"""Plain-text resolutions as extracted from the UN's PDFs (cp1252, page furniture left in)."""

from __future__ import annotations

import re
from pathlib import Path

from mandates.readers.lines import (
    JOB_NUMBER,
    PAGE_NUMBER,
    RUNNING_HEADER,
    Line,
    common_margin,
    is_furniture,
)
from provenance import InputError
from provenance.files import looks_binary

# The page furniture the UN's layouts print, as text extraction leaves it in, each line alone:
# a page's foot carries its number ("2", "3/4", "2 05-59277", "2/4 13-46160", "13-46160 3/4");
# the first page's foot its job number ("99-17289 (E)", "06-68142* (E)", "* Reissued for
# technical reasons. 96-37198 (E) 191296"), which the layout since 2020 also prints in the
# margin of every page; every later page opens with the running header ("S/RES/2115 (2013)"),
# which the 1990s layout printed with the page's number ("S/RES/1244 (1999) Page 2",
# "S/RES/1004 (1995) English Page 2")
_FOOT = re.compile(rf"^(?:{PAGE_NUMBER}(?:\s+{JOB_NUMBER})?|{JOB_NUMBER}\s+{PAGE_NUMBER})$")
_JOB = re.compile(rf"^(?:\*{{1,2}}\s*Reissued for technical rea?sons[^0-9]*)?{JOB_NUMBER}$")
_HEADER = re.compile(rf"^{RUNNING_HEADER}$")
#: the first page's masthead ("United Nations" / "Security Council" / "S/RES/2115 (2013)")
#: prints the symbol once within this many lines of the top; after that, the symbol alone
#: is a page's running header
_MASTHEAD_LINES = 8


def decode(data: bytes, path: Path) -> str:
    """Text of a resolution file: UTF-16 when it opens with its byte-order mark (Windows'
    "Unicode" text) or, without one, has a NUL beside every character; UTF-8 when it is
    valid UTF-8, else Windows-1252.

    A stretch of zero bytes in a text (a damaged or half-written copy) is kept as one
    U+FFFD, the replacement character, for the parser to warn of; a file whose other bytes
    are not text either is refused as binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _unzeroed(data.decode("utf-16"))
        except UnicodeDecodeError as exc:
            raise InputError("is damaged UTF-16 text", path=path,
                             hint="save it again as UTF-8 text") from exc
    head = data[:4096]
    if b"\x00" in head:
        # UTF-16 saved without its byte-order mark: English text has a NUL beside every
        # character, before it (big-endian) or after it (little-endian)
        for codec, zeros, letters in (("utf-16-be", head[0::2], head[1::2]),
                                      ("utf-16-le", head[1::2], head[0::2])):
            if len(zeros) >= 16 and zeros.count(0) >= 0.9 * len(zeros) \
                    and letters.count(0) < 0.5 * len(letters):
                try:
                    return _unzeroed(data.decode(codec))
                except UnicodeDecodeError:
                    break
        if looks_binary(data):
            raise InputError("is a binary file, not text", path=path,
                             hint="give the resolution as .txt, .pdf, .docx, .html or .json")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return _unzeroed(text)


_ZEROS = re.compile("\x00+")


def _unzeroed(text: str) -> str:
    """`text` with each run of NUL characters (zeroed bytes) as one U+FFFD."""
    return _ZEROS.sub("\ufffd", text) if "\x00" in text else text


def read_lines(path: Path) -> list[Line]:
    """Lines of a text resolution with the pages they are printed on, read from the page
    furniture the text keeps (`_FOOT`, `_JOB`, `_HEADER`).

    A page's printed number is taken over the count of breaks seen: a foot numbered N puts
    the lines since the last break on page N (a first page whose foot the text lost, a break
    that printed nothing), a header numbered N opens page N. A page also ends at the first
    job number and at a form feed, and the next begins at a running header or at the next
    printed line after a foot.
    """
    text = decode(path.read_bytes(), path)
    page = 1
    out: list[Line] = []
    start = 0  # where in `out` the current page begins
    pending = False  # a page has ended; the next printed line begins the next
    jobs = printed = 0
    masthead = False  # the first page's masthead has printed the symbol
    for raw in text.splitlines():
        stripped = raw.strip()
        if "\x0c" in raw:
            pending = True
        first = stripped[:1]
        if first == "S" and (head := _HEADER.match(stripped)) is not None:
            if head.group(1) and int(head.group(1)) > 1:
                page, start, pending = int(head.group(1)), len(out), False
            elif not masthead and printed <= _MASTHEAD_LINES and not jobs:
                masthead = True
            elif pending or _printed_since(out, start):
                page, start, pending = page + 1, len(out), False
            out.append(Line(stripped, page))
            continue
        foot = _FOOT.match(stripped) if out and (first.isdigit()) else None
        if foot is not None:
            number = int(foot.group(1) or foot.group(2))
            if number >= max(1, page - 1) and number <= page + 3:
                if start > 0:
                    # the lines since the last break are on the page the foot numbers (the
                    # first page's lines stay there: a second page's foot after a first page
                    # that printed no foot numbers both)
                    out[start:] = [Line(ln.text, number) for ln in out[start:]]
                page, pending = number, True
            out.append(Line(stripped, page))
            continue
        if first in "0123456789*" and _JOB.match(stripped):
            # the first job number ends the first page; a later one alone may stand in the
            # margin mid-page
            jobs += 1
            pending = pending or jobs == 1
            out.append(Line(stripped, page))
            continue
        if pending and stripped and stripped[:1] not in "*`_":
            page, start, pending = page + 1, len(out), False
        if stripped:
            printed += 1
        out.append(Line(raw, page))
    return _indents(out)


def _printed_since(lines: list[Line], start: int) -> bool:
    """Whether any of `lines` from `start` on holds text (not only blank lines)."""
    return any(line.text.strip() for line in lines[start:])


#: a line starting this many characters right of its page's margin is indented
INDENT_CHARS = 3


def _indents(lines: list[Line]) -> list[Line]:
    """`lines` with their first-line indents, when the text keeps the page's layout (as
    `pdftotext -layout` writes it: a paragraph's first line, and an item whose letter the
    PDF does not print, set in by spaces): the same signal a PDF's character boxes give.
    A text whose lines all start at the margin, as the UN's text extractions do, is left
    without indents."""
    by_page: dict[int | None, list[int]] = {}
    for line in lines:
        if len(line.text.strip()) > 30:
            text = line.text.expandtabs()
            by_page.setdefault(line.page, []).append(len(text) - len(text.lstrip()))
    margins = {page: common_margin(lefts) for page, lefts in by_page.items() if len(lefts) >= 5}
    set_in = sum(left > margins[page] + INDENT_CHARS for page, lefts in by_page.items()
                 if page in margins for left in lefts)
    total = sum(len(lefts) for lefts in by_page.values())
    if set_in < 3 or set_in > total / 2:
        return _block_starts(lines)
    out = []
    for line in lines:
        margin = margins.get(line.page)
        text = line.text.expandtabs()
        left = len(text) - len(text.lstrip())
        indented = None if margin is None or not text.strip() else left > margin + INDENT_CHARS
        out.append(Line(line.text, line.page, indented))
    return out


# a section's title on a line of its own, as long as it may be: "(ii) Disarmament,
# demobilisation, reintegration (DDR) and stabilisation"
_SECTION_TITLE = re.compile(r"^\([ivxl]+\)\s+[A-Z].*[^\W_]\)?$")
# a sentence's end, not an abbreviation's ("H.E.", "Mr.", "No.")
_SENTENCE_END = re.compile(r"(?:^|\s)[^\s.]{3,}\.$")


def _block_starts(lines: list[Line]) -> list[Line]:
    """`lines` of a text wrapped as its PDF printed it but without the layout (`pdftotext`
    plain: lines of some 80 characters, most ending mid-sentence), each marked indented when it
    opens a block: after a line ending a sentence or an item (".", ";", ":"), or after a short
    line (a heading, or a paragraph's last line). A text with a paragraph per line, as the UN's
    text extractions are, is left without indents."""
    long = [len(line.text.strip()) for line in lines if len(line.text.strip()) > 30]
    if len(long) < 20:
        return lines
    ended = sum(1 for line in lines if len(line.text.strip()) > 30
                and line.text.rstrip()[-1:] in ".;:,")
    width = sorted(long)[len(long) // 2]
    if not 55 <= width <= 100 or ended > len(long) / 2:
        return lines  # a paragraph per line, or a list of names
    out = []
    previous = ""
    for line in lines:
        text = line.text.strip()
        if not text or is_furniture(text):
            out.append(line)
            continue
        opens = not previous or previous[-1:] in ";:" or len(previous) < 0.75 * width \
            or (previous[-1:] == "." and _SENTENCE_END.search(previous) is not None) \
            or (_SECTION_TITLE.match(previous) is not None and text[:1].isupper())
        out.append(Line(line.text, line.page, opens))
        previous = text
    return out
