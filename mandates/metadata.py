"""What a resolution says about itself: symbol, adoption, mission, expiry, ceilings, reports."""

from __future__ import annotations

import calendar
import difflib
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from mandates.caseless import Caseless
from mandates.cue_index import Anchored, openings
from mandates.missions import (
    MISSIONS,
    OTHER_OPERATION_NAMES,
    OTHER_OPERATIONS,
    current_name,
    missions_named,
    named_by_date,
    names_of,
    plural_names_apart,
)
from mandates.model import (
    MONTH_NAMES,
    CeilingKind,
    Paragraph,
    ParagraphKind,
    PersonnelCeiling,
    ReportingRequest,
)

_MONTHS = {name.lower(): i for i, name in enumerate(MONTH_NAMES, 1)}
#: the months' names as a regex alternation
_MONTH_NAMES = "|".join(MONTH_NAMES)
_DATE = r"(\d{1,2})\s*(" + _MONTH_NAMES + r")\s*,?\s+(\d{4})"
_DATE_RE = re.compile(_DATE, re.I)
# "the 1st of October 2005" and "31st July 2014" are read as "1 October 2005", "31 July 2014"
_ORDINAL_DATE = Caseless(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+(?:of\s+)?(" + _MONTH_NAMES
                         + r")\b")
_US_DATE = re.compile(r"\b(" + _MONTH_NAMES + r")\s+(\d{1,2})(?:,\s*|\s+)(\d{4})\b")
# looked for where a month's name stands: `re` would try the pattern at every position
_US_DATE_AT_MONTHS = Anchored(_US_DATE, one_scan=True)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}


def to_date(day: str, month: str, year: str) -> date | None:
    """A date from its printed parts, or None when they do not make a date."""
    try:
        return date(int(year), _MONTHS[month.lower()], int(day))
    except (KeyError, ValueError):
        return None


def parse_count(text: str) -> int | None:
    """A head count in figures (`11,500`, `11 500`) or words (`two thousand six hundred`)."""
    t = text.strip().lower().replace("\u00a0", " ")
    if re.fullmatch(r"\d{1,3}(?:[, ]\d{3})+|\d+", t):
        return int(re.sub(r"[, ]", "", t))
    total, current = 0, 0
    words = re.findall(r"[a-z]+", t)
    if not words:
        return None
    for w in words:
        if w == "and":
            continue
        if w in _NUMBER_WORDS:
            current += _NUMBER_WORDS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current


def symbol_of(lines: Sequence[str], first: Sequence[str] = ()) -> str | None:
    """`S/RES/2765 (2024)` from the masthead `lines` or their title `Resolution 2765 (2024)`.

    `first` are the document's first printed lines, running headers still in (cleaning takes
    the masthead's symbol line for one). A line of them that is the symbol alone comes before
    the title; any other symbol in them, cited by the first preambular paragraph, after it.
    """
    return (_symbol_in([t for t in lines if "S/RES/" in t])
            or _symbol_in([t for t in first if _SYMBOL_ALONE.fullmatch(t)])
            or _symbol_in(lines) or _symbol_in(first))


_SYMBOL_ALONE = re.compile(r"\s*S/RES/\d+\s*\(\d{4}\)\s*")


def title_symbols_of(lines: Sequence[str]) -> list[str]:
    """The symbols the lines of `lines` that are a resolution's title give, in order:
    "Resolution 2765 (2024)", "RESOLUTION 290(1970)", "19 (1947). Resolution of …"."""
    out = []
    for text in lines:
        m = re.match(r"^\s*(?:RESOLUTION|Resolution)\s+(\d+)\s*\((\d{4})\W?\)", text) or re.match(
            r"^\s*(\d+)\s*\((\d{4})\)\s*\.?\s*Resolution\b", text, re.I)
        if m:
            out.append(f"S/RES/{m.group(1)} ({m.group(2)})")
    return out


def _symbol_in(lines: Sequence[str]) -> str | None:
    for text in lines:
        m = re.search(r"S/RES/(\d+)\s*\((\d{4})\)", text)
        if m:
            return f"S/RES/{m.group(1)} ({m.group(2)})"
    if titled := title_symbols_of(lines):
        return titled[0]
    for text in lines:
        m = re.match(r"^\s*(\d+)\s+Resolution of\s+" + _DATE, text, re.I)
        if m:
            return f"S/RES/{m.group(1)} ({m.group(4)})"
    # a catalogue page's title run into other words: "… since 1991] Resolution 820 /
    # (1993) Adopted by the Security Council at its 3200th meeting"
    m = _TITLE_BEFORE_ADOPTION.search(" ".join(lines))
    if m:
        return f"S/RES/{m.group(1)} ({m.group(2)})"
    return None


# (capitalised as a title is: a report's "resolution 820 (1993), adopted by the Security
# Council on …" is a citation, not a title)
_TITLE_BEFORE_ADOPTION = re.compile(r"\bResolution\s+(\d+)\s*\((\d{4})\)\s+"
                                    r"Adopted by the Security Council\b")


# "France: draft resolution", "Draft resolution", and the draft's own symbol "S/2031/456"
_DRAFT = re.compile(r"\bdraft resolution\b", re.I)
_DOCUMENT_SYMBOL = re.compile(r"\bS/\d{4}/\d+(?:/Rev\.\d+)?")
_CORRIGENDUM = re.compile(r"S/RES/(\d+)\s*\((\d{4})\)\s*/\s*Corr\.\s*\d")


def draft_symbol_of(lines: Sequence[str]) -> str | None:
    """For a title block that says "draft resolution": the draft's document symbol
    (`S/2031/456`), or "draft" when it prints none; None for any other text."""
    if not any(_DRAFT.search(text) for text in lines):
        return None
    return next((m.group(0) for text in lines if (m := _DOCUMENT_SYMBOL.search(text))), "draft")


def corrigendum_of(lines: Sequence[str]) -> str | None:
    """`S/RES/2999 (2031)` when the lines print the symbol of a corrigendum to it
    (`S/RES/2999 (2031)/Corr.1`), else None."""
    m = next((m for text in lines if (m := _CORRIGENDUM.search(text))), None)
    return f"S/RES/{m.group(1)} ({m.group(2)})" if m else None


#: the year the Security Council first met; no resolution is older
FIRST_YEAR = 1946


def _adoption_under_title(lines: Sequence[str], symbol: str) -> tuple[date | None, int | None]:
    """The adoption printed right after the resolution's own title ("RESOLUTION 893 (1994)
    Adopted by the Security Council at its 3326th meeting, on 6 January 1994"), in the
    symbol's year; (None, None) when there is none."""
    m = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", symbol)
    if m is None:
        return None, None
    text = " ".join(lines)
    for title in re.finditer(rf"\bResolution\s+{m.group(1)}\s*\({m.group(2)}\)", text, re.I):
        adopted, meeting = adoption_of([text[title.end():title.end() + 200]])
        if adopted is not None and adopted.year == int(m.group(2)):
            return adopted, meeting
    return None, None


def consistent_adoption(adopted: date | None, meeting: int | None, symbol: str | None,
                        head: Sequence[str]) -> tuple[date | None, int | None]:
    """The adoption date and meeting, unless the date's year contradicts the symbol's. Then,
    in turn: the adoption printed right after the resolution's own title (a catalogue header
    may name another resolution's first: 893 (1994)'s names 1095 (1997)'s); the same day in
    the symbol's year printed in the title block (S/RES/1139 (1997) says "on 21 November
    1987"); the symbol's year when the date is before the Council first met ("Resolution of
    23 April 1943" for 48 (1948))."""
    year = re.search(r"\((\d{4})\)", symbol or "")
    if adopted is None or symbol is None or year is None or adopted.year == int(year.group(1)):
        return adopted, meeting
    titled, titled_meeting = _adoption_under_title(head, symbol)
    if titled is not None:
        return titled, titled_meeting
    for m in _DATE_RE.finditer(" ".join(head)):
        day = to_date(*m.groups())
        if day is not None and day.year == int(year.group(1)) \
                and (day.month, day.day) == (adopted.month, adopted.day):
            return day, meeting
    if adopted.year < FIRST_YEAR <= int(year.group(1)):
        try:
            return adopted.replace(year=int(year.group(1))), meeting
        except ValueError:  # 29 February
            return adopted, meeting
    return adopted, meeting


def consistent_symbol(symbol: str | None, adopted: date | None,
                      head: Sequence[str]) -> str | None:
    """The symbol, or the title's when the two differ only in the year and the adoption date
    agrees with the title: the citation line of "Resolution 80 (1950) of 14 March 1950" reads
    S/RES/80 (1050)."""
    cited = re.fullmatch(r"S/RES/(\d+) \((\d{4})\)", symbol or "")
    if cited is None or adopted is None or int(cited.group(2)) == adopted.year:
        return symbol
    for text in head:
        m = re.match(r"^\s*Resolution\s+(\d+)\s*\((\d{4})\)", text, re.I)
        if m and m.group(1) == cited.group(1) and int(m.group(2)) == adopted.year:
            return f"S/RES/{m.group(1)} ({m.group(2)})"
    return symbol


# "at its 3725th (closed) meeting", "at the 675th meeting"
_MEETING = r"(\d[\d,]*)\s*(?:st|nd|rd|th)\s+(?:\((?:closed|resumed|private)\)\s+)?meeting"
#: the line older texts print after their last paragraph: "Adopted unanimously at the 675th
#: meeting.", "Adopted at the 1752nd meeting by 14 votes to none"
# (misprinted "meting", 310 (1972); or cut short before a footnote's mark: "Adopted at the
# 49th[1]", 7 (1946))
ADOPTED_AT_MEETING = re.compile(r"\bAdopted\b[^.;]{0,40}?\bat the\s+(\d[\d,]*)\s*(?:st|nd|rd|th)"
                                r"(?:\s+(?:\((?:closed|resumed|private)\)\s+)?mee?ting"
                                r"|\s*(?:\[\d{1,2}\])?\s*$)", re.I)


_TITLE_DATE_MISSPELT = re.compile(r"\bResolution\s+\d+\s*(?:\(\d{4}\W?\))?\s*o[fr]\s+(\d{1,2})\s*"
                                  r"([A-Za-z]{3,10})\s*,?\s+(\d{4})\b")


def adoption_of(lines: Sequence[str],
                closing: Sequence[str] = ()) -> tuple[date | None, int | None]:
    """Adoption date and meeting number from "Adopted by the Security Council at its 9824th
    meeting, on 20 December 2024" (possibly over two lines; no meeting when adopted by
    written procedure: "Adopted by the Security Council on 18 December 2020").

    Older texts print "Resolution 104 (1954) of 20 June 1954" above the text and "Adopted
    unanimously at the 675th meeting." after it: `closing` holds the lines after the text.
    """
    text = re.sub(r"\bI(\d{3})\b", r"1\1", " ".join(lines))  # OCR's "I958"
    m = re.search(r"Adopted by the Security Council at i(?:ts|s)\s+" + _MEETING + r",?\s+on\s+" +
                  _DATE, text, re.I)
    if m:
        return to_date(m.group(2), m.group(3), m.group(4)), int(m.group(1).replace(",", ""))
    meeting: int | None = None
    m = re.search(r"at i(?:ts|s)\s+" + _MEETING, text, re.I)
    if m:
        meeting = int(m.group(1).replace(",", ""))
        d = _DATE_RE.search(text[m.end():])
        if d:
            return to_date(*d.groups()), meeting
        # else the date came first: "Adopted by the Security Council on 30 October 2026,
        # at its 9925th meeting"
    adopted: date | None = None
    # OCR prints "Resolution 715 (1991) or 11 October 1991", "Resolution 352 (1974») of …"
    m = re.search(r"(?:Adopted by the Security Council\s+on|\bResolution of|"
                  r"\bResolution\s+\d+\s*(?:\(\d{4}\W?\))?\s*o[fr])\s+" + _DATE, text, re.I)
    if m:
        adopted = to_date(*m.groups()[-3:])
    if adopted is None and (m := _TITLE_DATE_MISSPELT.search(text)):
        # "Resolution 735 (1992) of 29 Janunry 1992": a month's name misspelt in the title
        month = difflib.get_close_matches(m.group(2).lower(), list(_MONTHS), n=1, cutoff=0.75)
        if month:
            adopted = to_date(m.group(1), month[0], m.group(3))
    if adopted is None:
        # the catalogue header some texts keep: "Publisher UN Security Council Publication
        # Date 4 March 1964"; a resolution is published the day it is adopted
        m = re.search(r"\bPublication Date\s+" + _DATE, text, re.I)
        if m:
            adopted = to_date(*m.groups())
    if meeting is not None:
        return adopted, meeting
    end = " ".join(closing)
    m = ADOPTED_AT_MEETING.search(end)
    return adopted, (int(m.group(1).replace(",", "")) if m else None)


# "resolutions 1542 (2004), 1608 (2005) and 1840 (2008)", "resolutions 1493 and 1533": a
# run of numbers right after the word; "resolution 1925 (2010), paragraphs 2, 11" stops at 1925
# A number the General Assembly or another body gives its resolutions is no Council's: a
# session's ("3212 (XXIX)", "377 A (V)", "ES-10/2") or a slashed one ("46/182", "19/29")
_CITATION = re.compile(r"\bresolutions?\s+((?:\d{2,4}"
                       r"(?![\d/]|\s*\((?:[IVXLC]+|S-[IVXLC]+)\)|\s+[A-Z]\s*\()"
                       r"(?:\s*\(\d{4}\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+|"
                       # a comma the text lost between two dated ones: "1902 (2009) 2005 (2011)"
                       r"(?<=\))\s+(?=\d{3,4}\s*\(\d{4}\)))?)+)")
_CITED_ITEM = re.compile(r"(\d{2,4})(?:\s*\((\d{4})\))?")
# … and one another body adopted is named so right before the word: "General Assembly
# resolution 1514 …", "Human Rights Council resolution …", "ECOWAS resolution …"; the
# Council's own are "Security Council", "Council", "the Council's" or no body at all
_OTHER_BODIES = frozenset({"Assembly", "General-Assembly", "Commission", "Conference", "Board",
                           "Summit"})


def _other_body(before: str) -> bool:
    """True when the words `before` "resolution" name a body other than the Council."""
    words = [w.removesuffix("'s").removesuffix("’s") for w in before.split()[-4:]]
    if not words or not before[-1:].isspace():
        return False
    last = words[-1]
    if last == "Council":
        # "Security Council", "of Council", "the Council's" are the Council; "Human Rights
        # Council", "Economic and Social Council", "Peace and Security Council" are not
        if words[-3:-1] == ["and", "Security"]:
            return True
        return len(words) > 1 and words[-2] != "Security" and words[-2][:1].isupper()
    return last in _OTHER_BODIES or (len(last) > 1 and last.isupper() and last.isalpha()
                                     and last != "UNSC")


# "extend … the mandate of BINUH … and the reporting requirements as specified in paragraph 1
# of resolution 2645 (2022)" (2692 (2023) 1), "the same quarterly reporting cycle already
# established by resolution 2655 (2022)" (2694 (2023) 3)
_REPORTING_BY_REFERENCE = re.compile(
    r"\breporting (?:requirements?|provisions|cycle|obligations)\b[^;]{0,120}?\bresolutions? \d")


# "and the reporting requirements specified in resolution 2476 (2019) adjusted to 90 days"
# (2645 (2022) 1)
_ADJUSTED_TO = re.compile(r"\badjusted to (?:every )?(\d+|[a-z]+) (days|weeks|months)\b")


def reporting_by_reference(paragraphs: Sequence[Paragraph], read: set[str],
                           ) -> list[tuple[Paragraph, list[str], str | None]]:
    """Operative paragraphs that keep the reporting set by other resolutions without saying
    when reports are due, with the resolutions they cite (`N (YYYY)` or `N`) and the interval
    they adjust it to ("every 90 days"), if any; those in `read` (a request with its own date
    or frequency was read from them) are left out."""
    out = []
    for p in paragraphs:
        if p.kind is not ParagraphKind.OPERATIVE or p.ref in read or "reporting " not in p.text:
            continue
        m = _REPORTING_BY_REFERENCE.search(p.text)
        if m is None:
            continue
        cited = [f"{n} ({y})" if y else n for n, y in resolutions_cited(p.text[m.start():])]
        adjusted = _ADJUSTED_TO.search(p.text, m.start())
        if cited:
            out.append((p, list(dict.fromkeys(cited)), f"every {adjusted.group(1)} "
                        f"{adjusted.group(2)}" if adjusted else None))
    return out


def resolutions_cited(text: str) -> list[tuple[str, str | None]]:
    """(number, year or None) of every citation of a Security Council resolution in the
    text, in order; the General Assembly's and other bodies' resolutions are left out."""
    return [(number, year or None) for m in _CITATION.finditer(text)
            if not _other_body(text[max(0, m.start() - 60):m.start()])
            for number, year in _CITED_ITEM.findall(m.group(1))]


def principal_mission(paragraphs: Sequence[Paragraph], named: Sequence[str]) -> str | None:
    """The operation whose mandate the resolution sets: extended, established or defined."""
    pattern = re.compile(
        r"(?:extend|renew|establish|prolong)\w*\s+(?:the\s+)?(?:mandate\s+of\s+)?(?:the\s+)?"
        r"(?:[A-Z][\w'’-]*\s+|of\s+|in\s+|for\s+|the\s+|and\s+){0,14}?\(?([A-Z][A-Z-]{2,9}"
        r"(?: I{1,3}\b)?)\)?")
    # only an acronym in `named` is taken: a paragraph that holds none is not searched
    operative = [p for p in paragraphs if p.kind is ParagraphKind.OPERATIVE
                 and any(acronym in p.text for acronym in named)]
    for p in operative:
        for m in pattern.finditer(p.text):
            if m.group(1) in named:
                return m.group(1)
    for p in operative:
        for m in re.finditer(r"mandate of (?:the )?([A-Z][A-Z-]{2,9}(?: I{1,3}\b)?)", p.text):
            if m.group(1) in named:
                return m.group(1)
    return named[0] if named else None


def missions_of(paragraphs: Sequence[Paragraph], adopted: date | None = None
                ) -> tuple[str, ...]:
    """Missions named, the one whose mandate is set first, former names made current; with
    `adopted` known, also those named by a name whose bearer depends on the date
    (`NAMES_BY_DATE`)."""
    texts = [plural_names_apart(p.text) for p in paragraphs]
    named = missions_named(texts)
    if adopted is not None:
        named = (*named, *(m for m in named_by_date(texts, adopted) if m not in named))
    principal = principal_mission(paragraphs, named)
    ordered = ([principal] if principal else []) + [m for m in named if m != principal]
    out: list[str] = []
    for acronym in ordered:
        # one operation has one name, whichever it is printed by and wherever it stands:
        # "UNSOM … shall be called … (UNTMIS)" (2753 (2024)); UNSOM beside UNSOS (2687 (2023))
        name = current_name(acronym)
        if name not in out:
            out.append(name)
    return tuple(out)


# "Acting under Chapter VII", "Acting under Article 41 of Chapter VII", "Acting, therefore,
# under Chapter VII", "Decides, under Chapter VII …", "Authorizes UNMISET, under Chapter VII …,
# to take the necessary action"; not a past or another's act ("in which it decided, under
# Chapter VII", "measures imposed under Chapter VII", "with a view to action under Chapter VII")
_ARTICLE_OF = r"(?:[Aa]rticles?\s+\d+(?:\s+and\s+\d+)?\s+of\s+)?"
_ACTING_UNDER_VII = Anchored(re.compile(
    r"\b[Aa]cting\b[^,;]{0,40}?\bunder\s+" + _ARTICLE_OF + r"[Cc]hapter\s+VII\b"
    r"|\b(?:[Aa]cting|[Dd]ecides|[Aa]uthori[sz]es(?:\s+[\w-]+)?|[Rr]eiterates\s+its\s+"
    r"authori[sz]ation\s+to\s+[\w-]+)(?:,\s*(?:therefore|in\s+this\s+respect|in\s+this\s+"
    r"regard|also|further))?,\s*under\s+" + _ARTICLE_OF + r"[Cc]hapter\s+VII\b"))


#: the act of another resolution: "Recalling its resolution 2699 (2023) which, acting under
#: Chapter VII …, authorizes Member States …"
_ITS_ACT = re.compile(r"\b(?:which|whereby|wherein)\s*,?\s*$")


def chapter_vii_of(paragraphs: Sequence[Paragraph]) -> bool:
    """True when the Council acts under Chapter VII, for the whole text or a part of it (not
    when it recalls a resolution that did)."""
    return any(not _ITS_ACT.search(p.text, max(0, m.start() - 20), m.start())
               for p in paragraphs for m in _ACTING_UNDER_VII.finditer(p.text))


def _names_any(text: str, names: Sequence[str]) -> bool:
    """True when `text` prints one of `names` (acronyms) as a word."""
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in names)


def _names_another_mission(text: str, names: Sequence[str]) -> bool:
    """True when `text` names a mission by acronym and none of them is the mission, known by
    `names` (every acronym it has had: MONUSCO and MONUC)."""
    named = {a for a in re.findall(r"\b([A-Z][A-Z-]{3,9})\b", text)
             if a in MISSIONS or re.match(r"(?:UN|MINU|MONU|ONU|BINU)[A-Z]{2,}$", a)}
    return bool(named) and named.isdisjoint(names)


#: bodies whose mandates and periods are not a peace operation's (sanctions panels and
#: committees, commissions of inquiry, regional and multinational forces)
# a regional or multinational force the Council authorizes (AMISOM, KFOR, …)
# (the names as printed, capitalized, in patterns that ignore case elsewhere: "the
# stabilization force called for in resolution 1497 (2003)" is UNMIL, not SFOR)
_OTHER_FORCE = (r"\b(?:" + "|".join(OTHER_OPERATIONS) + "|(?-i:"
                + "|".join(OTHER_OPERATION_NAMES) + r"))\b")
_OTHER_OPERATION = re.compile(_OTHER_FORCE)
# a force the Council authorizes outside the UN's own operations, by name or by kind
_FORCE_NAMED = re.compile(r"\bmultinational (?:[\w-]+ ){0,2}force\b|" + _OTHER_FORCE, re.I)
NOT_A_MISSION = re.compile(r"\b(?:group|panel) of experts\b|\bexpert panels?\b|"
                            r"\bmonitoring (?:team|group)\b|"
                            r"\bterms? of office\b|\bsanctions\b|\bmeasures\b|\bombudsperson\b|"
                            r"\bcommissions? of (?:inquiry|experts|investigation)\b|"
                            r"\bfact-finding\b|\bcommittee\b|\bmonitoring mechanism\b|"
                            # a person's mandate: "Renews for a period of 12 months the mandate
                            # of the High Representative for the Elections" (1721 (2006) 22)
                            r"\bhigh representative\b|\bprime minister\b|"
                            r"\bindependent expert\b|"
                            r"\bthe commission\b|\bthe panel\b|\btribunal\b|\bjudges\b|"
                            r"international security assistance force|"
                            r"european union operation|" + _OTHER_FORCE, re.I)


# "renew for a period of six months the authorization given to Member States participating in
# ECOWAS forces": their authority, not the mission's mandate
# (or to a State's forces: "extend until 31 December 2010 the authorization the Security Council
# provided to the French forces in order to support UNOCI", 1933 (2010) 24)
_MEMBER_STATES = re.compile(r"\bauthori[sz]ation\b[^;]{0,40}?\b(?:member states|the [A-Z]\w+ "
                            r"forces)\b", re.I)


