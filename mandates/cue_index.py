"""Where cue patterns can match: the literal openings of every match, found in one pass.

Python's `re` scans a pattern that opens with `\\b` or a group position by position, which
makes the 46 task cues the slowest part of parsing. Every match of a cue pattern opens with
one of a few literal strings (`\\b(?:assembly|regrouping) (?:areas?|zones?)` with
"assembly " or "regrouping "), which `openings` reads from the pattern text. `CueIndex`
finds, in one pass over a text, every place where an opening of any of its patterns
occurs; a pattern is then tried only there (`search`, `finditer`), which gives the same
matches as `re` gives scanning the whole text, because a match can start nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence

#: openings are read this far into a pattern: long enough to be rare in the text
_DEPTH = 10
#: a pattern with a shorter opening is scanned whole (the opening would be everywhere)
_SHORTEST = 3


class _Unsupported(Exception):
    """Pattern syntax this reader does not model; the pattern gets no openings."""


# A parsed pattern is a list of items; an item is one of
#   ("lit", chars)          one character out of `chars` (a frozenset)
#   ("any",)                one character that is not a known literal (\w, ., [a-z] …)
#   ("zero",)               a zero-width assertion (\b, lookarounds, ^, $)
#   ("alt", [items, …])     a group with its alternatives
#   ("rep", item, lo, hi)   a repeated item (hi None: unbounded)
_Item = tuple


def _parse(pattern: str) -> list[list[_Item]]:
    """The top-level alternatives of a regular expression (raises _Unsupported)."""
    alternatives, end = _alternatives(pattern, 0)
    if end != len(pattern):
        raise _Unsupported(pattern)
    return alternatives


#: patterns read by `_parse` (None: unsupported); `Anchored` reads each at several depths,
#: and reading them took a quarter of a second of every start-up
_PARSED: dict[str, list[list[_Item]] | None] = {}


def _parsed(pattern: str) -> list[list[_Item]] | None:
    """`_parse(pattern)`, remembered; None for syntax this module does not model."""
    if pattern not in _PARSED:
        try:
            _PARSED[pattern] = _parse(pattern)
        except _Unsupported:
            _PARSED[pattern] = None
    return _PARSED[pattern]


def _alternatives(s: str, i: int) -> tuple[list[list[_Item]], int]:
    out: list[list[_Item]] = []
    items: list[_Item] = []
    while i < len(s) and s[i] != ")":
        if s[i] == "|":
            out.append(items)
            items = []
            i += 1
            continue
        item, i = _atom(s, i)
        item, i = _quantified(s, i, item)
        items.append(item)
    out.append(items)
    return out, i


def _atom(s: str, i: int) -> tuple[_Item, int]:
    ch = s[i]
    if ch == "\\":
        if i + 1 >= len(s):
            raise _Unsupported(s)
        esc = s[i + 1]
        if esc in "bBAZ":
            return ("zero",), i + 2
        if esc.isalnum():
            return ("any",), i + 2  # \w, \s, \d and the like; anything else is not modelled
        return ("lit", frozenset(esc)), i + 2
    if ch == "[":
        return _char_class(s, i)
    if ch == "(":
        if s.startswith(("(?=", "(?!"), i):
            _, end = _alternatives(s, i + 3)
            return ("zero",), _close(s, end)
        if s.startswith(("(?<=", "(?<!"), i):
            _, end = _alternatives(s, i + 4)
            return ("zero",), _close(s, end)
        if s.startswith("(?:", i):
            start = i + 3
        elif s.startswith("(?P<", i):
            start = s.index(">", i) + 1
        elif s.startswith("(?", i):
            raise _Unsupported(s)  # inline flags, conditionals, comments
        else:
            start = i + 1
        inner, end = _alternatives(s, start)
        return ("alt", inner), _close(s, end)
    if ch in ".":
        return ("any",), i + 1
    if ch in "^$":
        return ("zero",), i + 1
    if ch in "*+?{)|":
        raise _Unsupported(s)
    return ("lit", frozenset(ch)), i + 1


def _close(s: str, i: int) -> int:
    if i >= len(s) or s[i] != ")":
        raise _Unsupported(s)
    return i + 1


def _char_class(s: str, i: int) -> tuple[_Item, int]:
    """`[sz]` as the set of its characters; negated classes, ranges and escapes as "any"."""
    j = i + 1
    chars: set[str] = set()
    known = s[j:j + 1] != "^"
    first = True
    while j < len(s) and (s[j] != "]" or first):
        first = False
        if s[j] == "\\":
            esc = s[j + 1:j + 2]
            if esc.isalnum() or not esc:
                known = False
            chars.add(esc)
            j += 2
            continue
        if s[j] == "-" and chars and s[j + 1:j + 2] not in ("]", ""):
            known = False  # a range
        if s[j] == "[":
            known = False  # nested set syntax
        chars.add(s[j])
        j += 1
    if j >= len(s):
        raise _Unsupported(s)
    return (("lit", frozenset(chars)) if known and chars else ("any",)), j + 1


_BRACES = re.compile(r"\{(\d*)(?:(,)(\d*))?\}")


def _quantified(s: str, i: int, item: _Item) -> tuple[_Item, int]:
    if i >= len(s):
        return item, i
    ch = s[i]
    if ch in "?*+":
        lo, hi = {"?": (0, 1), "*": (0, None), "+": (1, None)}[ch]
        i += 1
    elif ch == "{":
        m = _BRACES.match(s, i)
        if m is None or not (m.group(1) or m.group(2)):
            raise _Unsupported(s)
        lo = int(m.group(1) or 0)
        hi = lo if m.group(2) is None else (int(m.group(3)) if m.group(3) else None)
        i = m.end()
    else:
        return item, i
    if i < len(s) and s[i] in "?+":
        i += 1  # lazy or possessive: the same strings can match
    if item[0] == "zero":
        return item, i
    return ("rep", item, lo, hi), i


def _prefixes(items: Sequence[_Item], depth: int) -> frozenset[str]:
    """Strings one of which opens every match of `items` (up to `depth` characters)."""
    if depth <= 0 or not items:
        return frozenset({""})
    item, rest = items[0], items[1:]
    kind = item[0]
    if kind == "zero":
        return _prefixes(rest, depth)
    if kind == "any":
        return frozenset({""})
    if kind == "lit":
        tails = _prefixes(rest, depth - 1)
        return frozenset(c + t for c in item[1] for t in tails)
    if kind == "alt":
        return frozenset().union(*(_prefixes([*alt, *rest], depth) for alt in item[1]))
    _, body, lo, hi = item
    if lo > 0:
        again = [] if hi == 1 else [("rep", body, lo - 1, None if hi is None else hi - 1)]
        return _prefixes([body, *again, *rest], depth)
    without = _prefixes(rest, depth)
    if hi == 0:
        return without
    again = [] if hi == 1 else [("rep", body, 0, None if hi is None else hi - 1)]
    return without | _prefixes([body, *again, *rest], depth)


def openings(pattern: re.Pattern[str], shortest: int = _SHORTEST,
             depth: int = _DEPTH) -> frozenset[str] | None:
    """Literal strings one of which opens every match of `pattern`; None if unknown.

    Openings are read up to `depth` characters. None for patterns with flags, syntax this
    module does not model, or some match that may open with a string shorter than
    `shortest` characters.
    """
    if pattern.flags & ~re.UNICODE:
        return None
    alternatives = _parsed(pattern.pattern)
    if alternatives is None:
        return None
    found = _prefixes([("alt", alternatives)], depth)
    if any(len(p) < max(shortest, 1) for p in found):
        return None
    # a string that starts with another opening adds nothing
    return frozenset(p for p in found if not any(q != p and p.startswith(q) for q in found))


def _trie_pattern(words: Sequence[str]) -> str:
    """A regex matching the longest of `words` that starts at a position."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict[str, dict]) -> str:
        branches = [re.escape(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie)


class CueIndex:
    """Named patterns with their openings, and one regex that finds all openings in a text."""

    def __init__(self, patterns: Mapping[str, re.Pattern[str]]) -> None:
        found = {key: openings(p) for key, p in patterns.items()}
        #: pattern name → its openings (None: the pattern is always scanned whole)
        self.openings: dict[str, frozenset[str] | None] = found
        owners: dict[str, list[str]] = {}
        for key, words in found.items():
            for word in words or ():
                owners.setdefault(word, []).append(key)
        # the finder reports the longest opening at a position; the shorter ones that
        # occur there are its prefixes
        self._keys: dict[str, tuple[str, ...]] = {
            w: tuple(dict.fromkeys(k for n in range(1, len(w) + 1) for k in owners.get(w[:n], ())))
            for w in owners}
        #: names of the patterns without openings
        self.unindexed = frozenset(key for key, words in found.items() if words is None)
        # searched again from one past each match, rather than found by a lookahead at every
        # position: `re` skips ahead to the characters an opening starts with only when the
        # pattern does not open with a lookahead
        self._finder = re.compile(_trie_pattern(sorted(owners)))

    def starts(self, text: str) -> dict[str, list[int] | None]:
        """Pattern name → ascending positions in `text` where that pattern can match.

        Patterns that cannot match in `text` are left out; patterns without openings are
        given None (scan them whole).
        """
        at: dict[str, list[int] | None] = {}
        keys = self._keys
        search = self._finder.search
        m = search(text)
        while m is not None:
            start = m.start()
            for key in keys[m.group()]:
                positions = at.get(key)
                if positions is None:
                    at[key] = [start]
                else:
                    positions.append(start)
            m = search(text, start + 1)
        for key in self.unindexed:
            at[key] = None
        return at


def search(pattern: re.Pattern[str], text: str,
           starts: list[int] | None) -> re.Match[str] | None:
    """`pattern.search(text)`, trying only the positions in `starts` (None: all)."""
    if starts is None:
        return pattern.search(text)
    for start in starts:
        m = pattern.match(text, start)
        if m is not None:
            return m
    return None


def finditer(pattern: re.Pattern[str], text: str,
             starts: Iterable[int] | None) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying only the positions in `starts` (None: all)."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts:
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            yield m
            end = m.end()


class Anchored:
    """One pattern tried only where its openings occur.

    The openings are found with `str.find`, one call per opening, which is fastest when they
    are few and rare. With `one_scan`, they are found in one scan of a trie of the longest
    openings, which is faster for patterns whose few openings are common short words ("the",
    "in ", "as ") or many words starting with capitals (the months). With `literals`, the
    caller names them: the pattern alternates those words, and reading it would cost more
    than compiling it.
    """

    def __init__(self, pattern: re.Pattern[str], shortest: int = _SHORTEST,
                 one_scan: bool = False, literals: Iterable[str] | None = None) -> None:
        self.pattern = pattern
        self.openings: frozenset[str] | None
        if literals is not None:
            words = set(literals)
            self.openings = frozenset(w for w in words
                                      if not any(v != w and w.startswith(v) for v in words))
        elif one_scan:
            self.openings = openings(pattern, shortest)
        else:
            # the fewest openings to look for (the longest of equally many): each is one find
            # per text, and a longer one is found at fewer places
            found = [openings(pattern, shortest, depth)
                     for depth in range(_DEPTH, shortest - 1, -1)]
            self.openings = min(found, key=lambda o: (o is None, len(o or ())))
        self._words = tuple(self.openings or ())
        self._finder = re.compile(_trie_pattern(sorted(self._words))) \
            if one_scan and self._words else None
        self._match = pattern.match

    def _starts(self, text: str) -> Iterable[int]:
        """Ascending positions of the openings in `text` (one opening at most at each: no
        opening starts with another)."""
        if self._finder is not None:
            return self._scan(text)
        found: list[int] = []
        for word in self._words:
            at = text.find(word)
            while at >= 0:
                found.append(at)
                at = text.find(word, at + 1)
        if len(self._words) > 1:
            found.sort()
        return found

    def _scan(self, text: str) -> Iterator[int]:
        """`_starts` with the trie, found as they are needed."""
        assert self._finder is not None
        search = self._finder.search
        m = search(text)
        while m is not None:
            start = m.start()
            yield start
            m = search(text, start + 1)

    def search(self, text: str) -> re.Match[str] | None:
        """`self.pattern.search(text)`."""
        if self.openings is None:
            return self.pattern.search(text)
        match = self._match
        for start in self._starts(text):
            m = match(text, start)
            if m is not None:
                return m
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """`self.pattern.finditer(text)`."""
        if self.openings is None:
            return self.pattern.finditer(text)
        return finditer(self.pattern, text, self._starts(text))

    def sub(self, replacement: str, text: str) -> str:
        """`self.pattern.sub(replacement, text)` for a replacement without escapes."""
        if "\\" in replacement:
            raise ValueError("a replacement with escapes or group references")
        pieces, end = [], 0
        for m in self.finditer(text):
            pieces += [text[end:m.start()], replacement]
            end = m.end()
        if not pieces:
            return text
        pieces.append(text[end:])
        return "".join(pieces)


class FirstOf:
    """Anchored patterns tried in order: the matches of the one regex that alternates them
    (`(?:a|b)`), each tried only where an opening of one of them occurs.

    A pattern built for each text can so leave its costly fixed part to a pattern compiled
    once: at each place, the first pattern that matches there wins, as the first alternative
    does in a regex.
    """

    def __init__(self, *parts: Anchored) -> None:
        if any(part.openings is None for part in parts):
            raise ValueError("every part needs openings")
        self.parts = parts

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The non-overlapping matches, leftmost first."""
        # a part is tried only where its own openings occur, and at a place where several
        # parts' openings occur, in their order
        at = sorted((start, k) for k, part in enumerate(self.parts)
                    for start in part._starts(text))
        matchers = [part.pattern.match for part in self.parts]
        end = 0
        for start, k in at:
            if start < end:
                continue
            m = matchers[k](text, start)
            if m is not None:
                yield m
                end = m.end()
