"""Entry point: pick a reader by file type, then segment, extract metadata and code tasks."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mandates.caseless import Caseless
from mandates.metadata import (
    NOT_A_MISSION,
    adoption_of,
    ceilings_of,
    chapter_vii_of,
    consistent_adoption,
    consistent_symbol,
    corrigendum_of,
    draft_symbol_of,
    ends_mandate,
    expiry_of,
    final_extension,
    further_extension,
    missions_of,
    other_expiries_of,
    prints_date,
    reporting_by_reference,
    reporting_of,
    resolutions_cited,
    symbol_of,
    title_symbols_of,
    uniformed_totals,
    unread_extension,
    unread_strengths,
)
from mandates.model import MissionExpiry, Paragraph, ParagraphKind, PersonnelCeiling, Resolution
from mandates.readers.lines import Line, clean_lines
from mandates.segment import (
    Segmented,
    labels_alone,
    labels_apart,
    opens_with_operative_verb,
    segment,
)
from mandates.tasks import code_tasks, sets_mandate
from provenance import (
    DataWarning,
    InputError,
    SourceDocument,
    SourceRef,
    check_readable,
    check_suffix,
    sha256_of,
)
from provenance.docx import image_damage_warning
from provenance.files import MAX_FILE_BYTES
from provenance.language import check_english, unreadable_pages
from provenance.pdf import damage_warning


@dataclass(frozen=True)
class _Format:
    """How a file type is read and what its lines are."""

    reader: str  # the module in mandates.readers
    name: str  # `source.format`
    as_printed: bool = False  # the words as printed: no stray spaces to mend
    paragraph_lines: bool = False  # each line is a whole paragraph
    drawn_pages: bool = False  # pages as drawn: one without text has lost its text
    text: bool = False  # a text format, held to `MAX_TEXT_BYTES` (no images to carry)


_FORMATS = {
    ".pdf": _Format("pdf", "pdf", as_printed=True, drawn_pages=True),
    ".txt": _Format("txt", "txt", text=True),
    ".docx": _Format("docx", "docx", paragraph_lines=True),
    ".html": _Format("html", "html", text=True),
    ".htm": _Format("html", "html", text=True),
    ".json": _Format("paragraph_json", "json", as_printed=True, paragraph_lines=True,
                     text=True),
}
SUPPORTED_SUFFIXES = tuple(_FORMATS)
#: The largest resolution file in a text format (.txt, .html, .json): the longest of the
#: shared ones is 550 kB (2231 (2015) with its annexes, as JSON), and reading a text takes
#: about 2 s a megabyte, so that a 200 MB file (the limit for PDFs and DOCX, which hold
#: images) would hold a batch for minutes.
MAX_TEXT_BYTES = 20_000_000


# the words that say a text's tasks are written elsewhere: "as set out in", "as envisaged in"
# (or "as determined in resolution 1739 (2007)", 1924 (2010) 1)
_SET_OUT = (r"(?:set (?:out|forth)|laid (?:down|out)|described|outlined|contained|specified|"
            r"defined|determined|envisaged|stipulated|provided for|established)")
_BY_REFERENCE = (
    Caseless(r"\b(?:establish|extend|renew|mandate|set up)\w*\b[^;]{0,250}?(?:in accordance "
             r"with|as (?:set out|laid out|described|outlined|contained|proposed|recommended)|"
             r"on the basis of|in line with)[^;]{0,60}?\b(?:the )?(?:above-mentioned |said )?"
             r"(?<!to )(?:report|letter|plan)s?\b"),
    # a report of the Secretary-General approved, named either way round ("Approves the
    # Secretary-General's report")
    Caseless(r"^(?:Approves|Approved|Endorses|Welcomes and approves)\b(?:[^;]{0,40}?\b(?:the )?"
             r"(?:report|plan|proposals?)\b[^;]{0,80}?\bSecretary-General| (?:the )?"
             r"Secretary-General's (?:report|plan|proposals))"),
    # "welcomes the report …, and approves the proposals therein concerning UNPROFOR's
    # activities"
    Caseless(r"\bapproves (?:the )?(?:proposals|recommendations|arrangements) (?:therein|"
             r"contained (?:there)?in (?:the|that|his) report)"
             # "Welcomes the report of the Secretary-General, and in particular approves the
             # arrangements in paragraphs 11 to 28 for the implementation of the mandate of
             # … UNCRO" (990 (1995))
             r"|\bapproves (?:the )?(?:proposals|recommendations|arrangements) (?:contained |"
             r"set out |described )?in paragraphs? \d+(?:(?:,| and| to|-) ?\d+)* (?:of (?:the|"
             r"his|that) report )?for the implementation of (?:the|its) mandate\b"
             # "… and approves the UNTAC withdrawal plan contained in S/26090" (860 (1993))
             r"|\bapproves (?:the )?(?:[\w-]+ ){0,3}plan (?:contained|set out|described|"
             r"outlined) in (?:document )?S/\d+"),
    # "extend the existing mandate … in accordance with the recommendations contained in
    # paragraphs 36 and 37 of the Secretary-General's report"
    Caseless(r"\b(?:establish|extend|renew|mandate)\w*\b[^;]{0,250}?\b(?:in accordance with|on "
             r"the basis of) the (?:recommendations|proposals) (?:contained|set out) in "
             r"paragraphs? [\d, and-]+ of the Secretary-General's report"),
    # "with the mandate set out in paragraph 85 of the report of the Secretary-General",
    # "the enlargements of UNPROFOR's mandate … recommended by the Secretary-General in that
    # report"
    # ("with the mandate and structure laid out in the report of the Secretary-General of 18
    # March 2002", UNAMA 1401 (2002) 1)
    Caseless(r"\bmandate\b(?:(?: and (?:structure|composition|functions|tasks))?[^;]{0,10}?|"
             r"[^;]{0,40}?\bto include the (?:mission|tasks|functions) )"
             r"\b" + _SET_OUT + r" in (?:paragraphs? [\d, and-]+ of )?"
             r"(?:the|his|that) (?:above-mentioned |said )?report\b"
             # ("… with the objectives, mandate, and organizational structure recommended by the
             # Secretary-General in section VII of his report", MONUA 1118 (1997) 2)
             r"|\bmandate\b[^;]{0,40}?\b(?:recommended|proposed) by the Secretary-General in "
             # (… "in paragraphs 10, 12 and 15", "in paragraph 38 (a) to (d)", "in annex I" of it)
             r"(?:(?:sections?|parts?|chapters?|paragraphs?|annex(?:es)?) [\w.,()-]+"
             r"(?:,? (?:and |to )?[\w.()-]+){0,4} of )?(?:the|his|that|this) report"),
    # "expansion of UNOMSIL … to perform the tasks set out in paragraph 38 of the report of the
    # Secretary-General", "the … human rights and child protection elements of UNOMSIL as set
    # out in paragraphs 40 to 52 of the report"
    # ("… a United Nations security force … to perform the functions described in paragraphs
    # 27-29 of the Secretary-General's report (S/23829)", 751 (1992))
    # ("to carry out, in addition, the interim tasks referred to in paragraph 17 of the
    # Secretary-General's report", 511 (1982); "the mandate of UNMIH is extended … for the
    # purposes set out in paragraphs 47, 48 and 49 of the report", 1048 (1996))
    Caseless(r"(?:\b(?:tasks|functions|purposes|activities)\b[^;]{0,80}?\b|\belements of "
             r"[\w-]+,? )(?:as )?(?:" + _SET_OUT + r"|identified|referred to) in paragraphs? "
             r"\d+(?:(?:,| and| to|-) ?\d+)* of (?:the|his|that) "
             r"(?:above-mentioned |Secretary-General's |Secretary-General\u2019s )?report\b"),
)
# the tasks listed in this text after all: under the paragraph or in paragraphs below it
_LISTED_HERE = Caseless(
    r"\bwith the (?:following )?(?:key |core |priority )?(?:tasks|mandate|functions)\b"
    r"(?:\s*:\s*$| as (?:specified|set out) in paragraphs? [\d, and]+ below)"
    # "consistent with the objectives and functions set out in paragraphs 12 to 17 of the
    # Secretary-General's report …, the civilian component of UNTAES shall have the following
    # mandate:" (1037 (1996)), "… and decides that these tasks shall include:" (1389 (2002))
    r"|\b(?:have|include|perform|undertake) the following (?:key |core |priority )?"
    r"(?:tasks|mandate|functions)\s*:\s*$|\b(?:these|its|the) tasks shall include\s*:\s*$")
# (nor do arrangements for its withdrawal: "Approves the arrangements set out in the report of
# the Secretary-General on the withdrawal of UNPROFOR", 1031 (1995) 34)
_NOT_ITS_TASKS = Caseless(r"^(?:approves|endorses)\b[^;]{0,60}?\b(?:proposals?|arrangements)\b"
                          r"[^;]{0,80}?\bon the (?:composition|structure|size|staffing|"
                          r"operational aspects|withdrawal)\b")
# every match of _BY_REFERENCE names the document in one of these words (a paragraph without
# them, most paragraphs, is not scanned with the patterns)
_DOCUMENT_WORDS = ("report", "letter", "plan", "proposal", "recommendation", "arrangement")
# "the IPTF shall continue to be entrusted with the tasks set out in Annex 11 of the Peace
# Agreement", "the mandate envisaged in the Agreements"
_BY_AGREEMENT = Caseless(
    r"\b(?:tasks|mandate|functions|responsibilities)\b[^;]{0,60}?\b(?:as )?" + _SET_OUT
    + r"\s+in\s+((?:annex|"
    r"article|chapter|part|section|paragraphs?)\s+[\w.() ]{1,12}\s+of\s+the\s+[^;,]{0,80}?"
    r"(?:agreements?|accords?|protocol|plan)\b|the\s+[^;,]{0,80}?(?:agreements?|accords?|"
    r"protocol)\b)")
_AGREEMENT_WORDS = ("agreement", "accord", "protocol", "plan")
# what a party owes under an agreement, not what the mission is given: "Calls upon the Supreme
# National Council to fulfil its special responsibilities set out in the Agreements"
_OBLIGED = re.compile(r"\b(?:fulfil\w*|comply with|respect|honou?r|meet|discharge)\s+"
                      r"(?:(?:its|their|the)\s+)?(?:\w+\s+){0,2}$", re.I)
# the words before "mandate" that make it one the mission carries out ("in the discharge of
# its mandate", "the implementation of MINUSTAH's mandate") or times ("the end of the current
# mandate"), not one a report sets
_CARRIED_OUT = re.compile(
    r"\b(?:(?:discharg\w*|implement\w*|fulfil\w*|execut\w*|perform\w*|carry(?:ing)? out|"
    r"pursu\w*)\s+(?:of\s+)?(?:the\s+)?(?:(?:entirety|whole|rest)\s+of\s+)?"
    r"(?:its|their|the|[\w-]+['’]s)"
    # "before the end of the current mandate a comprehensive assessment of … staffing
    # requirements as outlined in the report" (1263 (1999) 3)
    r"|(?:end|expiry|expiration)\s+of\s+(?:the|its|this)\s+(?:current|present|existing))\s+$",
    re.IGNORECASE)
# the words before a reference that make it a decision still to take ("to review", "a report
# on", "its intention")
_NOT_YET = re.compile(r"\b(?:review|reconsider|consider|decision|report on|intention)\b"
                      r"[^;]{0,60}$", re.IGNORECASE)
# the verbs of paragraphs that call on others, praise or deplore, which set no mandate
_NOT_SETTING = re.compile(r"(?:Urges|Calls|Encourages|Commends|Demands|Condemns|Deplores|"
                          r"Stresses|Underlines|Emphasi[sz]es|Reiterates|Expresses|"
                          # "Takes note of the options for the future mandate of UNMIR proposed
                          # by the Secretary-General in section V of his report"
                          r"Takes)\b")
_FUTURE_REPORT = re.compile(
    r"\b(?:next|forthcoming|future|further|new|upcoming) report|\breports? (?:\w+ ){0,3}"
    r"(?:requested|referred to|called for|mentioned) in paragraph|\breports? (?:\w+ )?(?:to be "
    r"submitted|that (?:he|she) (?:will|is to) submit)|"
    r"\b(?:on the basis|in the light) of (?:a|this) report", re.IGNORECASE)
_SYMBOL = re.compile(r"\((S/\d{4,5}(?:/\d+)?(?:/(?:Add|Rev|Corr)\.\d+)*)"
                     r"(?:,? (?:and (?:Add|Corr)\.\d+|annex))?\)")
# a report of the Secretary-General the preamble names with its symbol
_SG_REPORT = re.compile(r"\breport of the Secretary-?\s?General\b[^;()]{0,120}?" + _SYMBOL.pattern)
_REPORT_DATE = re.compile(r"\breport\b[^;()]{0,160}?\bof (\d{1,2} [A-Z][a-z]+ \d{4})")


def _report_symbol(p: Paragraph, paragraphs: list[Paragraph]) -> str | None:
    """The symbol of the report a paragraph cites: printed in it, or printed with the report's
    date elsewhere ("pursuant to the report … of 5 June 2007" in paragraph 1, "Taking note of the
    report … of 5 June 2007 (S/2007/307/Rev.1)" in the preamble)."""
    symbol = _SYMBOL.search(p.text)
    if symbol:
        return symbol.group(1)
    for day in dict.fromkeys(m.group(1) for m in _REPORT_DATE.finditer(p.text)):
        dated = re.compile(r"\bof " + re.escape(day) + r"\s*" + _SYMBOL.pattern)
        for other in paragraphs:
            found = dated.search(other.text)
            if found:
                return found.group(1)
    if _REPORT_DATE.search(p.text):
        return None  # a dated report the text does not give a symbol for
    # "in accordance with the report": the one report of the Secretary-General the preamble names
    named = {m.group(1) for q in paragraphs if q.kind is ParagraphKind.PREAMBULAR
             for m in _SG_REPORT.finditer(q.text)}
    return named.pop() if len(named) == 1 else None


# "extend the mandate of UNAMID as set out in resolution 1769 (2007)", "renew the mandate
# of UNOCI, as set out in resolutions 1933 (2010) and 1962 (2010)"
_BY_RESOLUTION = Caseless(
    # (or adds to it: "shall monitor … in addition to the provisions of the Verification
    # Mission's existing mandate as set out in resolution 2655 (2022)", 2673 (2023) 1)
    r"\b(?:extend|renew|prolong|maintain|in addition to)\w*\b[^;]{0,160}?\bmandate\b[^;]{0,120}?"
    r"(?:\bas "
    # "as previously defined in its resolutions 1662 (2006), …" (UNAMA's 2626 (2022))
    r"(?:(?:previously|originally|further|currently|subsequently|most recently|recently)\s+)?"
    + _SET_OUT + r"\s+in\b"
    # "Decides to extend, to 15 July 2025 the mandate of BINUH in accordance with its
    # resolution 2476 (2019)"
    # (the list may be long: UNAMA's 2626 (2022) cites 17 resolutions, the latest last)
    + r"|\bin accordance with\b(?=\s+(?:its\s+)?resolutions?\s+\d)"
    # "Extends until 31 December 2014 the mandate of BNUB, requesting it, consistent with
    # paragraphs 3 (a) to (d) of the resolution 1959 (2010) …" (2137 (2014) 1)
    r"|\b(?:consistent with|in line with)\b(?=\s+(?:(?:its|the)\s+)?(?:(?:sub-?)?paragraphs?\s+"
    r"[^;]{0,40}?\bof\s+(?:its\s+|the\s+)?)?resolutions?\s+\d))([^;]{0,600})")


# where the citation after "as set out in" ends: at the date or period, not inside a range of
# the paragraphs cited ("as set out in paragraph 3 (a) to (d) of the resolution 1959 (2010)",
# 2027 (2011) 1; "paragraphs 6 to 8 of")
_CITE_END = re.compile(r"\b(?:until|for|through|to)\b"
                       r"(?!\s*\(|\s+\d+\s*(?:\(|of\b|and\b|,|above\b|below\b))"
                       # "… in accordance with its resolution 2476 (2019), headed by a Special
                       # Representative …, and the reporting requirements as specified in
                       # paragraph 1 of resolution 2645 (2022)" (2692 (2023) 1)
                       r"|\bheaded by\b|\breporting\b")


# tasks given by citing the paragraph of another resolution that sets them: "Decides that the
# mandate of UNAMID shall … include the tasks set out in paragraph 15 resolution 2363 (2017)"
# (2429 (2018) 16), "to carry out the tasks outlined in paragraph 19 of resolution 1493",
# "to perform the functions described in paragraph 4 of Security Council resolution 881"
_BY_CITED_TASKS = Caseless(
    r"\b(?:tasks|functions|responsibilities)\b(?: as)? " + _SET_OUT + r" in\s+((?:operative\s+)?"
    r"(?:sub-?)?paragraphs?\s+[^;]{0,60}?\b(?:of\s+)?(?:its\s+|security council\s+)?"
    r"resolutions?\s+\d+(?:\s+\(\d{4}\))?)")
# … not what a measure lets forces do: "exemptions … to UNOCI and French forces which support
# it to enable them to carry out the tasks set out in paragraphs 2 and 12 of resolution 1609"
_ENABLED = re.compile(r"\benabl\w* (?:\w+ ){1,3}to (?:carry out|perform|fulfil)\s+(?:\w+\s+)?$",
                      re.I)
# a mandate narrowed by striking a task another resolution set: "Decides that the mandate of
# UNMIL shall no longer include the task set forth in paragraph 10 (d) (i) of resolution 2190
# (2014)" (2215 (2015) 2); what remains is set there
_NARROWED = Caseless(
    r"\bmandate\b[^;]{0,80}?\b(?:shall|will|should|does|would) no longer include\b[^;]{0,40}?"
    r"\btasks?\b[^;]{0,20}?\b(?:set (?:forth|out)|contained|described|listed) in\b"
    r"([^;]{0,120}?\bresolutions? \d+ \(\d{4}\))")


# "extend the mandate of the United Nations mission for a new period" (1839 (2008))
_UNNAMED_MANDATE = re.compile(
    r"\bmandate\s+of\s+the\s+(United\s+Nations\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:[Mm]ission|[Oo]peration|[Ff]orce)\b"
    r"(?:\s+in\s+[A-Z][\w'’ -]{2,40}?(?=[,;(]|\s+(?:for|until|and|as)\b))?)")


# "Decides that the provisions of its resolution 1357 (2001) shall continue in force until
# 15 July 2002" (1421 (2002)): what that resolution set up goes on, unnamed here
_KEPT_IN_FORCE = re.compile(
    r"\bprovisions\s+(?:of|contained\s+in|set\s+out\s+in)\s+(?:its\s+)?"
    r"(?:paragraphs?\s+[\d, ]+(?:and\s+\d+\s+)?(?:\([a-z]\)\s+)?of\s+(?:its\s+)?)?"
    r"(resolutions?\s+\d+\s*\(\d{4}\)(?:\s*(?:,|and)\s*\d+\s*\(\d{4}\))*)"
    r"[^;]{0,40}?\b(?:shall\s+)?(?:continue|remain)\s+in\s+force\s+until\b")


def _unnamed_mission(paragraphs: list[Paragraph], name: str) -> DataWarning | None:
    """The warning for a text that sets or renews the mandate of an operation it does not name
    in a way the registry knows, or keeps in force a resolution that may have set one up
    (none when it does neither)."""
    for p in paragraphs:
        if p.kind is not ParagraphKind.OPERATIVE:
            continue
        if kept := _KEPT_IN_FORCE.search(p.text):
            said, severity = (
                f"keeps the provisions of {' '.join(kept.group(1).split())} in force without "
                "naming what they set up; if that is a mission, its name, tasks, ceilings and "
                "new end date are not read from this text: parse the cited resolution and name "
                "the mission where this one is used", "info")
        elif m := _UNNAMED_MANDATE.search(p.text):
            said, severity = (
                f"speaks of the mandate of '{m.group(1)}', a name that is no known operation's "
                "or is more than one's; no mission is given, so its tasks and ceilings cannot "
                "be tied to a budget: name the mission where the resolution is used", "warning")
        else:
            continue
        return DataWarning("mission_not_named", f"paragraph {p.ref} {said}",
                           SourceRef(path=name, paragraph=p.ref, page=p.page), severity=severity)
    return None


def _page_of(paragraphs: list[Paragraph], ref: str | None) -> int | None:
    """The page the paragraph printed as `ref` starts on (None: no such paragraph)."""
    return next((x.page for x in paragraphs if x.ref == ref), None)


def _set_aside_warning(set_aside: list[tuple[str, str | None, str]],
                       paragraphs: list[Paragraph], name: str) -> DataWarning:
    """The info warning that lists the codings the learned filter set aside, by paragraph."""
    by_ref: dict[str, list[str]] = {}
    for ref, _mission, category in set_aside:
        if category not in by_ref.setdefault(ref, []):
            by_ref[ref].append(category)
    listed = "; ".join(f"{ref} {', '.join(cats)}" for ref, cats in by_ref.items())
    first = next(iter(by_ref))
    count = sum(len(c) for c in by_ref.values())
    page = _page_of(paragraphs, first)
    return DataWarning(
        "tasks_set_aside", f"the task filter set aside {count} coding{'' if count == 1 else 's'} "
        f"the words name, of kinds PEMA's coders seldom coded in such places (named in "
        f"passing, beside another task, or only encouraged): {listed}; read those paragraphs "
        "where a task set aside matters", SourceRef(path=name, paragraph=first, page=page),
        severity="info")


def _uncoded_warning(uncoded: list[tuple[str, str | None]], paragraphs: list[Paragraph],
                     name: str) -> DataWarning:
    """The info warning that lists the paragraphs asking a mission for work no codebook task
    names, so that a reader of the tasks knows to read them in the text."""
    refs = list(dict.fromkeys(ref for ref, _ in uncoded))
    who = ", ".join(dict.fromkeys(m for _, m in uncoded if m)) or "the mission"
    return DataWarning(
        "tasks_uncoded", f"{'paragraph' if len(refs) == 1 else 'paragraphs'} "
        f"{', '.join(refs)} {'asks' if len(refs) == 1 else 'ask'} {who} for work no codebook "
        "task names (logistics, posture, coordination and the like), so no task is coded "
        f"there: read {'it' if len(refs) == 1 else 'them'} in the text",
        SourceRef(path=name, paragraph=refs[0], page=_page_of(paragraphs, refs[0])),
        severity="info")


# "UNTMIS shall deliver a first phase of its transition until 31 October 2025, as per the
# mandate set out in the resolutions referenced in paragraph 2 to this resolution" (2753 (2024)
# 3): the resolutions that paragraph cites
_CITED_THERE = re.compile(r"(?<!review )(?<!reviewing )(?<!recalls )(?<!review of )"
                          r"(?<!reviews of )(?<!assessment of )\bthe mandate (?:as )?"
                          r"(?:set out|defined|established) in the "
                          r"resolutions? (?:referenced|referred to|cited|mentioned|listed) in "
                          r"paragraph (\d+) (?:to|of) (?:this|the present) resolution", re.I)


def by_reference(paragraphs: list[Paragraph], name: str) -> list[DataWarning]:
    """Warnings for mandates set by reference to a report, an agreement or another resolution:
    their tasks are not in this text."""
    out: list[DataWarning] = []

    def note(p: Paragraph, message: str) -> None:
        out.append(DataWarning("tasks_by_reference", f"paragraph {p.ref} {message}",
                               SourceRef(path=name, paragraph=p.ref, page=p.page),
                               severity="info"))

    for p in paragraphs:
        if p.kind is not ParagraphKind.OPERATIVE or p.level != 1:
            continue
        lowered = p.text.lower()  # for the Caseless patterns below
        # a call on others or praise ("Urges … the Lebanese Government … establishing a Joint
        # Planning Cell, as recommended by the Secretary-General in his report", 1655 (2006) 8;
        # "Commends MONUSCO …, in line with the Secretary-General's report", 2147 (2014) 2;
        # "Calls upon UNOCI … within its capacities and mandate, as determined in resolution
        # 1739 (2007)", 1893 (2009) 3) sets no mandate, by a report or a resolution
        setting = not _NOT_SETTING.match(p.verb or "")
        # every match of _BY_RESOLUTION holds "mandate", every match of _BY_AGREEMENT one of
        # _AGREEMENT_WORDS: a paragraph without them is not scanned
        by_resolution = _BY_RESOLUTION.search(p.text, lowered) \
            if setting and "mandate" in lowered else None
        if by_resolution and not NOT_A_MISSION.search(by_resolution.group(0)[:200]):
            # the words after "as set out in", up to the date or period
            cited = _cited_resolutions(_CITE_END.split(by_resolution.group(1), maxsplit=1)[0])
            if cited:
                adds = by_resolution.group(0).lower().startswith("in addition")
                note(p, f"{'adds to' if adds else 'renews'} the mandate as set out in "
                        f"{', '.join(cited)}; tasks set there "
                        "that this text does not restate are not coded; parse "
                        f"{'that resolution' if len(cited) == 1 else 'those resolutions'} "
                        "for them")
                continue
        back = _CITED_THERE.search(p.text) if setting and (
            "referenced" in lowered or "referred to" in lowered) else None
        if back is not None and NOT_A_MISSION.search(p.text, max(0, back.start() - 80),
                                                     back.start()):
            back = None  # a panel's or a committee's mandate
        there = next((q for q in paragraphs if q.ref == back.group(1)), None) if back else None
        if there is not None and (cited := _cited_resolutions(there.text)):
            note(p, f"keeps the mandate as set out in {', '.join(cited)} (the resolutions "
                    f"paragraph {there.ref} cites); tasks set there that this text does not "
                    "restate are not coded; parse those resolutions for them")
            continue
        cited_tasks = _BY_CITED_TASKS.search(p.text, lowered) if "resolution" in lowered else None
        if cited_tasks and not NOT_A_MISSION.search(
                p.text, max(0, cited_tasks.start() - 200), cited_tasks.start()) \
                and not _ENABLED.search(p.text, max(0, cited_tasks.start() - 60),
                                        cited_tasks.start()):
            cited = _cited_resolutions(cited_tasks.group(1))
            if cited:
                note(p, f"gives the mission the tasks set out in {cited_tasks.group(1)}; those "
                        "tasks are not in this text and are not coded: parse "
                        f"{', '.join(cited)} for them")
                continue
        narrowed = _NARROWED.search(p.text, lowered) if "no longer" in lowered else None
        if narrowed:
            cited = _cited_resolutions(narrowed.group(1))
            note(p, f"takes out of the mandate a task set in {narrowed.group(1).strip()}; the "
                    f"tasks that remain are set in {', '.join(cited)} and the resolutions it "
                    "renews, not in this text: parse those for the tasks in force")
            continue
        by_report = next((m for pattern in _BY_REFERENCE
                          if (m := pattern.search(p.text, lowered))), None) if setting and any(
            word in lowered for word in _DOCUMENT_WORDS) else None
        if by_report and (_LISTED_HERE.search(p.text, lowered)
                          or _NOT_ITS_TASKS.search(p.text, lowered)):
            # "establish UNIOSIL, as recommended in … his report, … with the following key
            # tasks:" (1620 (2005) 1): the report recommended, this text lists the tasks;
            # "Approves the proposals … on the composition and operational aspects of UNMHA"
            # (2452 (2019) 3): the proposals set its make-up, not its tasks
            by_report = None
        if by_report and NOT_A_MISSION.search(p.text, max(0, by_report.start() - 160),
                                              by_report.end()):
            # "requests the Group of Experts … to implement their mandate in accordance with
            # the Report of the Informal Working Group", "the Committee established pursuant
            # to resolution 1540 (2004) … on the basis of reports from the Chair"
            by_report = None
        if by_report and by_report.group(0)[:7].lower() == "mandate" and _CARRIED_OUT.search(
                p.text, max(0, by_report.start() - 40), by_report.start()):
            # the mandate the mission carries out, not one the report sets: "ensure UNIFIL is
            # accorded full freedom of movement in the discharge of its mandate throughout its
            # area of operation as outlined in the Secretary-General's report" (1428 (2002) 6)
            by_report = None
        if by_report and _NOT_YET.search(p.text, max(0, by_report.start() - 80),
                                         by_report.start()):
            # a decision still to take: "Affirms its intention … to review the mandate and
            # troop level of UNMEE" (1670 (2006) 4), "to submit a report on the further
            # extension of UNPROFOR's mandate … as proposed in his report" (807 (1993) 9)
            by_report = None
        # a report still to come ("on the basis of the report requested in paragraph 7",
        # "… to be submitted by …") sets nothing yet
        if by_report and not _FUTURE_REPORT.search(p.text, by_report.start(),
                                                   by_report.end() + 60):
            symbol = _report_symbol(p, paragraphs)
            where = f"the Secretary-General's report {symbol}" if symbol else \
                "a report of the Secretary-General"
            note(p, f"sets or approves the mandate by reference to {where}; the tasks "
                    "described there are not in this text and are not coded")
            continue
        by_agreement = _BY_AGREEMENT.search(p.text, lowered) if any(
            word in lowered for word in _AGREEMENT_WORDS) else None
        if by_agreement and not _OBLIGED.search(p.text, max(0, by_agreement.start() - 40),
                                                by_agreement.start()):
            note(p, f"gives the mission the tasks set out in {by_agreement.group(1)}; those "
                    "tasks are not in this text and are not coded")
    return out


# obligations every operation carries, listed in renewals that leave its tasks as they were:
# "Requests the Secretary-General to implement the following activities and existing
# obligations in the planning and conduct of UNFICYP's operations: (a) women, peace and
# security requirements …; (c) the United Nations zero-tolerance policies …" (2674 (2023) 17)
_OBLIGATIONS = frozenset({"gender", "youth", "conduct_and_discipline",
                            "protection_of_un_personnel"})

# a paragraph that creates the mission, not one that renews what an earlier one "established"
# ("a support group of 180 civilian police monitors", 1145 (1997) 13, is not the mission named)
_ESTABLISHES = re.compile(r"\b(?:decides|agrees) (?:\w+ ){0,2}to (?:establish|set up|create)\b"
                          r"[^;]{0,80}?\bUnited Nations\b", re.I)


def _first_refs(refs: list[str], shown: int = 6) -> str:
    """`5, 6(a), 7`, or past `shown` paragraphs the first of them and `and 4 more`."""
    more = len(refs) - shown
    return ", ".join(refs[:shown]) + (f" and {more} more" if more > 0 else "")


#: the Council's thematic resolutions (women, peace and security; children; civilians;
#: peacekeeping; arms; terrorism and the like), which a mission's renewal cites for a theme,
#: never as the text that set the mission's tasks
THEMATIC_RESOLUTIONS = frozenset({
    # women, peace and security
    "1325", "1820", "1888", "1889", "1960", "2106", "2122", "2242", "2467", "2493", "2538",
    # children and armed conflict
    "1261", "1314", "1379", "1460", "1539", "1612", "1882", "1998", "2068", "2143", "2225",
    "2427", "2601",
    # protection of civilians and of humanitarian personnel, medical care, hunger, cultural
    # heritage, persons with disabilities
    "1265", "1296", "1502", "1674", "1738", "1894", "2175", "2222", "2286", "2347", "2417",
    "2475", "2573", "2730",
    # youth, peace and security
    "2250", "2419", "2535",
    # peacekeeping itself: sexual exploitation and abuse, policing, justice and corrections,
    # performance, safety, security sector reform, peacebuilding
    "2086", "2151", "2185", "2272", "2282", "2378", "2382", "2436", "2447", "2518", "2553",
    "2558", "2589", "2594",
    # arms, mines and weapons of mass destruction; a global ceasefire; hate speech; the
    # African Union's operations
    "1540", "2117", "2220", "2365", "2457", "2532", "2686", "2719",
    # terrorism, and the sanctions against Al-Qaida and the Taliban
    "1267", "1373", "1735", "2178", "2354", "2396", "2462", "2482",
})


#: a sanctions regime's measures or bodies, with the resolution that set them: "the embargo …
#: imposed by paragraph 5 of resolution 733 (1992)", "the Committee established pursuant to
#: resolution 751 (1992)", "the measures imposed by resolution 1521 (2003)" (not "all necessary
#: measures", "the Joint Committee established by …", "the Committee on Missing Persons", nor a
#: resolution that also set the mission's mandate: "the measures and the mandate of UNOCI
#: renewed by resolution 1980 (2011)")
_SANCTIONS_SET_BY = re.compile(
    r"\b(?:(?:(?:arms )?embargo|sanctions|measures(?= imposed| on arms))\b"
    r"(?:(?!\b(?:mandate|tasks|functions|mission)\b)[^;]){0,100}?"
    r"|(?:[Ss]anctions |Security Council )?(?<!Joint )(?<!Technical )(?<!Military )"
    r"(?<!Ceasefire )[Cc]ommittee\s+(?:of the Security Council\s+)?"
    r"|[Pp]anel of [Ee]xperts\s+|[Gg]roup of [Ee]xperts\s+)"
    r"\b(?:imposed|established|set up|created|decided|set out|renewed|extended|"
    r"contained)\s+(?:by|under|pursuant to|in)\s+(?:paragraphs?\s+[\d,\sand()a-z]{1,30}?\s+of"
    r"\s+)?(?:its\s+)?resolution\s+\d{1,4}\b")


def _cited_resolutions(text: str, itself: str | None = None) -> list[str]:
    """`S/RES/1769 (2007)` for each resolution `text` cites, once each, in order; not the
    resolution `itself` (its symbol). One cited with its year and also without ("resolution
    1510 (2003)", "resolution 1510", 1536 (2004)) is listed once, with its year."""
    years: dict[str, str | None] = {}
    for number, year in resolutions_cited(text):
        if itself is None or not itself.startswith(f"S/RES/{number} "):
            years[number] = years.get(number) or year
    return [f"S/RES/{number}" + (f" ({year})" if year else "") for number, year in years.items()]


#: a paragraph that ends on a word broken at its hyphen, with nothing after it
_CUT_MID_WORD = re.compile(r"\b[A-Za-z]+[a-z]-\s*$")
#: how a last paragraph ends: its punctuation, perhaps a closing quote or bracket, and perhaps
#: a page number or symbol run in after it ("… of the matter. 1", "… matter. S/2000/867"); or
#: a list of names with their countries ("… Mr. Lal Chand Vohrah (Malaysia)", 1104 (1997))
_ENDS_SENTENCE = re.compile(r"[.;:,!?)][\"”’')\]]*(?:\s+\S{1,12})?\s*$")
_NAMED_AS = re.compile(r"S[-_ ]RES[-_ ](\d{1,4})\s*\((\d{4})\)", re.I)


def _ends_mid_word(text: str) -> bool:
    """True when `text` ends on a word broken at its hyphen (`_CUT_MID_WORD`), looked for
    only at its end: searched whole, the pattern was tried at every word of every paragraph."""
    text = text.rstrip()
    return text.endswith("-") and _CUT_MID_WORD.search(text[-40:]) is not None


def _labels_apart(lines: list[Line], name: str) -> list[DataWarning]:
    """One warning for a copy that prints paragraph numbers and item labels apart from
    their words: stacked (`labels_apart`), or most of them alone on their lines."""
    runs = labels_apart(lines)
    if not runs:
        alone, opening = labels_alone(lines)
        if opening < 8 or 2 * alone < opening:
            return []
        return [DataWarning(
            "labels_apart", f"{alone} of the {opening} paragraph numbers and item labels stand "
            "alone on their lines, as pdftotext's default mode prints a PDF that hangs them in "
            "a margin; its reading order may set a label beside another item's words: check the "
            "numbering, or parse the PDF itself or convert it with pdftotext -layout",
            SourceRef(path=name))]
    labels, page = runs[0]
    places = "1 place prints" if len(runs) == 1 else f"{len(runs)} places print"
    return [DataWarning(
        "labels_apart", f"{places} paragraph numbers or item labels one after another, each "
        f"alone on its line, away from their words (first: {labels}); each was given to the "
        "next paragraph or item its numbering fits, which may be wrong: check them. "
        "pdftotext's default mode reads the UN's layout so: parse the PDF itself, or convert "
        "it with pdftotext -layout", SourceRef(path=name, page=page))]


def _cut_short(paragraphs: list[Paragraph], adopted: date | None,
               name: str) -> list[DataWarning]:
    """`text_cut` warnings for a text that stops before its end: a paragraph that ends on a
    word broken at its hyphen ("… (c) possible assis-", the UN's own JSON of 54 (1948)), or,
    in a resolution since 1993, a last paragraph that stops mid-sentence ("… to implement
    resolution 338", 2052 (2012)): the UN's texts since then end it with a full stop, older
    ones may not (351 (1974), 502 (1982))."""
    out = []
    for cut in (x for x in paragraphs if _ends_mid_word(x.text)):
        out.append(DataWarning(
            "text_cut", f"paragraph {cut.ref} ends in the middle of a word ('…"
            f"{cut.text.rstrip()[-30:]}'): the rest of it is not in the file; check it "
            "against the printed resolution", SourceRef(path=name, page=cut.page,
                                                         paragraph=cut.ref)))
    operative = [x for x in paragraphs if x.kind is ParagraphKind.OPERATIVE]
    last = operative[-1] if operative else None
    if last is not None and adopted is not None and adopted.year >= 1993 \
            and not _ends_mid_word(last.text) \
            and not _ENDS_SENTENCE.search(last.text.rstrip()[-80:]):
        out.append(DataWarning(
            "text_cut", f"the last paragraph ({last.ref}) ends mid-sentence ('…"
            f"{last.text.rstrip()[-40:]}'): the file may be cut short there; check it against "
            "the printed resolution", SourceRef(path=name, page=last.page, paragraph=last.ref)))
    return out


def _not_its_text(seg: Segmented, adopted: date | None) -> str | None:
    """Why a text that names a resolution is not that resolution's text, None when it is.

    A page that only cites the symbol ("The requested symbol S/RES/2777 (2025) could not be
    found") has no adoption line, no council line and no numbered paragraph: every
    resolution in the corpus without a numbered paragraph still has its adoption line. Another
    document under a resolution's title (a Refworld page of 591 (1986) carries a treaty body's
    list of reports) has no council line, no preambular paragraph, and no paragraph that opens
    with an operative verb or names the Council; the oldest resolutions word themselves
    oddly ("That the Trusteeship Council be requested", "To work out the practical measures
    …") but open with "The Security Council," or name it.
    """
    if seg.council_line:
        return None
    operative = [x for x in seg.paragraphs if x.kind is ParagraphKind.OPERATIVE]
    if not operative and adopted is None:
        return ("is not its text: no adoption line, no opening 'The Security Council,' and no "
                "numbered paragraph")
    if operative and len(operative) == len(seg.paragraphs) and not any(
            opens_with_operative_verb(x.text) or "Council" in x.text for x in operative):
        return ("its text is another document's: no opening 'The Security Council,', no "
                "preambular paragraph, no paragraph opening with a decision of the Council and "
                "none naming it")
    return None


def _symbol_in_name(path: Path) -> str | None:
    """The symbol the UN's and the catalogues' file names carry: S_RES_1454(2002),
    S-RES-1454(2002) → "S/RES/1454 (2002)"."""
    m = _NAMED_AS.fullmatch(path.stem)
    return f"S/RES/{int(m.group(1))} ({m.group(2)})" if m else None


_PRST = re.compile(r"(S/PRST/\d{4}/\d{1,3})")
# the General Assembly's resolutions (a mission's financing) head their text with their symbol
_GA_SYMBOL = re.compile(r"(?:United Nations\s+)?(A/RES/\d{1,3}/\d{1,4})\b.*")
# … and its other documents, the budgets and the reports on them: "United Nations
# A/80/604/Add.11", or in a DOCX without the masthead, their titles
_GA_DOCUMENT = re.compile(r"(?:United Nations\s+)?(A/\d{1,3}/\d{1,4}(?:/(?:Add|Rev|Corr)\.\d+)*)")
_BUDGET_TITLE = re.compile(
    r"(?:Financing of the United Nations|Administrative and budgetary aspects of the financing|"
    r"Budget (?:performance )?for the period|Budget (?:performance )?of the United Nations|"
    r"Financial performance report|Proposed budget)\b")


def _not_a_resolution(opening: list[str], path: Path) -> InputError:
    """The error for a document that is not a resolution, named by what its `opening` lines
    (title block, first printed lines) show it is, with the document or command to use."""
    def found(pattern: re.Pattern[str]) -> str | None:
        return next((m.group(1) for line in opening if (m := pattern.fullmatch(line))), None)

    # a presidential statement's symbol stands alone on a line of its title block, not cited
    # in a sentence
    if (statement := found(_PRST)) is not None:
        return InputError(f"is a statement by the President of the Security Council "
                          f"({statement}), not a resolution: it sets no mandate", path=path,
                          hint="give the resolution that sets or renews the mandate")
    if (assembly := found(_GA_SYMBOL)) is not None:
        return InputError(f"is a General Assembly resolution ({assembly}), not a Security "
                          "Council one: the Assembly finances a mission, the Council sets its "
                          "mandate", path=path,
                          hint="give the Security Council resolution (S/RES/…) that sets or "
                               "renews the mandate")
    document = found(_GA_DOCUMENT)
    if document is not None or any(_BUDGET_TITLE.match(line) for line in opening):
        # a budget, a performance report or the ACABQ's report on them, given where the
        # resolution goes (`coherence report --mandate BUDGET --budget RESOLUTION`)
        named_as = f" ({document})" if document else ""
        return InputError(f"is a General Assembly document{named_as}, a mission's budget or a "
                          "report on it, not a Security Council resolution", path=path,
                          hint="give it to `coherence budget` or as --budget, and the "
                               "resolution (S/RES/…) as --mandate")
    return InputError("does not look like a Security Council resolution (no title block naming "
                      "S/RES/… and no opening 'The Security Council,')", path=path,
                      hint="give the text of a resolution, S/RES/…")


def read_lines(path: Path) -> list[Line]:
    """The printed lines of a resolution file, page furniture still in."""
    module = importlib.import_module(f"mandates.readers.{_FORMATS[path.suffix.lower()].reader}")
    return module.read_lines(path)


def _unread_pages(lines: list[Line], path: Path, blank_pages: bool) -> list[DataWarning]:
    """A warning for each page whose text does not read as English, and with `blank_pages`
    (a PDF's pages) for each page before the last page with text that has none (an image, a
    blank page, or a page whose drawing is damaged: pdfium reads what it can of a damaged page
    and says nothing).

    Raises InputError when half the pages with text or more do not read: the file needs OCR.
    """
    texts: dict[int, list[str]] = {}
    for ln in lines:
        if ln.text.strip() and ln.page is not None:  # a DOCX has no pages
            texts.setdefault(ln.page, []).append(ln.text)
    garbled = unreadable_pages({n: " ".join(t) for n, t in texts.items()})
    if garbled and 2 * len(garbled) >= len(texts):
        raise InputError(f"has a text layer that does not read as text on {len(garbled)} of its "
                         f"{len(texts)} pages (a damaged file, or fonts that map their letters "
                         "to nothing readable)", path=path,
                         hint="download the document again; if it stays so, run OCR on it "
                              "(e.g. ocrmypdf --force-ocr) and parse the result")
    warnings = [DataWarning("page_without_text", f"page {n} has no text (an image, a blank "
                            "page, or a damaged one); whatever it prints is not read: check the "
                            "source", SourceRef(path=path.name, page=n))
                for n in range(1, max(texts, default=0)) if blank_pages and n not in texts]
    warnings.extend(DataWarning("page_unreadable", f"the text of page {n} does not read as text "
                                "(a damaged page, or a font that maps its letters to nothing "
                                "readable); its paragraphs are garbled or missing: check the "
                                "source", SourceRef(path=path.name, page=n))
                    for n in garbled)
    return sorted(warnings, key=lambda w: (w.at.page or 0) if w.at else 0)


def _unreadable_characters(lines: list[Line], path: Path) -> list[DataWarning]:
    """One `text_damaged` warning for a text with characters that could not be read: a
    stretch of zero bytes (a damaged copy) or bytes no encoding maps, each shown as U+FFFD;
    the words there are lost, and a paragraph number among them with them."""
    pages = sorted({ln.page or 0 for ln in lines if "\ufffd" in ln.text})
    if not pages:
        return []
    where = (f" on page{'s' if len(pages) > 1 else ''} "
             f"{', '.join(map(str, pages[:10]))}{' …' if len(pages) > 10 else ''}"
             if pages[0] else "")
    return [DataWarning("text_damaged", f"characters of the text could not be read{where} "
                        "(zeroed bytes of a damaged copy, or bytes no text encoding maps), "
                        "shown as \ufffd: the words there are lost and the paragraphs around "
                        "them may be misread: check them against the printed resolution, or "
                        "get a fresh copy of the file",
                        SourceRef(path=path.name, page=pages[0] or None))]


@dataclass(frozen=True)
class _Read:
    """What reading a resolution file gives before any parsing: its printed lines and the
    damage read around (a PDF's broken objects, a DOCX's broken images)."""

    path: Path
    suffix: str
    lines: list[Line]
    damaged: DataWarning | None
    sha256: str


def _read(path: str | Path) -> _Read:
    """Read a resolution file: every step that touches the file or pdfium, and nothing
    else, so that `parse_resolutions` can read the next file while parsing this one."""
    kind = _FORMATS.get(Path(path).suffix.lower())
    p = check_readable(path, max_bytes=MAX_TEXT_BYTES if kind and kind.text else MAX_FILE_BYTES)
    suffix = check_suffix(p, SUPPORTED_SUFFIXES, "a resolution")
    if suffix != ".pdf":
        raw = read_lines(p)
        return _Read(p, suffix, raw,
                     image_damage_warning(p, "resolution") if suffix == ".docx" else None,
                     sha256_of(p))
    # pdfium repairs a broken cross-reference table, reads a broken page stream as far as it
    # can and draws a broken font's text elsewhere, all without a word: the file's objects
    # are checked in a thread of their own while pdfium draws the text, as both let go of
    # the GIL (zlib inflating the streams, pdfium's calls); the check then costs no time
    # (10 ms of the ten PDFs' 330 ms of reading), and so is its hash. A file that cannot be
    # read is said so first: leaving the pool waits for the check and lets the reading's
    # error through.
    with ThreadPoolExecutor(max_workers=1) as pool:
        checked = pool.submit(damage_warning, p, "it was read as far as it could be, but "
                              "paragraphs may be missing, cut or run together", "resolution")
        hashed = pool.submit(sha256_of, p)
        raw = read_lines(p)
    return _Read(p, suffix, raw, checked.result(), hashed.result())


def parse_resolution(path: str | Path) -> Resolution:
    """Parse one Security Council resolution file into a `Resolution`.

    Raises `InputError` (exit code 3) for a missing, empty, corrupt, encrypted,
    unsupported or image-only file, for a document that is not a resolution, and for a
    resolution in another language than English.
    """
    return _parse(_read(path))


#: files read ahead of the one being parsed by `parse_resolutions`
READ_AHEAD = 2


def parse_resolutions(paths: Iterable[str | Path]) -> Iterator[tuple[Path, Resolution | Exception]]:
    """Parse many resolution files in order, yielding each path with its `Resolution`, or
    with the exception (an `InputError` for a bad file) that `parse_resolution` would raise.

    A second process reads the next files (pdfium draws their text) while this one parses,
    so a corpus of PDFs parses in little more than the time its reading takes on two cores.
    A file that crashes pdfium kills only that process: the file gets an `InputError`, a new
    process reads the rest. Where no process can be forked (another thread is running, or the
    platform cannot fork) the files are read here, one after another.
    """
    todo = [Path(p) for p in paths]
    pool = _read_pool() if len(todo) > 1 else None
    ahead: dict[int, Future[_Read]] = {}
    try:
        for i, path in enumerate(todo):
            if pool is not None:
                try:
                    for j in range(i, min(i + 1 + READ_AHEAD, len(todo))):
                        if j not in ahead:
                            ahead[j] = pool.submit(_read, todo[j])
                except BrokenProcessPool:
                    pass  # the reader died on a file ahead; found out below
            outcome: Resolution | Exception
            try:
                if pool is None:
                    source = _read(path)
                else:
                    try:
                        future = ahead.pop(i, None)
                        if future is None:
                            raise BrokenProcessPool(path)
                        source = future.result()
                    except BrokenProcessPool:
                        pool, read = _read_after_crash(pool, path, ahead)
                        if isinstance(read, InputError):
                            raise read from None
                        source = read
                outcome = _parse(source)
            except Exception as exc:  # handed to the caller with its file
                outcome = exc
            yield path, outcome
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _read_pool() -> ProcessPoolExecutor | None:
    """One forked process to read files in, or None where forking is not safe or possible."""
    import multiprocessing
    import threading

    if threading.active_count() > 1 or "fork" not in multiprocessing.get_all_start_methods():
        return None  # a fork copies one thread of a running program: another may hold a lock
    try:
        return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))
    except (OSError, NotImplementedError):  # no semaphores (/dev/shm) in some sandboxes
        return None