def _names_other_body_after(text: str, at: int) -> bool:
    """True when what follows a date or period names a body other than a mission as what is
    extended ("until 1 August 2016 the mandate of the Group of Experts", "for a period of 13
    months from the date of adoption of this resolution the mandate of the Panel of Experts",
    "to re-establish, … and for a period of 6 months, a group of experts", 1643 (2005) 9)."""
    after = text[at:at + 160].split(";")[0]
    return re.match(r"\s*,?\s*(?:(?:as\s+)?from\s+the\s+(?:date\s+of\s+)?adoption\s+of\s+"
                    r"(?:this|the\s+present)\s+resolution\s*,?\s*)?(?:the|of|an?)\b",
                    after) is not None and (NOT_A_MISSION.search(after) is not None
                                            or _MEMBER_STATES.search(after) is not None)


# a body other than a mission named as the subject of what is set up for a period: "assisted
# by an Office of the Ombudsperson, to be established for an initial period of 18 months",
# "the measures imposed by paragraphs 6 and 7 above are established for a period of 12 months"
_OTHER_BODY_BEFORE = re.compile(r"(?:" + NOT_A_MISSION.pattern + r")[^;,]{0,40},?\s+(?:to\s+be|"
                                r"which\s+(?:shall|will)\s+be|(?:shall|will)\s+be|are|is)\s+$",
                                re.I)


