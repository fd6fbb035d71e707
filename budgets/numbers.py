"""Printed figures → exact numbers: thousands separators, dashes, parentheses, footnotes."""

from __future__ import annotations

import itertools
import re
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

_DASHES = frozenset({"–", "-", "—", "‒", "−", "--", "- -", "…", "..."})
_SEPARATORS = re.compile(r"[\s\u00a0\u2007\u2009\u202f\u2002-\u2006’']")
_NUMBER = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")
_FOOTNOTE_AFTER = re.compile(
    r"^(?P<label>.*?(?:s|staff|personnel|total|Subtotal|income|\)|ment|kind))"
    r"(?P<marks>(?:(?<=s)[a-d]|(?<!s)[a-h])(?:,\s?[a-h])*|\*+)$")


def parse_amount(value: object) -> Decimal | None:
    """An exact Decimal from a cell: workbook numbers, printed figures, dashes (0).

    `1 234.5` (any space as thousands separator), `1,234.5`, `(1 234.5)` (negative),
    `–` (zero), `12.5%`, and a European export's `27 457,4` and `27.457,4`. Floats from
    workbooks go through their shortest repr, so 27457.4 is exactly 27457.4. Returns None
    for text that is not a figure, and for a figure whose digit groups are malformed
    (`1 000 00`: see `misgrouped`), rather than a figure ten times off.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return None
        return Decimal(repr(value))
    text = str(value).strip()
    if not text:
        return None
    if text in _DASHES:
        return Decimal(0)
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1].strip()
    text = text.rstrip("%").strip()
    text = text.replace("−", "-").replace("–", "-")
    if misgrouped(text):
        return None
    plain = _decimal_point(_SEPARATORS.sub("", text))
    if plain is None or not _NUMBER.match(plain):
        return None
    try:
        number = Decimal(plain)
    except InvalidOperation:
        return None
    return -number if negative else number


_SEPARATOR_RUN = re.compile(_SEPARATORS.pattern + "+")


def misgrouped(text: object) -> bool:
    """True for a printed figure whose thousands separators (spaces, apostrophes) do not
    stand between groups of three digits: `1 000 00`, `12 34`, `1234 567`. A digit was
    dropped or a space misplaced, and which figure was meant the text alone cannot say.
    """
    if not isinstance(text, str):
        return False
    parts = _SEPARATOR_RUN.split(text.strip().strip("()%").strip())
    for before, after in itertools.pairwise(parts):
        tail = re.search(r"\d+$", before)
        head = re.match(r"\d+", after)
        if tail is None or head is None:
            continue  # not between digits: "- 5", "12.5 %"
        if len(head.group(0)) != 3 or (before is parts[0] and len(tail.group(0)) > 3):
            return True
    return False


_DOT_GROUPS = re.compile(r"^[+-]?\d{1,3}(?:\.\d{3})*$")


def _decimal_point(text: str) -> str | None:
    """`text` with its commas read: as thousands separators ("27,457.4", "1,234", "12,34,567"),
    or as the decimal mark of a French or German export ("27457,4", "343.462,0"); None when
    they are neither ("27,4567", "1,23,4"), rather than a figure ten or a thousand times off."""
    if "," not in text:
        return text
    if "." in text:
        if text.rfind(".") > text.rfind(","):
            return text.replace(",", "")  # 1,234.5
        whole, _, decimals = text.rpartition(",")
        if not _DOT_GROUPS.match(whole):
            return None  # "1.2,5": dots that group nothing
        return whole.replace(".", "") + "." + decimals  # 343.462,0
    last = text.rsplit(",", 1)[1]
    if len(last) == 3:
        return text.replace(",", "")  # 27,457 or 12,34,567
    if text.count(",") == 1 and 1 <= len(last) <= 2:
        return text.replace(",", ".")  # 27457,4
    return None


def strip_footnotes(label: str) -> str:
    """A label without the footnote letters glued to it (`Temporary positionsb`)."""
    label = re.sub(r"\s+", " ", label).strip()
    m = _FOOTNOTE_AFTER.match(label)
    if m and len(m.group("label")) > 2:
        return m.group("label").rstrip()
    return label


def is_dash(value: object) -> bool:
    """True for a cell printed as a dash (a zero in the UN's tables)."""
    return isinstance(value, str) and value.strip() in _DASHES


def whole_dollars(amount: Decimal, unit: Decimal | int = 1) -> tuple[int, bool]:
    """`amount` printed in `unit`s (1000 for a table in thousands) as whole dollars, and
    whether that was exact (False when a figure had more decimals than its unit allows and
    was rounded, half to even)."""
    dollars = amount * unit
    whole = dollars.to_integral_value(rounding=ROUND_HALF_EVEN)
    return int(whole), whole == dollars
