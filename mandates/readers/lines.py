"""Printed lines and the clean-up every format needs: running headers, footers, job numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line of a resolution and the 1-based page it stands on (None if unpaged).

    `indented` is True when the layout shows a first-line indent (a PDF line starting right
    of the page's text margin), False when it starts at the margin, None when the format
    cannot tell.
    """

    text: str
    page: int | None = None
    indented: bool | None = None


# Lines that are page furniture, not text: the symbol as running header, "3/19" or "2"
# footers, job numbers ("24-58870 (E)", "*2458870*"), "Page 3", continuation marks.
# (the barcode under a job number sometimes comes out as "`````````" or "*0060403*"; a
# letter may follow the number: "11-50244S (E)", 2009 (2011))
JOB_NUMBER = (r"\d{2}-\d{4,6}[A-Z]?\*{0,2}\s*(?:\([A-Z]\))?(?:\s+\d{6}){0,2}"
              r"(?:\s*(?:`+|\*\d{6,}\*))?")
#: a page's number at its foot ("2", "3/19"), the number captured
PAGE_NUMBER = r"(\d{1,3})(?:\s*/\s*\d{1,3})?"
#: the symbol as running header, with the page's number (captured) as the 1990s printed it:
#: "S/RES/1244 (1999) Page 2", "S/RES/1008 (1995) English 3" (its "Page" on the next line, in
#: two 1995 texts), "S/RES/1153.(1998) English Page 2", "S/RES/1737 (2006)*"
RUNNING_HEADER = (r"S/RES/\d+\s*[./]?\s*\(\d{4}\)\)?\*{0,2}(?:\s+English)?"
                  r"(?:\s*(?:Page\s*)?(\d{1,3}))?")
_FURNITURE = re.compile(
    r"^\s*(?:" + RUNNING_HEADER + (
        # the running header of a text issued first under its draft's symbol ("S/1995/1032
        # Page 3"); the symbol alone is a draft's masthead, not furniture
        r"|S/\d{4}/\d+(?:\s+English)?\s+Page\s*\d+"
        r"|Page(?:\s+\d+(?:\s+of\s+\d+)?)?"
        r"|-\s*\d{1,3}\s*-"  # "- 2 -", the page number of older documents
        rf"|{PAGE_NUMBER}|{JOB_NUMBER}|{JOB_NUMBER}\s+{PAGE_NUMBER}|{PAGE_NUMBER}\s+{JOB_NUMBER}"
        r"|\*\s*\d{6,}\s*\*"
        r"|/\.\.\.|\.\.\./|-{3,}|_{3,}"
        r")\s*$")
)
# every line of furniture opens, after its spaces, with one of these or a digit
_FURNITURE_FIRST = frozenset("SP*/.-_")
# the same furniture inside a line of text: a running header with its page ("S/RES/1004
# (1995) English Page 2"), a reissue note with its job number, a barcode ("`````````"), a
# running header glued before the next paragraph's number (";S/RES/908 (1994) 20. Welcomes")
# or after a paragraph's end (";S/RES/908 (1994)")
_INLINE_FURNITURE = re.compile(
    r"\s*S/RES/\d+\s*[./]?\s*\(\d{4}\)\)?\s+English\s+Page\s+\d+\s*"
    # (with its date since 2010, its rule above it, a misspelling: "__________________ *
    # Reissued for technical reasons on 1 July 2011.", "* Reissued for technical resons.")
    r"|\s*(?:_{3,}\s*)?\*{1,2}\s*Reissued for technical rea?sons"
    r"(?:\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?\.\s*(?:\d{2}-\d{4,6}\*?\s*\([A-Z]\)(?:\s+\d{6})?)?"
    r"|\s*`{3,}\s*"
    r"|(?<=[;:,.])\s*S/RES/\d+\s*\(\d{4}\)(?:\s+(?=\d{1,3}\s*\.\s+[A-Z])|\s*$)"
    # a page break inside a text run into one line: the foot's page number, job number or
    # barcode, then the next page's running header ("…in this regard, 15-05874 (E)
    # *1505874* S/RES/2216 (2015) Reaffirming …", "…to continue the 3/7 15-05874 S/RES/2216
    # (2015) peaceful …")
    r"|\s*(?:(?:\d{1,2}/\d{1,2}|\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6})?|\*\d{7}\*)\s+)+"
    r"S/RES/\d+\s*\(\d{4}\)(?:\s+|$)")
_MASTHEAD_SYMBOL = re.compile(r"^United Nations\s+S/RES/\S+\s*\(\d{4}\)$")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")