def _counted(start: date, n: int, unit: str) -> date:
    """The date `n` days, working days, weeks, months or years (`unit`, singular or plural)
    after `start`."""
    unit = unit.lower().rstrip("s")
    if unit == "hour":  # "within 24 hours": the day the hours run out
        return start + timedelta(days=-(-n // 24))
    if unit.startswith("working"):
        # "within five working days" (2720 (2023)): Monday to Friday, holidays not known
        day, step = start, timedelta(days=1 if n > 0 else -1)
        for _ in range(abs(n)):
            day += step
            while day.weekday() >= 5:
                day += step
        return day
    if unit in ("day", "week"):
        return start + timedelta(days=n * (7 if unit == "week" else 1))
    return _add_months(start, n * 12 if unit == "year" else n)


def _add_months(start: date, months: int) -> date:
    month = start.month - 1 + months
    year = start.year + month // 12
    month = month % 12 + 1
    day = min(start.day, calendar.monthrange(year, month)[1])
    return date(year, month, day)


# "until 20 December 2025", "through 15 July 2013", "for a further 12 months to 31 July 2032"
# ("up to and including 31 October 2027")
_EXTEND_UNTIL = Caseless(r"\b(?:extend|renew|prolong)\w*\b[^;]{0,400}?"
                         r"\b(?:until|till|through|to|up to and including)\s+"
                         r"(?:midnight\s+(?:on\s+|of\s+)?)?" + _DATE)
# the day a period begins, printed before it: "beginning on 16 October 2019 and for an initial
# period of 12 months"
_BEGINNING_BEFORE = re.compile(r"\b(?:beginning|starting|commencing)\s+(?:on\s+|from\s+)?" + _DATE
                               + r"[^;]{0,40}?\bfor\s", re.I)
# "extend the mandate … for a further period of six months", "the mandate of UNMIN … will be
# for a period of 12 months", "the stationing of the Force shall be for a period of three
# months" (186 (1964) 6)
# (not a body "established pursuant to paragraph 7 of resolution 986 (1995)", named in passing;
# but a mission "established under its authority", as the Council sets one up)
_FOR_PERIOD = Caseless(r"(?:\b(?:extend|renew|establish(?!ed\s+(?:pursuant|by|under(?!\s+its\s+"
                       r"authority))\b)|"
                       r"authori[sz]|commenc)\w*\b|\b(?:mandate|stationing)\b"
                       r"[^;]{0,80}?\b(?:will|shall) be\b)[^;]{0,300}?\bfor\s+"
                       r"(?:an?\s+|another\s+|the\s+)?"
                       r"(?:(?:further|final|new|additional|initial|interim|limited|single)\s+)?"
                       # "for a period not to exceed eighteen months"
                       r"(?:period\s+(?:of\s+(?:up\s+to\s+)?|not\s+to\s+exceed\s+)"
                       r"(\w+(?:-\w+)?)\s+(months?|weeks?|days?|years?)|"
                       # "for a further six-month period", "for an initial 12-month period"
                       r"(\w+)[- ](month|week|day|year)\s+period)\b")
# without "period of", only the mandate the verb extends: "extend the mandate of UNOGBIS, as a
# special political mission, for one year", never "measures … established for twelve months"
# ("for another year", "for a further year": one)
_FOR_SPAN = Caseless(r"\b(?:extend|renew)\w*\s+(?:the\s+)?(?:present\s+|current\s+|existing\s+)?"
                     r"(?:mandate\s+of\s+[^;]{0,100}?|[\w-]{2,40}['\u2019]s\s+mandate\s+)"
                     r"\bfor\s+(?:an?\s+(?:further|additional)\s+|another\s+)?"
                     r"(\w+(?:-\w+)?)\s+(?:additional\s+|further\s+|more\s+)?(months?|years?)\b")
# "extend the mandate of UNFICYP until the end of January 2028": its last day
# (no other date or force between: "… for a new period terminating on 31 July 2002, … the
# extension of the mandate of the CIS peacekeeping force until the end of June 2002")
# (the mandate extended, with no period or other verb between: not "extend the mandate … for
# a period of 12 months, and requests the Secretary-General to keep the Council informed …
# until the end of December 2026", nor "to extend its support … until the end of June")
_EXTEND_UNTIL_END = re.compile(r"\b(?:extend|renew|prolong)\w*,?\s+(?:(?:the\s+)?(?:present\s+|"
                               r"current\s+|existing\s+)?mandates?\b|(?P<its>its\s+mandate\b)|"
                               r"[\w-]+['’]s\s+mandate\b|(?P<first>(?=until\s)))"
                               r"(?:(?!\d{4}|(?-i:\bforces?\b)|\brequest|\binform|\bkeep\b|"
                               r"\bmonths?\b|\byears?\b|\band\s+(?:decides|calls|urges))[^;]){0,200}?"
                               r"\buntil\s+the\s+end\s+of\s+(?P<month>" + _MONTH_NAMES
                               + r")\s+(?P<year>\d{4})\b", re.I)
_MANDATE_AFTER = re.compile(r"\s*(?:the\s+)?(?:current\s+|present\s+|existing\s+)?(?:mandates?\s+"
                            r"of\b|[\w-]+['’]s\s+mandate\b)", re.I)
# "extend the existing mandate of ONUMOZ until the new Government … takes office, …, but not
# later than 15 December 1994"
_UNTIL_AT_LATEST = Caseless(r"\b(?:extend|renew|prolong)\w*\b[^;]{0,200}?\buntil\b[^;]{0,200}?"
                            r"\b(?:not|no) later than\s+" + _DATE)
# "for a further period, ending 15 June 1985", "for another three months, ending 26 December
# 1964"
# ("for a further period, to expire on 31 August 2027", "…, which shall expire on …")
_PERIOD_ENDING = Caseless(r"\b(?:extend|renew|prolong)\w*\b[^;]{0,300}?\b(?:period|mandate|months|"
                          r"years?),?\s+(?:ending|expiring|terminating|to\s+expire|which\s+"
                          r"(?:shall|will)\s+expire)\s+(?:on\s+)?" + _DATE)


# what is extended is a temporary increase in strength or the provisions of a resolution,
# not the mandate
# … or a request to report: "Extends the reporting request in paragraph 10 of resolution 2722
# (2024) until 15 January 2025"
_EXTENDS_OTHER = re.compile(r"\s*,?\s*(?:the\s+)?(?:temporary\s+)?(?:increase|additional|"
                            r"reinforcement|surge|augmentation|provisions|redeployment|"
                            # "extend the deployment of an additional 2,000 military
                            # personnel to UNOCI … until 31 July 2011" (1992 (2011)), not
                            # "extend the deployment of MONUC until 31 March 2005"
                            r"deployment\s+of\s+(?:an?\s+|the\s+)?(?:additional|further)|reporting\s+"
                            r"(?:requests?|requirements?))\b", re.I)


# a paragraph that names a mandate, not one that says what another resolution "mandated"
_MANDATE_NOUN = re.compile(r"\bmandates?\b", re.I)


def _names_a_mandate(text: str) -> bool:
    """True when `text` names a mandate as a word ("extend the mandate"), not only what
    another resolution "mandated" (the substring test first: most paragraphs name none)."""
    return "andate" in text and _MANDATE_NOUN.search(text) is not None


# what a paragraph extending a mission it does not name by acronym calls it
_UN_PRESENCE = re.compile(r"\b(?:mandate|mission|force|operation|observers?|liaison|"
                          r"peace-?keeping|presence|advance team)\b", re.I)
# "renew the authorization of Member States of the African Union to maintain a mission"
_STATES_AUTHORIZED = re.compile(r"\bauthori[sz]\w*\b[^;]{0,80}?\bmember states\b|"
                                r"\bmember states\b[^;]{0,80}?\bauthori[sz]", re.I)


def _period_of_other_body(text: str, at: int) -> bool:
    """True when the period that ends at `at` is said to be another body's: "extend the
    authorization, for a period of six months beyond 20 June 2002, of the International
    Security Assistance Force"."""
    of = re.match(r"[^;,]{0,40},?\s+of\s+", text[at:at + 60])
    if of is not None:
        return NOT_A_MISSION.search(text, at + of.end(), at + of.end() + 60) is not None
    # "to establish for a period of 18 months a New York-based … Monitoring Team"
    named = re.match(r"\s+(?:an?|the)\s+[^;,]{0,80}", text[at:at + 90])
    return named is not None and NOT_A_MISSION.search(named.group(0)) is not None


def _another_force_before(text: str, at: int, names: Sequence[str]) -> bool:
    """True when a paragraph that never names the mission names, before `at`, a force the
    Council authorizes outside the UN's operations (the multinational force in Iraq): the
    mandate it extends is that force's."""
    return not any(n in text for n in names) and _FORCE_NAMED.search(text, 0, at) is not None


def _has_ordinal_date(text: str) -> bool:
    return _ORDINAL_HINT.search(text) is not None and _ORDINAL_DATE.search(text) is not None


_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    """True when `text` holds a figure (`\\d`): found with str.find, which skips ahead where
    `re` tests `\\d` at every character (four times slower on the paragraphs); a text
    without ASCII figures may still hold another script's (`str.isascii` is known without
    reading the text)."""
    return any(d in text for d in "0123456789") or (
        not text.isascii() and _DIGIT.search(text) is not None)


_ORDINAL_HINT = re.compile(r"\d(?:st|nd|rd|th|ST|ND|RD|TH)\s")
_DATE_AT_WORD = re.compile(r"\b" + _DATE, re.I)


def standard_dates(text: str) -> str:
    """`text` with its dates written the one way the date patterns read: "April 30, 2010",
    "the 1st of October 2005", "31st July 2014" and "Monday, 15 November 2027" become "30 April
    2010", "1 October 2005", "31 July 2014" and "15 November 2027"."""
    if not _has_digit(text):  # both ways of writing a date hold a figure
        return text
    if _US_DATE_AT_MONTHS.search(text):
        text = _US_DATE.sub(r"\2 \1 \3", text)
    if _has_ordinal_date(text):
        text = _ORDINAL_DATE.pattern.sub(r"\1 \2", text)
    if "day" in text and _WEEKDAY_BEFORE_DATE.search(text) is not None:
        text = _WEEKDAY_BEFORE_DATE.sub("", text)
    return text


_WEEKDAY_BEFORE_DATE = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
                                  r"(?=\d{1,2}\s+(?:" + _MONTH_NAMES + r")\b)")


_TWICE = re.compile(r"\b[A-Za-z-]+\s+\((\d+)\)\s+(?=(?:days?|weeks?|months?|years?)\b)")


def _as_read(text: str) -> str:
    """`text` with its dates and periods written the one way the expiry and reporting
    patterns read: dates as `standard_dates` writes them, and counts the Council spells
    twice written once ("within thirty (30) days" becomes "within 30 days")."""
    text = standard_dates(text)
    if ") " not in text or not any(f") {unit}" in text for unit in ("day", "week", "month",
                                                                   "year")):
        return text
    return _TWICE.sub(r"\1 ", text)


def prints_date(text: str, day: date) -> bool:
    """True when `text` prints `day`, whichever way it writes dates."""
    return any(to_date(*m.groups()) == day for m in _DATE_AT_WORD.finditer(standard_dates(text)))


# a later end the same paragraph provides on a condition: "with a further automatic extension
# of an additional nine months, that is, until 31 October 2025, if an SRSG has been appointed"
_FURTHER_EXTENSION = re.compile(r"\b(?:further|automatic|additional)\s+(?:\w+\s+){0,2}?"
                                r"(?:extension|renewal)\b[^;]{0,120}?\buntil\s+" + _DATE, re.I)


# an extension in time: "extend the mandate of UNMIR by six months", "renew the mandate of
# UNMIR for a further period" (not "extend to that end the mandate of UNPROFOR in order to
# enable it …", which widens it)
_EXTENDS_MANDATE = Caseless(r"\b(?:extend|renew|prolong)\w*\b[^;]{0,160}?\bmandate\b|"
                            r"\bmandate\b[^;]{0,160}?\b(?:extend|renew|prolong)\w*\b")
_FOR_A_TIME = re.compile(r"\b(?:by|for)\s+(?:an?\s+|another\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
                         r"(?:days?|weeks?|months?|years?|period)\b|\b(?:until|till|through)\b",
                         re.I)


def unread_extension(paragraphs: Sequence[Paragraph], mission: str) -> str | None:
    """The ref of an operative paragraph that extends the mandate of `mission` for a time, for
    a resolution whose expiry `expiry_of` could not read ("by six months" counts from an expiry
    the text does not print); None when none."""
    names = names_of(mission)
    for p in paragraphs:
        if p.kind is not ParagraphKind.OPERATIVE or not any(n in p.text for n in names):
            continue
        m = _EXTENDS_MANDATE.search(p.text)
        if m is not None and not NOT_A_MISSION.search(m.group(0)) \
                and _FOR_A_TIME.search(p.text, m.start()) is not None:
            return p.ref
    return None


def further_extension(text: str, expires: date) -> date | None:
    """The later date to which the expiry paragraph `text` extends the mandate on a condition
    (an automatic extension), None when it provides none."""
    for m in _FURTHER_EXTENSION.finditer(standard_dates(text)):
        later = to_date(m.group(1), m.group(2), m.group(3))
        if later is not None and later > expires:
            return later
    return None


# words without which the patterns `_mission_period` makes for a mission cannot match: a
# paragraph without them is passed over, and most texts never compile the patterns
_MAY_BE_DEPLOYED = re.compile(r"deployed until|continued (?:presence|deployment) of", re.I)
_MAY_END = re.compile(r"terminat|\s(?:ends?|expires?)\b", re.I)
_IN_FORCE = re.compile(r"\b(?:current|present|existing)\s+$", re.I)
_ITSELF = re.compile(r"\w+\s+(?:it|its\s+mandate|that\s+mandate|the\s+mandate\s+(?:until|for))\b",
                     re.I)
_IN_FORCE_EXPIRES = re.compile(r"\b(?:expires|ends|will\s+(?:expire|end))$", re.I)
_EXTENDS = re.compile(r"\b(?:extend|renew|prolong)\w*\s+(?:it|its\s+mandate|that\s+mandate|"
                      r"(?:the\s+)?(?:current\s+|present\s+|existing\s+)?mandates?|"
                      r"[\w-]+['’]s\s+mandate|until|(?-i:[A-Z][A-Z-]{2,9}))\b", re.I)
_MAY_BE_KEPT = re.compile(r"establish|period|continue|constitute", re.I)


def ends_mandate(text: str, mission: str) -> bool:
    """True when the paragraph ends the mission's mandate ("Decides to terminate the mandate of
    UNITAMS …", "the mandate of UNCRO shall terminate …"), not extends it."""
    names = names_of(mission)
    if not (any(n in text for n in names) and _MAY_END.search(text)):
        return False
    ends = _mission_period(names, "ends").search(text)
    extended = _EXTENDS.search(text, ends.end()) if ends is not None else None
    # (the mission's own mandate extended: "extend it", "extend the mandate of UNMIR", not
    # "extend UNMISS's mandate" nor the Panel's beside it)
    what = text[extended.start():extended.end() + 100] if extended is not None else ""
    own = extended is not None and bool(_ITSELF.match(what) or _names_any(what, names)) \
        and not _names_another_mission(what, names) and not NOT_A_MISSION.search(what)
    if ends is not None and own and _IN_FORCE_EXPIRES.search(ends.group(0)) \
            and _IN_FORCE.search(text, max(0, ends.start() - 12), ends.start()):
        # the mandate in force, named as it is extended: "Noting that the current mandate of
        # BINUH expires on 15 July 2026, decides to extend it until 31 January 2027"
        return False
    return ends is not None


# "for a final period", "for one final period", "for a final 19-month period" (2732 (2024))
_FINAL = re.compile(r"\b(?:for|of) (?:a|the|one) final (?:[\w-]+ ){0,2}?period\b", re.I)


def final_extension(text: str) -> bool:
    """True when the paragraph extends the mandate for the last time ("Decides to continue the
    mandate of UNIKOM for a final period until 6 October 2003", "for one final period")."""
    return _FINAL.search(text) is not None


@lru_cache(maxsize=256)
def _mission_period(names: tuple[str, ...],
                    which: Literal["deployed", "ends", "kept"]) -> re.Pattern[str]:
    """For one mission's names, the pattern of its deployment until a date ("deployed"), of
    the end of its mandate ("ends"), or of its establishment or continuation for a fixed time
    ("kept"); see `expiry_of`."""
    # kept for each mission: case-insensitive and with five dates, "kept" takes 3–8 ms to
    # compile, and the `re` module's own cache is crowded out by the patterns texts make
    name = "(?:" + "|".join(map(re.escape, names)) + ")"
    if which == "deployed":
        return re.compile(rf"\b{name} (?:shall|will) (?:be|remain) deployed until\s+"
                          + _DATE + rf"|\bcontinued (?:presence|deployment) of {name}\b"
                          r"[^;]{0,60}?\buntil\s+" + _DATE, re.I)
    if which == "ends":
        return re.compile(rf"\bterminat\w*\s+the\s+mandate\s+of\b[^;]{{0,120}}?\b{name}\b\)?"
                          rf"|\bterminat\w*\s+{name}(?:'|’)s\s+mandate\b"
                          # not the usual end a report is timed to: "every three months …
                          # until the mandate of MIPONUH expires on 30 November 1998"
                          # nor the mandate in force, named before it is extended: "Noting that
                          # the current mandate of BINUH expires on 15 July 2026, decides to
                          # extend it"
                          r"|(?<!until the )(?<!when the )(?<!before the )"
                          rf"\bmandate\s+of\s+(?:the\s+)?{name}\s+(?:(?:shall|will)\s+)?(?:"
                          r"terminates?|ends?|expires?|comes? to an end|be terminated)\b", re.I)
    return re.compile(
        # "Decides to set up the United Nations Angola Verification Mission (UNAVEM III)
        # for an initial period until 8 August 1995"
        rf"\b(?:establish\w*|set(?:s|ting)?\s+up)\b(?!\s+(?:pursuant|by|under)\b)[^;]{{0,200}}?"
        rf"\b{name}\b[^;]{{0,200}}?"
        r"\b(?:until|through)\s+" + _DATE
        + r"|\bestablish\w*\s+(?:until|through)\s+" + _DATE
        + rf"\s+(?:the|an?)\b[^;]{{0,150}}?\b{name}\b"
        # "the United Nations Operation in Mozambique is established for a period until 31
        # October 1993"
        + rf"|\b{name}\b\)?\s+(?:is|shall\s+be|will\s+be|be)\s+established\b[^;]{{0,120}}?"
        r"\b(?:until|through)\s+" + _DATE
        + rf"|\b{name}\b[^;]{{0,300}}?\bperiod,?\s+(?:ending|expiring|terminating)\s+(?:on\s+)?"
        + _DATE + rf"|\b(?:{name}|(?:the\s+)?United Nations (?:military\s+)?observers)\s+"
        r"(?:to|shall|will|should)\s+continue\b[^;]{0,300}?\buntil\s+" + _DATE
        # "the mandate of UNMIR should continue to 31 May 2032", "Authorizes the mandate for
        # the expanded UNMIR (UNMIR II) for an initial period through 31 October 2032"
        + rf"|\bmandate\s+(?:of|for)\s+(?:the\s+)?(?:\w+\s+){{0,3}}\(?{name}\b\)?[^;]{{0,100}}?"
        r"\b(?:(?:should|shall|will)\s+continue|for\s+an?\s+(?:\w+\s+)?period)\s+"
        r"(?:until|to|through)\s+" + _DATE
        # "the personnel authorized under its resolutions 1258 (1999) and 1273 (1999) … shall
        # constitute the United Nations Organization Mission in the Democratic Republic of the
        # Congo (MONUC) until 1 March 2000" (1279 (1999) 4)
        + rf"|\b(?:shall|will)\s+constitute\b[^;]{{0,160}}?\b{name}\b\)?\s+(?:until|through)\s+"
        + _DATE, re.I)


# another paragraph that starts the period on a day: "Decides also that the Verification
# Mission shall begin all verification activities on 26 September 2017, …, and that this will
# commence the initial 12 month period provided for in paragraph 1" (2366 (2017) 3)
_COMMENCES_PERIOD = re.compile(
    r"\b(?:begin|start|commence)\w*\b[^;]{0,80}?\bon\s+" + _DATE + r"[^;]{0,200}?\b(?:commence|"
    r"start|begin)s?\s+the\s+(?:initial\s+)?(?:[\w-]+\s+){0,2}period\s+(?:provided\s+for|"
    r"set\s+out|referred\s+to)\s+in\s+paragraph\s+(\d+)\b", re.I)


def _start_set_elsewhere(operative: Sequence[Paragraph], ref: str) -> re.Match[str] | None:
    """The words of another paragraph that start the period paragraph `ref` sets, with the
    day it starts as groups 1–3."""
    for q in operative:
        if q.ref != ref and "period" in q.text:
            m = _COMMENCES_PERIOD.search(q.text)
            if m is not None and m.group(4) == ref:
                return m
    return None


# personnel moved until a date, not a mandate extended to it: "to redeploy immediately a
# maximum of one infantry company from UNMIL to the United Nations Operation in Côte
# d'Ivoire (UNOCI), until 31 March 2006, … without prejudice to any future decision … concerning
# the renewal of the mandate … of UNMIL" (1657 (2006) 1)
_MOVED_UNTIL = re.compile(r"\b(?:re)?deploy\w*\b(?:(?!\bmandate\b)[^;]){0,200}$", re.I)


def expiry_of(paragraphs: Sequence[Paragraph], adopted: date | None,
              mission: str | None,
              counted_from: list[tuple[date, bool]] | None = None
              ) -> tuple[date | None, str | None]:
    """When the mandate runs out, and the paragraph that says so.

    "extend the mandate … until 20 December 2025", "for a period of six months, that is,
    until 30 June 2025", "for a further period of 12 months", "for a further six-month period"
    or "for another year" (counted from adoption when no date is printed), "until 31 August
    2025", "until … takes office, but not later than 15 December 1994", a mission established
    or kept on "until 31 August 1999" or "for a period terminating on 30 November 1995", and a
    mandate terminated or said to expire on a date. When the expiry is counted from a period,
    the date it is counted from is appended to `counted_from` if given, with True when the
    period includes that day and ends the day before its anniversary ("beginning on 1 July
    2013": 30 June 2014), False when it ends on the anniversary (the adoption date, "as from 4
    April 2004", "from 30 September 2003").
    """
    # "April 30, 2010" is read as "30 April 2010", "six (6) months" as "6 months"
    operative = [p if (text := _as_read(p.text)) == p.text else
                 Paragraph(p.ref, p.kind, text, p.level)
                 for p in paragraphs if p.kind is ParagraphKind.OPERATIVE]
    names = names_of(mission) if mission else ()
    if mission is None:
        # a resolution that names no mission by acronym may still extend one ("the mandate of
        # the United Nations mission", "the Force shall be established … for an initial
        # period", "the special political mission"), but not what the Council authorizes
        # others to do, a panel, or "the period referred to in paragraphs 1 and 2"
        operative = [p for p in operative if _UN_PRESENCE.search(p.text)
                     and not _STATES_AUTHORIZED.search(p.text)]
    # a resolution that renames the mission extends the old name's period and sets the new
    # one's ("extend the mandate of MONUC until 30 June 2010", "MONUSCO shall be deployed
    # until 30 June 2011"): the old name's is not the expiry
    if mission and any(mission in p.text for p in operative):
        names = (mission,)
    for p in operative:
        if mission and not any(n in p.text for n in names) and not _names_a_mandate(p.text):
            continue  # "… resolution 2762 (2024), which mandated a short technical extension"
        for hit in _EXTEND_UNTIL.finditer(p.text):
            if mission and _names_another_mission(hit.group(0), names):
                # "extend the mandates of UNMISS until 30 April 2027 and of UNISFA until 15
                # November 2027": the second mission's own date after the first's
                more = _AND_OF_UNTIL.match(p.text, hit.end())
                if more is not None and _names_any(more.group(1), names) \
                        and _ONLY_A_NAME.fullmatch(more.group(1)):
                    return to_date(more.group(2), more.group(3), more.group(4)), p.ref
                continue  # "… and decides to renew the mandate of MINUCI until …"
            if NOT_A_MISSION.search(hit.group(0)[:160]):
                continue  # "extend the mandate of the Group of Experts to 15 December 2005"
            if "mandate" not in hit.group(0).lower() and _names_other_body_after(p.text,
                                                                                 hit.end()):
                continue  # "extend until 30 November 2015 the mandate of the … Monitoring Group"
            if re.match(r"\w+\s+until\b", hit.group(0)) and NOT_A_MISSION.search(
                    p.text[max(0, hit.start() - 160):hit.start()]):
                continue  # "the term of office of the judges … shall extend until …"
            if _another_force_before(p.text, hit.start(), names):
                continue  # "the authorization for the multinational force … and decides to
                # extend the mandate as set forth in that resolution until 31 December 2008"
            verb = re.match(r"\w+", hit.group(0))
            if _EXTENDS_OTHER.match(p.text, hit.end()) or (
                    verb and _EXTENDS_OTHER.match(hit.group(0), verb.end())):
                continue  # "extend until 30 September 2006 the increase in the … strength"
            return to_date(hit.group(1), hit.group(2), hit.group(3)), p.ref
        latest = _UNTIL_AT_LATEST.search(p.text)
        if latest and not NOT_A_MISSION.search(latest.group(0)[:160]) and not (
                mission and _names_another_mission(latest.group(0), names)):
            return to_date(latest.group(1), latest.group(2), latest.group(3)), p.ref
        month_end = _EXTEND_UNTIL_END.search(p.text) if "end of" in p.text else None
        verb = re.match(r"\w+", month_end.group(0)) if month_end else None
        # the mandate named after the date, up to the clause's end
        whose = re.split(r"[,;]", p.text[month_end.end():month_end.end() + 160].lstrip(" ,"))[0] \
            if month_end else ""
        if month_end and month_end.group("first") is not None and not (
                _MANDATE_AFTER.match(whose)
                and not NOT_A_MISSION.search(whose) and (not mission or _names_any(whose, names))
                and not (mission and _names_another_mission(whose, names))):
            # "extend until the end of January 2032 the mandate of …": the mission's, named
            month_end = None
        if month_end and month_end.group("its") is not None and not (
                mission and _names_any(p.text[:month_end.start()], names)
                and not NOT_A_MISSION.search(p.text, 0, month_end.start())):
            month_end = None  # "its mandate", a Panel's or another's
        if month_end and verb and not NOT_A_MISSION.search(month_end.group(0)[:160]) and not (
                mission and _names_another_mission(month_end.group(0), names)) \
                and not _EXTENDS_OTHER.match(month_end.group(0), verb.end()) \
                and not _EXTENDS_OTHER.match(p.text, month_end.end()):
            return _month_end(month_end.group("month"), month_end.group("year")), p.ref
    for p in operative:
        m = _FOR_PERIOD.search(p.text) or _FOR_SPAN.search(p.text)
        if m and (NOT_A_MISSION.search(m.group(0)[:160]) or re.search(
                r"\bthe (?:measures|sanctions|provisions)\b", p.text[m.end():m.end() + 100])
                or _names_other_body_after(p.text, m.end())
                or _OTHER_BODY_BEFORE.search(p.text, max(0, m.start() - 100), m.start())):
            # "renew the measures on travel … for a further period of 12 months", "to
            # re-establish, …, and for a period of six months, the Monitoring Group"
            m = None
        if m and (_another_force_before(p.text, len(p.text), names) if mission else (
                _another_force_before(p.text, m.start(), names)
                or _period_of_other_body(p.text, m.end()))):
            # "renew the authorization of Member States of the African Union to maintain a
            # mission in Somalia for a further period of six months … AMISOM is authorized"
            m = None
        if m and m.group(0)[:6].lower() == "author" and (
                not re.search(r"\b(?:deployment|establishment|observers|mission|operation)\b",
                              p.text[m.start():m.end() + 200], re.I)
                or re.search(r"\bmember states\b", p.text[m.start():m.end() + 100], re.I)):
            # "authorize … the deployment of ONUB for an initial period of six months", not
            # "authorize member States … to maintain a mission for a further period of"
            m = None
        if m and re.search(r"\b(?:deployment|transfer)\s+of\s+(?:the\s+|those\s+|these\s+)?"
                           r"(?:additional|temporary)\b", p.text[max(0, m.start() - 40):m.end()],
                           re.I):
            # "Authorizes the immediate deployment of those additional capacities for a period
            # of up to six months": a reinforcement's time, not the mandate's
            m = None
        if m and re.search(r"\bas\s+part\s+of\b", p.text[max(0, m.start() - 200):m.end()],
                           re.I):
            # "Decides to authorize, as part of UNTAES, …, the deployment of 100 military
            # observers for a period of six months" (1043 (1996) 1): a component's time
            m = None
        if m:
            after = re.match(r"[^;.]{0,40}?\b(?:until|to|ending(?:\s+on)?|expiring(?:\s+on)?)\s+"
                             + _DATE, p.text[m.end():m.end() + 120], re.I)
            if after:
                return to_date(*after.groups()), p.ref
            if re.search(r"continue thereafter|unless the (?:Security )?Council decides otherwise",
                         p.text[m.end():m.end() + 160], re.I) and not re.match(
                    r"\s*,?\s*unless the (?:Security )?Council decides otherwise\s*[;.]",
                    p.text[m.end():m.end() + 80], re.I):
                # open-ended: the period renews itself (1244), or is not the mandate's (the
                # deferral 1422 (2002) asks of the Court); not "for a period of six months,
                # unless the Security Council decides otherwise;" (644 (1989)), which ends
                continue
            count, unit = (g for g in m.groups() if g is not None)
            n = 1 if count.lower() in ("a", "an", "another") \
                else parse_count(count.replace("-", " "))
            start = re.match(r"\s*,?\s*(?:as\s+)?(?:from|(?:starting|beginning|commencing)"
                             r"(?:\s+on)?|with effect from)\s+" + _DATE,
                             p.text[m.end():m.end() + 60], re.I)
            # "authority be transferred … to MINUSMA on 1 July 2013 at which point MINUSMA shall
            # commence the implementation of its mandate …, for an initial period of 12 months"
            # "Decides to establish as of 9 July 2011 the United Nations Mission in … (UNMISS)
            # for an initial period of one year"
            before = None if start else (re.search(
                r"\b(?:on|from|as of)\s+" + _DATE + r"[^;]{0,60}?\bcommenc",
                p.text[max(0, m.start() - 100):m.end()], re.I) or re.match(
                r"\w+,?\s+(?:as (?:of|from)|with effect from)\s+" + _DATE, m.group(0), re.I)
                # "establish MINUSTAH … for an initial period of six months …; and requests
                # that authority be transferred from the MIF to MINUSTAH on 1 June 2004"
                or re.match(r"[^.]{0,120}?\bauthority\s+(?:be|is|shall\s+be|to\s+be)\s+"
                            r"transferred\b[^;.]{0,60}?\bon\s+" + _DATE,
                            p.text[m.end():m.end() + 240], re.I)
                # "to establish … (BINUH) beginning on 16 October 2019 and for an initial period
                # of 12 months" (2476 (2019))
                or _BEGINNING_BEFORE.search(m.group(0))
                # "to establish … (UNSOM) by 3 June 2013, …, for an initial period of twelve
                # months" (2102 (2013)): the period runs from the day it is to be set up
                or re.match(r"establish\w*\b[^;]{0,160}?\bby\s+" + _DATE, m.group(0), re.I)
                # "… shall begin all verification activities on 26 September 2017, …, and
                # that this will commence the initial 12 month period provided for in
                # paragraph 1" (UNVMC 2366 (2017) 3)
                or _start_set_elsewhere(operative, p.ref))
            begins = (to_date(*start.groups()) if start else
                      to_date(*before.groups()[:3]) if before else adopted)
            if n and begins:
                # a period "beginning on 1 June 2013" includes that day and ends on 31 May
                # 2014, as the Council writes it out ("for a period of 12 months beginning on 1
                # June 2013 until 31 May 2014"), and so does one that the mission is to
                # "commence" on a day; one "as from 4 April 2004" or "from 30 September 2003"
                # runs to the same day (renewed on 4 April 2005, on 30 March 2004)
                first_day = bool(
                    (start and re.match(r"\s*,?\s*(?:starting|beginning|commencing)\b",
                                        start.group(0), re.I))
                    or (before and (before.group(0).lower().endswith("commenc")
                                    or before.re in (_BEGINNING_BEFORE, _COMMENCES_PERIOD))))
                if counted_from is not None:
                    counted_from.append((begins, first_day))
                end = _counted(begins, n, unit)
                return end - timedelta(days=1) if first_day else end, p.ref
    for p in operative:
        m = _PERIOD_ENDING.search(p.text)
        # "to extend, for a period expiring on 1 February 2015, the Group of Experts" (2136
        # (2014) 5)
        if m and not NOT_A_MISSION.search(m.group(0)[:160]) \
                and not _names_other_body_after(p.text, m.end()):
            return to_date(m.group(1), m.group(2), m.group(3)), p.ref
    if mission:
        # "Decides that MONUSCO shall be deployed until 30 June 2011" after "extend the mandate
        # of MONUC until 30 June 2010": the renamed mission's own period; "Approves the
        # continued presence of UNOMIG in Georgia until 31 January 1994"
        for p in operative:
            m = _mission_period(names, "deployed").search(p.text) if any(
                n in p.text for n in names) and _MAY_BE_DEPLOYED.search(p.text) else None
            if m:
                day = m.groups()[:3] if m.group(1) else m.groups()[3:]
                return to_date(*day), p.ref
        # the mandate ends: "terminate the mandate of … (ONUCA) with effect from 17 January
        # 1992", "the mandate of UNCRO shall terminate after an interim period ending on 15
        # January 1996", "terminate the mandate of UNASOG with immediate effect"
        for p in operative:
            m = _mission_period(names, "ends").search(p.text) if any(
                n in p.text for n in names) and _MAY_END.search(p.text) else None
            if m is None:
                continue
            rest = p.text[m.end():m.end() + 80]
            when = re.match(r"[^;]{0,50}?\b(?:with effect from|as of|on|ending on|effective)\s+"
                            + _DATE, rest, re.I)
            if when:
                return to_date(*when.groups()), p.ref
            if adopted and re.match(r"\s*,?\s*with immediate effect\b", rest, re.I):
                return adopted, p.ref
        # a mission set up or kept on for a fixed time: "Decides to establish UNMIR for an
        # initial period until 31 January 2032", "establish until 31 August 2032 the United
        # Nations Mission in … (UNMIR)", "establish … (UNMIR) with a mandate limited to a
        # single four-month period ending on 30 November 2032", "Authorizes UNMIR to continue
        # monitoring …, as a last extension of its mandate, until 15 December 2032"
        # … by name as well: "the United Nations Operation in Mozambique is established for a
        # period until 31 October 1993"
        kept = _mission_period((*names, *(MISSIONS[n] for n in names if n in MISSIONS)), "kept")
        for p in operative:
            if not (_MAY_BE_KEPT.search(p.text) and _DATE_RE.search(p.text)):
                continue
            for m in kept.finditer(p.text):
                day = next(m.groups()[i:i + 3] for i in range(0, len(m.groups()), 3)
                           if m.group(i + 1))
                if NOT_A_MISSION.search(m.group(0)) or _names_other_body_after(p.text, m.end()):
                    continue  # "re-establish … for a period expiring on …, the Group of Experts"
                return to_date(*day), p.ref
    for p in operative:
        if _names_a_mandate(p.text):
            m = re.search(r"\buntil\s+" + _DATE, p.text, re.I)
            # whose mandate: "extend the mandate of the Panel of Experts, originally appointed
            # … and previously extended by resolutions 1651 (2005), … until 12 March 2016"
            owner = p.text.rfind("mandate of", p.text.rfind(";", 0, m.start()) + 1,
                                 m.start()) if m else -1
            if m and re.search(r"\b(?:decides|extend)", p.text, re.I) \
                    and not NOT_A_MISSION.search(p.text[max(0, m.start() - 160):m.start()]) \
                    and not _MOVED_UNTIL.search(p.text, max(0, m.start() - 200), m.start()) \
                    and not (owner >= 0 and NOT_A_MISSION.search(p.text, owner, owner + 80)) \
                    and not _names_other_body_after(p.text, m.end()) \
                    and not (mission and _another_force_before(p.text, m.start(), names)):
                return to_date(m.group(1), m.group(2), m.group(3)), p.ref
    return None, None


def other_expiries_of(paragraphs: Sequence[Paragraph], adopted: date | None,
                      missions: Sequence[str]) -> tuple[tuple[str, date, str], ...]:
    """(mission, expiry, paragraph) for the resolution's other missions, `missions[1:]`, whose
    period a paragraph of their own sets: "Decides to establish a follow-on operation …
    (MINUJUSTH), for an initial period of six months … until 15 April 2018" in a resolution
    that gives MINUSTAH a final period.

    A paragraph that also names the principal mission, `missions[0]`, is not one of their
    own ("redeploy … from UNMIL to UNOCI … until 30 September 2011", "extend the mandate of
    UNAVEM III"), unless it names it as the one succeeded ("… (UNIOGBIS) to succeed UNOGBIS").
    """
    if len(missions) < 2:
        return ()
    principal = names_of(missions[0])
    out: list[tuple[str, date, str]] = []
    for mission in missions[1:]:
        names = names_of(mission)
        if not set(names).isdisjoint(principal):
            continue  # a former name of the principal mission
        expires, ref = expiry_of(paragraphs, adopted, mission)
        text = next((p.text for p in paragraphs if p.ref == ref), "")
        if expires is not None and ref is not None and _names_any(text, names) \
                and (not _names_any(_SUCCEEDED.sub("", text), principal)
                     or _renews_its_mandate(text, names, principal)):
            out.append((mission, expires, ref))
    return tuple(out)


# "… and decides therefore to renew the mandate of the United Nations Mission in Côte d'Ivoire
# (MINUCI) until 4 April 2004" (1528 (2004), which establishes UNOCI from that day)
# (the verb's, not a noun's: "… future decisions concerning the renewal of the mandate of MONUC")
_MANDATE_OF = re.compile(r"\b(?:extend|renew|prolong)(?:s|ed|ing)?\s+(?:[\w,]+\s+){0,4}?"
                         r"(?:the\s+)?"
                         r"(?:present\s+|existing\s+|current\s+)?mandate\s+of\s+")
_PERIOD_WORD = re.compile(r"\b(?:until|for|terminating|ending|to)\b")
# a second mission's period after the first's, in one clause: "… until 30 April 2027 and of
# UNISFA until 15 November 2027"
#: a mission's name and nothing else: "UNISFA", "the United Nations Interim Security Force for
#: Abyei (UNISFA)", not "the support it provides to UNISFA"
_ONLY_A_NAME = re.compile(r"(?:the\s+)?(?:(?:[A-Z(][\w’'()-]*|[a-z][’'][A-Z][\w’'()-]*|for|in|of|"
                          r"on|and|the|to|de|du|des|la|le)\s+)*\(?[A-Z][A-Z-]{2,9}\)?")
_AND_OF_UNTIL = re.compile(r",?\s+and\s+(?:that\s+)?of\s+((?:the\s+)?[^;,]{2,120}?)\s+"
                           r"(?:until|till|through|to)\s+" + _DATE)


def _renews_its_mandate(text: str, names: Sequence[str], principal: Sequence[str]) -> bool:
    """True when a paragraph that also names the principal mission extends or renews the
    mandate of the mission known by `names` itself: the mission named after "mandate of",
    before the words that give its period."""
    if any(_names_any(m.group(1), names) and not _names_any(m.group(1), principal)
           and _ONLY_A_NAME.fullmatch(m.group(1)) for m in _AND_OF_UNTIL.finditer(text)):
        return True
    for m in _MANDATE_OF.finditer(text):
        whose = text[m.end():m.end() + 160].split(";")[0]
        period = _PERIOD_WORD.search(whose)
        whose = whose[:period.start()] if period is not None else whose
        if _names_any(whose, names) and not _names_any(whose, principal):
            return True
    return False


# "to succeed UNOGBIS", "as a follow-on mission to UNOA", "replacing UNOMSIL"
_SUCCEEDED = re.compile(r"\b(?:succeed(?:s|ing)?|successor to|follow-on (?:\w+ ){0,3}to|"
                        r"replac(?:e|es|ing))\s+(?:the\s+)?[A-Z][A-Z-]{2,}")


_NUMBER_WORD = "|".join(sorted([*_NUMBER_WORDS, "hundred", "thousand"], key=len, reverse=True))
_COUNT = (r"(\d{1,3}(?:[, \u00a0]\d{3})+|\d+|(?:(?:" + _NUMBER_WORD + r")(?:[ -]|\s+and\s+))*(?:"
          + _NUMBER_WORD + r"))")
_KINDS: tuple[tuple[str, CeilingKind], ...] = (
    (r"military observers(?: and (?:military )?staff officers)?|staff officers|"
     r"(?:military )?liaison(?: and staff)? officers|military officers|observers\b",
     CeilingKind.MILITARY_OBSERVERS),
    (r"(?:personnel (?:of|in) )?formed police units?(?: personnel)?|formed police personnel",
     CeilingKind.FORMED_POLICE_UNITS),
    (r"individual police(?: officers| personnel)?", CeilingKind.INDIVIDUAL_POLICE),
    (r"(?:civilian )?police (?:personnel|officers)|(?:civilian )?police\b", CeilingKind.POLICE),
    (r"(?:justice and )?corrections? (?:officers|personnel|advis[eo]rs)", CeilingKind.CORRECTIONS),
    # ("a maximum strength of 860 all ranks")
    (r"(?:military personnel|troops|military contingent personnel|all ranks(?! each)|"
     # "twelve military helicopters" are equipment, not people
     r"military(?! observers| staff| police| experts| liaison| advis| helicopters| aircraft|"
     r" vehicles| equipment| assets| enablers| hospitals?| aviation| transport| engineering|"
     r" medical| utility| capabilit| trainers| construction| officers))\b",
     CeilingKind.MILITARY),
    (r"civilian (?:personnel|staff)", CeilingKind.CIVILIAN),
)
# personnel of a kind named after them: "a temporary increase … of 750 personnel to UNMIR's
# currently authorized military strength", "… of 275 personnel to the current strength of
# UNMIR's civilian police component" (apart from _KINDS, where "personnel" would open the
# slow count pattern on most paragraphs)
_PERSONNEL_INTO = (
    # "1,460 personnel deployed as part of UNMIR's military component"
    (r"personnel (?:in|to|deployed (?:as part of|in|with)) (?:the )?(?:[\w']+ ){0,3}?military "
     r"(?:strength|component)", CeilingKind.MILITARY),
    (r"personnel (?:in|to|deployed (?:as part of|in|with)) (?:the )?(?:[\w']+ ){0,5}?"
     r"(?:civilian )?police (?:strength|component)", CeilingKind.POLICE),
)


def _headcount_of(kinds: str) -> str:
    """The pattern of a count of people of these kinds: "11,500 United Nations troops",
    "5,537 MONUC military personnel", "300 unarmed military observers", "7392 authorized
    military personnel", "50 additional …"."""
    return (r"\b" + _COUNT + r"\s+(?P<more>(?:additional|more|further)\s+)?"
            r"(?:United Nations\s+|(?P<whose>[A-Z][A-Z-]{2,9})\s+)?"
            # "68 additional international observers" (UNVMC, 2694 (2023)), "108 seconded
            # Government-provided corrections officers"
            r"(?:(?:unarmed|authori[sz]ed|international|seconded|[Gg]overnment-provided)\s+)"
            r"{0,2}(?:"
            + kinds + r")")


# every ceiling of a kind ends with words its pattern opens with: a text without them is not
# scanned with the (slow, number-led) ceiling pattern
_KIND_OPENINGS = {pattern: openings(re.compile(pattern)) for pattern, _ in _KINDS}
# compiled once: built on each call, they fell out of `re`'s cache of 512 patterns in a long
# batch and were compiled again, file after file
_HEADCOUNTS = {pattern: re.compile(_headcount_of(pattern))
               for pattern, _ in (*_KINDS, *_PERSONNEL_INTO)}


def _kind_first(words: str) -> re.Pattern[str]:
    """The pattern of a strength set with its kind before the count, outright: "the military
    strength of UNMIR shall not exceed 16,700 personnel", "to reduce the authorized military
    personnel of UNMIR from 4,000 to 2,000 by 30 November 2031". A count followed by its own
    kind ("16,700 troops") is left to `_KINDS`."""
    whose = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[\w'’()-]+){0,12}?)?"
    count = _COUNT.replace("(", "(?:", 1)
    return re.compile(
        r"\b(?:(?:" + words + r")" + whose + r",?\s+(?:shall|will|should|would)\s+not\s+exceed"
        r"|(?:reduc|decreas|lower|increas|rais)\w*\s+(?:the\s+|its\s+)?(?:authori[sz]ed\s+|"
        r"overall\s+)?"
        r"(?:" + words + r")" + whose + r"\s+(?:(?:from|by)\s+" + count + r",?\s+)?to)"
        # (the count whole: "16,700 troops" is `_KINDS`' count, not "16" before ",700")
        r"\s+(?:a\s+(?:total|maximum)\s+of\s+|up\s+to\s+)?(?>" + _COUNT + ")"
        + r"(?P<more>(?!))?(?P<whose>(?!))?(?:\s+personnel\b)?"
        r"(?!\s+(?:troops|military|police|civilian|formed|individual|observers|officers|"
        r"(?:infantry\s+)?battalions?|units?|compan(?:y|ies)|brigades?|contingents?)\b)")


#: strengths set kind first (`_kind_first`), read beside `_KINDS`
_KIND_FIRST = (
    (_kind_first(r"military\s+(?:strength|component|personnel)|troop\s+(?:strength|level)"),
     CeilingKind.MILITARY),
    (_kind_first(r"(?:civilian\s+)?police\s+(?:strength|component|personnel)"),
     CeilingKind.POLICE),
    (_kind_first(r"formed\s+police\s+unit\s+personnel"), CeilingKind.FORMED_POLICE_UNITS),
)
# kinds some texts print with capitals; a bare "Police" or "Troops" may be a name's
_CAPITALIZED_KIND = re.compile(r"\b(?:Civilian Police|Formed Police Units?|Military Observers|"
                               r"Military (?:Liaison |Staff )?Officers|Individual Police|"
                               r"Police (?:Officers|Monitors|Personnel)|Military Personnel)\b")
_CEILING_CONTEXT = Caseless(
    r"ceiling|authori[sz]ed (?:strength|level)|up to\b|maximum (?:\w+ )?of|consist of|"
    r"comprised of|compris(?:e|es|ing)\b|not exceed|"
    r"(?:decides|authori[sz]es) (?:to|that)[^;]{0,80}(?:maintain|increase|reduce|deploy)"
    # "Decides to authorize, as part of UNMIR, and in accordance with the provisions of
    # resolution 9037 (2031), the deployment of 100 military observers", "Authorizes UNMIR to
    # deploy 16 corrections officers"
    r"|authori[sz]es?\b[^;]{0,140}?\bdeploy(?:ment\s+(?:\w+\s+){0,2}of|\s)"
    r"|(?:troop|military|police|force) (?:level|strength)"
    r"|reduce the number of military observers\b")


_KIND_WORDS = {"troop": CeilingKind.MILITARY, "military": CeilingKind.MILITARY,
               "force": CeilingKind.MILITARY,
               "police": CeilingKind.POLICE, "civilian police": CeilingKind.POLICE,
               "civilian": CeilingKind.CIVILIAN,
               "military observers": CeilingKind.MILITARY_OBSERVERS,
               "formed police unit": CeilingKind.FORMED_POLICE_UNITS,
               "formed police units": CeilingKind.FORMED_POLICE_UNITS}
#: ceilings named by the kind of strength before the number (group 1: kind, 2: count)
_PHRASINGS = tuple(Caseless(p) for p in (
    # "troop ceiling of 17,000", "troop level of X to no more than 1,200", "troop strength of X
    # from 5,000 to 3,500"
    # "a force level of up to 22,000" (never "the national police force's strength")
    r"\b(troop|military|police|civilian|(?<!police )force)\s+(?:ceiling|strength|level)s?\b"
    # ("… the troop ceiling of MINUSMA by 1,500 to 13,289": the figure it is brought to)
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+)?\s+(?:to\s+|of\s+|at\s+|from\s+[\d,]+\s+to\s+|"
    r"by\s+[\d,]+,?\s+to\s+)?"
    r"(?:no\s+more\s+than\s+|up\s+to\s+|a\s+maximum\s+of\s+|approximately\s+)?" + _COUNT
    # a force's strength counted in troops and police together is no kind's: "AMISOM's force
    # strength from 12,000 to a maximum of 17,731 uniformed personnel" (2036 (2012) 2)
    # (the digits past a shorter count are skipped too: "17" of "17,731 uniformed")
    + r"(?!(?:[\d,.\u00a0 ]*\d)?\s+(?:\w+\s+)?uniformed\b)",
    # "ceiling for troops … up to 4,050 personnel"
    r"\bceiling\s+for\s+(troop|police)s?\b[^;]{0,120}?\bup\s+to\s+" + _COUNT,
    # "a police component, including formed police units, of up to 1,323 personnel"
    r"\b(military|police)\s+component\b[^;]{0,80}?\b(?:up\s+to|a\s+maximum\s+of)\s+" + _COUNT,
    # "… and the police component from 900 to 1,323"
    r"\b(military|police)\s+component\s+from\s+[\d,]+\s+to\s+" + _COUNT + r"(?![\d,])",
    # "the authorized strength of UNOCI's police component shall remain at 1,555 personnel",
    # "an international police element with a strength of up to 1,640 officers", "a civilian
    # police component initially comprised of 1,250 officers", "the necessary police force,
    # not exceeding 2,500 personnel" (never the country's "national police force")
    # "the authorized strength of the military component shall be adjusted to 8,837
    # personnel" (2062 (2012))
    r"\b(military|police)\s+(?:component|element)\b[^;]{0,40}?\b(?:remain\s+at|at|"
    r"comprised\s+of|consisting\s+of|up\s+to|not\s+exceed(?:ing)?|(?:be\s+)?(?:adjusted|"
    r"reduced|increased|raised|brought)\s+to)\s+" + _COUNT
    + r"(?=\s+(?:\w+\s+)?(?:personnel|officers|troops)\b)",
    r"(?<!national )\b(police)\s+force\b,?\s+not\s+exceeding\s+" + _COUNT
    + r"(?=\s+(?:\w+\s+)?(?:personnel|officers)\b)",
    # "reduce the level of authorized military personnel from 8115 to 7450"
    r"\b(?:level|strength|number)\s+of\s+(?:the\s+)?(?:authori[sz]ed\s+)?(troop|military|police)s?"
    r"\s+(?:personnel\s+)?from\s+[\d,]+\s+to\s+" + _COUNT + r"\b(?!\s+(?:\w+\s+)?personnel)",
    # "maintain the overall number of military personnel of UNMIR at 14,000"
    r"\bnumber\s+of\s+(?:authori[sz]ed\s+)?(troop|military|police)s?\s+personnel"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+)?\s+(?:at|to)\s+(?:no\s+more\s+than\s+|up\s+to\s+|"
    r"a\s+maximum\s+of\s+)?" + _COUNT + r"\b(?!\s+(?:\w+\s+)?personnel)",
    # "reduce the number of military observers, headquarters and other military support staff
    # to 200" (1029 (1995) 4): the count ends the clause
    r"\bnumber\s+of\s+(military\s+observers)\b[^;\d]{0,80}?\bto\s+" + _COUNT
    + r"(?=\s*[;.]|\s*$)",
    # "increase the number of UNMIR's formed police units by three additional units, totalling
    # 420 personnel, …, for a new authorized ceiling of 1,795 personnel" (2066 (2012))
    r"\b(formed\s+police\s+units?)\b[^;]{0,240}?\bnew\s+(?:authori[sz]ed\s+)?ceiling\s+of\s+"
    + _COUNT,
    # units counted with the people they hold: "up to seven formed police units (totalling 980
    # personnel)", "seven Formed Police Units (FPUs) comprising 980 FPU personnel", "two formed
    # police units (280 personnel)"
    r"\b(formed\s+police\s+units?)(?:\s+\(FPUs?\))?(?:\s*\(\s*|\s*[(,]?\s*(?:totall?ing|"
    r"comprising|with\s+a\s+total\s+of)\s+)(?:up\s+to\s+)?" + _COUNT
    # not the units' size: "19 formed police units comprising up to 140 personnel each"
    + r"(?=\s+(?:FPU\s+)?personnel\b)(?!\s+(?:FPU\s+)?personnel\s+each\b)",
    # a component changed by a number of people it does not name the kind of: "the increase
    # of the UNMIR civilian police component by no more than 34 officers", "reducing the
    # military component by 1,990 personnel" (an increment or a reduction, never a ceiling)
    r"\b(military|civilian\s+police|police)\s+(?:component|contingent)\s+by\s+"
    r"(?:up\s+to\s+|no\s+more\s+than\s+|approximately\s+)?" + _COUNT
    + r"(?=\s+(?:\w+\s+)?(?:personnel|officers|troops)\b)",
    # "… by up to 2,785 military personnel, and the strength of its formed police unit by up
    # to 300 personnel" (1843 (2008))
    r"\bstrength\s+of\s+(?:its|the|[\w']+)\s+(formed\s+police\s+units?)\s+by\s+"
    r"(?:up\s+to\s+|no\s+more\s+than\s+|approximately\s+)?" + _COUNT
    + r"(?=\s+(?:\w+\s+)?(?:personnel|officers)\b)",
))


# the same ceiling of a second mission, after the first's: "… of UNISFA at 3,250 and of UNMISS
# at 17,000"
_OF_MISSION = re.compile(r"\bof\s+(?:the\s+)?([A-Z][A-Z-]{2,9})\b")
_AND_OF_AT = re.compile(r"(?:\s+[\w-]+){0,2},?\s+and\s+(?:that\s+)?of\s+(?:the\s+)?([A-Z][\w-]+)\s+"
                        r"(?:at|to|of)\s+(?:up\s+to\s+)?" + _COUNT + r"(?![\d,])")


# a change printed after the strength it changes: "… of 13,500 military personnel by 2,000"
# (not "by 1,500 to 13,289", where the figure brought to is printed)
# (not a date: "… to 11,500 military personnel by 30 June 2032")
# (nor a share or units: "by 10 per cent", "by one third", "by two infantry battalions"; nor
# who provides or supports them: "17,000 troops provided by 45 countries")
_CHANGED_AFTER = re.compile(r"(?:\s+(?:military|troops?|personnel|police|officers|uniformed|all|"
                            r"ranks)){0,3},?\s+by\s+(?:up\s+to\s+)?" + _COUNT
                            + r"(?![\w,])(?<!\b(?:19|20)\d\d)"
                            r"(?=\s*(?:[;,.:]|$|(?:military\s+|uniformed\s+)?(?:personnel|troops|"
                            r"officers|all\s+ranks)\b(?!,?\s+(?:\w+\s+){0,2}to\b)|(?:within|in|"
                            r"by|over|and|during|before|after|from|no\s+later)\b))")
_LOWERS = re.compile(r"\b(?:reduc|decreas|lower|cut)\w*\b[^;]*$", re.I)
_RAISES = re.compile(r"\b(?:increas|rais|augment|expand)\w*\b[^;]*$", re.I)


# what stands between a strength and a part of it the paragraph goes on to name
_INCLUDING = re.compile(r"(?:\s+(?:\w+\s+)?(?:personnel|troops|officers))?,?\s+(?:including|"
                        r"of\s+which|comprising(?:\s+of)?)\s+(?:up\s+to\s+)?$", re.I)


_RAISED_BY_UNITS = re.compile(r"\b(?:increas|additional|reinforc|augment|expan)", re.I)
_UNITS_EACH = Caseless(r"\b" + _COUNT + r"\s+formed\s+police\s+units\s+(?:comprising|of|with)\s+"
                      r"(?:up\s+to\s+)?" + _COUNT + r"\s+(?:personnel|officers)\s+each\b")


def _people(headcount: str) -> str:
    """Who a headcount counts, by its last two words: "160 staff officers" → "staff officers"."""
    return " ".join(headcount.lower().split()[-2:])


def _refers_back(text: str, end: int) -> bool:
    """True when the figure just read cites a ceiling set elsewhere ("set out in paragraph 8")."""
    return re.match(r"[\s,]*(?:\w+\s+){0,3}(?:set out|authori[sz]ed|approved|referred to|"
                    r"specified|established)\s+(?:in|by)\s+(?:paragraph|resolution)",
                    text[end:end + 60], re.I) is not None


# the count raises a strength rather than sets it: "an increase in the strength of UNPREDEP by
# 50 military personnel", "by up to 6,550 additional troops, 150 military observers and …",
# "the deployment of an additional 2,000 military personnel"
# the figure a strength is set at: "restore the strength of UNMIR to its previous level of 350
# military observers", "extend the mandate … until 31 May 2032 with 300 civilian police personnel
# and 500 troops", "a support group of 180 civilian police monitors"
# (not the strength it comes from: "reduced from the December 2032 level of 5,000 troops")
_STRENGTH_OF = re.compile(r"(?:\b(?:level|strength|total)\s+of|\bwith|\b(?:composed|group)\s+of)"
                          r"\s+(?:up\s+to\s+|approximately\s+)?$", re.I)
_FROM = re.compile(r"\bfrom\b[^,;]{0,40}$", re.I)
# the strength an increment brings the total to, the ceiling: "by 2,000 troops, bringing the
# total authorized strength to 12,000 troops", "by 200 police personnel, for a total of 1,200"
_STRENGTH_WORD = r"(?:(?:authori[sz]ed\s+)?(?:strength|level|ceiling)\s+)?"
_TOTAL = re.compile(r"\btotal\s+" + _STRENGTH_WORD + r"(?:of|to|at)"
                    r"\s+(?:up\s+to\s+|approximately\s+)?$", re.I)
# the strength an increment brings a component to, with the increment's kind: "increase its
# military component by 1,000 troops, to a total of 14,000", "by 1,000 troops, to 13,000"
_TOTAL_AFTER = re.compile(
    r",?\s+(?:(?:(?:bringing|raising|for)\s+(?:(?:it|them|its|the)\s+)?(?:\w+\s+)?)?(?:to\s+)?"
    r"a\s+total\s+" + _STRENGTH_WORD + r"(?:of\s+)?"
    # "bringing the total to 1,200", "bringing its total strength to 5,500"
    r"|(?:bringing|raising)\s+(?:it|them|its|the)\s+(?:total\s+)?" + _STRENGTH_WORD + r"to\s+"
    # "by 1,000 troops, to 13,000" (a strength: not a day of the month)
    r"|to\s+(?=\d{1,3},\d{3}\b|\d{3,6}\s*[,;.]))"
    r"(?:up\s+to\s+)?(\d{1,3}(?:,\d{3})+|\d{2,6})\b(?![.,]\d)", re.I)
# the figure a strength goes to: "the increase in the strength of the United Nations Interim
# Force in Lebanon … from 4,000 to approximately 6,000 troops"
_FROM_TO = re.compile(r"\b(?:strength|level|size)\b[^;]{0,160}\bfrom\s+[\d,]+\s+to\s+"
                      r"(?:approximately\s+|up\s+to\s+|a\s+maximum\s+of\s+)?$", re.I)
# a paragraph that may set a strength that way (a cheap test before the count patterns)
_STRENGTH_GATE = Caseless(r"\b(?:(?:level|strength|total|composed|group)\s+of|with|total\s+"
                          r"(?:authori[sz]ed\s+)?(?:(?:strength|level|ceiling)\s+)?(?:to|at))\s+"
                          r"(?:up\s+to\s+|approximately\s+)?(?:\d|"
                          + "|".join(_NUMBER_WORDS) + r")")
# … or adds to it: "50 additional observers", "an increase, during the electoral period, of 750
# personnel", "from 4,000 to approximately 6,000 troops" (case-sensitive, and tried only on the
# paragraphs that hold one of its words: the gate is tried on every operative paragraph; the
# word boundary before a word is written after it, `increase(?<!\wincrease)`, so that `re`
# skips ahead to the word)
_ADDITION_GATE = (
    ("additional", re.compile(r"additional\s+(?:up\s+to\s+)?\d|\d\s+additional\b")),
    ("increase", re.compile(r"increase(?<!\wincrease)\b[^;.]{0,80}?\b(?:of|by)\s+(?:up\s+to\s+|"
                            r"no\s+more\s+than\s+)?\d")),
    ("from ", re.compile(r"from(?<!\wfrom)\s+[\d,]+\s+to\s+\D{0,20}\d")),
    # "including a reduction of 4,500 troops", "reducing the military component by 1,990
    # personnel"
    ("reduc", re.compile(r"reduc(?<!\wreduc)\w*\b[^;.]{0,80}?\b(?:by|of)\s+(?:an?\s+)?"
                         r"(?:\w+\s+){0,2}?\d")),
)


def _may_set_strength(text: str) -> bool:
    """A cheap test before the count patterns: words that set or change a strength."""
    lowered = text.lower()  # once, for both case-blind patterns
    return bool(_CEILING_CONTEXT.search(text, lowered) or _STRENGTH_GATE.search(text, lowered)
                or any(word in text and pattern.search(text) for word, pattern in _ADDITION_GATE))


# the next item of a list of increments: "by the addition of up to sixty military observers and
# one hundred and twenty civilian police", "by 2,750 military personnel and the police ceiling
# by 940 police personnel"
_LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:ceiling|strength|level|component)s?\s+by\s+)?(?:up\s+to\s+)?")
_INCREMENT = re.compile(
    r"\b(?:increase|augment|reinforce|strengthen|expan[ds])\w*\b(?:(?!\b(?:to|from)\b)[^;.]){0,80}?"
    r"\b(?:by|of)\s+"
    r"(?:up\s+to\s+|no\s+more\s+than\s+)?(?:an?\s+)?(?:additional\s+)?"
    # ("strengthened by up to 17,300 military personnel and by an appropriate civilian
    # component including up to 3,300 civilian police personnel", 1706 (2006) 3)
    r"(?:[\d,]+\s+[\w ]{0,40}?(?:,\s+(?:and\s+)?|"
    r"\s+and\s+)(?:by\s+(?:an?\s+)?(?:[\w-]+\s+){0,4}?)?"
    r"(?:including\s+(?:up\s+to\s+|a\s+maximum\s+of\s+)?)?)*$|"
    r"\b(?:additional|further)\s+$|"
    r"\baddition\s+of\s+(?:up\s+to\s+)?$|"
    # "temporarily exceed its authorized ceiling by up to 300 military personnel" (but "a
    # strength not exceeding a total of 5,000" is the ceiling)
    r"\bexceed\w*\b(?:(?!\b(?:to|from)\b)[^;.]){0,60}?\bby\s+(?:up\s+to\s+)?$", re.I)