def _read_after_crash(pool: ProcessPoolExecutor, path: Path, ahead: dict[int, Future[_Read]]
                      ) -> tuple[ProcessPoolExecutor | None, _Read | InputError]:
    """The reading process died while `path` or a file after it was being read: read `path`
    alone in a new process, which tells which file it was. Returns the pool to go on with
    (None when none can be made) and what was read, or the InputError of a file that crashes
    the reader."""
    pool.shutdown(wait=True, cancel_futures=True)
    ahead.clear()
    fresh = _read_pool()
    if fresh is None:
        return None, _read(path)
    try:
        return fresh, fresh.submit(_read, path).result()
    except BrokenProcessPool:
        fresh.shutdown(wait=True, cancel_futures=True)
        return _read_pool(), InputError(
            "crashed the PDF reader (pdfium) while its text was drawn; the other files are "
            "read on", path=path, hint="the file is damaged or malformed: download it again, "
                                       "or print it to a new PDF")
    except BaseException:
        fresh.shutdown(wait=True, cancel_futures=True)
        raise


def _parse(source: _Read) -> Resolution:
    """Everything after reading: segment, metadata, tasks and warnings."""
    p, suffix, raw, damaged = source.path, source.suffix, source.lines, source.damaged
    kind = _FORMATS[suffix]
    if not kind.drawn_pages and not any(ln.text.strip() for ln in raw):
        # a text saved without its words (spaces, a byte-order mark, an HTML or DOCX shell);
        # a PDF without text is told apart below: it needs OCR
        raise InputError("holds no text, only blank space", path=p,
                         hint="supply the complete document")
    lines = clean_lines(raw)
    # the same symbol names the text in all six official languages; a French one would
    # otherwise read as a resolution that gives the mission nothing
    check_english(" ".join(ln.text for ln in lines[:200]), p, "a resolution")
    page_notes = _unread_pages(raw, p, blank_pages=kind.drawn_pages)
    if damaged is not None:
        page_notes.insert(0, damaged)
    page_notes[:0] = _unreadable_characters(raw, p)
    seg = segment(lines, repair=not kind.as_printed, blocks=kind.paragraph_lines)
    paragraphs = seg.paragraphs
    head = [ln.text for ln in seg.masthead[:40]] or [ln.text for ln in lines[:40]]
    first = [ln.text for ln in raw[:12]]
    symbol = symbol_of(head, first)
    operative = [x for x in paragraphs if x.kind is ParagraphKind.OPERATIVE]
    corrected = corrigendum_of([*head, *first])
    if corrected and not operative:
        # "S/RES/2999 (2031)/Corr.1 … For 30 June read 31 July": the correction, not the text
        raise InputError(f"is a corrigendum to {corrected}, not the text of the resolution",
                         path=p, hint="give the resolution itself, as reissued with the correction")
    if symbol is None and (not operative or not seg.council_line or len(seg.masthead) > 15):
        # a resolution opens with its title block and "The Security Council,"; a report
        # that cites resolutions does not
        raise _not_a_resolution([ln.strip() for ln in [*head, *first]], p)
    named = None
    in_name = _symbol_in_name(p)
    if symbol is None and in_name is not None:
        # the text prints no symbol (1454 (2002) opens with its adoption line); the UN's
        # own file names carry it: S_RES_1454(2002), S-RES-1454(2002)
        symbol = named = in_name
    closing = seg.closing[:3] or raw[-8:]  # the adoption line may close the last paragraph
    adopted, meeting = adoption_of(head, [ln.text for ln in closing])
    printed, cited = adopted, symbol
    adopted, meeting = consistent_adoption(adopted, meeting, symbol, head)
    if symbol is not None and (reason := _not_its_text(seg, adopted)) is not None:
        raise InputError(f"names {symbol} but {reason}", path=p,
                         hint="download the resolution itself (documents.un.org, S/RES/…)")
    symbol = consistent_symbol(symbol, adopted, head)
    missions = missions_of(paragraphs, adopted)
    principal = missions[0] if missions else None
    counted_from: list[tuple[date, bool]] = []
    expires, expiry_ref = expiry_of(paragraphs, adopted, principal, counted_from)
    others = tuple(MissionExpiry(m, d, ref, _page_of(paragraphs, ref))
                   for m, d, ref in other_expiries_of(paragraphs, adopted, missions))
    expiry_text = next((x.text for x in paragraphs if x.ref == expiry_ref), "")
    expiry_at = SourceRef(path=p.name, paragraph=expiry_ref,
                          page=_page_of(paragraphs, expiry_ref))
    estimated = expires not in (None, adopted) and expiry_ref is not None and not prints_date(
        expiry_text, expires)
    warnings: list[DataWarning] = []
    if not operative:
        kept = ("the text is kept as preambular paragraphs" if paragraphs else
                # no "The Security Council," and no paragraph number to start from: every
                # line was taken for the title block
                f"no paragraph could be read either, and its {len(seg.masthead)} lines are "
                "not read as mandate text (it prints no 'The Security Council,' and no "
                "paragraph numbers to start from): read the source")
        warnings.append(DataWarning("no_operative_paragraphs",
                                    f"no numbered operative paragraph was found; {kept}",
                                    SourceRef(path=p.name)))
    warnings.extend(page_notes)
    warnings.extend(_labels_apart(lines, p.name))
    warnings.extend(_cut_short(paragraphs, adopted, p.name))
    warnings.extend(by_reference(paragraphs, p.name))
    if printed is not None and adopted is not None and adopted != printed:
        where = ("printed in the title block" if prints_date(" ".join(head), adopted)
                 else "the symbol's year, as the Council first met in 1946")
        warnings.append(DataWarning(
            "adoption_date_corrected", f"the adoption line prints {printed}, a year the symbol "
            f"{symbol} contradicts; {adopted}, {where}, is used", SourceRef(path=p.name)))
    draft = draft_symbol_of(head) if symbol is None else None
    if draft is not None:
        printed_as = f" ({draft})" if draft != "draft" else ""
        warnings.append(DataWarning(
            "draft_resolution", f"a draft resolution{printed_as}, not an adopted one: it has no "
            "resolution number or adoption date yet, and its tasks are those it proposes",
            SourceRef(path=p.name)))
    if named is not None:
        warnings.append(DataWarning(
            "symbol_from_file_name", f"the text prints no document symbol; {named} is read "
            "from the file's name", SourceRef(path=p.name), severity="info"))
    if symbol != cited:
        warnings.append(DataWarning(
            "symbol_corrected", f"the document symbol is printed {cited}, a year the title and "
            f"the adoption date ({adopted}) contradict; {symbol}, as the title prints it, is used",
            SourceRef(path=p.name)))
    elif symbol and adopted and f"({adopted.year})" not in symbol:
        warnings.append(DataWarning(
            "symbol_year_conflict", f"the symbol {symbol} and the adoption date {adopted} give "
            "different years; check the source", SourceRef(path=p.name)))
    elif symbol and named is None and in_name is not None and in_name != symbol:
        # one of the two is wrong ("Resolution 239 (1970)" printed for 290 (1970); a file
        # named 376 (1976) for 376 (1975))
        warnings.append(DataWarning(
            "symbol_differs_from_file_name", f"the text prints {symbol}; the file is named for "
            f"{in_name}: the printed symbol is used; check which is right",
            SourceRef(path=p.name)))
    titles = title_symbols_of(head) if symbol else []
    if symbol is not None and titles and all(t.split()[0] != symbol.split()[0] for t in titles):
        # a catalogue's "Citation / Document Symbol S/RES/289 (1970)" above the title
        # "Resolution 290(1970)" of the text it holds
        warnings.append(DataWarning(
            "symbol_differs_from_title", f"the masthead gives {symbol}, the title "
            f"{titles[0]}: {symbol} is used; check which resolution the text is",
            SourceRef(path=p.name)))
    if adopted is None and draft is None:
        warnings.append(DataWarning(
            "adoption_unread", "no adoption date could be read (the title and adoption lines "
            "print none, or one that is no date); dates counted from the adoption, such as an "
            "expiry 'for six months', are left empty: read it from the printed resolution",
            SourceRef(path=p.name)))
    if expires is not None and (later := further_extension(expiry_text, expires)) is not None:
        warnings.append(DataWarning(
            "expiry_may_extend", f"paragraph {expiry_ref} extends the mandate until {expires} "
            f"and, on a condition it states, further until {later}; {expires} is used",
            expiry_at, severity="info"))
    if expires is None and principal is not None \
            and (unread := unread_extension(paragraphs, principal)) is not None:
        warnings.append(DataWarning(
            "expiry_unread", f"paragraph {unread} extends the mandate, but no end date could be "
            "read from it (a period counted from the present expiry, \"by six months\", needs "
            "that date); the expiry is left empty: read the paragraph",
            SourceRef(path=p.name, paragraph=unread)))
    if estimated:
        start, first_day = counted_from[-1] if counted_from else (adopted, False)
        basis = "the adoption date" if start == adopted else f"{start}, the start it gives"
        counted = (f"{expires} is the last day of the period beginning on {start}, as it "
                   "gives" if first_day else f"{expires} is counted from {basis}")
        warnings.append(DataWarning(
            "expiry_estimated", f"paragraph {expiry_ref} sets the mandate for a period, not "
            f"to a date; {counted}",
            expiry_at, severity="info"))
    if not missions and (unnamed := _unnamed_mission(paragraphs, p.name)) is not None:
        warnings.append(unnamed)
    increments: list[PersonnelCeiling] = []
    reductions: list[PersonnelCeiling] = []
    read: set[str] = set()
    set_again: list[tuple[PersonnelCeiling, PersonnelCeiling]] = []
    phased: list[tuple[PersonnelCeiling, PersonnelCeiling]] = []
    ceilings = ceilings_of(paragraphs, principal, increments, read, reductions,
                           others=missions[1:], set_again=set_again, phased=phased)
    for ref in dict.fromkeys(later.ref for _, later in phased):
        steps = [(first, later) for first, later in phased if later.ref == ref]
        phases = "; ".join(f"{first.kind.people} {first.count:,}, then {later.count:,}"
                           for first, later in steps)
        whose = f"{steps[0][0].mission}'s " if steps[0][0].mission else ""
        warnings.append(DataWarning(
            "ceiling_phased", f"paragraph {ref} sets {whose}ceilings for a first period and "
            f"others after it ({phases}); the later are given, as those in force at its end "
            f"and for the next budget: read paragraph {ref} for the dates",
            SourceRef(path=p.name, paragraph=ref, page=steps[0][1].page), severity="info"))
    for first_set, set_later in set_again:
        whose = f" for {first_set.mission}" if first_set.mission else ""
        warnings.append(DataWarning(
            "ceiling_set_again", f"paragraph {set_later.ref} gives {set_later.count:,} "
            f"{first_set.kind.people}{whose} after paragraph {first_set.ref} set "
            f"{first_set.count:,}; the first is taken as the ceiling: read paragraph "
            f"{set_later.ref} for which is in force (a later change, a phase, a temporary "
            "increase, or a part withdrawn)",
            SourceRef(path=p.name, paragraph=set_later.ref, page=set_later.page)))
    for code, changes, says, then in (
            ("ceiling_increment", increments, "raises {} authorized strength by",
             # "by 200 police personnel, for a total of 1,200" sets the ceiling as well
             " rather than setting a ceiling; unless the paragraph also sets one, the ceiling is "
             "the earlier one plus this"),
            ("ceiling_reduction", reductions, "gives a reduction of {} strength by",
             ", not a ceiling; unless the paragraph also sets one, the ceiling is the earlier "
             "one less this")):
        for c in changes:
            whose = f"{c.mission}'s" if c.mission else "the"
            warnings.append(DataWarning(
                code, f"paragraph {c.ref} {says.format(whose)} {c.count:,} ({c.kind.words}){then}",
                SourceRef(path=p.name, paragraph=c.ref, page=c.page), severity="info"))
    for p_, figures in unread_strengths(paragraphs, read | {c.ref for c in increments}):
        warnings.append(DataWarning(
            "ceiling_unread", f"paragraph {p_.ref} gives a number of personnel "
            f"({', '.join(figures)}) where a strength is authorized or changed, but no ceiling "
            "or increment could be read from it; read the paragraph for the strength it sets",
            SourceRef(path=p.name, paragraph=p_.ref, page=p_.page), severity="info"))
    for p_, figure in uniformed_totals(paragraphs, ceilings):
        warnings.append(DataWarning(
            "ceiling_uniformed", f"paragraph {p_.ref} gives a strength of {figure} uniformed "
            "personnel (troops and police together), for which the ceilings have no kind; it "
            "is not among them: read the paragraph for how it divides",
            SourceRef(path=p.name, paragraph=p_.ref, page=p_.page), severity="info"))
    for ref in seg.inferred:
        at = SourceRef(path=p.name, paragraph=ref, page=_page_of(paragraphs, ref))
        warnings.append(DataWarning(
            "label_inferred", f"sub-paragraph {ref} is printed without its letter; the letter "
            "was inferred from its place in the list", at,
            severity="info"))
    for before, gap_from, gap_to, after, gap_page in seg.gaps:
        top_level = "(" not in after
        what = "paragraph" if top_level else "item"
        one = gap_from == gap_to
        missing = f"{what} {gap_from} was" if one else f"{what}s {gap_from} to {gap_to} were"
        them, they_set = ("it", "it sets") if one else ("them", "they set")
        into = f"{what} {before}" if before else "the preamble"
        jumps = f"the operative numbering starts at {after}" if before is None else \
            f"the {'operative numbering' if top_level else 'lettering'} jumps from {before} " \
            f"to {after}"
        warnings.append(DataWarning(
            "paragraphs_missing", f"{jumps}: {missing} not found (a page lost in extraction, "
            f"a damaged file, or a label printed otherwise); any text of {them} is read as "
            f"part of {into}, and a task, ceiling or date {they_set} may be missing: check the "
            "source",
            SourceRef(path=p.name, paragraph=after, page=gap_page)))
    notes = seg.notes
    if notes:
        how_many = "1 line" if len(notes) == 1 else f"{len(notes)} lines"
        # notes under a rule at a page's foot (Segmented.footnotes) come first
        where = ("after the text" if not seg.footnotes else "at a page's foot"
                 if len(seg.footnotes) == len(notes) else "at a page's foot and after the text")
        warnings.append(DataWarning("notes_skipped",
                                    f"{how_many} of notes {where} (footnotes to the "
                                    f"resolution) {'was' if len(notes) == 1 else 'were'} not "
                                    "read as mandate text",
                                    SourceRef(path=p.name, page=notes[0].page), severity="info"))
    if seg.annex_lines:
        lines_of = "1 line" if seg.annex_lines == 1 else f"{seg.annex_lines} lines"
        warnings.append(DataWarning("annex_skipped",
                                    f"{lines_of} of annex after the operative paragraphs "
                                    f"{'was' if seg.annex_lines == 1 else 'were'} not read as "
                                    "mandate text",
                                    SourceRef(path=p.name), severity="info"))
    for ref, lines_quoted, page in seg.quoted:
        warnings.append(DataWarning("quotation_skipped",
                                    f"paragraph {ref} quotes a resolution whole ({lines_quoted} "
                                    "lines, its paragraphs numbered on their own); the "
                                    "quotation was not read as this resolution's text",
                                    SourceRef(path=p.name, page=page, paragraph=ref),
                                    severity="info"))
    for label, read_from, read_to, page in seg.renumbered:
        warnings.append(DataWarning(
            "paragraphs_renumbered", f"part {label} numbers its paragraphs from 1 again; they "
            f"are read as paragraphs {read_from} to {read_to} (part {label}'s paragraph 1 is "
            f"{read_from}), so that each keeps a reference of its own: cite them as printed, "
            "with the part's letter", SourceRef(path=p.name, page=page, paragraph=read_from)))
    for ref, page, same in seg.repeated:
        how = ("word for word: the repeat is left out" if same else
               f"the second is read as part of paragraph {ref}")
        warnings.append(DataWarning("paragraph_number_repeated",
                                    f"the number {ref} is printed on two paragraphs in a row; "
                                    f"{how}: check the numbering against the printed "
                                    "resolution", SourceRef(path=p.name, page=page, paragraph=ref)))
    set_aside: list[tuple[str, str | None, str]] = []
    uncoded: list[tuple[str, str | None]] = []
    tasks = code_tasks(paragraphs, missions, set_aside=set_aside, uncoded=uncoded)
    # an operation the text gives tasks to is one it names, though the registry lacks it
    # ("Requests UNMIR to assist the Panel of Experts"; "calls on … BONUCA … to provide")
    missions = (*missions, *dict.fromkeys(t.mission for t in tasks
                                          if t.mission and t.mission not in missions))
    if set_aside:
        warnings.append(_set_aside_warning(set_aside, paragraphs, p.name))
    if uncoded:
        warnings.append(_uncoded_warning(uncoded, paragraphs, p.name))
    ended = principal is not None and expiry_ref is not None \
        and ends_mandate(expiry_text, principal)
    if ended:
        # "Decides to terminate the mandate of UNITAMS … as of 3 December 2023" and asks for
        # its drawdown (2715 (2023)), or sets the functions of its withdrawal (MINUSMA, 2690
        # (2023) 6): no mandate stands after it to look up
        listed = _first_refs(list(dict.fromkeys(t.ref for t in tasks)))
        warnings.append(DataWarning(
            "mandate_ended", f"paragraph {expiry_ref} ends {principal}'s mandate on "
            f"{expires}; " + (f"the tasks coded here ({listed}) are those this text gives "
                              "it for its close" if tasks else "the text gives it no task "
                              "for its close"),
            expiry_at, severity="info"))
    elif principal and expiry_ref is not None and not any(
            w.code == "tasks_by_reference" for w in warnings) and not any(
            sets_mandate(t) and set(t.categories) - _OBLIGATIONS for t in tasks):
        # most renewals: "Decides to extend the mandate of UNMIR until …" and nothing more, or
        # with a few requests that add to the mandate or stress part of it
        # (not where a sanctions regime is cited: "the embargo … imposed by paragraph 5 of
        # resolution 733 (1992)", "the Committee established pursuant to resolution 751
        # (1992)", 954 (1994); a resolution also cited otherwise, as 1493 (2003) set both a
        # mandate and an embargo, is kept)
        said = _SANCTIONS_SET_BY.sub(" ", "; ".join(x.text for x in operative))
        renewed = [cited for cited in _cited_resolutions(said, symbol)
                   if cited[len("S/RES/"):].split(" ")[0] not in THEMATIC_RESOLUTIONS]
        # the latest are nearest to the tasks in force; a call to implement "resolutions 1754
        # (2007), 1783 (2007), … 2703 (2023)" (MINURSO, 2756 (2024) 10) lists them oldest first
        latest = sorted(renewed, key=lambda s: int(s.split("/")[2].split(" ")[0]))[-4:]
        where = ("" if not renewed else
                 f" (its operative paragraphs cite {', '.join(renewed)})" if len(renewed) <= 4
                 else f" (its operative paragraphs cite {len(renewed)} resolutions, the latest "
                 f"{', '.join(latest)})")
        # "for a final period until 6 October 2003" (UNIKOM, 1490 (2003) 1): the tasks stand
        # as renewed until then, and no renewal follows
        final = final_extension(expiry_text)
        sets = (f"extends {principal}'s mandate for a final period, to end on {expires}"
                if final else f"sets when {principal}'s mandate ends")
        if not tasks and _ESTABLISHES.search(expiry_text):
            # "Decides to establish the United Nations Aouzou Strip Observer Group (UNASOG) and
            # authorizes the deployment … to observe the implementation of the agreement" (915
            # (1994)): no earlier resolution holds its tasks; the words here are all there is
            warnings.append(DataWarning(
                "no_tasks_restated", f"paragraph {expiry_ref} establishes {principal} until "
                f"{expires}, but no task of it is coded here: what it is to do is in words no "
                "codebook task names, or in the report or agreement it cites; read the text",
                expiry_at, severity="info"))
        elif not tasks:
            # (or names some the filter set aside, each listed in that warning)
            none = ("no task of it is coded here" if set_aside else
                    "the text names none of its tasks")
            warnings.append(DataWarning(
                "no_tasks_restated", f"paragraph {expiry_ref} {sets}, but {none}; a renewal "
                f"leaves them as the resolutions it renews set them{where}: parse those for "
                "the tasks in force",
                expiry_at, severity="info"))
        else:
            # "Decides to extend the mandate of UNAMA for an additional period of 12 months"
            # and "Requests UNAMA to continue to support … a fair and transparent justice
            # system" (1589 (2005)): the one task is not the whole mandate
            order = {x.ref: i for i, x in enumerate(operative)}
            refs = sorted({t.ref for t in tasks}, key=lambda r: order.get(r, len(order)))
            listed = _first_refs(refs)
            warnings.append(DataWarning(
                "tasks_partly_restated", f"paragraph {expiry_ref} {sets}{',' if final else ''} "
                f"without restating it; the tasks coded here ({listed}) are those "
                f"this text adds or stresses, and the rest of the mandate stands as the "
                f"resolutions it renews set it{where}: parse those for the tasks in force",
                expiry_at, severity="info"))
    if principal and expires is not None and not ended and final_extension(expiry_text) \
            and not any(w.code in ("no_tasks_restated", "tasks_partly_restated")
                        for w in warnings):
        # "decides to extend UNAMI's mandate for a final 19-month period until 31 December
        # 2025" (2732 (2024) 1), with the tasks it streamlines for the close
        warnings.append(DataWarning(
            "mandate_final", f"paragraph {expiry_ref} extends {principal}'s mandate for a "
            f"final period, to end on {expires}: the Council means no renewal to follow",
            expiry_at, severity="info"))
    reporting = reporting_of(paragraphs, adopted, expires)
    for request in reporting:
        early = [d for d in (request.due, *request.later) if d and adopted and d < adopted]
        if early:
            # 625 (1988), adopted on 15 December 1988: "a report … by 31 May 1988"
            warnings.append(DataWarning(
                "report_due_before_adoption", f"paragraph {request.ref} asks for a report by "
                f"{early[0]}, before the resolution was adopted ({adopted}); the text may "
                "misprint the year: check the source", SourceRef(
                    path=p.name, page=request.page, paragraph=request.ref)))
    if missions:
        for p_, setting, interval in reporting_by_reference(paragraphs,
                                                             {r.ref for r in reporting}):
            if interval:
                when = (f", {interval} as this text adjusts it; when the first report is due "
                        "is not in this text")
            else:
                when = "; when those reports are due is not in this text"
            warnings.append(DataWarning(
                "reporting_by_reference", f"paragraph {p_.ref} keeps the reporting set by "
                f"{', '.join(setting)}{when}: parse "
                f"{'that resolution' if len(setting) == 1 else 'those resolutions'} for it",
                SourceRef(path=p.name, page=p_.page, paragraph=p_.ref), severity="info"))
    return Resolution(
        source=SourceDocument(p.name, source.sha256, kind.name),
        symbol=symbol,
        adopted=adopted,
        meeting=meeting,
        missions=missions,
        chapter_vii=chapter_vii_of(paragraphs),
        mandate_expires=expires,
        mandate_expires_ref=expiry_ref if expires is not None else None,
        mandate_expires_page=expiry_at.page if expires is not None else None,
        other_expiries=others,
        ceilings=ceilings,
        paragraphs=tuple(paragraphs),
        tasks=tasks,
        reporting=reporting,
        warnings=tuple(warnings),
        draft=draft,
    )