_ROMAN_NUMERALS = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                   (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def roman_numeral(n: int) -> str:
    """`n` as a lower-case roman numeral, as lists print it (4 → `iv`); "" for n < 1."""
    out = ""
    for value, numeral in _ROMAN_NUMERALS:
        count, n = divmod(n, value)
        out += numeral * count
    return out


#: the largest number a list item is given (Word's own bound on a level's start value): a
#: page that starts a list at 10**20 gets labels of bounded length
LIST_NUMBER_LIMIT = 32767


def list_letters(n: int) -> str:
    """The `n`-th letter of a list: a … z, then aa, bb … as resolutions letter long lists."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


_MOJIBAKE_SPACE = re.compile(r"Â(?=[ \xa0])")
# UTF-8 letters read as Windows-1252 ("DÃ©mocratiques", "MoÃ§ambique", "â€™"), as a text that
# mixes the two encodings is read: a lead byte's character, then its continuation bytes'
_CONTINUATION = "".join(sorted({bytes([b]).decode("cp1252", "ignore") for b in range(0x80, 0xC0)}
                               - {""}))
_MOJIBAKE = re.compile(f"[\u00c2-\u00df][{re.escape(_CONTINUATION)}]"
                       f"|[\u00e0-\u00ef][{re.escape(_CONTINUATION)}]{{2}}")


def _unmojibaked(m: re.Match[str]) -> str:
    """The letter a UTF-8 sequence read as Windows-1252 stands for, or the match as it is."""
    try:
        return m.group(0).encode("cp1252").decode("utf-8")
    except UnicodeError:  # letters that happen to stand so ("Ã" then "©" in a list of symbols)
        return m.group(0)


# Cyrillic letters drawn like Latin ones, typed by mistake inside an English word: "Сalls upon"
# (2341 (2017)) opens with a Cyrillic С, and no pattern would read its verb
_LOOKALIKES = str.maketrans("АВЕКМНОРСТХаеорсухіјѕ", "ABEKMHOPCTXaeopcyxijs")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_MIXED_WORD = re.compile(r"\w*[A-Za-z]\w*[\u0400-\u04ff]\w*|\w*[\u0400-\u04ff]\w*[A-Za-z]\w*")


# a link a Markdown export wrote around words: "[2206 (2015) concerning South](https://undocs.
# org/en/S/RES/2206(2015)) Sudan" (2577 (2021) in the UN's paragraph JSON); the address may
# hold brackets of its own
_MARKDOWN_LINK = re.compile(
    r"\[([^\[\]]*)\]\((?:https?://|www\.)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*\)")


# a footnote's mark printed after a word or its punctuation, as the yearbooks and the UN's
# JSON of them keep it: "his report of 18 June 1990,[142] which", "the report [1] of the Chief
# of Staff", "the Secretary-General³ and" (not "km²")
_NOTE_MARK_SIGN = re.compile(r"\[\d|[\u00b9\u00b2\u00b3\u2070-\u2079]")
_NOTE_MARK = re.compile(r"(?<=[A-Za-z.,;:)’”])(?: ?\[\d{1,3}\]|(?<!m)[\u00b9\u00b2\u00b3\u2070-"
                        r"\u2079]+)(?=[\s,.;:)]|$)")


#: the letters a typesetter's ligatures stand for, as some PDFs give them in their text
#: ("ceaseﬁre", "the ﬂow of arms"): no cue could match the ligature
_LIGATURES = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi",
                            "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"})
_LIGATURE = re.compile("[\ufb00-\ufb06]")


def normalize_line(text: str) -> str:
    """One line with odd spaces folded, odd hyphens made plain, ligatures spelt out, soft
    hyphens and control marks removed, Markdown links read as their words, and footnote marks
    left out."""
    if "[" in text:
        if "](" in text:
            text = _MARKDOWN_LINK.sub(r"\1", text)
        if _NOTE_MARK_SIGN.search(text):
            text = _NOTE_MARK.sub("", text)
    if not text.isascii():
        if _NOTE_MARK_SIGN.search(text):
            text = _NOTE_MARK.sub("", text)
        # U+2011 is the no-break hyphen UN editors type in "Secretary-General"
        # (a zero-width space or word joiner inside a word shows none: "peace\u200bkeeping")
        text = text.replace("\ufffe", "-").replace("\u00ad", "").replace("\ufeff", "") \
            .replace("\u2011", "-").replace("\u2010", "-").replace("\u200b", "") \
            .replace("\u2060", "")
        if _LIGATURE.search(text):  # (rare: looking costs less than mapping every line)
            text = text.translate(_LIGATURES)
        if "Â" in text:  # UTF-8's no-break space read as cp1252, however it was spaced
            text = _MOJIBAKE_SPACE.sub(" ", text)
        text = _MOJIBAKE.sub(_unmojibaked, text)  # any lead, "Ä‡" (ć) as well as "Ã©" (é)
        if _CYRILLIC.search(text):
            text = _MIXED_WORD.sub(lambda m: m.group(0).translate(_LOOKALIKES), text)
    text = text.replace("\x0c", " ")
    if text.isascii() and "  " not in text and "\t" not in text:
        return text.strip()  # no run of spaces to fold
    return _SPACES.sub(" ", text).strip()


def is_furniture(text: str) -> bool:
    """True for running headers, page numbers and job numbers."""
    first = text.lstrip()[:1]  # most lines are text: skip the pattern for them
    if first not in _FURNITURE_FIRST and not first.isdecimal():
        return False
    return bool(_FURNITURE.match(text))


def clean_lines(raw: list[Line]) -> list[Line]:
    """Drop empty lines and page furniture; normalise spaces."""
    out: list[Line] = []
    for line in raw:
        text = normalize_line(line.text)
        if not text or is_furniture(text):
            continue
        if "`" in text or "Page" in text or "Reissued" in text or "S/RES/" in text:
            # furniture run into a line of text by the extraction
            text = _INLINE_FURNITURE.sub(" ", text).strip()
            if not text:
                continue
        # the first page's masthead puts the symbol after "United Nations" on one line
        if text.startswith("United Nations"):
            text = _MASTHEAD_SYMBOL.sub("United Nations", text)
        # most lines need no change: keep them rather than build equal ones
        out.append(line if text == line.text else Line(text, line.page, line.indented))
    return out


def common_margin(lefts: list[int]) -> int:
    """A page's text margin from the left edges of its lines: the leftmost of the common ones
    (an indented first line, a centred heading, are not common)."""
    counts: dict[int, int] = {}
    for left in lefts:
        counts[left] = counts.get(left, 0) + 1
    common = max(counts.values())
    return min(left for left, count in counts.items() if count >= common * 0.5)