# a strength changed by the count that follows, never set to it (a reduction is read first)
_CHANGED_BY = re.compile(r"\bby\s+(?:up\s+to\s+|no\s+more\s+than\s+|approximately\s+)?$")
_REDEPLOYED = re.compile(r"\bredeploy\w*\b[^;]*$", re.I)
# a strength lowered by a number, not to it: "reduce the MONUSCO force by 2,000 troops",
# "reducing the military component by 1,129 personnel" (tried on the words before the count)
_REDUCED_BY = re.compile(r"\b(?:reduc|decreas|lower|cut|withdr[ae]w|draw(?:ing|n)?\s+down|"
                         r"drawdown)\w*\b(?:(?!\b(?:to|from)\b)[^;.]){0,80}?\bby\s+"
                         r"(?:up\s+to\s+|approximately\s+|about\s+|some\s+)?$"
                         # "including a reduction of 4,500 troops", "a reduction of an
                         # additional 1,460 personnel"
                         r"|\breduction\s+of\s+(?:an?\s+)?(?:additional\s+|further\s+)?"
                         r"(?:up\s+to\s+|approximately\s+|some\s+)?$", re.I)
_REPLACING = re.compile(r"[^;]{0,160}?,?\s+which\s+(?:will|shall|would)\s+replace\b")
_REPLACED = re.compile(r"\bwhich\s+(?:will|shall|would)\s+replace\s+(?:up\s+to\s+)?$")


# a second period's start: "from July 1st 2024 onwards", "from 1 July 2024", "thereafter"
_NEXT_PERIOD = re.compile(r"\b(?:from|effective|starting(?:\s+on|\s+from)?|beginning(?:\s+on)?|"
                          r"as\s+from|with\s+effect\s+from)\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+"
                          r"[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2})|\bthereafter\b|\bonwards\b|"
                          r"\bas of\b|\bafter that date\b")


def _lowered(change: PersonnelCeiling, reductions: list[PersonnelCeiling] | None,
             read: set[str], text: str, at: int) -> None:
    """Note a strength lowered by `change` ("reduce the force by 2,000 troops"): no ceiling,
    but its paragraph is read. A reduction the Council only takes note of or recalls ("Takes
    note of the recommendation … to reduce the MONUSCO Force by 1,700 troops", "Recalls the
    reduction … endorsed in … resolution 2211 (2015)", 2277 (2016) 26-27) lowers nothing."""
    noted = _ONLY_NOTED.match(text) is not None and not _DECIDING.search(text, 0, at)
    if reductions is not None and not noted:
        reductions.append(change)
    read.add(change.ref)


_ONLY_NOTED = re.compile(r"\W*(?:(?:further|also|again) )?(?:takes? (?:\w+ )?note|notes|recalls|"
                         r"welcomes|recogni[sz]es|acknowledges|reaffirms|reiterates)\b", re.I)
# … unless the paragraph decides it after all: "Takes note … and decides to reduce …"
_DECIDING = re.compile(r"(?:[,;]\s*|\band\s+)(?:further\s+|also\s+)?(?:decides|authori[sz]es|"
                       r"endorses|approves)\b", re.I)


_SHARE = re.compile(r"\s*(?:per\s*cent|percent|%)", re.I)
_AT_LEAST = re.compile(r"\b(?:at least|a minimum of|no fewer than|not less than)\s+$", re.I)
# personnel made ready for, not deployed: "to take the administrative steps necessary for the
# equipping of up to 500 United Nations military observers with a view to facilitating future
# rapid United Nations deployments" (1279 (1999) 9)
_MADE_READY_FOR = re.compile(r"\b(?:equipping|equipment|preparation|pre-?positioning)\s+"
                             r"(?:of|for)\s+(?:up\s+to\s+)?$", re.I)


