"""Case-insensitive patterns that `re` can scan quickly.

With `re.IGNORECASE`, `re` cannot skip ahead to the letters a pattern starts with and tries
it at every position of the text. `Caseless` first looks for the pattern's lower-case,
case-sensitive twin in the lower-cased text, which `re` scans quickly, and runs the
case-insensitive pattern only from where the twin matched first. The two find matches at
the same places: lower-casing changes neither the length of the text nor which character
of an ASCII pattern a character matches, except for the few characters outside ASCII that
case-fold onto an ASCII letter (`FOLDS_ONTO_ASCII`); a text with one of those is scanned
with the case-insensitive pattern alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mandates.cue_index import Anchored

#: non-ASCII characters that match an ASCII letter under re.IGNORECASE or lower-case to
#: something else than one non-ASCII character: İ ı ſ and the Kelvin sign
FOLDS_ONTO_ASCII = "\u0130\u0131\u017f\u212a"


class Caseless:
    """A pattern compiled with re.IGNORECASE, with `search` and `finditer` that skip ahead."""

    def __init__(self, pattern: str) -> None:
        if not pattern.isascii() or re.search(r"\\[A-Z]", pattern):
            # an upper-case escape (\S, \W, \B …) would change meaning once lower-cased
            raise ValueError(f"not an ASCII pattern without upper-case escapes: {pattern!r}")
        self.pattern = re.compile(pattern, re.I)
        # a twin that opens with \b would still be tried everywhere
        self._twin = Anchored(re.compile(pattern.lower()))

    def _first(self, text: str, lowered: str | None) -> int | None:
        """Where the first match starts, None if none; -1 when the twin cannot tell."""
        if not text.isascii() and any(ch in text for ch in FOLDS_ONTO_ASCII):
            return -1
        m = self._twin.search(text.lower() if lowered is None else lowered)
        return None if m is None else m.start()

    def search(self, text: str, lowered: str | None = None) -> re.Match[str] | None:
        """`self.pattern.search(text)`.

        `lowered`, when given, must be `text.lower()`: a caller that tries several patterns
        on one text lowers it once.
        """
        first = self._first(text, lowered)
        if first is None:
            return None
        return self.pattern.search(text, max(first, 0))

    def finditer(self, text: str, lowered: str | None = None) -> Iterator[re.Match[str]]:
        """`self.pattern.finditer(text)`; `lowered` as for `search`."""
        first = self._first(text, lowered)
        if first is None:
            return iter(())
        return self.pattern.finditer(text, max(first, 0))