def ceilings_of(paragraphs: Sequence[Paragraph], mission: str | None,
                increments: list[PersonnelCeiling] | None = None,
                read: set[str] | None = None,
                reductions: list[PersonnelCeiling] | None = None,
                others: Sequence[str] = (),
                set_again: list[tuple[PersonnelCeiling, PersonnelCeiling]] | None = None,
                phased: list[tuple[PersonnelCeiling, PersonnelCeiling]] | None = None,
                ) -> tuple[PersonnelCeiling, ...]:
    """Authorized personnel maxima the Council sets, by kind, with the paragraph they stand in.

    They are `mission`'s, unless a paragraph names another force and not the mission, or
    names one of `others` (the resolution's other missions) and not the mission: "Decides to
    establish a follow-on operation, MINUJUSTH, … composed of up to seven formed police
    units" in a resolution that also renews MINUSTAH.

    A count that raises the strength ("an increase … by 50 military personnel") is not a
    ceiling: it is appended to `increments` when given, and one that lowers it ("reduce the
    force by 2,000 troops") to `reductions`. `read`, when given, receives the ref
    of every paragraph a ceiling was read from, kept or not (a later one of a kind is not).
    `set_again`, when given, receives (kept, later) for each later paragraph that sets a
    kept ceiling's kind to another figure (a change, a temporary increase, a part withdrawn).
    `phased`, when given, receives (first, later) for each kind one paragraph sets for a first
    period and then for the next ("13,500 … until 30 June 2024, and … 11,500 … from 1 July
    2024"): the later is the ceiling.
    """
    # each ceiling with where it is printed (paragraph, offset), to list them in that order
    placed: list[tuple[tuple[int, int], PersonnelCeiling]] = []
    seen: set[tuple[str, CeilingKind]] = set()
    lent: set[str] = set()  # paragraphs read that set no ceiling (personnel lent, cut)
    own_names = names_of(mission) if mission else ()  # known to the registry or not
    for number, p in enumerate(paragraphs):
        if p.kind is not ParagraphKind.OPERATIVE or not _may_set_strength(p.text):
            continue
        text = p.text.replace("\u00a0", " ")
        # a strength the Council only means to consider is set by none: counts in that clause
        # are passed over
        intended = _INTENDED_CLAUSE.match(text)
        considered = intended.end() if intended else 0
        if _CAPITALIZED_KIND.search(text):
            # "up to 1,897 Civilian Police", "16 Formed Police Units" (same length: offsets hold)
            text = _CAPITALIZED_KIND.sub(lambda m: m.group(0).lower(), text)
        # a force the Council authorizes that is not the mission: "authorize the Member States
        # of the African Union to maintain the deployment of AMISOM … 22,126 troops"
        other = _OTHER_OPERATION.search(text)
        own = bool(mission) and _names_any(text, own_names)
        owner = OTHER_OPERATION_NAMES.get(other.group(0), other.group(0)) \
            if other and not own else mission
        if not own and owner == mission:
            # (or by a former name as the subject of the figure: "decides that MONUC shall have
            # a troop ceiling of …", not "lessons learned from MONUC")
            named = [o for o in others if _names_any(text, (o,)) or any(
                re.search(rf"(?<!by )\b{re.escape(f)}(?:'s)? (?:shall|will|should|is to|troop|"
                          r"military|police|authori[sz]ed|ceiling|strength)\b", text)
                for f in names_of(o)[1:])]
            if len(named) == 1:
                owner = named[0]
        raised: list[int] = []  # where each increment read in this paragraph ends
        kept: list[int] = []  # where each ceiling read in this paragraph ends
        found: list[tuple[CeilingKind, re.Match[str]]] = []
        for pattern, kind in _KINDS:
            words = _KIND_OPENINGS[pattern]
            if words is not None and not any(word in text for word in words):
                continue
            found.extend((kind, m) for m in _HEADCOUNTS[pattern].finditer(text))
        if "personnel to " in text or "personnel in " in text or "personnel deployed " in text:
            for pattern, kind in _PERSONNEL_INTO:
                found.extend((kind, m) for m in _HEADCOUNTS[pattern].finditer(text))
        firm: set[int] = set()  # where strengths set outright start (`_KIND_FIRST`)
        if "exceed" in text or "reduc" in text or "decreas" in text or "lower" in text \
                or "increas" in text or "rais" in text:
            for set_outright, kind in _KIND_FIRST:
                for m in set_outright.finditer(text):
                    found.append((kind, m))
                    firm.add(m.start())
        # in the order printed, so that a list of increments is read from its first item
        for kind, m in sorted(found, key=lambda found_at: found_at[1].start()):
            if m.group("whose") and m.group("whose") not in MISSIONS and m.group(
                    "whose") not in own_names:
                continue  # "150 FACA troops": the country's own army
            count = parse_count(m.group(1))
            if _SHARE.match(text, m.end(1)):
                continue  # a share of the personnel, not a number of them
            if count is None or count < 2:
                # "up to two formed police units" counts units, not people
                continue
            after = text[m.end():m.end() + 12]
            if kind is CeilingKind.FORMED_POLICE_UNITS and re.match(r"\s*,? ?each", after):
                continue
            if re.search(r"units?$", m.group(0)) and kind is CeilingKind.FORMED_POLICE_UNITS \
                    and count < 50:
                continue
            if _refers_back(text, m.end()) or m.start() < considered:
                continue
            if _MADE_READY_FOR.search(text, max(0, m.start(1) - 40), m.start(1)):
                continue
            if _AT_LEAST.search(text, max(0, m.start(1) - 30), m.start(1)):
                # "within the authorized troop ceiling of 11,240 military personnel, including
                # at least 40 military observers" (2227 (2015) 12): a floor, not a ceiling
                continue
            if _REDEPLOYED.search(text, max(0, m.start() - 120), m.start()) or (
                    "replace" in text and (_REPLACING.match(text, m.end())
                                           or _REPLACED.search(text, 0, m.start()))):
                # "to redeploy temporarily … up to 50 military observers from ONUB to MONUC":
                # one mission lends the other its people; "the deployment of 60 formed
                # police unit personnel …, which will replace 60 United Nations police
                # officers" swaps one kind for another. Neither sets a strength, and the
                # paragraph is read
                lent.add(p.ref)
                continue
            if m.start() not in firm and _REDUCED_BY.search(text, max(0, m.start() - 160),
                                                            m.start()):
                _lowered(PersonnelCeiling(owner, kind, count, p.ref, p.page, m.group(0)),
                         reductions, lent, text, m.start())
                continue
            if re.match(r"\s+(?:\w+\s+)?to\s+(?:the\s+)?[A-Z](?![A-Z-]+\b)"
                        r"(?!(?:ission|orce|peration)\b)", text[m.end():m.end() + 40]):
                # "to deploy up to 250 … military personnel to Sierra Leone", not "an
                # additional 2,000 military personnel to UNOCI" or "68 additional international
                # observers to the Mission's existing complement" (2694 (2023) 1)
                continue
            total = _TOTAL.search(text, max(0, m.start() - 80), m.start())
            if total is not None and _FROM.search(text, max(0, m.start() - 60), m.start()):
                total = None  # "from a total of 8,000 troops to 6,000": the strength left
            # "for a total of 1,200 police and 5,100 troops": the next of a list of ceilings
            listed = any(end < m.start() and _LIST_GLUE.fullmatch(text[end:m.start()])
                         for end in kept)
            if total is None and m.start() not in firm and (m.group("more") or (
                    not listed and (_INCREMENT.search(
                    text[max(0, m.start() - 160):m.start()]) or any(
                    end < m.start() and _LIST_GLUE.fullmatch(text[end:m.start()])
                    for end in raised)))):
                raised.append(m.end())
                if increments is not None:
                    increments.append(PersonnelCeiling(owner, kind, count, p.ref, p.page,
                                                       m.group(0)))
                bare = _TOTAL_AFTER.match(text, m.end())
                if bare is not None and (p.ref, kind) not in seen and not any(
                        other.start() == bare.start(1) for _, other in found) \
                        and (total_count := parse_count(bare.group(1))) is not None:
                    # the total names no kind of its own (else it is read as a count below)
                    seen.add((p.ref, kind))
                    kept.append(bare.end())
                    placed.append(((number, bare.start(1)), PersonnelCeiling(
                        owner, kind, total_count, p.ref, p.page, text[m.start():bare.end()])))
                continue
            window = text[max(0, m.start() - 500):m.start()]
            if not (total is not None or m.start() in firm
                    or _CEILING_CONTEXT.search(window + m.group(0))
                    or (_STRENGTH_OF.search(window) and not _FROM.search(window))
                    or _FROM_TO.search(window[-300:])
                    or any(end < m.start() and _LIST_GLUE.fullmatch(text[end:m.start()])
                           for end in kept)):
                continue
            key = (p.ref, kind)
            # "police" inside a more specific phrase already counted stays out
            if kind is CeilingKind.POLICE and re.match(
                    r"\s*(?:units?|personnel of formed)", text[m.end():m.end() + 20]):
                continue
            if key in seen:
                # "13,500 … until 30 June 2024, and reduced to 11,500 … from 1 July 2024":
                # the later ceiling is the one the next budget must fund
                i = next(i for i, (_, c) in enumerate(placed) if (c.ref, c.kind) == key)
                earlier = placed[i][1]
                at = text.find(earlier.text)
                between = text[at + len(earlier.text):m.start()]
                if kind is CeilingKind.MILITARY_OBSERVERS and _people(m.group(0)) != _people(
                        earlier.text) and re.fullmatch(r",?\s+and\s+", between):
                    # "250 military observers and 160 staff officers", "25 liaison officers
                    # and 10 staff officers": the contract's kind counts both
                    placed[i] = (placed[i][0], PersonnelCeiling(
                        owner, kind, earlier.count + count, p.ref, p.page,
                        text[at:m.end()]))
                    continue
                follows = between + text[m.end():m.end() + 80]
                if re.search(r"\buntil\b|\breduced?\b|\bincreased?\b|\bthereafter\b|"
                             r"\bonwards\b|\bfrom\s+\d", follows) \
                        or re.fullmatch(r"\s*to\s+(?:approximately\s+)?", between) \
                        or re.search(r"\band\s+(?:then\s+)?(?:further\s+)?to\s+$", between) \
                        or _FROM.search(text[max(0, at - 500):at]):
                    if phased is not None and re.search(r"\buntil\b", between) \
                            and _NEXT_PERIOD.search(between + text[m.end():m.end() + 400]):
                        # the first figure runs until a date, the second from it
                        phased.append((earlier, PersonnelCeiling(owner, kind, count, p.ref,
                                                                 p.page, m.group(0))))
                    # "from the current strength of 8,000 troops to 12,000 troops", "to 2,330
                    # troops within three months … and to 1,800 troops within four months"
                    placed[i] = (placed[i][0], PersonnelCeiling(owner, kind, count, p.ref,
                                                                p.page, m.group(0)))
                continue
            seen.add(key)
            kept.append(m.end())
            placed.append(((number, m.start()), PersonnelCeiling(
                owner, kind, count, p.ref, p.page, m.group(0))))
        for phrasing in _PHRASINGS:
            for m in phrasing.finditer(text):
                kind = _KIND_WORDS[" ".join(m.group(1).lower().split())]
                count = parse_count(m.group(2))
                if re.match(r"\s+(?:\w+\s+)?(?:battalions?|compan(?:y|ies)|brigades?|units?)\b",
                            text[m.end():m.end() + 30]):
                    continue  # "military strength of seven infantry battalions"
                # (only after a strength printed as it stands, "… ceiling of X of 13,500",
                # never one printed as the change's result, "… to 11,500")
                changed = _CHANGED_AFTER.match(text, m.end()) if count and re.search(
                    r"\b(?:of|at)\s+$", text[m.start():m.start(2)]) else None
                if count and changed is not None:
                    # "to reduce the troop ceiling of UNMIR of 13,500 military personnel by
                    # 2,000": the strength the change leaves
                    by = parse_count(changed.group(1)) or 0
                    before = text[max(0, m.start() - 60):m.start()]
                    if _LOWERS.search(before) and 0 < by < count:
                        left = count - by
                    elif _RAISES.search(before) and by > 0:
                        left = count + by
                    else:
                        continue
                    ceiling = PersonnelCeiling(owner, kind, left, p.ref, p.page,
                                               m.group(0) + changed.group(0))
                    # (the strength before the change, read as "13,500 military personnel")
                    placed = [(at, c) for at, c in placed
                              if not (at[0] == number and c.kind is kind and c.count == count)]
                    seen.add((p.ref, kind))
                    placed.append(((number, m.start()), ceiling))
                    continue
                if count and _REDUCED_BY.search(text, max(0, m.start(2) - 160), m.start(2)):
                    _lowered(PersonnelCeiling(owner, kind, count, p.ref, p.page, m.group(0)),
                             reductions, lent, text, m.start())
                    continue
                if count and (_INCREMENT.search(text[max(0, m.start(2) - 160):m.start(2)])
                              or _CHANGED_BY.search(text, max(0, m.start(2) - 40), m.start(2))) \
                        and not re.search(r"\bnew\s+(?:authori[sz]ed\s+)?ceiling\s+of\s+$",
                                          text[max(0, m.start(2) - 40):m.start(2)], re.I):
                    # "an increase in the military strength of UNMIR of up to 916"
                    if increments is not None and not any(
                            (c.ref, c.kind, c.count) == (p.ref, kind, count) for c in increments):
                        increments.append(PersonnelCeiling(owner, kind, count, p.ref, p.page,
                                                           m.group(0)))
                    continue
                if not count or _refers_back(text, m.end()):
                    continue
                # the mission the phrase names, in a paragraph that names two: "maintain the troop
                # ceiling of UNISFA at 3,250 and of UNMISS at 17,000"
                of = _OF_MISSION.search(text, m.start(), m.start(2))
                whose = current_name(of.group(1)) if of is not None else None
                here = whose if whose in others or (whose and whose == mission) else owner
                ceiling = PersonnelCeiling(here, kind, count, p.ref, p.page, m.group(0))
                if here != owner or (p.ref, kind) not in seen:
                    if here == owner:
                        seen.add((p.ref, kind))
                    placed.append(((number, m.start()), ceiling))
                    # … and the same ceiling of a second mission after it
                    more = _AND_OF_AT.match(text, m.end())
                    second_mission = current_name(more.group(1)) if more is not None else None
                    if more is not None and second_mission != here \
                            and (second_mission in others or second_mission == mission) \
                            and (second := parse_count(more.group(2))):
                        placed.append(((number, more.start(1)), PersonnelCeiling(
                            second_mission, kind, second, p.ref, p.page, more.group(0))))
                    continue
                # "leaving UNMIL's military strength at 8,202 personnel, including 7,952
                # troops in Liberia": the strength is the total, not the part it includes
                part = next((i for i, (at, c) in enumerate(placed)
                             if at[0] == number and c.kind is kind and at[1] > m.end()), None)
                if part is not None and _INCLUDING.match(text, m.end(), placed[part][0][1]):
                    placed[part] = ((number, m.start()), ceiling)
        for m in _UNITS_EACH.finditer(text):
            # "13 formed police units of up to 140 personnel each": the units' ceiling is their
            # product, read only where no formed-police figure is printed for the paragraph
            units, each = parse_count(m.group(1)), parse_count(m.group(2))
            key = (p.ref, CeilingKind.FORMED_POLICE_UNITS)
            # not units an increase brings ("an increase in the strength of MONUC of 841
            # personnel, including up to five formed police units of 125 officers each")
            before = text[max(0, m.start() - 240):m.start()].rsplit(";", 1)[-1]
            if units and each and key not in seen and not _RAISED_BY_UNITS.search(before):
                seen.add(key)
                placed.append(((number, m.start()), PersonnelCeiling(
                    owner, CeilingKind.FORMED_POLICE_UNITS, units * each, p.ref, p.page,
                    m.group(0))))
    placed = [(at, _individual_police(at, c, placed, paragraphs[at[0]].text)) for at, c in placed]
    placed.sort(key=lambda item: item[0])
    if read is not None:
        read.update(c.ref for _, c in placed)
        read.update(lent)
    return tuple(_latest_per_kind([c for _, c in placed], others, set_again))


# the words a number of people ends with
_PEOPLE = ("troops", "personnel", "police", "observers", "officers", "monitors", "soldiers")
_FIGURE = r"(\d{1,3}(?:,\d{3})+|\d{2,5})"
# a number of people that may set or change a strength: "3,320 personnel", "up to 50 United
# Nations military observers"
# (its first figure before the look-behind, `\d(?<![\w/.,$]\d)` for `(?<![\w/.,$])\d`: a
# pattern opening with a look-behind is tried at every position)
_HEADCOUNT = re.compile(r"(\d(?<![\w/.,$]\d)(?:\d{0,2}(?:,\d{3})+|\d{1,4}))"
                        r"(?![\w/]|[.,]\d)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:" + "|".join(_PEOPLE) + r")\b")
# "authorized military and police personnel from 8,650 to 9,150"
_PERSONNEL_FROM_TO = re.compile(r"\b(?:" + "|".join(_PEOPLE) + r")\s+from\s+[\d,]+\s+to\s+"
                                r"(?:approximately\s+)?" + _FIGURE + r"\b(?![.,]\d)")
# a strength that names no kind of personnel: "by 30 posts, to a total authorized strength of
# 2,057" (the International Police Task Force's)
# (no `\b` before the words: a pattern that opens with one is tried at every position)
_STRENGTH_FIGURE = re.compile(r"(?:strength|ceiling)\s+(?:of|at|to)\s+(?:up\s+to\s+|"
                              r"approximately\s+)?" + _FIGURE + r"\b(?![.,]\d)")
_STRENGTH_WORDS = Caseless(r"\b(?:authori[sz]\w*|strength|ceiling|level|consist\w*|compos\w*|"
                           r"compris\w*|increase\w*|reduc\w*|deploy\w*|decrease\w*|raise|include)\b")
# a paragraph that only says what the Council means to consider
# ("Declares its readiness, in principle, to consider authorizing promptly … the increase of
# the strength of UNAVEM II to its previous level of 350 military observers", 903 (1994) 5)
# ("Expresses its intention in principle to raise for a limited period of time the current level
# of 7450 authorized military personnel … up to no more than 7950", 1911 (2010) 16)
_INTENDED_CLAUSE = re.compile(r"(?:\w+ )?(?:Expresses|Affirms|Reaffirms|Declares) its "
                              r"(?:intention|readiness|willingness)(?:,?\s*in principle,?|,\s*[\w ]"
                              r"{1,30},)? to (?:consider|review|raise|increase)\b[^;]*")
# "the 3,500 personnel of the United Nations Operation in Somalia (UNOSOM) authorized by
# paragraph 3 of resolution 775 (1992)"
_AUTHORIZED_BEFORE = re.compile(r"[^;]*?\b(?:authori[sz]ed|approved)\s+by\s+(?:paragraph|"
                                r"resolution)")
_CITED_BEFORE = re.compile(r"\b(?:resolutions?|paragraphs?)\s+(?:[\d, ]+and\s+)?$")
# a regional organization's own force: "the decisions of the African Union to increase its
# mission in Darfur to 3,320 personnel"
_ITS_OWN_FORCE = re.compile(r"\b(?:African Union|European Union|ECOWAS|Economic Community of "
                            r"[\w ]{3,40}?States|regional organi[sz]ations?)\b[^;]{0,60}?\bits\s+"
                            r"(?:own\s+)?(?:mission|force|operation|troops)\b[^;]{0,60}$")


def _a_year(figure: str) -> bool:
    """True for a figure printed as a year would be ("2011"), never "2,069"."""
    return "," not in figure and 1940 <= int(figure) <= 2100


def unread_strengths(paragraphs: Sequence[Paragraph], read: set[str],
                     ) -> list[tuple[Paragraph, list[str]]]:
    """Operative paragraphs that give a number of troops, police or other personnel where a
    strength is authorized or changed, yet are not among the refs `ceilings_of` read a
    ceiling or an increment from (`read`), with those figures as printed: for a warning, so
    that no strength the Council sets passes unsaid.

    A figure that cites an earlier authorization ("the 128 … observers approved by resolution
    797 (1992)"), a year, and paragraphs about another force (AMISOM) are left out.
    """
    out = []
    for p in paragraphs:
        if p.kind is not ParagraphKind.OPERATIVE or p.ref in read:
            continue
        people = any(word in p.text for word in _PEOPLE)
        strength = "strength " in p.text or "ceiling " in p.text
        if not (people or strength) or not _STRENGTH_WORDS.search(p.text):
            continue
        # "Expresses its intention to consider raising … the level of authorized military and
        # police personnel up to … 500 additional personnel" (1933 (2010) 20): no strength is
        # set yet, in that clause
        intended = _INTENDED_CLAUSE.match(p.text)
        start = intended.end() if intended else 0
        figures = [m.group(1) for m in _STRENGTH_FIGURE.finditer(p.text, start)
                   if not _refers_back(p.text, m.end()) and not _a_year(m.group(1))
                   ] if strength else []
        for m in _HEADCOUNT.finditer(p.text, start):
            if _refers_back(p.text, m.end()) or _CITED_BEFORE.search(
                    p.text, max(0, m.start() - 30), m.start()) or _AUTHORIZED_BEFORE.match(
                    p.text, m.end(), m.end() + 100) or _ITS_OWN_FORCE.search(
                    p.text, max(0, m.start() - 160), m.start()):
                continue
            if any(word not in MISSIONS for word in re.findall(r"\b[A-Z][A-Z-]{2,9}\b",
                                                                m.group(0))):
                continue  # "150 FACA troops": the country's own army
            if _a_year(m.group(1)) and not re.match(r"\d+\s+(?:troops|personnel)", m.group(0)):
                continue  # "in 2011 police …", never "2,069 uniformed personnel"
            if _SHARE.match(p.text, m.end(1)):
                continue  # "to reach 20 per cent female officers" (2382 (2017) 12 (d))
            if _MADE_READY_FOR.search(p.text, max(0, m.start(1) - 40), m.start(1)):
                continue
            if m.group(1) not in figures:
                figures.append(m.group(1))
        if " from " in p.text:
            figures += [m.group(1) for m in _PERSONNEL_FROM_TO.finditer(p.text, start)]
        if figures and not _OTHER_OPERATION.search(p.text):
            out.append((p, figures))
    return out


# "deploy up to 17,626 uniformed personnel, inclusive of 1,040 police personnel, to ATMIS"
# (2687 (2023) 19), "for a maximum level of 22,126 uniformed personnel" (2232 (2015) 3)
_UNIFORMED_TOTAL = re.compile(r"\b(?:up\s+to|maximum(?:\s+level)?\s+of|total\s+of|level\s+of)\s+"
                              + _FIGURE + r"\s+(?:[A-Z]{3,8}\s+)?uniformed\s+personnel\b")
_FROM_BEFORE = re.compile(r"\bfrom\s+(?:an?\s+)?$")


def uniformed_totals(paragraphs: Sequence[Paragraph], ceilings: Sequence[PersonnelCeiling],
                     ) -> list[tuple[Paragraph, str]]:
    """Operative paragraphs that set a strength of "uniformed personnel" (troops and police
    together, a kind the contract's ceilings do not have), with the figure as printed, when
    no ceiling of that count was read from the paragraph: for a note, so the total is not
    passed over in silence."""
    out = []
    for p in paragraphs:
        if p.kind is not ParagraphKind.OPERATIVE or "uniformed" not in p.text:
            continue
        read = {c.count for c in ceilings if c.ref == p.ref}
        for m in _UNIFORMED_TOTAL.finditer(p.text):
            if _FROM_BEFORE.search(p.text, max(0, m.start() - 12), m.start()):
                continue  # "from a maximum of 12,000 … to a maximum of 17,731": the old one
            if int(m.group(1).replace(",", "")) not in read \
                    and (p, m.group(1)) not in out:
                out.append((p, m.group(1)))
    return out


# the police count holds the formed police units after it: "up to 4,000 police personnel,
# including 1,500 personnel of formed police units"
_HOLDS_UNITS = re.compile(r"\b(?:includ|compris|of which|within)", re.I)


def _individual_police(at: tuple[int, int], ceiling: PersonnelCeiling,
                       placed: list[tuple[tuple[int, int], PersonnelCeiling]],
                       text: str) -> PersonnelCeiling:
    """The ceiling, as individual police when it is a police count listed before a count of
    formed police unit personnel it does not hold ("443 police personnel, and 1,270 personnel
    of formed police units"): the contract's `police` is all police personnel."""
    if ceiling.kind is not CeilingKind.POLICE:
        return ceiling
    units = [where for where, c in placed if where[0] == at[0] and where[1] > at[1]
             and c.kind is CeilingKind.FORMED_POLICE_UNITS]
    if not units or _HOLDS_UNITS.search(text, at[1], min(units)[1]):
        return ceiling
    return replace(ceiling, kind=CeilingKind.INDIVIDUAL_POLICE)


def _latest_per_kind(ceilings: list[PersonnelCeiling], others: Sequence[str] = (),
                     set_again: list[tuple[PersonnelCeiling, PersonnelCeiling]] | None = None,
                     ) -> list[PersonnelCeiling]:
    """One ceiling per kind: the first paragraph that sets it (later ones mostly restate or
    trim: "authorizes the withdrawal of up to 2,000 troops"); one per kind for each of
    `others`, the resolution's other missions, as well. A later paragraph's other figure of a
    kept kind goes to `set_again` with the kept ceiling."""
    def key(c: PersonnelCeiling) -> tuple[str | None, CeilingKind]:
        return (c.mission if c.mission in others else None, c.kind)

    chosen: dict[tuple[str | None, CeilingKind], PersonnelCeiling] = {}
    for c in ceilings:
        kept = chosen.setdefault(key(c), c)
        if set_again is not None and kept is not c and kept.ref != c.ref \
                and kept.count != c.count and kept.mission == c.mission \
                and not any(later.ref == c.ref and later.kind == c.kind for _, later in set_again):
            set_again.append((kept, c))
    return [c for c in ceilings if chosen.get(key(c)) is c]


# the stated interval first: "keep the Council regularly informed … and submit a report every
# three months" reports every three months
# "three-monthly", "at 30-day intervals", "every month thereafter" and "twice a year" are
# intervals too; the whole word is kept ("six-monthly", not "monthly")
_FREQUENCIES = (
    re.compile(r"every\s+(?:[\w-]+\s+)?(?:days?|months?|weeks?|years?)\b|"
               r"\bat\s+(?:least\s+at\s+)?(?!regular\b)(?:[\w-]+\s+)?intervals\b"
               r"(?:\s+of\s+[\w-]+\s+(?:days|weeks|months))?|"
               # (not the one report named: "to include the following in his next annual
               # report on the implementation of resolution 1325 (2000)", 2493 (2019) 10)
               r"(?<!next )(?<!upcoming )(?<!forthcoming )(?<!-)"
               r"\b(?:[\w]+-)?(?:bi-?|semi-)?(?:annual(?:ly)?|monthly|weekly)\b|"
               # "a biennial report", "on a biennial basis": every two years
               r"\bbienni(?:al|ally)\b|"
               r"\bquarterly\b|\b(?:once|twice|(?:three|four)\s+times)\s+(?:a|per|each)\s+(?:year|month)\b|"
               # "on a 90-day basis", "on a six-month basis"
               r"\bon\s+an?\s+[\w-]+-(?:day|week|month|year)\s+basis\b", re.I),
    # "in his regular reporting", "his regular 90-day reports", "his regular country-specific
    # reports" (not "his next regular report", the one to come)
    re.compile(r"regularly|on a (?:regular|periodic) basis|at regular intervals|periodically|"
               r"\b(?:regular|periodic) (?:[\w-]+ )?(?:reports|updates|briefings|reporting)\b",
               re.I))


# "Requests the Secretary-General to report", "Invites the Secretary-General to submit a
# final report", "Calls upon the Secretary-General to report", "Requests that … the
# Secretary-General report", "to provide by 15 September 2004 a progress report"; not a report
# already out ("paragraph 66 of his report of 8 August 2007 (S/2007/479)")
# "continue reporting to the Council", "provide to the Council as soon as possible information",
# "communicate as appropriate to the Security Council", "share with the Council the plan",
# "ensure that the Security Council is kept regularly informed"
_COUNCIL = r"(?:the (?:Security )?Council|it)"
# (not the reports a commission is to investigate: "to investigate reports of violations of
# international humanitarian law", 1564 (2004) 12)
# (not his reports already out: "the programme referred to in the above-mentioned reports of
# the Secretary-General", 1077 (1996) 2)
# (nor what others are trained to do: "enabling them … to identify, confirm, respond to and
# report on situations of trafficking", 2388 (2017) 26, 28)
_REPORT_VERBS = (r"(?:(?<!investigate )(?<!above-mentioned )(?<!identify and )"
                 r"(?<!respond to and )reports?"
                 r"(?! (?:of|dated) \d|\s*\(s/| of the Secretary-General)|reporting to "
                 # (not a draft for others to adopt: "to submit …, no later than 30 June 2011,
                 # draft Rules of Procedure and Evidence of the Mechanism", 1966 (2010) 5)
                 + _COUNCIL + r"|submit(?![^;]{0,80}?\bdraft\b)|"
                 # ("to include a review … in his midterm review due no later than 31 March
                 # 2011", 1967 (2011) 6)
                 # ("to include in relevant regular reports on special political and
                 # peacekeeping missions", 2388 (2017) 33)
                 r"brief|include,?\s(?:[\w,-]+ ){0,30}?in(?:to)? (?:his|her|its|the|all his|"
                 r"all her|relevant) (?:\w+ ){0,3}?(?:report(?:s|ing)?|(?:midterm|mid-term) "
                 r"review)\b|"
                 # "… that the Secretary-General includes updates on UNSMIL's support …, the
                 # progress made by the LCMM, …, in his regular reporting" (2570 (2021) 19)
                 # ("… by including updates, as appropriate, on the following key tasks in his
                 # reports to the Security Council", 2589 (2021) 4)
                 r"(?:includes?|including)\b[^;]{0,400}?\bin (?:his|her) (?:\w+ ){0,2}?"
                 r"report(?:s|ing)?\b|"
                 # "provide, no later than 30 April 2031, an assessment"
                 # ("to provide detailed reporting on the findings", 2436 (2018) 11)
                 r"provide(?:,[^,;]{1,60},)? (?:\w+ ){0,3}?(?:reports?|reporting|briefings?|"
                 r"updates?|information|assessments?)|"
                 r"provide (?:the (?:Security )?Council|it) with\b|"
                 # not "options for the funding of the Court to the Committee"
                 r"provide (?:\w+ ){0,3}?(?:options|recommendations)\b(?!(?: \w+){0,8} to the "
                 r"(?:\w+ )?(?:Committee|Panel|Group)\b)|"
                 r"provide (?:to )?the (?:Security )?Council\b[^;:]{0,80}?\w(?=:)|"
                 # "provide in full to the Security Council, no later than 17 November 2023, an
                 # integrated, independent assessment" (2679 (2023) 1)
                 r"provide (?:in full )?(?:to )?the (?:Security )?Council\b[^;]{0,80}?\b"
                 r"(?:information|an? update|updates|an? (?:\w+ )?report|briefings?|assessments?|"
                 r"(?:an? )?(?:\w+ ){0,2}(?:review|analysis)|options|recommendations)|"
                 r"(?:communicate|present)s?\b[^;]{0,40}?\bto the (?:Security )?Council|"
                 # "to make detailed recommendations in this regard to the Council within six
                 # months" (1338 (2001) 11)
                 r"make (?:\w+ ){0,2}?recommendations\b[^;]{0,40}?\bto the (?:Security )?Council|"
                 # "present, no later than 31 May 2031, a strategic review of the Mission"
                 # ("to present his views no later than 25 October 2006", 1704 (2006) 2)
                 r"presents?(?:,[^,;]{1,60},)? (?:\w+ ){0,3}?(?:reports?|updates?|assessments?|"
                 r"review|options|recommendations|views)\b|"
                 # ("to continue to update it on his technical analysis", 1933 (2010) 20)
                 r"(?:share with|update(?: \w+ly)?) " + _COUNCIL + r"|"
                 # an assessment or review due by a date: "to conduct, no later than 1
                 # October 2024, an assessment of progress" (2700 (2023) 25), "conduct a
                 # comprehensive review of UNAMA's mandated activities … by the end of 2011"
                 r"conduct,\s+(?:(?:no|not) later than|by)\s[^,;]{1,40}, (?:\w+ ){0,3}?"
                 r"(?:assessments?|reviews?)\b|"
                 r"conduct (?:\w+ ){0,3}?"
                 r"(?:assessments?|reviews?)\b(?=[^;]{0,300}?\b(?:by|(?:no|not) later than)\s+"
                 r"(?:the end of\s+)?(?:\d{1,2}\s+)?(?:january|february|march|april|may|june|july|"
                 r"august|september|october|november|december|\d{4}))|"
                 r"update (?:his|her) report\b|"
                 # "to advise the Security Council when the installation of the new
                 # government has been accomplished" (957 (1994) 5)
                 r"(?:inform|apprise|advise) " + _COUNCIL + r"|"
                 r"keep " + _COUNCIL + r" (?:\w+ ){0,3}?(?:informed|updated|apprised)|"
                 r"(?:is|be) kept (?:\w+ ){0,3}?(?:informed|updated|apprised)|"
                 # "to ensure that the Council is regularly informed of further developments"
                 # (966 (1994) 14)
                 r"Council (?:is|be) (?:\w+ly )?(?:informed|updated|apprised))\b")
# the verb of a chain's last infinitive: "Requests the Secretary-General to take the necessary
# measures … and to keep the Council informed", "… and to continue to report"
_CHAINED = r"(?:(?:continue to|also|further|\w+ly)\s+)?(" + _REPORT_VERBS + ")"
# a verb that addresses someone, which ends the Secretary-General's chain of infinitives
# ("… and encourages the Commission to report"; not the noun in "compliance with the demands")
# "… and to this end requests the parties to report" (1222 (1999)) goes to others too
_ADDRESSES = (r"(?:,|\band)\s+(?:(?:also|further)\s+)?(?:(?:to this end|to that end|in this "
              r"regard|in that regard|in this context|in that context),?\s+)?"
              r"(?:requests|calls|urges|invites|"
              r"encourages|decides|asks|demands|authorizes|expresses|underlines|stresses|welcomes|"
              r"reaffirms|notes|emphasizes)\b")
# "… encourages him to refine them and to report"; "… and further requests a revision of
# current benchmarks …, and to report regularly on that progress" (1938 (2010) 9) asks no one
# else
_NOT_HIM = r"(?!\s+(?:him|her)\b)(?!(?<=requests)\s+an?\s)"
# the Secretary-General himself, not his Personal Envoy or report ("the Secretary-General's")
# (nor another organization's: "the Secretary-General of the IMO to brief the Council"
# (1846 (2008) 18), "of the Organization of African Unity", "of the League of Arab States")
_OTHER_ORGANIZATION = (r"(?!\s+of\s+(?:the\s+)?(?:Organi[sz]ation\s+of|League\s+of|"
                       r"North\s+Atlantic|International|Commonwealth|Economic\s+Community|"
                       r"OAU|OAS|IMO|ICAO|MRU|NATO|OSCE|ECOWAS|ECCAS|IGAD|OIC|Polisario)\b)")
_HIMSELF = r"Secretary-General\b(?!['\u2019]s)" + _OTHER_ORGANIZATION
_NOT_SG = r"(?![^;,]{0,30}?\b(?:(?:him|her)\b|that\s+(?:he|she)\b|" + _HIMSELF + "))"
# … but what the Council itself decides, expresses or stresses ends it even when that names
# him: "and expresses its intention to request the Secretary-General to deploy a mission …
# by the end of 2014" (only a further request may go on to address him)
_COUNCIL_OWN = (r"(?:,|\band)\s+(?:(?:also|further)\s+)?(?:decides|demands|expresses|underlines|"
                r"stresses|welcomes|reaffirms|notes|emphasizes)\b")
# an infinitive, with the adverb that may stand before it ("periodically to report")
_TO = re.compile(r"(?:\b\w+ly\s+)?\bto\s+", re.I)
# the Secretary-General's chain of infinitives after the first, up to one that asks for a
# report: "… to conduct a review … and report the findings of such review by 30 October 2014",
# "…, and regularly report on progress to the Security Council" (1886 (2009)), "…, and
# regularly update the Council in relevant reports" (1960 (2010)), "… and include in his
# regular reports to the Security Council" (2085 (2012))
_LATER_INFINITIVE = (
    # ("…, and in that context to include in his 15 February 2009 report", 1836 (2008) 6)
    r"(?:(?!" + _ADDRESSES + _NOT_HIM + r")[^;]){0,2000}?(?:,|\band|\bby)\s+(?:(?:also|further|"
    r"then)\s+)?(?:in\s+(?:this|that)\s+(?:context|regard),?\s+)?"
    # ("… and, if appropriate, make recommendations to the Council", 1209 (1998) 11)
    r"(?:,?\s*(?:if|as|where)\s+(?:appropriate|necessary|needed),\s+)?"
    r"(?:to\s+|(?=(?:\w+ly\s+)?(?:(?:report|brief)\s+(?:to|on|back|the|by|regularly)\b|"
    r"make\s+(?:\w+\s+){0,2}?recommendations\b[^;]{0,40}?\bto\s+the\s+(?:Security\s+)?Council\b|"
    r"(?:update|inform)\s+the\s+(?:Security\s+)?Council\b|"
    r"include\s+in\s+(?:his|her)\s+(?:\w+\s+){0,2}?reports?\b|"
    # ("… by including updates, as appropriate, on the following key tasks in his reports to
    # the Security Council", 2589 (2021) 4)
    r"including\b[^;]{0,200}?\bin\s+(?:his|her)\s+(?:\w+\s+){0,2}?reports?\b|"
    # "… having consulted all stakeholders …, and present his views no later than 25 October
    # 2006" (1704 (2006) 2); "… to develop … a plan …, and present it to the Security Council
    # by 15 August 2023" (2690 (2023) 3)
    r"present\s+(?:his|her)\s+views\b|"
    r"present\s+(?:it|them|this|these|the\s+\w+)\s+to\s+the\s+(?:Security\s+)?Council\b"
    r"(?!\s+(?:Committee|Working|of\s+Ministers|Sanctions)))))"
    + _CHAINED)
_REQUESTS_REPORT = Caseless(
    # not "Requests the Executive Chairman of UNMOVIC to report, through the Secretary-General"
    # ("Request the Secretary-General provide …", as 2677 (2023) prints it)
    # "(c) To request the Secretary-General to submit at the end of this period a report" (the
    # items of the UNDOF renewals' "Decides:")
    # "Requests that" may put more before his name, but no infinitive: "Requests that, in the
    # monthly reports pursuant to resolution 1556 (2004), the Secretary-General report"
    # (1564 (2004)), "Requests that every 30 days and no fewer than ten days before the
    # expiration of the period referred to in paragraph 1 above the Secretary-General
    # submit" (988 (1995))
    # ("Reiterates its request to the Secretary-General to provide a report by 31 December
    # 2013", 2121 (2013) 23; "Further request the Secretary-General to report", 780 (1992) 4)
    # ("reiterates its invitation to the Secretary-General to report", 912 (1994) 2)
    # (not the noun: "Stresses the importance of the requests made to the Secretary-General in
    # the General Agreement to report", 1236 (1999) 4)
    # ("continues to request the Secretary-General to report", 2646 (2022) 12)
    r"(?:(?<!the )(?<!these )(?<!those )\bRequests|^(?:To |Further |Also )?Request|"
    r"\bcontinues to request|"
    r"\b(?:reiterates|renews|repeats) its "
    r"(?:requests?|invitation))\b(?:\s+that\b(?:(?!\bto\s+(?!the\s|this\s|that\s|in\s|"
    r"resolutions?\s|paragraphs?\s))[^;.]){0,130}?|(?:(?!\bto\s+(?!the\s|this\s|that\s))"
    r"[^;.]){0,60}?)"
    # not "Requests that in addition to the recommendations made in the Secretary-General's
    # report …, special attention be given" (1479 (2003)), nor "Requests the Special
    # Representative of the Secretary-General and UNMISS to … report back" (1996 (2011))
    # (nor "further requests the African Union, in consultation with the Secretary-General, to
    # submit budgetary requests", 1863 (2009) 8)
    r"(?<!Representative of the )(?<!Envoy of the )(?<!Office of the )"
    r"(?<!consultation with the )(?<!cooperation with the )(?<!coordination with the )"
    r"(?<!with and the )"  # "in consultation with and the Secretary-General" (2127 (2013) 44)
    + _HIMSELF
    # (the verb not another's: "to extend the mandate of the Panel …, at the end of which the
    # Panel will submit a final report", 1499 (2003) 1)
    + r"(?:(?:(?!" + _ADDRESSES + _NOT_HIM + r")[^;]){0,160}?\b(?<!will )(?<!shall )"
    r"(?:to\s+)?(" + _REPORT_VERBS + r")|" + _LATER_INFINITIVE + ")"
    r"|\b(?:Invites|Calls upon|Asks)\s+(?:\w+\s+){0,2}the " + _HIMSELF + r"(?:[^;]{0,120}?"
    r"\bto\s+(?:\w+\s+)?(" + _REPORT_VERBS + ")"
    # "Invites the Secretary-General to contact immediately Member States … and to report
    # thereon to the Security Council" (838 (1993))
    + r"|" + _LATER_INFINITIVE + ")"
    # the Secretary-General named first, then asked by pronoun: "Welcomes the initiative of the
    # Secretary-General … and requests him to keep the Security Council informed" ("… and
    # requests also that he report to the Council accordingly", 1595 (2005))
    # ("… at the discretion of the Secretary-General in the light of his assessment …; and
    # requests him to keep the Council informed", 794 (1992) 6)
    r"|Secretary-General\b[^;]{0,500}?(?:;\s+and\s+)?\b(?:requests|invites|asks)\s+"
    r"(?:(?:also|further)\s+)?"
    # ("… and requests him to keep the situation under review and to report to the Council as
    # appropriate", 908 (1994) 23)
    r"(?:(?:him|her)\s+(?:(?:also|further)\s+)?to|that\s+(?:he|she))\s+"
    r"(?:(?:\w+\s+){0,2}?|[^;]{0,120}?\band\s+to\s+)("
    + _REPORT_VERBS + ")"
    # an item of what the Council decides: "Decides: … (c) That the Secretary-General will
    # submit at the end of this period a report on the developments" (363 (1974) 1)
    r"|^That\s+the\s+" + _HIMSELF + r"\s+(?:will|shall)\s+(" + _REPORT_VERBS + ")"
    # what is asked of him named first: "Requests a comprehensive update from the
    # Secretary-General on these requests by 11 October 2024" (2748 (2024) 10)
    r"|\bRequests\s+(?!the\s+following\b)(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(reports?|updates?|briefings?|assessments?)\s+from\s+the\s+" + _HIMSELF)
# "by 15 November 2007", "no later than 1 March 2025", "in his next report due on 31 October
# 2002" (1425 (2002)), "not later than 1000 hours EDT on 5 August 1982" (517 (1982)), "before
# the expiry of the current mandate period on 7 May 1990" (653 (1990))
# (the UN's own PDFs print "no later than15 October 2023")
_DUE_BY = re.compile(r"\b(?:by|no later than|not later than|before|due\s+on|at\s+the\s+latest\s+"
                     r"(?:on|by)|before\s+the\s+"
                     r"(?:expiry|expiration|end)\s+of\s+(?:the\s+|its\s+)?(?:current\s+|"
                     r"present\s+)?mandate(?:\s+period)?,?\s+on)\s*"
                     r"(?:\d{3,4}\s+hours\s+(?:[A-Z]{2,5}\s+)?on\s+)?(?:\w+,\s+)?(?:the\s+)?"
                     + _DATE,
                     re.I)
# the first of reports at a frequency: "every four months, starting from 15 June 2031" (not
# "the next period … beginning on 30 May 2002", which the report may be due at the end of)
_STARTING = re.compile(r"\b(?:every|each)\s+[\w-]+(?:\s+[\w-]+)?,?\s+(?:starting|beginning|"
                       r"commencing)(?:\s+(?:from|on))?\s+" + _DATE, re.I)
# what a request asks for ("to provide an assessment", "a midterm report") and the word
# before its date ("by", "no later than")
_DELIVERABLE = (r"(?:to\s+(?:submit|provide|present)\s+)?(?:an?|the)\s+(?:[\w-]+\s+){0,2}?"
                r"(?:report|update|assessment|briefing)\b")
_BY = r"(?:by|before|(?:no|not)\s+later\s+than)\s+(?:the\s+)?"
# the next dates of "by 4 July 2025 and 5 January 2026", "by 1 March, 1 June and 1 September",
# "a midterm report no later than 31 December 2012 and a final report no later than 30 June
# 2013", "with the first report occurring before 30 March 2025 and the second before …", "by 15
# February 1997 and again by 1 July 1997"
_AND_DATE = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:again\s+)?(?:" + _DELIVERABLE + r"\s+|"
                       r"the\s+(?:second|third|fourth|last|final|next)\s+)?(?:" + _BY + r")?"
                       + _DATE, re.I)
# a further dated report of the same request, with words between: "… no later than 30
# September 2009, a report reviewing …, and, no later than 1 February 2010, a report …" (1867
# (2009), 1912 (2010)), "by 15 February 2011 a midterm report and by 15 August 2011 a report"
# (1938 (2010)), "… and a full report no later than 31 May 2011" (1962 (2010)), "in an interim
# report by 15 January 2002 and to provide an assessment of the situation by 18 February 2002"
_FURTHER_DUE = re.compile(r"\band,?\s+(?:" + _BY + _DATE + r",?\s+" + _DELIVERABLE + "|"
                          + _DELIVERABLE + r"[^;,]{0,80}?\b" + _BY + _DATE + ")", re.I)
# "to include in his report of 31 March 1997", a report to come ("to include in his 15 February
# 2009 report and in subsequent reports", 1836 (2008) 6)
# ("in no case later than his report of 1 July 1997", 1079 (1996) 7 (b))
_IN_REPORT_OF = re.compile(r"\b(?:in|later than) (?:his|her|its|the) (?:\w+ )?report of " + _DATE,
                           re.I)
_IN_DATED_REPORT = re.compile(r"\bin (?:his|her|its|the) " + _DATE + r" (?:\w+ )?report\b", re.I)
# "within 30 days", "within one week of the adoption of this resolution"; a deadline counted
# from another event ("within 30 days of the signing of the agreement") has no date here;
# "in 14 days from adoption" counts only with the adoption named; "to report in six months",
# "to provide a written report in 90 days" count from adoption
# what a period may be counted from that is the adoption: "the adoption", "its adoption", "the
# date of the adoption", "this date", "the date of this resolution", "the entry into force of this
# resolution" ("the adopting of this resolution" too)
_FROM_ADOPTION = (r"(?:(?:the\s+)?(?:date\s+of\s+)?(?:the\s+|its\s+)?adopti(?:on|ng)\b|"
                  r"this\s+date\b|"
                  # "30 days from the date of extension of the mandate of MINURSO" (1198 (1998) 5)
                  r"(?:the\s+)?date\s+of\s+(?:the\s+)?(?:extension|renewal)\s+of\s+the\s+mandate\b|"
                  # "within two months of the date of passage of this resolution" (725 (1991))
                  r"(?:the\s+)?(?:date\s+of\s+)?(?:the\s+)?"
                  r"(?:(?:entry\s+into\s+force|passage)\s+of\s+)?(?:this|the\s+present)\s+resolution\b)")
_UNITS = r"(hours?|(?:working\s+)?days?|weeks?|months?)"
# "within 30 days", "within 24 hours", "six months from the date of the adoption", "not later
# than one month from this date", "90 days after the entry into force of this resolution"
# (not a report an event may call for: "within 30 days should such a deployment take place")
_WITHIN = re.compile(r"\bwithin\s+(?:the\s+(?:next|coming)\s+)?(\w+(?:-\w+)?)\s+" + _UNITS + r"\b"
                     r"(?!\s+(?:of|from|after)\s+(?!" + _FROM_ADOPTION + r"|(?:the\s+)?renewal\b|"
                     r"(?:this|the)\s+mandate[’']s\s+renewal\b))"
                     r"(?!,?\s+(?:should|in\s+the\s+event|in\s+case)\b|,?\s+if\s+(?!possible|"
                     r"necessary|appropriate|required|needed|feasible)\b)|"
                     r"\b(?:(?:in|by|(?:not|no)\s+later\s+than)\s+)?(\w+(?:-\w+)?)\s+" + _UNITS
                     # ("by a date six months following the date of adoption of this
                     # resolution", 1777 (2007) 5)
                     + r"\s+(?:of|from|after|following)\s+" + _FROM_ADOPTION + r"|"
                     r"\bin\s+(\w+(?:-\w+)?)\s+(days?|weeks?|months?)(?:[’']\s+time)?\b"
                     r"(?![’']|\s+(?:of|from|after|before|prior)\b)", re.I)


# a report due when the mandate period the resolution sets ends
# ("before the end of the mandate period", "prior to the expiry of the present mandate")
# ("before the expiry of the new mandate period", "before the completion of its mandate")
# ("to report again at the end of the four-month period", 434 (1978) 3, the period the renewal
# sets, named by its length as `_WITHIN_PERIOD` names it)
_AT_PERIOD_END = re.compile(r"\b(?:at|before|prior to) the end of (?:this|the current|the present|"
                            r"the new|the|its) (?:[\w]+-(?:month|day|week) |mandate )?period\b|"
                            r"\b(?:before|prior to) the (?:end|expiry|expiration|completion) of "
                            r"(?:this|the current|the "
                            r"present|the new|the|its) mandate\b|"
                            # "within six months of this mandate's renewal and again prior to
                            # its expiration" (2654 (2022) 11, 2468 (2019) 10)
                            r"\bagain\s+(?:before|prior\s+to)\s+its\s+(?:expiry|expiration)\b",
                            re.I)


# … or within it: "Requests the Secretary-General, within the three-month period, to consult
# with the Government of Lebanon and to report to the Council" (523 (1982) 4, the period the
# renewal sets)
_WITHIN_PERIOD = re.compile(r"\bwithin\s+(?:this|the|its)\s+(?:(?:current|present|new)\s+)?"
                            r"(?:[\w]+-(?:month|day|week)\s+|mandate\s+)?period\b", re.I)


# ("Decides to re-examine the matter on 31 October 1996, and requests that the Secretary-General
# report to the Council by that time", 1072 (1996) 10)
_BEFORE_THIS_DATE = re.compile(r"\b(?:prior\s+to|before|by)\s+(?:this|that|the\s+said)\s+"
                               r"(?:date|time)\b", re.I)


# "three weeks before this date" (a date printed earlier in the paragraph), "15 days before
# the end of its mandate", "45 days prior to the expiration of UNMIL's mandate"
# "at least one month before UNMHA’s mandate is due to expire"
_AHEAD = re.compile(r"\b(\w+(?:-\w+)?)\s+(days?|weeks?|months?)\s+(?:before|prior\s+to)\s+"
                    r"(?:(?P<this>(?:this|that|the\s+said)\s+date)|the\s+(?:end|expiry|"
                    r"expiration)\s+of\s+(?:its|the|this|[\w-]+[’']s)\s+(?:current\s+|present\s+)?"
                    r"mandate\b|(?:its|the|[\w-]+[’']s)\s+(?:current\s+|present\s+)?mandate\s+"
                    r"(?:is\s+due\s+to\s+expire|expires)\b|"
                    # "on the implementation of MINUSTAH's mandate semi-annually and not later
                    # than 45 days prior to its expiration" (1944 (2010) 21, 2012 (2011) 23)
                    r"(?P<its>(?:its|their)\s+(?:expiration|expiry))\b)", re.I)


# a request for something "in that report", the one the Secretary-General said he would make:
# "Welcomes the intention of the Secretary-General to report to the Council by 15 January 1997
# …, and requests him also to provide recommendations in that report" (1089 (1996), 1310 (2000))
_THAT_REPORT = re.compile(r"\b(?:in|to|with)\s+(?:that|this|the\s+said)\s+report\b", re.I)
_INTENDED_REPORT = re.compile(r"\bintention\s+of\s+the\s+Secretary-General\s+to\s+"
                              r"(?:report|submit|present|provide)\b[^;]{0,200}", re.I)


# a report another paragraph of this resolution asks for: "to include in the report referred
# to in paragraph 5 above", "in the first report referenced in paragraph 9 to this resolution"
# (not another document's paragraph: "the report referred to in paragraph 16 of resolution
# 804 (1993)", "the reports called for in paragraph 48 of the report of …")
# (the end of a paragraph number that is this resolution's: "paragraph 5 (b) above", "paragraph
# 9 of this resolution", not "paragraph 16 of resolution 804 (1993)")
_OF_THIS_RESOLUTION = (r"\b(?:\s*\([a-z]{1,4}\))*"
                       r"(?!\s*(?:of|in)\b(?!\s+(?:this|the\s+present)\s+resolution))")
_REPORT_OF_PARAGRAPH = re.compile(
    r"\b(?:(first|second|next|final|last)\s+)?(?:(?:progress|regular|periodic|written)\s+)?"
    # ("the reporting requested in paragraph 11", 2656 (2022) 3)
    r"(?:reports?|reporting|briefings?)\s+(?:\w+\s+)?(?:(?:referred\s+to|referenced|requested|mentioned|"
    r"called\s+for|set\s+out)\s+in|pursuant\s+to|under)\s+paragraph\s+(\d+)"
    + _OF_THIS_RESOLUTION, re.I)
# … or to its timetable: "to report, pursuant to the timetable set out in paragraph 17 below"
# (1772 (2007) 6, 15) (group 1 empty: all the reports of that paragraph)
_TIMETABLE_OF_PARAGRAPH = re.compile(
    r"\b()(?:report|brief)\w*\b[^;]{0,80}?\bpursuant\s+to\s+the\s+(?:timetable|schedule|"
    r"timeline)\s+(?:set\s+out|established|specified|contained|outlined)\s+in\s+paragraph\s+"
    r"(\d+)" + _OF_THIS_RESOLUTION, re.I)


# "in his next report", "his upcoming report", "his next regular report" (group 1); not "his
# next Report on Strengthening the Partnership …", one of another series (2378 (2017))
# ("in his next three-monthly report", 1856 (2008) 7: one of a series)
_NEXT_REPORT = re.compile(r"\b(?:his|her|the)\s+(?:next|upcoming|forthcoming)\s+"
                          r"(regular\s+|periodic\s+|(?:[\w]+-)?(?:monthly|annual|quarterly)\s+)?"
                          r"(?:progress\s+)?report\b(?!\s+on\b)", re.I)


# the report asked for just before, named as such after the request's verb ("Further requests
# the Secretary-General in this report to develop recommendations", 1863 (2009) 6) or after
# what it is to hold ("Requests also the Secretary-General … to include in that report
# information on progress", 947 (1994) 5)
_THIS_REPORT = re.compile(r"^\W*(?:\w+\s+)?(?:further\s+|also\s+)?requests\s+(?:also\s+)?the\s+"
                          + _HIMSELF + r",?\s+(?:(?:in|for)\s+|[^;]{0,120}?\bto\s+include\s+in\s+)"
                          r"(?:this|that|the\s+same|the\s+said)\s+report\b", re.I)


# his reports, all of them: "to include in his reports an assessment of progress"
_HIS_REPORTS = re.compile(r"\bin\s+(?:his|her|its)\s+(?:regular\s+|periodic\s+|future\s+|"
                          r"subsequent\s+)?reports\b", re.I)
# "to report to the Security Council in his final report on its findings" (2116 (2013) 7): the
# report another paragraph asks for as his final one ("… and a final report no later than 15
# August 2014", 21)
_HIS_FINAL_REPORT = re.compile(r"\bin\s+(?:his|her|the)\s+final\s+report\b", re.I)
_A_FINAL_REPORT = re.compile(r"\bfinal\s+report\b", re.I)


def _in_reports_of(requests: list[ReportingRequest],
                   texts: dict[str, str]) -> list[ReportingRequest]:
    """The requests that add to a report another paragraph asks for, with its schedule:
    all of it, or the date of the one report they name ("the first report", "the final
    report"). Of a paragraph's requests, the one with a date is the report; a request whose
    paragraph asks for no report with a schedule, or for more than one dated, is left
    without. `texts` are the paragraphs' texts by ref."""
    def top(ref: str) -> str:
        return ref.split("(")[0]

    scheduled: dict[str, list[ReportingRequest]] = {}
    for r in requests:
        if r.due or r.frequency:
            scheduled.setdefault(top(r.ref), []).append(r)
    out = []
    for r in requests:
        text = texts.get(r.ref, r.text)
        there: list[ReportingRequest] = []
        if r.due or r.frequency:
            m = None
        elif (m := _REPORT_OF_PARAGRAPH.search(text)
              or _TIMETABLE_OF_PARAGRAPH.search(text)) is not None:
            which = (m.group(1) or "").lower()
            there = scheduled.get(m.group(2), []) if m.group(2) != top(r.ref) else []
            if len(there) > 1:
                # "to keep the Council regularly informed and to submit a report by 20 June
                # 1998"
                there = [q for q in there if q.due]
        elif (m := _THIS_REPORT.search(text)) is not None and top(r.ref).isdigit():
            # "Further requests the Secretary-General in this report to develop
            # recommendations" (1863 (2009) 6): the report the paragraph before asks for
            which = ""
            there = [q for q in scheduled.get(str(int(top(r.ref)) - 1), []) if q.due]
        elif (m := _NEXT_REPORT.search(text)) is not None:
            # "to include in his next report …": the one report the resolution dates (of
            # those it asks for at a frequency, for "his next regular report")
            which = "next"
            there = [q for ref, asked in scheduled.items() if ref != top(r.ref) for q in asked
                     if q.due and (q.frequency or not m.group(1))]
        elif (m := _HIS_FINAL_REPORT.search(text)) is not None:
            which = "final"
            there = [q for ref, asked in scheduled.items() if ref != top(r.ref) for q in asked
                     if q.due and _A_FINAL_REPORT.search(texts.get(q.ref, ""))]
        elif (m := _HIS_REPORTS.search(text)) is not None:
            # "to include in his reports an assessment" (1944 (2010) 22): the reports the
            # resolution asks for at a frequency, when it asks for one series only
            which = ""
            there = [q for ref, asked in scheduled.items() if ref != top(r.ref) for q in asked
                     if q.frequency]
        if m is None or len(there) != 1:
            out.append(r)
            continue
        source = there[0]
        dates = [d for d in (source.due, *source.later) if d]
        later: tuple[date, ...] = ()
        freq: str | None = None
        if which in ("first", "next"):
            due = source.due
        elif which == "second":
            due = dates[1] if len(dates) > 1 else _next_in_series(source)
        elif which in ("final", "last"):
            due = dates[-1] if dates and not source.frequency else None
        else:
            due, later, freq = source.due, source.later, source.frequency
        if due is None and freq is None:
            # the next report of a series with no first date ("in his next report pursuant to
            # paragraph 50", whose reports come every three months): that report, undated
            out.append(replace(r, in_report_of=source.ref) if which in ("first", "next")
                       and source.frequency and not source.due else r)
            continue
        out.append(replace(r, due=due, later=later, frequency=freq,
                           due_month=source.due_month, due_year=source.due_year,
                           in_report_of=source.ref))
    return out


def _next_in_series(request: ReportingRequest) -> date | None:
    """The second report of a series that gives its first date and its interval ("every
    three months from …, first by 25 February 1999": 25 May 1999); None when it gives
    neither or the interval is no count of days, weeks, months or years."""
    m = re.match(r"every\s+([\w-]+)\s+(days?|weeks?|months?|years?)\b", request.frequency or "",
                 re.I)
    n = parse_count(m[1]) if m else None
    if m is None or not n or request.due is None:
        return None
    return _counted(request.due, n, m[2])


def _last_date_printed(text: str) -> date | None:
    """The last date `text` prints ("this date" after it means that one)."""
    printed = list(_DATE_RE.finditer(text))
    return to_date(*printed[-1].groups()) if printed else None


def _ahead_of(tail: str, before: str, expires: date | None) -> date | None:
    """The date a report is due 'N weeks before this date' (the last date printed in
    `before`, the paragraph up to the request) or 'N days before the end of its mandate'
    (`expires`); None when the request says neither or the date is not known."""
    m = _AHEAD.search(tail)
    n = parse_count(m.group(1)) if m else None
    if m is None or n is None:
        return None
    if m.group("its") and "mandate" not in tail[max(0, m.start() - 200):m.start()]:
        return None  # "its" is the mandate's only where the mandate was just named
    end = _last_date_printed(before) if m.group("this") else expires
    return _counted(end, -n, m.group(2)) if end else None


_AGAIN_WITHIN = re.compile(r"\band\s+(?:then\s+)?again\s+within\s+(a\s+further\s+)?"
                           r"(\w+(?:-\w+)?)\s+" + _UNITS, re.I)


_WITHIN_BOTH = re.compile(r"\bwithin\s+\w+(?:-\w+)?\s+(?:days?|weeks?|months?)\s+and\s+"
                          r"(\w+(?:-\w+)?)\s+" + _UNITS + r"\s+(?:of|from|after|following)\s+"
                          + _FROM_ADOPTION, re.I)


# a report due within a period, before two counted from the adoption: its date comes first
_WITHIN_FIRST = re.compile(r"\bwithin\s+(?:a\s+period\s+of\s+|the\s+(?:next|coming)\s+)?"
                           r"[\w-]+\s+(?:days?|weeks?|months?|years?)\b", re.I)
# two reports counted from the adoption, one date after the other (no "within" before them)
_TWO_AFTER = re.compile(r"(?<!within )\b(\w+(?:-\w+)?)\s+(days?|weeks?|months?|years?)\s+and\s+"
                        r"(\w+(?:-\w+)?)\s+(days?|weeks?|months?|years?)\s+(?:from|after|"
                        r"following)\s+" + _FROM_ADOPTION
                        # (of this resolution, not of another, nor of a constitution or a law)
                        + r"(?!\s+of\s+(?!(?:this|the\s+present)\s+resolution))", re.I)


def _count_of(word: str) -> int | None:
    """The number a count word or figure gives ("a" and "an" are one)."""
    return 1 if word.lower() in ("a", "an") else parse_count(word)


def _within(tail: str, adopted: date | None) -> date | None:
    """The date 'within N days/weeks/months' of adoption comes to, None when it cannot tell."""
    m = _WITHIN.search(tail)
    if m is None or adopted is None:
        return None
    count, unit = next((m.group(i), m.group(i + 1)) for i in (1, 3, 5) if m.group(i))
    n = _count_of(count)  # "within a week of the adoption of this resolution" (1319 (2000))
    return _counted(adopted, n, unit) if n is not None else None


# a deadline at a month's or a year's end: "by the end of March 1994", "before the end of
# October 2005", "no later than the end of 2021"
_MONTH_END = re.compile(r"\b(by|before|prior to|(?:no|not) later than)\s+the\s+end\s+of\s+"
                        r"(?:(" + _MONTH_NAMES + r"),?\s+)?(\d{4})\b", re.I)


def _month_ends(text: str) -> str:
    """`text` with a deadline at a month's or a year's end written as its last day: "by the
    end of February 1994" becomes "by 28 February 1994", "by the end of 2018" becomes "by 31
    December 2018" (only after "by", "before" and "no later than": "until the end of October
    1997" may end a force's withdrawal, not a report's wait)."""
    if "end of" not in text:
        return text

    def last_day(m: re.Match[str]) -> str:
        month = _MONTHS[m.group(2).lower()] if m.group(2) else 12
        word = "before" if m.group(1).lower().startswith("prior") else m.group(1)
        return f"{word} {_month_end(month, m.group(3)).day} {MONTH_NAMES[month - 1]} {m.group(3)}"
    return _MONTH_END.sub(last_day, text)


# "Requests the following reports from the Secretary-General:", "Requests the following
# reports to the Security Council:" (2657 (2022) 15, 2713 (2023) 45), whose items say who
# reports: "(b) from the Secretary-General an update … by 15 September 2023"
_FOLLOWING_REPORTS = re.compile(r"\bRequests\s+the\s+following\s+(?:reports|updates)\b([^:]*):\s*$",
                                re.I)
_FROM_SG = re.compile(r"^\W*from\s+the\s+Secretary-General\b", re.I)
_FROM_OTHER = re.compile(r"^\W*from\s+(?!the\s+Secretary-General\b)", re.I)


# a paragraph that asks him for what its items list, and an item that asks for a report
_ASKS_HIM = re.compile(r"(?:Further |Also )?Requests\s+(?:also\s+|further\s+)?the\s+"
                       r"Secretary-General\b")
# (at its start, or as its later task: "To consult with relevant Member States … and report
# the results of such consultations to the Council", 1333 (2000) 15 (b))
_ITEM_REPORTS = re.compile(r"^(?:To\s+)?(?:\w+ly\s+)?(?:report|submit\s+(?:\w+\s+){0,3}?report|"
                           r"brief)\b|\b(?:and|to)\s+(?:\w+ly\s+)?report\s+(?:back\s+)?"
                           r"(?:to|on|the)\b", re.I)
_ANOTHER_INFINITIVE = re.compile(r"\bto\s+[a-z]+")


def _asks_him_for_the_items(text: str) -> bool:
    """True when `text` asks the Secretary-General for what the items under it list, and
    nothing else: "Requests the Secretary-General to:", "Requests the Secretary-General, in
    consultation with his Special Envoy …:" (1078 (1996) 10); not "… to establish a panel of
    experts …:", whose items are the panel's, nor "… with a view to submitting … a special
    report containing:", whose items are the report's."""
    m = _ASKS_HIM.match(text)
    rest = text[m.end():].rstrip() if m else ""
    if not rest.endswith(":"):
        return False
    rest = rest[:-1].rstrip()
    return _ANOTHER_INFINITIVE.search(rest[:-3] if rest.endswith(" to") else rest) is None


def _listed_requests(paragraphs: Sequence[Paragraph], adopted: date | None,
                     expires: date | None) -> dict[str, ReportingRequest]:
    """The Secretary-General's reports in a list of requests, by the item's ref.

    An item is his when the list asks for reports from him, or when it or an item above it
    begins 'from the Secretary-General'; items from others (the Government, the Panel of
    Experts) are not his, nor is an item that only heads a list of its own.
    """
    out: dict[str, ReportingRequest] = {}
    his: dict[str, bool] = {}
    tasked = ""  # a paragraph that asks him to do the things its items list
    for p in paragraphs:
        if p.kind is not ParagraphKind.OPERATIVE:
            continue
        if p.parent is None:
            m = _FOLLOWING_REPORTS.search(p.text) if "following" in p.text else None
            his = {p.ref: "secretary-general" in m.group(1).lower()} if m else {}
            tasked = p.ref if _asks_him_for_the_items(p.text) else ""
            continue
        if tasked and p.parent == tasked and _ITEM_REPORTS.search(p.text):
            # "Requests the Secretary-General, in consultation with …:" / "(c) To report to the
            # Council with recommendations no later than 20 November 1996" (1078 (1996) 10)
            out[p.ref] = _request(p, _month_ends(_as_read(p.text)), "", "", adopted, expires)
            continue
        if p.parent not in his:
            continue
        mine = his[p.parent]
        if _FROM_SG.match(p.text):
            mine = True
        elif _FROM_OTHER.match(p.text):
            mine = False
        his[p.ref] = mine
        if not mine or p.text.rstrip().endswith(":"):
            continue
        out[p.ref] = _request(p, _month_ends(_as_read(p.text)), "", "", adopted, expires)
    return out


_FOLLOWED_BY = re.compile(r",?\s+followed\s+by\s+(?:an?|the)\s+(?:[\w-]+\s+)?report\s+(?:in|by|"
                          r"(?:no|not)\s+later\s+than)\s+(?:(" + _MONTH_NAMES + r"),?\s+(\d{4})\b|"
                          + _DATE + ")", re.I)


def _request(p: Paragraph, tail: str, head: str, before: str, adopted: date | None,
             expires: date | None) -> ReportingRequest:
    """The request read from its own clause (`tail`), the words before its infinitive
    (`head`) and the paragraph up to it (`before`): how often, and by when."""
    freq = next((f for rx in _FREQUENCIES for part in (tail, head)
                 if (f := rx.search(part))), None)
    dates, month = _due_dates(tail, head, adopted)
    if not dates and _THAT_REPORT.search(tail) and (
            intended := _INTENDED_REPORT.search(before)) is not None:
        dates, month = _due_dates(intended.group(0), "", adopted)
    if not dates and (ahead := _ahead_of(tail, before, expires)) is not None:
        dates = [ahead]
    if not dates and expires and (_AT_PERIOD_END.search(tail) or _WITHIN_PERIOD.search(head)
                                  or _WITHIN_PERIOD.search(tail)):
        dates = [expires]
    if not dates and _BEFORE_THIS_DATE.search(tail) and (d := _last_date_printed(before)):
        # "… until 15 October 2002, and requests the Secretary-General to report to the Council
        # prior to this date" (1424 (2002) 1): the last date printed before the request
        dates = [d]
    if dates and expires and (at_end := _AT_PERIOD_END.search(tail)) is not None:
        # "to report in two months … and to report again at the end of the four-month period"
        # (434 (1978) 3); "to report on all aspects of ONUCA's operations before the expiry of
        # the new mandate period and in particular to report … within 3 months" (719 (1991) 3)
        # … or some time before it: "by 30 September 2026, followed by a written report at
        # least 30 days before the end of the mandate"
        counted = next((m for m in _AHEAD.finditer(tail)
                        if m.start() < at_end.end() and m.end() > at_end.start()), None)
        later = expires if counted is None else _ahead_of(tail[counted.start():], before,
                                                          expires)
        if later is not None and later > dates[-1]:
            dates.append(later)
    year = False
    if not dates and adopted is not None and (years := _years_due(tail, adopted)):
        # "to present … an interim report in 2022 and a second, detailed report in 2024"
        # (2558 (2020) 5): due by the end of each year, as the text gives no month
        dates, year = years, True
    if dates and (then := _FOLLOWED_BY.search(tail)) is not None:
        # "to submit a report within three months of the date of adoption of the present
        # resolution, followed by a final report in May 2005" (1573 (2004) 7)
        last = to_date(*then.group(3, 4, 5)) if then.group(3) else _month_end(*then.group(1, 2))
        if last is not None and last > dates[-1]:
            dates.append(last)
    return ReportingRequest(p.ref, freq.group(0) if freq else None,
                            dates[0] if dates else None, p.text[:300], p.page,
                            tuple(dates[1:]), due_month=month, due_year=year)


# a report due in a year named without its month: "an interim report in 2022", "within his
# annual report to the Security Council in 2015" (not "resolution 1325 (2000)", a symbol's year)
_YEAR_DUE = re.compile(r"\b(?:report|briefing|update)\b[^;.()]{0,40}?\bin\s+((?:19|20)\d\d)\b"
                       r"(?!\s*\()", re.I)


def _years_due(tail: str, adopted: date) -> list[date]:
    """The last days of the years `tail` names for its reports, from the adoption's on, in
    order."""
    years = sorted({int(m.group(1)) for m in _YEAR_DUE.finditer(tail)
                    if int(m.group(1)) >= adopted.year})
    return [date(y, 12, 31) for y in years]


# a report the Secretary-General has already made, named in a request for something else:
# "to take the necessary measures to increase the strength of ONUSAL as recommended in his
# report" (729 (1992)), "to take the steps identified in paragraphs 82-86 of his report
# (S/2009/210), subject to the conditions in this report" (1910 (2010)), "in accordance with
# his aforementioned report" (626 (1988)), "the report of the Commission of Inquiry
# (S/1996/195, annex)" (1053 (1996)); not "in his report referred to in paragraph 10 above",
# one to come
_PAST_REPORT = re.compile(
    r"\b(?:recommended|outlined|described|set\s+out|contained|expressed|identified|envisaged|"
    r"proposed|presented)\s+in\s+(?:paragraphs?\s+[\w\s,()\u2013-]{1,30}?\s+of\s+)?"
    r"(?:his|her|its|the)\s+(?:\w+\s+)?(report)\b|"
    r"\bparagraphs?\s+[\w\s,()\u2013-]{1,30}?\s+of\s+(?:his|her|its|the)\s+(?:\w+\s+)?"
    r"(report)\b|"
    r"\b(?:in\s+accordance\s+with|on\s+the\s+basis\s+of|taking\s+into\s+account)\s+"
    r"(?:the\s+recommendations?\s+(?:in|of)\s+)?(?:his|her|its|the)\s+"
    r"(?:aforementioned\s+|above-mentioned\s+|recent\s+|latest\s+)?(report)\b|"
    r"\bthe\s+conditions\s+(?:set\s+out\s+)?in\s+(?:this|his|the)\s+(report)\b|"
    r"\b(report)\s+of\s+the\s+[^;,]{1,60}?\((?:S|A)/\d", re.I)


def _mask_report(m: re.Match[str]) -> str:
    """The match with its word "report" blotted out, its length kept."""
    at = next(i for i in range(1, 6) if m.group(i) is not None)
    start, end = m.start(at) - m.start(), m.end(at) - m.start()
    whole = m.group(0)
    return whole[:start] + "rep_rt"[:end - start] + whole[end:]


#: where a request's own clause ends: words to someone else, or the Council's own
_REQUEST_ENDS = re.compile(_ADDRESSES + _NOT_SG + "|" + _COUNCIL_OWN, re.I)
_OWN_WORDS = re.compile(_COUNCIL_OWN, re.I)


def reporting_of(paragraphs: Sequence[Paragraph], adopted: date | None = None,
                 expires: date | None = None) -> tuple[ReportingRequest, ...]:
    """Requests to the Secretary-General to report to the Council, with frequency or date.

    The date is the one printed after 'by' or 'no later than'; with `adopted` known, the
    one 'within 30 days' of adoption comes to; with the mandate's end (`expires`) known,
    that date for a report due 'at the end of this period'. Each of his items in a list
    ('Requests the following reports from the Secretary-General: (a) …') is a request.
    """
    out: list[ReportingRequest] = []
    listed = _listed_requests(paragraphs, adopted, expires)
    for p in paragraphs:
        if p.ref in listed:
            out.append(listed[p.ref])
            continue
        # every request names the Secretary-General: most paragraphs are passed over here
        if p.kind is not ParagraphKind.OPERATIVE or "secretary-general" not in (
                lowered := p.text.lower()):
            continue
        m = _REQUESTS_REPORT.search(p.text, lowered)
        if not m:
            continue
        # "by April 30, 2010", "within thirty (30) days" read as "by 30 April 2010", "30 days"
        text = _month_ends(_as_read(p.text))
        # … with a report he has already made blotted out (`_PAST_REPORT`), its length kept
        masked = _PAST_REPORT.sub(_mask_report, text) if "report" in text else text
        if masked != p.text:
            m = _REQUESTS_REPORT.search(masked, masked.lower())
            if not m:
                continue
        while m is not None:
            # read from the infinitive that asks for the report ("to provide by 15 September
            # 2004 a progress report"), not from earlier ones, which have dates of their own
            verb = m.start(next(i for i in range(1, 8) if m.group(i) is not None))
            start = m.start()
            for to in _TO.finditer(text, m.start(), verb):
                start = to.start()
            # (a request may list the report's contents for a thousand characters before
            # saying when it is due: "… the next report to be provided by 31 July 2024 and then
            # every six months thereafter", 2734 (2024) 109)
            tail = text[start:start + 2000]
            # the request's own clause: "… and to report to the Council, and expresses its
            # intention to review these benchmarks before 15 October 2009" has no due date
            own = None
            if (end := _REQUEST_ENDS.search(tail[10:])):
                tail = tail[:10 + end.start()]
                own = _OWN_WORDS.match(end.group(0))
            # words of the request before any infinitive ("Requests the Secretary-General, by
            # 15 November 1996, to submit", "Invites the Secretary-General in his next annual
            # report … to include"), unless the report is asked for at the end of a chain
            first = _TO.search(text, m.start(), start)
            head = "" if m.group(2) or m.group(4) or m.group(5) else text[
                m.start():first.start() if first else start]
            out.extend(_further_requests(p, tail, head, text, start, adopted, expires))
            # … and a request of him after the Council's own words: "…, expresses its
            # intention to meet to receive and discuss his briefings …, and further requests
            # the Secretary-General to provide a report … well before the end of the mandate
            # period" (2218 (2015) 9)
            m = None
            if own is not None and (again := _FURTHER_REQUEST.search(
                    masked, start + len(tail))) is not None:
                m = _REQUESTS_REPORT.pattern.search(masked, again.start())
    texts = {p.ref: p.text for p in paragraphs}
    return tuple(_counted_from_paragraph(_in_reports_of(out, texts), texts))


# a period counted from a date another paragraph sets: "within 60 days of the date specified
# in paragraph 2 above" (1054 (1996)), "90 days after the date of entry into force of
# paragraph 1 above" (1111 (1997) and five more renewals of the oil-for-food programme)
_FROM_PARAGRAPH_DATE = re.compile(
    r"\b(\w+(?:-\w+)?)\s+" + _UNITS + r"\s+(?:after|from|of|following)\s+the\s+date\s+"
    r"(?:of\s+(?:the\s+)?entry\s+into\s+force\s+of|(?:specified|set\s+out|set\s+forth|"
    r"referred\s+to|mentioned)\s+in)\s+paragraph\s+(\d+)" + _OF_THIS_RESOLUTION, re.I)


def _counted_from_paragraph(requests: list[ReportingRequest],
                            texts: dict[str, str]) -> list[ReportingRequest]:
    """The requests with no date that count one from the date another paragraph of the
    resolution prints ("within 60 days of the date specified in paragraph 2 above"), dated;
    when that paragraph prints no date or more than one, they stay as they are."""
    out = []
    for r in requests:
        m = None if r.due or r.frequency else _FROM_PARAGRAPH_DATE.search(texts.get(r.ref, ""))
        n = parse_count(m[1]) if m else None
        printed = {d for x in _DATE_RE.finditer(texts.get(m[3], "")) if (d := to_date(*x.groups()))
                   } if m else set()
        if m is None or n is None or len(printed) != 1:
            out.append(r)
            continue
        out.append(replace(r, due=_counted(printed.pop(), n, m[2])))
    return out


#: where the Council asks him again in the same clause: "…, and to report every three months
#: …, and, in this context, also requests the Secretary-General to report by 16 June 1997 on
#: the IPTF" (1088 (1996)), "… every 90 days …, and further requests the Secretary-General to
#: report every six months … until after the 2015 elections" (2137 (2014))
_FURTHER_REQUEST = re.compile(
    r"(?:[;,]\s*|\s+)(?:and\s+)?(?:,?\s*(?:in\s+(?:this|that)\s+(?:regard|context)|to\s+"
    r"(?:this|that)\s+end),?\s+)?(?:also\s+|further\s+)?requests\s+(?:also\s+|further\s+)?"
    r"(?:the\s+Secretary-General|him|her)\b", re.I)


def _further_requests(p: Paragraph, tail: str, head: str, text: str, start: int,
                      adopted: date | None, expires: date | None) -> list[ReportingRequest]:
    """`_requests` of the clause `tail` (from `start` in `text`), or of each request for
    reports it makes of him with a schedule of its own (how often or by when) when the first
    has one too. A further request without one stays with the request before it ("… every
    twelve months, further requests him to provide updates as part of this briefing"), and so
    does one that asks for no report ("further requests him, within 30 days, to appoint
    experts"); a first request without one ("to include these updates in his report; further
    requests him to submit by 10 July a report") keeps the clause whole, as one request."""
    def schedule(a: int, b: int) -> set[tuple[object, ...]]:
        return {(r.due, r.later, r.frequency) for r in _requests(
            p, tail[a:b], head if a == 0 else "", text[:start + a], adopted, expires)
            if r.due or r.frequency}

    cuts = [0, *(m.start() for m in _FURTHER_REQUEST.finditer(tail, 10)), len(tail)]
    spans: list[tuple[int, int]] = []
    for a, b in itertools.pairwise(cuts):
        # (one that repeats the schedule before it adds no report: "… as part of his regular
        # reports; and requests him to provide an updated assessment in his regular reports")
        if a == 0 or (_REQUESTS_REPORT.search(tail[a:b], tail[a:b].lower()) is not None
                      and schedule(a, b) - schedule(*spans[-1])):
            spans.append((a, b))
        else:
            spans[-1] = (spans[-1][0], b)
    if len(spans) > 1 and schedule(*spans[0]):
        return [r for a, b in spans for r in _requests(
            p, tail[a:b], head if a == 0 else "", text[:start + a], adopted, expires)]
    return _requests(p, tail, head, text[:start], adopted, expires)


#: where one infinitive of a request ends and the next begins: "to report … every four
#: months, and to provide by 1 September 2031 an assessment"
_AND_TO = re.compile(r",?\s+and\s+(?:also\s+)?to\s+(?=[a-z])", re.I)
#: … and where any infinitive after a comma begins: "to report every four months …, to report
#: every six months …"
_THEN_TO = re.compile(r"(?:,\s+|,?\s+and\s+)(?:also\s+)?to\s+(?=[a-z])", re.I)
#: words that tie a date and a frequency into one series of reports
_SERIES = re.compile(r"\b(?:thereafter|after that|from that date|subsequent(?:ly)?|the first)\b",
                     re.I)


def _requests(p: Paragraph, tail: str, head: str, before: str, adopted: date | None,
              expires: date | None) -> list[ReportingRequest]:
    """The request of `_request`, or two when its clause asks, in two infinitives, for
    reports at a frequency and for a deliverable with a date of its own ("to report …
    every four months, and to provide by 1 September 2031 an assessment"; "to submit a
    transition plan by 30 September and to brief the Council every two months"): that date
    is not when the periodic reports begin, unless words tie the two ("and thereafter")."""
    whole = _request(p, tail, head, before, adopted, expires)
    if whole.frequency is not None and whole.due is None and not _SERIES.search(tail):
        # two series: "to report to the Council every four months on compliance …, to
        # report every six months on the return of all Kuwaiti property" (1284 (1999) 14)
        starts = [0, *(m.start() for m in _THEN_TO.finditer(tail)), len(tail)]
        series = [r for a, b in itertools.pairwise(starts)
                  if _FREQUENCIES[0].search(tail, a, b)
                  and (r := _request(p, tail[a:b], head if a == 0 else "", before, adopted,
                                     expires)).frequency is not None]
        if len(series) > 1 and len({r.frequency for r in series}) == len(series):
            return series
    if whole.frequency is None or whole.due is None or _SERIES.search(tail):
        return [whole]
    starts = [0, *(m.start() for m in _AND_TO.finditer(tail)), len(tail)]
    clauses = [tail[a:b] for a, b in itertools.pairwise(starts)]
    periodic = [i for i, c in enumerate(clauses) if any(rx.search(c) for rx in _FREQUENCIES)]
    dated = [i for i, c in enumerate(clauses) if _due_dates(c, "", adopted)[0]]
    if len(periodic) != 1 or len(dated) != 1 or periodic == dated:
        return [whole]
    every = _request(p, clauses[periodic[0]], head, before, adopted, expires)
    once = _request(p, clauses[dated[0]], "", before, adopted, expires)
    if every.frequency is None or once.due is None or once.frequency is not None:
        return [whole]
    return [every, once] if periodic < dated else [once, every]


# part of a month, read as the month: "by mid-March 2010" (1911 (2010) 22), "by the first week
# of March 1991" (681 (1990) 8), "in late November"
_MONTH_PART = (r"(?:late\s+|early\s+|mid-\s*|the\s+middle\s+of\s+"
               r"|the\s+(?:first|second|last)\s+(?:week|fortnight|half)\s+of\s+)?")
# a month without its day: "by November 2006", "not later than May 1993", "by late January
# 1994", "during January 1991", "to report to the Council in November 1991" (not "by 30
# November 2006", whose day `_DUE_BY` reads)
# "in his March 2006 report" (1626 (2005)) names its month too
_MONTH_DUE = re.compile(r"\b(by|before|(?:no|not)\s+later\s+than|in|during)\s+" + _MONTH_PART +
                        r"(?P<his>(?:his|her|its|the)\s+)?"
                        # ("by September of 2010", 1888 (2009) 27)
                        r"(" + _MONTH_NAMES + r"),?\s+(?:of\s+)?(\d{4})\b"
                        r"(?(his)\s+(?:[\w-]+\s+)?report\b)", re.I)


# what a month after "in" or "during" must follow to be when a report is due: the report
# itself, not long before ("a briefing on the electoral process in May 2010", "his periodic
# report due in March 2014"), or nothing but the request's opening ("to submit, during
# January 1991, a report")
_REPORT_WORD = re.compile(r"\b(?:report|reports|reporting|brief|briefing|update|inform)\b", re.I)
# …with no clause of its own between: "a full report after the conclusion of the joint
# meetings that will resume in March 1993" (789 (1992)) dates the meetings
_EVENT_BETWEEN = re.compile(r"\b(?:that|which|will|would|shall|held|signed|resumes?|resumed|"
                            r"take\s+place|scheduled|planned)\b", re.I)


def _month_due(m: re.Match[str], part: str, adopted: date | None) -> date | None:
    """The day a report due in a month (`_MONTH_DUE`, found in `part`) is due: the month's
    last day ("by November 2006", "in May 2010"), or the day before it ("before June 2010").
    A month in the past is no deadline, nor is one after "in" or "during" when the adoption
    is not known or the month dates something else ("to undertake a full personnel review in
    June 2014 and to include the details in his next report")."""
    word, month, year = m.group(1).lower(), _MONTHS[m.group(3).lower()], int(m.group(4))
    if not 1900 <= year <= 2199:
        return None
    if word in ("in", "during") and not m.group("his") and (
            adopted is None or not _dates_a_report(m, part)):
        return None
    due = date(year, month, 1) - timedelta(days=1) if word == "before" else _month_end(
        month, year)
    return due if adopted is None or due > adopted else None


def _dates_a_report(m: re.Match[str], part: str) -> bool:
    """True when the month "in" or "during" names (`m`, in `part`) is when a report is due:
    the report is named just before it with no clause of its own between, or it opens the
    request ("to submit, during January 1991, a report")."""
    said = list(_REPORT_WORD.finditer(part, max(0, m.start() - 150), m.start()))
    if not said:
        return re.match(r",?\s+(?:an?|the|his|its)\s+(?:\w+\s+)?report\b", part[m.end():],
                        re.I) is not None
    return _EVENT_BETWEEN.search(part, said[-1].end(), m.start()) is None


def _month_end(month: int | str, year: int | str) -> date:
    """The last day of a month, given by its number or its name."""
    number = month if isinstance(month, int) else _MONTHS[month.lower()]
    return date(int(year), number, calendar.monthrange(int(year), number)[1])


_MONTH_YEAR = r"(" + _MONTH_NAMES + r"),?\s+(\d{4})\b"
# the next month of a series: "in October 2011, in January 2012", "in September 1992, January
# 1993, and in April 1993"
_AND_MONTH = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:in\s+|during\s+)?" + _MONTH_YEAR, re.I)
# what may stand between a series of months and the dated report after it: "in October 2011,
# in January 2012 and by 23 May 2012", "an update by mid-March 2010 and a full report by the
# end of April 2010" (1911 (2010) 22)
_BEFORE_BY = re.compile(r"\s*,?\s*(?:and\s+)?(?:(?:an?|the|his|its)\s+(?:[\w-]+\s+)?"
                        r"(?:report|update|briefing)\s+)?", re.I)
# months asked for after the dates: "by 1 June 1992 and subsequently to report to the Council
# in September 1992, January 1993, and in April 1993"
_THEN_MONTH = re.compile(r"\s*,?\s*and\s+(?:subsequently|thereafter|then|again)\s+"
                         r"(?:to\s+report\s+(?:to\s+the\s+(?:security\s+)?council\s+)?)?"
                         r"(?:in|during)\s+" + _MONTH_YEAR, re.I)


def _month_series(part: str, at: int) -> tuple[list[date], int]:
    """The last days of the months `_AND_MONTH` chains on from `at` in `part`, and where the
    chain ends."""
    out = []
    while (m := _AND_MONTH.match(part, at)) is not None:
        out.append(_month_end(m[1], m[2]))
        at = m.end()
    return out, at


def _months_around(part: str, by: re.Match[str], end: int,
                   adopted: date | None) -> tuple[list[date], list[date]]:
    """Months a request names in a series with its dated reports (`by`, the first date, and
    `end`, where the dates end): those before ("in October 2011, in January 2012 and by 23 May
    2012") and those after ("… and subsequently to report … in September 1992, January 1993")."""
    before: list[date] = []
    for m in _MONTH_DUE.finditer(part, 0, by.start()):
        if (first := _month_due(m, part, adopted)) is None:
            continue
        series, stop = _month_series(part, m.end())
        if _BEFORE_BY.fullmatch(part, stop, by.start()):
            before = [first, *series]
            break
    after: list[date] = []
    if (then := _THEN_MONTH.match(part, end)) is not None:
        after = [_month_end(then[1], then[2]), *_month_series(part, then.end())[0]]
    return before, after


# a day printed without its year: "by 1 May" (1909 (2010)), "not later than 29 June" (656
# (1990)); the first such day after the adoption
_DAY_NO_YEAR = r"(\d{1,2})\s+(" + _MONTH_NAMES + r")\b(?!\s*,?\s*\d)"
_DUE_BY_DAY = re.compile(r"\b(?:by|no later than|not later than|before|due\s+on)\s*(?:the\s+)?"
                         + _DAY_NO_YEAR, re.I)
# … or month first: "to report no later than January 30 on the precise equipment" (1863
# (2009) 11) (the month capitalized, as printed)
_DUE_BY_MONTH_DAY = re.compile(r"\b(?i:by|no\s+later\s+than|not\s+later\s+than|before|due\s+on)"
                               r"\s+(" + _MONTH_NAMES + r")\s+(\d{1,2})\b(?!\s*,?\s*\d)")
# … and the series of reports such a day begins: "every four months commencing 1 January" (1910
# (2010), adopted on 28 January: the first report after adoption is due on 1 May)
_STARTING_DAY = re.compile(r"\b(?:every|each)\s+(\w+(?:-\w+)?)\s+(days?|weeks?|months?|years?),?\s+"
                           r"(?:starting|beginning|commencing)(?:\s+(?:from|on))?\s+"
                           + _DAY_NO_YEAR, re.I)


def _series_after(m: re.Match[str], adopted: date) -> date | None:
    """The first report after `adopted` of a series `_STARTING_DAY` matched: its first day in
    the year of adoption, stepped on by its interval until it falls after adoption."""
    n, due = parse_count(m[1]), to_date(m[3], m[4], str(adopted.year))
    if n is None or n <= 0 or due is None:
        return None
    while due <= adopted:
        due = _counted(due, n, m[2])
    return due


def _day_after(day: str, month: str, adopted: date) -> date | None:
    """The first `day` `month` after `adopted`."""
    for year in (adopted.year, adopted.year + 1):
        d = to_date(day, month, str(year))
        if d is not None and d > adopted:
            return d
    return None


def _due_dates(tail: str, head: str, adopted: date | None) -> tuple[list[date], bool]:
    """The dates a request gives its reports, first to last (empty when it gives none), and
    whether they are months' last days standing for the months the text names.

    'by 4 July 2025 and 5 January 2026' in the request's clause (`tail`) or before its
    infinitive (`head`), with the months named in one series with them; else 'by 1 May', the
    next such day after adoption; else the first of a series 'every four months, starting
    from 15 June 2031' (or 'commencing 1 January', its next report after adoption); else
    'within 30 days' of adoption (in either); else 'in his report of 31 March 1997' when that
    date is still to come; else a month ('by November 2006', read as its last day).
    """
    for part in (tail, head):
        if (by := _DUE_BY.search(part)) and (first := to_date(*by.groups())):
            dates, end = [first], by.end()
            while (more := _AND_DATE.match(part, end)) and (d := to_date(*more.groups())):
                dates.append(d)
                end = more.end()
            while (more := _FURTHER_DUE.search(part, end)) and (d := to_date(
                    *(more.group(1, 2, 3) if more.group(1) else more.group(4, 5, 6)))):
                dates.append(d)
                end = more.end()
            before, after = _months_around(part, by, end, adopted)
            dates = [*before, *dates, *after]
            # a report counted from adoption before the dated one: "to report on that progress
            # … by a date six months following the date of adoption of this resolution and …
            # to recommend … no later than 15 August 2008" (1777 (2007) 5)
            if not before and (earlier := _within(part[:by.start()], adopted)) is not None \
                    and earlier < dates[0]:
                dates.insert(0, earlier)
            # (the first is a month's last day when months come before the dated report: "in
            # October 2011, in January 2012 and by the 23 May 2012", 1991 (2011) 23)
            return [d for i, d in enumerate(dates) if i == 0 or d > dates[i - 1]], bool(before)
    if adopted is not None:
        for part in (tail, head):
            if (by := _DUE_BY_DAY.search(part)) and (first := _day_after(by[1], by[2], adopted)):
                return [first], False
            if (by := _DUE_BY_MONTH_DAY.search(part)) and (
                    first := _day_after(by[2], by[1], adopted)):
                return [first], False
    if (starting := _STARTING.search(tail)) and (first := to_date(*starting.groups())):
        return [first], False
    if adopted is not None and (starting := _STARTING_DAY.search(tail)) and (
            first := _series_after(starting, adopted)):
        return [first], False
    if adopted is not None and (both := _TWO_AFTER.search(tail)) is not None \
            and not _WITHIN_FIRST.search(tail, 0, both.start()) \
            and (n1 := _count_of(both[1])) and (n2 := _count_of(both[3])):
        # "six months and one year after the adoption of this resolution" (2127 (2013) 25); a
        # smaller unit after a larger is one period ("one year and six months after")
        first, then = _counted(adopted, n1, both[2]), _counted(adopted, n2, both[4])
        if then <= first:
            return [_counted(first, n2, both[4])], False
        return [first, then], False
    if (within := _within(tail, adopted) or _within(head, adopted)) is not None:
        # "within 30 days after the adoption of this resolution, and then again within a
        # further 30 days" (1772 (2007) 17)
        # ("within 6 months … and again within 12 months", 1011 (1995) 12: both from adoption)
        again = _AGAIN_WITHIN.search(tail)
        n = parse_count(again.group(2)) if again else None
        if again is None and (both := _WITHIN_BOTH.search(tail)) is not None and adopted:
            # "to report … within six months and eleven months of the adoption of this
            # resolution" (2684 (2023) 2)
            n = parse_count(both.group(1))
            then = _counted(adopted, n, both.group(2)) if n else within
            return [within, *([then] if then > within else [])], False
        start = within if again and again.group(1) else adopted
        if again and n and start is not None:
            then = _counted(start, n, again.group(3))
            return [within, *([then] if then > within else [])], False
        return [within], False
    if adopted and (of := _IN_REPORT_OF.search(tail) or _IN_DATED_REPORT.search(tail)
                    or _IN_REPORT_OF.search(head)) \
            and (d := to_date(*of.groups())) and d > adopted:
        return [d], False
    for part in (tail, head):
        # every month the clause gives a report, in order: "a briefing on the electoral
        # process in May 2010 and a full report … in November 2010" (1902 (2009))
        months = [due for m in _MONTH_DUE.finditer(part)
                  if (due := _month_due(m, part, adopted)) is not None]
        if months:
            return [d for i, d in enumerate(months) if i == 0 or d > months[i - 1]], True
    for part in (tail, head):
        if (m := _MONTH_NO_YEAR.search(part)) and (due := _month_no_year_due(m, part, adopted)):
            return [due], True
    return [], False


# a month printed without its year: "to submit, during November, a report" (671 (1990) 2,
# adopted in September), "by March"; the first such month after the adoption
# (the month capitalized, as printed: never the "may" of "by may")
# ("in his November report", 2053 (2012) 16)
_MONTH_NO_YEAR = re.compile(r"\b(?i:(by|before|(?:no|not)\s+later\s+than|in|during)\s+"
                            + _MONTH_PART + r"(?P<his>(?<!\bbefore\s)(?:his|her)\s+)?)"
                            r"(?P<month>" + _MONTH_NAMES + r")\b(?!\s*,?\s*(?:of\s+)?\d)"
                            r"(?(his)\s+(?i:(?:[\w-]+\s+)?report)\b)")


# a report already out, named by its month: "the recommendations contained in his February
# report", "the options outlined in his March report"
_PUBLISHED = re.compile(r"\b(?:contained|outlined|set out|described|identified|presented|made|"
                        r"proposed|(?<!to be )included|referred to|mentioned|noted|submitted|"
                        r"issued|published|given|expressed|reflected|recommended)\b"
                        r"[^,;]{0,40}$", re.I)


def _month_no_year_due(m: re.Match[str], part: str, adopted: date | None) -> date | None:
    """The day a report due in a month named without its year (`_MONTH_NO_YEAR`) is due: that
    month's last day (the day before it, "before March") in the first year it falls after
    the adoption; after "in" or "during", only where the words around say a report is due
    then, as `_month_due` reads them."""
    if adopted is None:
        return None
    word, month = m.group(1).lower(), _MONTHS[m.group("month").lower()]
    if word in ("in", "during") and not m.group("his") and not _dates_a_report(m, part):
        return None
    if m.group("his") and _PUBLISHED.search(part, 0, m.start(1)):
        return None  # "the recommendations contained in his February report": a report out
    for year in (adopted.year, adopted.year + 1):
        due = date(year, month, 1) - timedelta(days=1) if word == "before" else _month_end(
            month, year)
        if due > adopted:
            return due
    return None
