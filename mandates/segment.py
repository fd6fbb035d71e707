"""Printed lines → paragraphs: preambular `PP1…`, operative `13`, `13(a)`, `13(i)(a)`.

The reading follows the printed numbering strictly: a top-level number opens a paragraph
only when it is the next number, a letter only when it is the next letter, so a wrapped
line that happens to begin with `(b)` or `12.` never opens a paragraph. A roman `(i)`
directly under a numbered paragraph opens a section whose letters nest under it
(`36(i)(a)`, as PEMA writes `36i(a)`); after `(h)` an `(i)` is the letter i unless a
roman numeral sequence is already running. Headings are short unpunctuated lines printed
between paragraphs; they attach to every paragraph under them until the next heading.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path

from mandates.metadata import ADOPTED_AT_MEETING, symbol_of
from mandates.missions import MISSIONS
from mandates.model import MONTH_NAMES, Paragraph, ParagraphKind
from mandates.readers.lines import Line, roman_numeral

# a number, not a decimal figure wrapped to a line start ("1.6 million people")
_TOP = re.compile(r"^(\d{1,3})\s*\.(?!\d)\s*(?=\S)(.*)$")
_SUB = re.compile(r"^\(([a-z]{1,2}|[ivxl]{1,6})\)\s*(.*)$")
_ROMAN = re.compile(r"^[ivxl]+$")
# an item's label, in brackets or half, perhaps on a line of its own ("(k) To facilitate …",
# "k) To facilitate …", "(k)")
_ITEM_LABEL_OPENING = re.compile(r"\(?(?:[a-z]{1,2}|[ivxl]{1,6})\)(?:\s|$)")
_CAP_SECTION = re.compile(r"^([IVX]{1,4})\.\s+([A-Z][^;]{0,120})$")
# not the second line of a wrapped adoption line ("Adopted by" / "the Security Council at its
# 3480th meeting, on 14 December 1994"; "… on 18 December 2020" by written procedure)
# and not a sentence wrapped before "the Security Council to meet forthwith …" (the
# lower-case "the"); older texts print the opening in capitals
# … or in quotation marks, with its comma (1467 (2003): '"The Security Council, "Decides to
# adopt …'; not a quotation that opens so: '"The Security Council has authorized me …')
_COUNCIL = re.compile(r"^(?:(?:The|THE|Therefore,?\s+the)\s+(?i:Security\s+Council)"
                      r"(?!\s+(?:at\s+i(?:ts|s)\b|on\s+\d))\s*[,;:]?"
                      r"|[\"“]\s*(?:The|THE)\s+(?i:Security\s+Council)\s*,(?:\s*[\"”](?=[A-Z]))?)")
#: the paragraph that closes a resolution (matched whole)
CLOSING_PARAGRAPH = re.compile(r"(?:Decides to )?remains? (?:actively )?seized of the "
                               r"(?:matter|question)\s*\.", re.I)
# "Annex", "Annex II", "Annex A", and "Annex A – Items subject to …" or "Annex A: Joint
# Comprehensive Plan of Action" with its title
_ANNEX = re.compile(r"^(?:Annex(?:es)?|Appendix|Enclosure|Attachment)\b"
                    r"(?:\s+(?:[IVX\d]+|[A-Z]))?(?:\s*$|\s*:\s*[A-Z]|\s+[–—-]\s+\S)")
# the footnotes older texts print after the last paragraph (the adoption line may precede them)
_NOTES = re.compile(r"^Footnotes:?\s*$")
# … or the notes themselves, with no heading or adoption line before them: "[1] Trusteeship
# Agreement for the Trust Territory of the Pacific Islands …" (956 (1994))
# ("(47) See Official Records of the Security Council, …", 287 (1970): in brackets, a note's
# own words after its number)
_BRACKETED_NOTE = re.compile(r"^(?:\[\d{1,3}\]\s*[A-Z]|\(\d{1,3}\)\s*(?:See|Ibid|Idem|Official "
                             r"Records|Documents?\b|S/\d))")
# a line after the closing paragraph that is prose (a capitalized word: not a number, label,
# part letter or break) and not the adoption line or the notes' heading
_UNHEADED_ANNEX = re.compile(r"^(?!Adopted\b|Footnotes\b)[A-Z][a-z]")
# a page's footnotes under their rule, the rule extracted on the notes' line
_PAGE_NOTE = re.compile(r"^_{3,}\s*\d{1,2}\s+\S")
_PREAMBLE_WORDS = frozenset({
    "mindful", "aware", "conscious", "concerned", "deeply", "gravely", "alarmed", "convinced",
    "determined", "cognizant", "cognisant", "desirous", "further", "also", "strongly",
    "seriously", "encouraged", "appalled", "outraged", "distressed", "keenly", "highly",
    "particularly", "fully", "firmly", "acting", "having", "bearing", "taking", "noting",
    "looking", "paying", "reiterating", "affirming", "recalling", "reaffirming", "welcoming",
    "expressing", "stressing", "emphasizing", "emphasising", "underlining", "underscoring",
    "recognizing", "recognising", "acknowledging", "commending", "condemning", "deploring",
    "regretting", "considering", "endorsing", "determining", "believing", "urging", "mourning",
    "saluting", "supporting", "guided", "sharing", "resolved", "anxious", "disturbed",
    "shocked", "satisfied", "profoundly", "greatly", "increasingly", "pleased", "in",
    "calling", "encouraging", "responding", "echoing", "remaining", "reminding", "highlighting",
    "pending", "demanding", "agreeing", "observing", "continuing", "renewing", "congratulating",
    "referring", "desiring", "appreciating", "drawing", "viewing", "thanking", "resolving",
    "confirming", "declaring", "praising", "remembering", "seeking", "pledging", "applauding",
    "anticipating", "keeping", "reconfirming", "registering", "concurring", "realizing",
    "hoping", "whereas", "extending", "while", "committed", "re-emphasizing", "reemphasizing",
    "re-emphasising", "re-affirming", "re-iterating", "being", "honouring", "honoring",
    "grieved", "rejecting", "requesting", "extolling", "indignant", "dismayed", "appreciative",
    "confident", "equally", "solemnly", "without", "again", "willing",
})
#: adverbs that may stand before an operative verb ("Strongly condemns", "Solemnly calls upon")
VERB_ADVERBS = ("further", "also", "strongly", "firmly", "again", "once", "fully", "urgently",
                "deeply", "gravely", "solemnly", "warmly", "unequivocally", "highly",
                "earnestly", "unreservedly", "emphatically", "additionally")
# the words that may stand before the verb ("Seriously concerned", "While noting")
_LEADING = frozenset(VERB_ADVERBS) | {"furthermore", "moreover", "seriously", "particularly",
                                     "profoundly", "while"}
# the verbs that open an operative paragraph (regular-expression alternatives)
_VERBS = (
    "Decides", "Requests", "Recommends", "Calls", "Urges", "Authorizes", "Authorises",
    "Approves", "Condemns", "Demands", "Endorses", "Welcomes", "Notes", "Reaffirms", "Expresses",
    "Invites", "Appeals", "Affirms", "Declares", "Deplores", "Determines", "Directs",
    "Encourages", "Resolves", "Reminds", "Reiterates", "Takes note", "Censures", "Commends",
    "Emphasizes", "Stresses", "Underlines", "Insists", "Considers", "Agrees", "Accepts",
    "Adopts", "Extends", "Appoints", "Elects", "Admits", "Addresses", "Nominates", "Regrets",
    "Confirms", "Instructs", "Establishes", "Requires", "Proposes", "Suggests", "Recogni[sz]es",
    "Acknowledges", "Underscores", "Emphasises", "Highlights", "Looks forward", "Supports",
    "Takes", "Pays", "Salutes", "Concurs", "Renews", "Recalls",
    # rarer, each opening operative paragraphs of the shared texts ("1 Holds that this
    # interference …", 111 (1956); "Remains seized", "Undertakes to review", "Warns")
    "Continues", "Undertakes", "Remains", "Reconfirms", "Warns", "Clarifies", "Expects", "Asks",
    "Deprecates", "Appreciates", "Rejects", "Finds", "Concludes", "Exhorts", "Desires",
    "Maintains", "Denounces", "Holds", "Intends", "Reemphasizes", "Mandates", "Entrusts",
    "Deems", "Awaits", "Restates", "Believes", "Transmits", "Advises", "Observes", "Orders",
    "Indicates", "Reposes",
    # the sole operative paragraph of the judges' nominations (1200 (1998) and nine more)
    # and of 97 (1952)
    "Forwards", "Dissolves",
    # "1 Records its formal disapproval …" (360 (1974) with its numbers' dots lost)
    "Records")
# the verbs as they stand after an adverb or a comma ("Further decides", "…, authorizes")
_LOWER_VERBS = "|".join(v.lower() for v in _VERBS)
# (after its adverbs the verb is printed in lower case: "Strongly condemns", "Further decides",
# "Also strongly urges", "Once again calls")
_OPERATIVE_VERB = re.compile(
    # "It is resolved that the Security Council request …" (17 (1947), after "Whereas …")
    r"^(?:It is resolved\b|(?:Hereby|" + "|".join(a.capitalize() for a in VERB_ADVERBS)
    + r")\s+(?:(?:"
    + "|".join(VERB_ADVERBS) + r")\s+)?(?:"
    + "|".join(f"[{v[0]}{v[0].lower()}]{v[1:]}" for v in _VERBS)
    + r")|(?:" + "|".join(_VERBS) + r"))\b")
# the next paragraph's number printed without its dot, an operative verb after it: "18
# Notes with appreciation …" (text extraction dropped the dot)
_UNDOTTED_TOP = re.compile(r"^(\d{1,3})\s+(?=(?:Further|Also|Strongly|Again|Hereby|"
                           + "|".join(_VERBS) + r")\b)(.*)$")
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
_LETTERED_TOP = re.compile(r"\(([a-h])\)\s+")


def opens_with_operative_verb(text: str) -> bool:
    """True when `text` opens as an operative paragraph does: "Decides", "Strongly urges"."""
    return _OPERATIVE_VERB.match(text) is not None


def roman_value(label: str) -> int:
    """The value of a lower-case roman numeral (`iv` → 4)."""
    total = 0
    for i, ch in enumerate(label):
        v = _ROMAN_VALUES[ch]
        nxt = _ROMAN_VALUES[label[i + 1]] if i + 1 < len(label) else 0
        total += -v if v < nxt else v
    return total


def _next_letter(letter: str | None) -> str:
    if letter is None:
        return "a"
    if letter[-1] == "z":  # (z) is followed by (aa)
        return "a" * (len(letter) + 1)
    return letter[:-1] + chr(ord(letter[-1]) + 1)


@dataclass
class _Open:
    ref: str
    kind: ParagraphKind
    level: int
    parent: str | None
    heading: str | None
    page: int | None
    parts: list[str] = field(default_factory=list)
    # `_join(parts)` before its final strip, kept up to date by `add` (read on every line)
    joined: str = ""

    def __post_init__(self) -> None:
        for part in self.parts:
            self.joined = _join_one(self.joined, part)

    def add(self, part: str) -> None:
        """Append a printed line (or "" for an empty sub-paragraph) to the paragraph."""
        self.parts.append(part)
        self.joined = _join_one(self.joined, part)

    def text(self) -> str:
        """The paragraph's text: its parts joined, empty parts left out."""
        if "" not in self.parts:
            return self.joined.strip()  # `joined` is these parts joined
        return _join([p for p in self.parts if p])


@dataclass
class Segmented:
    """What segmentation found: the masthead lines before the text, and the paragraphs."""

    masthead: list[Line]
    paragraphs: list[Paragraph]
    annex_lines: int = 0
    inferred: tuple[str, ...] = ()
    council_line: bool = True  # whether "The Security Council," opens the text
    # "Adopted unanimously at the 675th meeting." printed after the text, and what follows
    closing: list[Line] = field(default_factory=list)
    # numbers and letters the text skips: (the ref before them, or None before paragraph 1;
    # the first and last refs missing; the ref after them; its page)
    gaps: tuple[tuple[str | None, str, str, str, int | None], ...] = ()
    # resolutions quoted whole inside an operative paragraph ("… which reads: The Security
    # Council, …"): (the quoting paragraph's ref, the lines quoted, the page they start on)
    quoted: tuple[tuple[str, int, int | None], ...] = ()
    # paragraph numbers printed twice in a row: (the number, the page of the repeat, whether
    # the repeat prints the paragraph's words again, and was left out)
    repeated: tuple[tuple[str, int | None, bool], ...] = ()
    # footnotes printed under a rule at a page's foot, between paragraphs ("____ 1 Resolution
    # 60/1.")
    footnotes: tuple[Line, ...] = ()
    # parts that number their paragraphs from 1 again, renumbered to follow on: (the part's
    # label, the first and last numbers its paragraphs are read with, the page it starts on)
    renumbered: tuple[tuple[str, str, str, int | None], ...] = ()

    @property
    def notes(self) -> list[Line]:
        """The footnotes: those under a rule at a page's foot, and those printed after the text
        (the closing lines but the adoption line and the notes' own "Footnotes" heading)."""
        return [*self.footnotes, *(ln for ln in self.closing if not ln.text.startswith("Adopted")
                                   and not _NOTES.match(ln.text))]


_CAPITALIZED = re.compile(r"^([A-Z][a-z]+(?:-[a-z]+)?)\b")  # "Re-emphasizing" too
_WORDS = re.compile(r"[A-Za-z][A-Za-z'’-]*")
# words that open a paragraph but are no verb: articles, determiners and numbers ("The
# granting of independence …", "Seven members …") …
_DETERMINERS = frozenset(
    {"the", "a", "an", "any", "all", "each", "every", "such", "this", "these", "those", "its",
     "their", "his", "her", "our", "no", "none", "one", "two", "three", "four", "five", "six",
     "seven", "eight", "nine", "ten", "both", "either", "neither", "other", "another", "some",
     "most", "more", "less", "few", "several", "many", "much", "same"})
# … and conjunctions and prepositions, whose participle is the verb ("While noting", "By
# implementing fully the arms embargo", "As engaging in …")
_CONNECTIVES = frozenset(
    {"when", "where", "whenever", "while", "if", "during", "in", "on", "for", "with", "by",
     "from", "as", "at", "upon", "after", "before", "until", "whether", "that", "which", "who",
     "whose", "and", "or", "but", "nor"})
_PHRASE_THEN_PARTICIPLE = re.compile(r"(?:In|With|Upon|After|Before|At|On|During)\b[^,;:]{1,40}, "
                                     r"(?!including\b)([a-z]+ing)\b")
# "Protection of civilians:", "Supplies of arms …", "Implementation of the … package"; not a
# verb that takes "of" ("Dispose of …", "Inform … of")
_NOUN_OF = re.compile(r"[A-Za-z-]+ of\b")
_VERBS_WITH_OF = frozenset({"dispose", "approve", "consist", "inform", "avail", "rid", "notify",
                            "apprise", "warn", "remind", "assure", "think", "speak", "beware"})
# an item with its own subject: "Eritrea must provide UNMEE with information …", "Iran has
# committed not to use …", "There is no victimization"; one word, for "Ensure UNMIR has …"
# and "Ensure Member States are …" open with their verb
_SUBJECT_THEN_MODAL = re.compile(r"[A-Z][a-z]+ (?:must|shall|should|will|would|may|can|has|have|"
                                 r"is|are)\b")
_FIRST_PARAGRAPH = re.compile(r"^1\s*\.\s*\S")
# "1 Decides …": a text whose numbers lost their dots (a copy of a web page's list)
_FIRST_UNDOTTED = re.compile(r"^1\s+(?=(?:(?:Further|Also|Again|Hereby|[A-Z][a-z]+ly)\s+[a-z]+s|"
                             + "|".join(_VERBS) + r")\b)")
# … or whose second does, the first misprinted ("1 Approved …", "1 Request …") or not opening
# with a verb ("1 The representatives of Greece … are invited …")
_SECOND_UNDOTTED = re.compile(_FIRST_UNDOTTED.pattern.replace("^1", "^2", 1))
# … whose paragraphs open with any word ("16 Undertakes", "2 Upon full cessation of …,
# calls"), not with a month ("17 March 2024" wrapped to the start of a line)
# (or with its first item on its line, "2 (a) Decides …", 1521 (2003) so copied)
_UNDOTTED_ANY = re.compile(r"^(\d{1,3})\s+(?=(?:\(a\)\s+)?[A-Z])(?!(?:January|February|March|"
                           r"April|May|June|July|August|September|October|November|December)\b)"
                           r"(.*)$")
# … or, in its place in the numbering, with its verb misprinted in lower case ("10 emphasizes
# the need …", 253 (1968))
_UNDOTTED_LOWER = re.compile(r"^(\d{1,3})\s+([a-z]+\b.*)$")


# words that open a preambular paragraph only with the word after them ("In", "Further",
# "Also"): alone, an operative paragraph's wrapped line may start with them
_NOT_ALONE = frozenset({"in", "further", "also", "strongly", "deeply", "gravely", "fully",
                        "firmly", "highly", "particularly", "seriously", "keenly",
                        "profoundly", "greatly", "increasingly", "again"})
_ING_NOUNS = frozenset({"peacekeeping", "peacebuilding", "financing", "housing", "training",
                        "funding", "spring", "king", "beijing", "wellbeing"})
#: what follows a title's word, not a participle: "and …", "or …", ", Production and …"
_TITLE_GOES_ON = re.compile(r",?\s+(?:and|or)\b|,\s+[A-Z]")


def _starts_preambular(text: str) -> bool:
    m = _CAPITALIZED.match(text)
    if not m:
        return False
    word = m.group(1).lower()
    if word in _PREAMBLE_WORDS:
        return True
    if word == "especially":
        # "Especially concerned by the humanitarian consequences …," (1016 (1995)), not a
        # title's "…, Especially Women and Children"
        after = _WORDS.findall(text[m.end():m.end() + 30])[:1]
        return bool(after) and after[0] in _PREAMBLE_WORDS
    # any participle may open one, but not a noun of a title wrapped to the line's start
    # ("… Assistance to the Reform," / "Restructuring and Rebuilding of …", "Peacekeeping
    # Operations", "… Prohibition of the Use," / "Stockpiling, Production and Transfer of …")
    return _is_participle(word) and not _TITLE_GOES_ON.match(text, m.end())


def _is_participle(word: str) -> bool:
    """True for a word in -ing that is no noun ("noting", not "peacekeeping", "training")."""
    word = word.lower()
    return word.endswith("ing") and word not in _ING_NOUNS


# page furniture ("S/RES/1008 (1995) English Page 3") and lists of names ("Michèle Picard
# (France)") are short unpunctuated lines too
_NOT_IN_HEADING = re.compile(r"[\d()/]")
# an acronym in brackets is printed in headings: "Security Sector Reform (SSR)", "… (IEDs)"
_ACRONYM = re.compile(r"\((?=[a-z]*[A-Z][a-z]*[A-Z])[A-Za-z]{2,10}\)")


def _not_a_heading(text: str) -> bool:
    """True for text with a figure, bracket or slash (a citation, a list label) other than
    a bracketed acronym."""
    return _NOT_IN_HEADING.search(_ACRONYM.sub("", text)) is not None


def _long_heading(text: str) -> bool:
    """A heading longer than `_heading_like` allows ("Protection of civilians, including
    humanitarian personnel and human rights defenders, and United Nations personnel and
    facilities"): under 160 characters, no figure, bracket or slash, no closing punctuation."""
    return (110 < len(text) <= 160 and text[0].isupper() and text[-1] not in ",;.:"
            and not _not_a_heading(text) and not text.startswith("To ")
            and not _FUNCTION_WORD.search(text))


def _heading_like(text: str) -> bool:
    return (0 < len(text) <= 110 and text[0].isupper() and text[-1] not in ",;."
            and not _COUNCIL.match(text) and not text.startswith("Adopted"))


# how a preambular paragraph opens, whatever its word ("Heartened by", "With consideration
# to"), and not a name or title a line break split from its paragraph ("Mr. Abdel-Elah …",
# "Truth and Reconciliation Commission to complete its work …," after a page break that a
# copy taken from a web page does not show)
_OPENING_WORDS = re.compile(r"[A-Z][a-z]+ (?!(?:and|of|for|on) [A-Z])[a-z]")


def _indents_preamble(lines: list[Line]) -> bool:
    """True for a printed text that indents the first line of its preambular paragraphs, as
    the UN's PDFs do: of the lines that open with a participle after a line ending in a comma,
    three or more, and nine in ten, are indented (a centred heading is no such evidence)."""
    opening = [ln.indented for previous, ln in itertools.pairwise(lines)
               if previous.text.rstrip().endswith(",") and _starts_preambular(ln.text)]
    return len(opening) >= 3 and 10 * sum(x is True for x in opening) >= 9 * len(opening)


def _preamble_in_blocks(body: list[Line]) -> bool:
    """True when a text that indents no line of its preamble (perhaps only its labels) prints
    each preambular paragraph on a line of its own: three or more lines before paragraph 1,
    each opening with a capital and closing with a comma, semicolon or colon (all but one
    before the last). Lines wrapped
    at a width end mid-sentence on most lines (a heading among the paragraphs ends none, and
    the text is read as wrapped)."""
    preamble = []
    for ln in body:
        if _FIRST_PARAGRAPH.match(ln.text):
            break
        if ln.indented:
            return False
        preamble.append(ln.text.rstrip())
    else:
        return False
    # (one line may have lost its comma: "Reaffirming its resolution 582 (1986)" / "Deeply
    # concerned that, …," (598 (1987)); a wrapped text opens its lines in lower case as well)
    # (a footnote's mark may follow the comma: "… to the United Nations,[1]", 328 (1973))
    ends = [_paragraph_end(t) if t[-1:] in "])0123456789" else t[-1:] for t in preamble]
    ended = sum(end in ",;:" for end in ends)
    return ended >= 3 and ended >= len(preamble) - 1 and ends[-1] in ",;:" \
        and all(t[:1].isupper() for t in preamble)


def _join(parts: list[str]) -> str:
    text = ""
    for part in parts:
        text = _join_one(text, part)
    return text.strip()


_LOWER_WORD = re.compile(r"[a-z]+")
_BEFORE_HYPHEN = re.compile(r"(?<![A-Za-z-])([A-Za-z]+)-$")


def typeset_hyphen(first: str, second: str) -> bool:
    """True where `first`-`second`, broken at a line's end, is one word hyphenated by the
    typesetter: the whole is a known word and a piece is not one ("re" / "gional"); two words
    ("long" / "term", "community" / "level") are a compound, and a word the list does not
    know keeps its hyphen."""
    known = known_words()
    return (first + second).lower() in known and not (first.lower() in known
                                                      and second in known)


def _join_one(text: str, part: str) -> str:
    if not text:
        return part
    if text.endswith("-") and not text.endswith(" -") and (
            part[:1].islower() or (part[:1].isupper() and _CAPITAL_BEFORE_HYPHEN.search(text))):
        # a compound broken at its hyphen keeps the hyphen ("peace-" / "keeping",
        # "Secretary-" / "General"); a word a typesetter hyphenated does not ("sta-" /
        # "bilization", "Coopera-" / "tion", as LaTeX, InDesign or a browser break them)
        if part[:1].islower() and (word := _LOWER_WORD.match(part)) is not None \
                and (head := _BEFORE_HYPHEN.search(text)) is not None \
                and typeset_hyphen(head.group(1), word.group(0)):
            return text[:-1] + part
        return text + part
    if text.endswith("/") and not text.endswith(" /"):
        return text + part  # a symbol broken after its slash ("S/" / "PRST/2008/14")
    return text + " " + part


# an operative paragraph that opens with a phrase before its verb ("Acting under Chapter VII
# of the Charter, authorizes …", "Upon full cessation of hostilities, calls upon …", "In this
# context demands …", and the oldest texts' "The Security Council requests …")
_INTRODUCED = re.compile(r"(?:[A-Z][a-z]+ing|The Security Council|In|Upon|With|Due|Pending|"
                         r"After|Following|Further to|While)\b")
_MAIN_VERB = re.compile(r"(?:,|\bCouncil|\bcontext)\s+((?:(?:" + "|".join(VERB_ADVERBS)
                        + r")\s+){0,2}(?:" + _LOWER_VERBS + r"))\b")


# "Secretary- General", "Non- Proliferation": a capitalised compound that text extraction
# broke at its hyphen and printed with a space
_SPACED_COMPOUND = re.compile(r"\b([A-Z][a-z]+)- ([A-Z][a-z]+)\b")
# … and in lower case: "the troop- contributing Governments" (488 (1981) 6), "confidence-
# building"; not a hyphen that waits for its second half ("troop- and police-contributing
# countries", "short- or long-term")
_SPACED_HYPHEN = re.compile(r"(?<=[a-z]{2}-) (?=(?!(?:and|or|nor|to|as|but|than|through|via|"
                            r"then|not|rather)\b)[a-z]{2})")
# "requests the Secretary General to include in his UNMIS quarterly report" (63 of the shared
# texts print it so once or more), "the Secretary -General"; not another body's Secretary
# General ("the Secretary General of the Organization of the Islamic Conference")
# … or with the space before the hyphen: "long -term", "non -use", "anti -piracy", "semi
# -annually" (the text files of 2014 and 2015 print some 70 so); not a dash between words
# ("support - including"), which has a space on both sides
# ("Guinea -Bissau", "Al -Qaida", "non -State", "UN -Women": the second half may be capitalised)
_HYPHEN_AFTER_SPACE = re.compile(r"(?<=[A-Za-z]{2}) -(?=[a-z]{2}|[A-Z][a-z])")
_SECRETARY_GENERAL = re.compile(r"\bSecretary -?General\b"
                                r"(?! of (?:the )?(?!United Nations\b)[A-Z])")
_CAPITAL_BEFORE_HYPHEN = re.compile(r"\b[A-Z][a-z]+-$")


def _compounds_rejoined(text: str) -> str:
    """The text with "Secretary- General", "Secretary General", "Secretary -General" and
    "SecretaryGeneral" written as one compound and "troop- contributing" and "long -term"
    closed up, in a PDF's text as in a text file's (a PDF printed from a copy that lost the
    hyphen at a line's end prints "SecretaryGeneral")."""
    if "- " in text:
        text = _SPACED_HYPHEN.sub("", _SPACED_COMPOUND.sub(r"\1-\2", text))
    if " -" in text:
        text = _HYPHEN_AFTER_SPACE.sub("-", text)
    if "Secretary " in text:
        text = _SECRETARY_GENERAL.sub("Secretary-General", text)
    if "SecretaryGeneral" in text:
        text = text.replace("SecretaryGeneral", "Secretary-General")
    return text


def verb_of(text: str, operative: bool = False, item: bool = False) -> str | None:
    """The leading verb: `Decides`, `Further requests`, `Recalling`; `to monitor` → monitor.

    For an `operative` paragraph that opens with a phrase ("Acting under Chapter VII …,
    authorizes"), the verb after the phrase, capitalised as it would open the paragraph.
    A paragraph that holds its first item's label ("2. (a) Decides …") has that item's verb.
    None where the paragraph opens with no verb: an article or a number ("The sale or supply
    …", "Seven members …"), a preposition or conjunction with no participle after it, or, in
    an operative `item`, a noun with its complement ("Protection of civilians:") or a subject
    and its modal ("Eritrea must provide …")."""
    if text[:1] == "(" and (label := _SUB.match(text)) is not None:
        text = label.group(2)
    words = _WORDS.findall(text[:80])
    if not words:
        return None
    if operative and _INTRODUCED.match(text) and not _OPERATIVE_VERB.match(text):
        main = _MAIN_VERB.search(text, 0, 400)
        if main is not None:
            return main.group(1)[:1].upper() + main.group(1)[1:]
    if words[0].lower() == "to" and len(words) > 1:
        return words[1]
    if words[:3] == ["It", "is", "resolved"]:
        return "It is resolved"
    first = words[0].lower()
    if first in _CONNECTIVES and len(words) > 1 and _is_participle(words[1]):
        return f"{words[0]} {words[1]}"
    if first in _DETERMINERS or first in _CONNECTIVES:
        # "In this regard, calling on all the parties": the participle after the phrase
        after = _PHRASE_THEN_PARTICIPLE.match(text)
        return after.group(1).capitalize() if after is not None else None
    # ("Mindful of", "Aware of" open preambular paragraphs: only items are read so)
    if item and ((_NOUN_OF.match(text) and words[0].lower() not in _VERBS_WITH_OF)
                 or _SUBJECT_THEN_MODAL.match(text)):
        return None
    # "Further requests", "Once again urges", "Also strongly urges", "Furthermore calls"
    adverbs = 0
    while adverbs < 2 and adverbs + 1 < len(words) and words[adverbs].lower() in _LEADING:
        adverbs += 1
    return " ".join(words[:adverbs + 1])


# pairs of real words that also spell one ("as set out" is not "asset", "over all aspects" not
# "overall", "follow up on" not "upon", "in direct trade" not "indirect"), and short words after
# a real word ("Yemen is", "direct or indirect")
_WORD_BEFORE = frozenset({"a", "as", "at", "by", "in", "of", "on", "or", "so", "to", "up", "an",
                          "is", "it", "all", "and", "for", "not", "the", "over", "direct"})
_WORD_AFTER = _WORD_BEFORE | {"set", "out", "all", "direct", "secure"}
_SHORT_AFTER = frozenset({"is", "it", "on", "or", "as", "at", "an"})


#: words the shared text resolutions use, for joins a document's own words cannot confirm
#: (built by `python -m benchmarks.build_vocabulary`)
VOCABULARY_PATH = Path(__file__).with_name("vocabulary.txt")


@cache
def known_words() -> frozenset[str]:
    """The shipped word list, lower case (empty when the file is missing)."""
    if not VOCABULARY_PATH.exists():
        return frozenset()
    return frozenset(VOCABULARY_PATH.read_text(encoding="ascii").split())


def repair_split_words(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Join words split by a stray space (`a gainst`, `Peac e`, `curre ntly`).

    Two neighbouring pieces, one of which occurs only once in the document, are joined when
    the joined word occurs elsewhere in the same document and at least one piece does not,
    or when the joined word is a known word (`known_words`) and one piece is not; the last
    also when both pieces recur (a word split the same way twice, `internationa l`); real
    word pairs stay apart.
    """
    # each text as its runs of ASCII letters (odd places) and what stands between them
    pieces = [_LETTER_RUN.split(p.text) for p in paragraphs]
    lowered = [[word.lower() for word in itertools.islice(runs, 1, None, 2)] for runs in pieces]
    vocabulary = Counter(itertools.chain.from_iterable(lowered))
    once = {word for word, count in vocabulary.items() if count == 1}
    known = known_words()
    out = []
    for p, runs, words in zip(paragraphs, pieces, lowered, strict=True):
        fixed = _joined(runs, words, vocabulary, once, known) if once else None
        out.append(p if fixed is None else _replace_text(p, fixed))

    def heading(text: str) -> str:
        # mended as a paragraph is ("Protecti on of civilians"), against the paragraphs'
        # words: a piece they never use is the one a split leaves
        runs = _LETTER_RUN.split(text)
        words = [word.lower() for word in itertools.islice(runs, 1, None, 2)]
        alone = {word for word in words if not vocabulary[word]}
        return (_joined(runs, words, vocabulary, alone, known) if alone else None) or text

    return _headings_rewritten(out, heading)


_LETTER_RUN = re.compile(r"([A-Za-z]+)")
# what follows a word split in two when the word is a possessive: "Afgh anistan's", not the
# elided article of "Acte d'engagement"
_POSSESSIVE = re.compile(r"['’]s?(?![A-Za-z])")


def _is_word_char(ch: str) -> bool:
    """What `\\w` matches (`re`'s word boundary is where this changes)."""
    return ch.isalnum() or ch == "_"


def _joined(runs: list[str], words: list[str], vocabulary: Counter[str],
            once: set[str], known: frozenset[str] = frozenset()) -> str | None:
    """The text of `runs` (`words` their letter runs lowered) with split words joined; None
    when nothing is joined.

    A piece and the next are tried as a pair when one of them occurs once in the document
    (or together they spell a known word one of them is not), one space stands between them,
    the first starts a word and the second is in lower case and ends one; each piece is tried
    with the next, so that in "with internation al law" the pair "with internation" does not
    hide "internation al".
    """
    joins: list[int] = []
    for j in range(len(words) - 1):
        low_a, low_b = words[j], words[j + 1]
        if low_a not in once and low_b not in once and (
                low_a + low_b not in known or (low_a in known and low_b in known)):
            # (a known word split the same way twice: "internationa l peace …", "internationa
            # l humanitarian law", 2175 (2014))
            continue
        i = 2 * j + 1
        b, before, after = runs[i + 2], runs[i - 1], runs[i + 3]
        if runs[i + 1] != " " or not b.islower() or (before and _is_word_char(before[-1])) \
                or (after and (_is_word_char(after[0])
                               or (after[0] in "'’" and not _POSSESSIVE.match(
                                   after + "".join(runs[i + 4:i + 6]))))):
            continue  # (not "Acte d'engagement"; but "the Government of Libe ria's")
        if (vocabulary[low_a + low_b] or (low_a + low_b in known and (
                low_a not in known or low_b not in known))) \
                and not (low_a in _WORD_BEFORE and (b in _WORD_AFTER or after.startswith("-"))) \
                and not (b in _SHORT_AFTER and low_a not in once):
            joins.append(i + 1)
    if not joins:
        return None
    text = list(runs)
    for at in joins:
        text[at] = ""
    return "".join(text)


def _replace_text(p: Paragraph, text: str) -> Paragraph:
    return Paragraph(ref=p.ref, kind=p.kind, text=text, level=p.level,
                     verb=verb_of(text, p.kind is ParagraphKind.OPERATIVE and p.level == 1,
                                  p.kind is ParagraphKind.OPERATIVE and p.level > 1),
                     heading=p.heading, page=p.page, parent=p.parent)


# a footnote's mark the paragraph ends on: "Having examined the application of the Republic of
# the Niger,(24)" (the yearbooks' texts of 1946 to 1992 print some 90 so), or two: "…, (21) (22)"
_END_MARK = re.compile(r"(?<=[,.;:”\"])(?:\s?(?:\(\d{1,3}\)|\[\d{1,3}\]))+$")
# a footnote's number glued to the word before it: "the State of Kuwait1 and the Minister of
# Foreign Affairs of the Republic of Iraq2" (2107 (2013) 1); not a name's part ("Part2" in a
# document's symbol, `_WORD_BEFORE_MARK`)
# (each mark pattern opens on a character, not a look-behind, so that `re` skips to it: tried
# at every position, look-behinds cost 40 µs a paragraph)
_GLUED_NUMBER = re.compile(r"[a-z](\d{1,2})(?=[\s,.;:)]|$)")
_WORD_BEFORE_MARK = re.compile(r"(?<![\w/.-])[A-Za-z][a-z]+$")
_ANY_DIGIT = re.compile(r"\d")
# (what `_AFTER_YEAR` needs, cheaply looked for first)
_YEAR_THEN_DIGIT = re.compile(r"(?:" + "|".join(MONTH_NAMES) + r") (?:1[89]\d\d|20\d\d)[;,]?\d")
# the numbers a page's notes open with: "1 S/2013/323, annex", "(24) Ibid.", "[1] Ibid."
_NOTE_NUMBER = re.compile(r"(?:^|[\s_.])[(\[]?(\d{1,3})[)\]]?\s+(?=[A-Z(\[])")
_NOTE_OPENING_LOWER = re.compile(r"\s*[(\[]?(\d{1,3})[)\]]?\s+(?=[a-z])")


def _note_numbers(notes: list[Line]) -> frozenset[str]:
    """The numbers of the footnotes printed under the text or after it (a note that opens its
    line may open in lower case, its first letter lost: "6 bid., annex 3.", 98 (1952))."""
    numbers = {m.group(1) for line in notes for m in _NOTE_NUMBER.finditer(line.text)}
    numbers |= {m.group(1) for line in notes if (m := _NOTE_OPENING_LOWER.match(line.text))}
    return frozenset(numbers)


# … and, when a footnote of its number is printed, one after a comma or a word inside the
# paragraph, before a word in lower case ("as tentatively revised by the Committee of
# Experts,(31) and for its undertaking", 33 (1947) 1; "the application of Belize (69) for
# admission", 491 (1981); not a list's "following documents: (1) The instrument"), or bare
# after a word's comma ("between Israel and Syria,2 including", 111 (1956))
_PAREN_MARK = re.compile(r"\((\d{1,3})\)(?=\s[a-z])")
_COMMA_MARK = re.compile(r",(\d{1,2})(?=\s[a-z])")
# … or in square brackets after a word, a date or a symbol, whatever follows: "in his report of
# 29 April 1963[1] \"about certain aspects", "documents S/10182 [1] and S/10251" (179 (1963),
# 302 (1971))
_BRACKET_MARK = re.compile(r"(?<=[\w).])\s?\[(\d{1,3})\](?=[\s,.;:\"“”a-z]|$)")
# (not a part a reference names: "within the scope of subparagraph (2) above", 301 (1971) 6)
_NAMES_A_PART = re.compile(r"(?:paragraphs?|article|Article|section|rule|annex|point|item)\s?$")
# a number glued to a year ("Noting the reports of 27 October 19536 and 9 November 19537",
# 101 (1953)) or to the semicolon after one ("on 10 September 1948;3 and in particular", 67
# (1949))
_AFTER_YEAR = re.compile(r"(\d{1,2} (?:" + "|".join(MONTH_NAMES) + r") (?:1[89]\d\d|20\d\d)[;,]?)"
                         r"(\d{1,2})\b(?!\s+(?:" + "|".join(MONTH_NAMES) + r")\b)")
# a bare number the paragraph ends on ("contained in document S/10807,2", 321 (1972)), or a
# mark after a paragraph that lost its comma ("… on 28 March 1964 (12)", 188 (1964))
_END_NUMBER = re.compile(r"(?<=[,.;:])(?<!Add\.)(?<!Rev\.)(?<!Corr\.)(\d{1,2})$|"
                         r"(?<=[\w)])\s\((\d{1,3})\)$")


def _without_note_marks(text: str, numbers: frozenset[str]) -> str:
    """The text without the footnote marks it carries: one the paragraph ends on, and a
    number glued to a word, after a comma or at the end when a footnote of that number is
    printed."""
    if text[-1:] in ")]":
        text = _END_MARK.sub("", text)
    if not numbers or _ANY_DIGIT.search(text) is None:
        return text
    if "[" in text:
        # ("…of the Syrian Arab Republic[1]and the Chargé d'affaires", 317 (1972): a space
        # stays between the words)
        text = _BRACKET_MARK.sub(lambda m: m.group(0) if m.group(1) not in numbers else (
            " " if text[m.end():m.end() + 1].isalpha() and m.group(0)[0] == "[" else ""), text)
    cuts: list[tuple[int, int]] = []  # the spans to leave out, in order
    for m in _GLUED_NUMBER.finditer(text):
        if m.group(1) in numbers and _WORD_BEFORE_MARK.search(
                text, max(0, m.start() - 40), m.start(1)):
            cuts.append(m.span(1))
    if "(" in text:
        for m in _PAREN_MARK.finditer(text):
            at = m.start() - (text[m.start() - 1:m.start()] == " ")
            if m.group(1) in numbers and at > 0 and (text[at - 1].isalnum() or text[at - 1]
                                                     in ",;") \
                    and not _NAMES_A_PART.search(text, max(0, at - 12), at):
                cuts.append((at, m.end()))
    for m in _COMMA_MARK.finditer(text):
        if m.group(1) in numbers and text[m.start() - 1:m.start()].islower():
            cuts.append(m.span(1))
    if (end := _END_NUMBER.search(text, max(0, len(text) - 8))) is not None \
            and (end.group(1) or end.group(2)) in numbers:
        cuts.append(end.span())
    for m in _AFTER_YEAR.finditer(text) if _YEAR_THEN_DIGIT.search(text) else ():
        if m.group(2) in numbers:
            cuts.append(m.span(2))
    for a, b in sorted(set(cuts), reverse=True):
        text = text[:a] + text[b:]
    return text


def _rewritten(paragraphs: list[Paragraph], rewrite: Callable[[str], str],
               headings: bool = False) -> list[Paragraph]:
    """The paragraphs with `rewrite` applied to their texts (and, with `headings`, to their
    headings); a paragraph it leaves as it was is kept as it was."""
    out = []
    for p in paragraphs:
        text = rewrite(p.text)
        out.append(p if text == p.text else _replace_text(p, text))
    return _headings_rewritten(out, rewrite) if headings else out


def _headings_rewritten(paragraphs: list[Paragraph],
                        rewrite: Callable[[str], str]) -> list[Paragraph]:
    """The paragraphs with `rewrite` applied to their headings, once for each heading (every
    paragraph under one carries it)."""
    mended = {h: rewrite(h) for h in dict.fromkeys(p.heading for p in paragraphs if p.heading)}
    return [dataclasses.replace(p, heading=mended[p.heading])
            if p.heading and mended[p.heading] != p.heading else p for p in paragraphs]


# the one-word operative verbs, as a top-level operative paragraph opens with them
_VERB_WORDS = tuple(sorted({w for v in _VERBS if " " not in v
                            for w in ((v.replace("[sz]", "s"), v.replace("[sz]", "z"))
                                      if "[sz]" in v else (v,))}))
_KNOWN_VERB = frozenset(w.lower() for w in _VERB_WORDS)
_OPENING_WORD = re.compile(r"((?:(?:" + "|".join(a.capitalize() for a in VERB_ADVERBS) + "|"
                           + "|".join(VERB_ADVERBS) + r")\s+){0,2})([A-Za-z]{6,})\b(?!-)")


def _one_edit_apart(a: str, b: str) -> bool:
    """True when `b` is `a` with one letter added, dropped, changed, or two neighbours
    swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
        return a[i + 1:] == b[i + 1:] or (swapped and a[i + 2:] == b[i + 2:])
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1:] == shorter[i:]


def repair_misspelt_verbs(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Respell the verb a top-level operative paragraph opens with when it is one typing
    slip from exactly one operative verb ("Requeste", "Requsts", "Streeses", as three of the
    shared texts print them), so that the request it makes is read. A verb's bare form
    ("Request the Secretary-General provide …") is a form, not a slip, and is kept."""
    return [p if p.kind is not ParagraphKind.OPERATIVE or p.level != 1
            or (text := _verb_respelt(p.text)) == p.text else _replace_text(p, text)
            for p in paragraphs]


def _verb_respelt(text: str) -> str:
    """The text with its opening verb respelt, when that is a slip of one operative verb."""
    m = _OPENING_WORD.match(text)
    if m is None:
        return text
    word = m.group(2).lower()
    if word in _KNOWN_VERB or word + "s" in _KNOWN_VERB:
        return text
    near = [v for v in _VERB_WORDS if _one_edit_apart(word, v.lower())]
    if len(near) != 1:
        return text
    verb = near[0] if m.group(2)[0].isupper() else near[0].lower()
    return text[:m.start(2)] + verb + text[m.end(2):]


# "M INUSMA", "MINUSTA H", "UNS MIL": an operation's acronym split by a stray space
_SPLIT_ACRONYM = re.compile(r"\b([A-Z]{1,8}) ([A-Z]{1,8})\b")


def repair_split_acronyms(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Join an operation's acronym that a stray space split in two (`M INUSMA`), in texts
    and headings, when neither piece is an acronym the registry knows, or the second is a
    letter alone (`UNMIS S`: UNMISS, not the Sudan mission UNMIS and a stray letter)."""
    def join(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        if first + second in MISSIONS and second not in MISSIONS and (
                first not in MISSIONS or len(second) == 1):
            return first + second
        return m.group(0)

    return _rewritten(paragraphs, lambda text: _SPLIT_ACRONYM.sub(join, text), headings=True)


_HYPHENATED = re.compile(r"(?<![A-Za-z-])([A-Za-z]+)-([A-Za-z]+)(?![A-Za-z-])")
#: compounds a text may print only with its hyphen lost ("SecretaryGeneral")
_ALWAYS_HYPHENATED = {"secretarygeneral": 9}  # where its hyphen goes
_SCAN_BUDGET = 20_000_000  # characters scanned looking for joined compounds, at most


_CAPITAL_NEXT = re.compile(r"[’']?s?\s+[A-Z]")
_JOINED_SUFFIX = re.compile(r"\b([a-z]{4,})(based|contributing|specific)\b")


def repair_lost_hyphens(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Put back the hyphen that text extraction dropped where a compound broke over a line
    (`SecretaryGeneral`, `TimorLeste`, `capacitybuilding`), using the document's own words.

    A word whose second half is capitalised gets its hyphen when the document prints the
    compound with one elsewhere (or it is "Secretary-General"). A word in lower case gets it
    only when both halves have four letters or more and the document prints the hyphenated
    form at least as often as the joined one (a break hits one occurrence in a line's last
    word), so the spellings a text uses ("ceasefire", "peacekeeping", "cooperation") stay as
    printed.
    """
    # "genderbased violence", "broadbased", "troopcontributing", "missionspecific" (1836 (2008),
    # 2242 (2015)): no English word ends so after four letters or more but a compound whose
    # hyphen was lost (the suffix's letters looked for first: the pattern alone is slower)
    paragraphs = _rewritten(paragraphs, lambda text: _JOINED_SUFFIX.sub(r"\1-\2", text)
                            if "based" in text or "contributing" in text or "specific" in text
                            else text)
    texts = [p.text for p in paragraphs]
    hyphenated: Counter[str] = Counter()
    split_at = dict(_ALWAYS_HYPHENATED)
    for text in texts:
        if "-" in text:
            for first, second in _HYPHENATED.findall(text):
                joined = (first + second).lower()
                hyphenated[joined] += 1
                split_at.setdefault(joined, len(first))
    lowered = "\n".join(texts).lower()
    if len(split_at) * len(lowered) <= _SCAN_BUDGET:  # a few compounds: one scan each
        present = {word for word in split_at if word in lowered}
    else:  # thousands (a made-up text): the text's words, once
        present = set(_LETTER_RUN.findall(lowered)) & split_at.keys()
    if not present:
        return paragraphs
    # a pattern of the few joined words, or, for many, every word (an alternation of
    # thousands would be tried at every letter)
    joined_word = re.compile(r"(?<![A-Za-z])(?:" + "|".join(sorted(present)) + r")(?![A-Za-z])",
                             re.I) if len(present) <= 64 else _LETTER_RUN
    found = Counter(low for text in texts for m in joined_word.finditer(text)
                    if (low := m.group(0).lower()) in present)

    def mend(m: re.Match[str]) -> str:
        word = m.group(0)
        low = word.lower()
        if low not in present:
            return word
        at = split_at[low]
        if word[at - 1].islower() and word[at].isupper():  # "TimorLeste", "interCongolese"
            if hyphenated[low] or low in _ALWAYS_HYPHENATED:
                return f"{word[:at]}-{word[at:]}"
        elif word[at - 1].islower() and word[at].islower() and min(at, len(word) - at) >= 4 \
                and hyphenated[low] >= found[low] \
                and not (word[0].isupper() and _CAPITAL_NEXT.match(m.string, m.end())):
            # (a capitalised word before another is a name's, spelt as the name is: "the
            # Global Counterterrorism Forum" beside "counter-terrorism entities", 2133 (2014),
            # 2178 (2014); "Councilmandated arms embargoes" is still mended)
            return f"{word[:at]}-{word[at:]}"
        return word

    return _rewritten(paragraphs, lambda text: joined_word.sub(mend, text))


_PREAMBLE_CAPITALIZED = frozenset(w.capitalize() for w in _PREAMBLE_WORDS if len(w) > 3)
# "Calls upon all parties concerned, (a) to ensure …; (b) to provide …" (a list run into its
# chapeau's line): a first item after a comma when its text runs, without the second's label,
# to a semicolon that ends the line or comes before the second item, or to a colon and a list
# under it ("3. Decides, in light of …, (a) to establish a Committee … to undertake the
# following tasks: i. to monitor …;", 1591 (2005) on one line)
_FIRST_ITEM_RUN_IN = "".join(rf"|(?<=,)\s+(?=\({first}\)\s(?:(?!\({second}\))[^;]){{1,1500}};"
                             rf"(?:\s*$|\s+(?:and\s+|or\s+)?\({second}\)\s))"
                             for first, second in (("a", "b"), ("i", "ii"))) \
    + r"|(?<=,)\s+(?=\(a\)\s[^;:]{1,1500}:\s+(?:\(i\)|i\.)\s)"
# "… Affirms further the necessity (a) For guaranteeing freedom of navigation …; (b) For
# achieving …" (242 (1967) on one line): a first item after a word, when its text, opening
# with a capital, runs to a semicolon and the second item, opening with a capital too
_FIRST_ITEM_AFTER_WORD = "".join(rf"|(?<=[a-z])\s+(?=\({first}\)\s+[A-Z][a-z]"
                                 rf"(?:(?!\({second}\))[^;]){{1,1500}};\s+(?:and\s+|or\s+)?"
                                 rf"\({second}\)\s+[A-Z][a-z])"
                                 for first, second in (("a", "b"), ("i", "ii")))
# … or in lower case after "that", the items ending at semicolons: "17. Decides that (a) all
# States shall …; (b) these measures shall …" (1478 (2003) on one line)
_FIRST_ITEM_AFTER_THAT = (r"|(?<=\bthat)\s+"
                          r"(?=\(a\)\s+[a-z](?:(?!\(b\))[^;]){1,1500};\s+\(b\)\s+[a-z])")
# before a paragraph number or a letter that follows punctuation ("…; 4. Decides", "…: (a) to")
# (or a paragraph whose first item shares its line: "… on the borders; 5. (a) Decides that all
# States …", 1343 (2001) on one line)
_NUMBER_OR_LETTER_SPLIT = (r"(?<=[;:.,])\s+(?=\d{1,3}\s*\.\s+(?:(?:\((?:a|i)\)\s+)?[A-Z][a-z]"
                           # "…; 10. emphasizes the need …" (253 (1968) on one line): a verb
                           # misprinted in lower case after the number
                           r"|(?:" + _LOWER_VERBS + r")\b))"
                           # "… Field Commander) 2. Decides to remain seized", "… Restoration
                           # of the constitutional order 1. Demands", "…, I 1. Welcomes" (a
                           # text on one line): after a bracket or a word only before an
                           # operative verb
                           # '… of the United Nations" 1. Calls upon', "… Namibia,[4] 1.
                           # Reaffirms", "…; 5 4. Extends": after a quotation, a footnote's
                           # mark or number
                           # (its first item's label between: "…; B 2. (a) Decides", 1521
                           # (2003) on one line)
                           r"|(?<=[A-Za-z)\]\d\"”])\s+(?=\d{1,3}\s*\.\s+(?:\((?:a|i)\)\s+)?"
                           + _OPERATIVE_VERB.pattern.lstrip("^") + ")"
                           # "…this trust fund; 18 Notes with appreciation": the number's dot
                           # lost (as "18 Notes" at a line's start, `_UNDOTTED_TOP`)
                           r"|(?<=[;:])\s+(?=\d{1,3}\s+"
                           + _OPERATIVE_VERB.pattern.lstrip("^") + ")"
                           # "…; *** 19. Welcomes": the break between two parts, set apart
                           # from the paragraphs before and after it
                           r"|(?<=[;:.])\s+(?=\*(?:\s*\*){2,}\s+\d{1,3}\s*\.\s+[A-Z][a-z])"
                           r"|(?:(?<=\*\*\*)|(?<=\* \* \*))\s+(?=\d{1,3}\s*\.\s+[A-Z][a-z])"
                           r"|(?<=[;:])\s+(?=\((?:[a-z]{1,2}|[ivx]{1,5})\)\s)"
                           # "… inter alia: a. Analysis on …, b. Challenges to …": Word's
                           # labels (`_dotted_labels` keeps only those that run in order)
                           r"|(?<=[;:,])\s+(?=(?:[a-z]|[ivx]{2,5})\.\s+[A-Z][a-z])"
                           # "… through: a. the development of standards …; b. the …" (2185
                           # (2014)), "… three objectives: i) Continuing offensive operations
                           # …; ii) Enabling …" (2232 (2015)), each on one line
                           r"|(?<=[;:])\s+(?=(?:[a-z]|[ivx]{2,5})\.\s+[a-z]{2})"
                           r"|(?:(?<=; and)|(?<=; or))\s+(?=(?:[a-z]|[ivx]{2,5})\.\s+[A-Za-z]{2})"
                           # "… approved by the Committee, or iii. have been determined …"
                           # (1591 (2005) on one line)
                           r"|(?<=, or)\s+(?=(?:[b-z]|[ivx]{2,5})\.\s+[a-z]{2})"
                           r"|(?<=[;:])\s+(?=(?:[a-z]|[ivx]{1,5})\)\s+[A-Za-z])"
                           # "… the following mandate: I. Secure and Stable Environment: (a)
                           # …; II. Political Process:": a section's heading run in
                           r"|(?<=[;:])\s+(?=[IVX]{1,4}\.\s+[A-Z][a-z])"
                           # "…; and (d) provide an interim report", "…; or (b) A midterm
                           # review", "…; or, (b) where …": the last item of a list run into
                           # one line; "…: (a) funds … located outside Iraq, or (b) funds …"
                           # (1483)
                           r"|(?:(?<=; and)|(?<=; and,)|(?<=; or)|(?<=; or,)|(?<=, or))"
                           r"\s+(?=\((?:[b-z]|[ivx]{1,5})\)\s)"
                           # "… in the Middle East, (a) Calls upon …": operative paragraphs
                           # lettered instead of numbered, the first run into the preamble
                           r"|(?<=,)\s+(?=\((?:a|i)\)\s+"
                           + _OPERATIVE_VERB.pattern.lstrip("^") + ")"
                           + _FIRST_ITEM_RUN_IN + _FIRST_ITEM_AFTER_WORD + _FIRST_ITEM_AFTER_THAT
                           # "… of 22 October 1973 (b) To renew …": an item after the first,
                           # its punctuation lost, opening with a capital
                           # "… humanitarian personnel, (b) Call on parties …", "…
                           # co-operation. (c) To review …" (an item's capital: a sentence's
                           # own enumeration runs on in lower case)
                           + r"|(?<=[A-Za-z0-9,.])\s+"
                           r"(?=\((?:[b-hj-uw-z]|ii|iii|iv|v|vi)\)\s+[A-Z][a-z])")
# the verbs of a resolution with one unnumbered operative paragraph, which text extraction
# may run into the preamble: "…(S/1999/793), Recommends to the General Assembly that …"
_SOLE_VERBS = ("Recommends", "Decides", "Requests", "Appoints", "Calls upon", "Calls on",
               "Approves", "Endorses", "Directs", "Elects", "Admits", "Nominates", "Authorizes",
               "Determines", "Condemns", "Demands", "Urges", "Declares", "Forwards", "Dissolves",
               "Takes note", "Welcomes", "Agrees", "Resolves", "Establishes", "Finds", "Adopts",
               "Addresses", "Entrusts", "Transmits", "Hereby")
# what opens a preambular paragraph, and a sole operative one, as the alternatives below read
_PP_OPENING = (r"(?=(?:" + "|".join(sorted(_PREAMBLE_CAPITALIZED)) + r")\b"
               # "…, Especially concerned by the humanitarian consequences …," (1016 (1995))
               + r"|Especially\s+(?:" + "|".join(sorted(w for w in _PREAMBLE_WORDS
                                                     if w.isalpha())) + r")\b)")
_SOLE_OPENING = r"(?=(?:" + "|".join(_SOLE_VERBS) + r")\b)"
# operative verbs the UN also prints opening a preambular paragraph, which a text on one line
# runs into the paragraph before: "… make use of such measures, Notes the request of some
# Member States …," (2077 (2012)), "… as reported by the Panel of Experts, Expresses concern
# at …," (2200 (2015)); no shared text prints one after a comma inside a paragraph
_PREAMBLE_VERBS = ("Notes", "Expresses", "Stresses", "Emphasizes", "Emphasises", "Underlines",
                   "Reaffirms", "Reiterates", "Encourages", "Commends", "Affirms",
                   "Acknowledges", "Recognizes", "Recognises", "Recalls", "Deplores", "Regrets")
_VERB_AFTER_COMMA = r"(?=(?:" + "|".join(_SOLE_VERBS + _PREAMBLE_VERBS) + r")\b)"
# a short heading: capitalized words, with "and", "of", "the" … between them ("Somalia and
# Eritrea Monitoring Group", "AMISOM"), or a part's letter
_HEADING_WORDS = r"[A-Z][A-Za-z]*(?:\s+(?:(?:and|of|the|for|in|on|to)\s+)?[A-Z][A-Za-z]*){0,4}"
_RUN_SPLIT = re.compile(
    _NUMBER_OR_LETTER_SPLIT
    + r"|(?<=[,;])\s+" + _PP_OPENING
    # after a quotation that closes a preambular paragraph: "… in the Middle East as a
    # whole." Taking note of …" (490 (1981) on one line)
    + r"|(?<=[.,;][\"”])\s+" + _PP_OPENING
    # "…; *** Reaffirming the legal basis …": the break before a part with its own preamble
    + r"|(?<=[;:.])\s+(?=\*(?:\s*\*){2,}\s+" + _PP_OPENING + ")"
    + r"|(?:(?<=\*\*\*)|(?<=\* \* \*))\s+" + _PP_OPENING
    # "… by subsequent agreements; and Whereas under Article 77 …" (21 (1947) on one line)
    + r"|(?:(?<=; and)|(?<=, and))\s+(?=Whereas\b)"
    # "… peacekeepers and humanitarian personnel, In this regard, expressing concern …"
    + r"|(?<=[,;])\s+(?=In (?:this|that) (?:regard|context),)"
    # '… of the United Nations, ("Supporting the Ouagadougou political process") 1. Recalls'
    # (1933 (2010) on one line): a section's title in brackets and quotes, before the
    # paragraph it heads
    + r"|(?<=[,;.:])\s+(?=\([\"“][^\"“”()]{3,150}[\"”]\)\s+\d{1,3}\s*\.\s)"
    # "… peace and stability in the region, Somalia Highlighting …", "… in the region, A
    # Determining …" (2182 (2014), 918 (1994) on one line): a heading or a part's letter
    # among the preambular paragraphs, which `_preamble_headings_apart` then sets apart
    + r"|(?<=[,;])\s+(?=" + _HEADING_WORDS + r"\s+" + _PP_OPENING + ")"
    # "… signed at Nicosia on 16 August 1960,[1] Having in mind …", "… away from
    # Headquarters, (2) Taking note …", "… World Summit Outcome,1 Recalling …", "… for
    # admission to the United Nations,”4 Recommends …", "… for the Agency”,(55) Fully aware
    # …" (487 (1981)): after a footnote's mark or number
    r"|(?:(?<=\])|(?<=, \(\d\))|(?<=, \(\d\d\))|(?<=,\(\d\))|(?<=,\(\d\d\)))\s+" + _PP_OPENING
    + r"|(?<=[,;\]])\s+" + _VERB_AFTER_COMMA
    + r"|(?:(?<=[,;]\d)|(?<=[,;]\d\d)|(?<=[,;][\"”]\d)|(?<=[,;][\"”]\d\d))\s+"
    + r"(?:" + _PP_OPENING + "|" + _SOLE_OPENING + ")"
    # "… (S/17628) Decides: (a) To call upon …", "… to the United Nations, (210) Recommends
    # …", "… Ms. Inés Mónica Weinberg de Roca (Argentina) Requests States …", "… dated 17
    # April 2000 (S/2000/319). Decides …": after a citation, a footnote's mark or a name in
    # brackets (a text on one line), not a label's bracket ("(a) Decides", "(viii) Requests")
    + r"|(?:(?<=\d\))|(?<=[a-z]{5}\))|(?<=\)\.))\s+" + _SOLE_OPENING
    # "…for admission to the United Nations. Recommends to the General Assembly …"
    # (after a word's full stop, not a label's: "a. Calls upon", "iii. Decides")
    + r"|(?<=[a-z]{4}\.)(?<![ivx]{4}\.)\s+" + _VERB_AFTER_COMMA
    # "… and to report to the Security Council as appropriate. Adopted unanimously at the
    # 728th meeting.": the adoption line run into the last paragraph
    + r"|(?<=[.;])\s+(?=Adopted\b[^.;]{0,40}?\bat the\s+\d)"
    # "… with a view to ensuring national ownership, ___________ 1 Resolution 60/1.
    # Emphasizing …" (1645 (2005) on one line): a page's footnote under its rule
    + r"|(?<=[,;.:])\s+(?=_{3,}\s*\d{1,2}\s+\S)"
    # "… of the Arab Republic of Egypt.[1] 1. Request the Secretary-General" (331 (1973) on
    # one line): after a sentence and its footnote's mark, any numbered paragraph
    + r"|(?:(?<=[.;:,]\[\d\])|(?<=[.;:,]\[\d\d\]))\s+(?=\d{1,3}\s*\.\s+[A-Z][a-z])"
    # "… in Africa. Annex The Security Council, Meeting on …" (1625 (2005) on one line): an
    # annex that opens with a resolution's words, its heading on a line of its own; "… under
    # these resolutions. B The Security Council, Gravely concerned …" (161 (1961) on one
    # line): a part's letter and its own opening
    + r"|(?<=[.;])\s+(?=Annex(?:\s+[IVX]{1,4})?\s+The Security Council\b"
    + r"|[A-H]\s+The Security Council,)"
    + r"|(?:(?<=[.;]\sAnnex)|(?<=[.;]\sAnnex\s[IVX]))\s+(?=The Security Council\b)"
    + r"|(?<=[.;]\s[A-H])\s+(?=The Security Council,)"
    # "… admitted to membership in the United Nations. Footnotes (64) Ibid., …": the notes'
    # heading, on a line of its own
    r"|(?<=[.;])\s+(?=Footnotes:?\s+[(\[]?\d)|(?<=[.;]\sFootnotes)\s+(?=[(\[]?\d)"
    r"|(?<=[.;]\sFootnotes:)\s+(?=[(\[]?\d)")


_RUN_SPLIT_SHORT = re.compile(_NUMBER_OR_LETTER_SPLIT)
# where a match of either can start: a run of spaces after one of the characters its
# look-behinds end with, before a figure, a bracket, (after punctuation or a bracket) a
# capital or (after punctuation) a dotted label
# (each alternative opens with a character, its look-behind after it: one that opens with a
# look-behind is tried at every position of the text, and took half the time)
_RUN_SPLIT_AT = re.compile(r"[,;.:\"”)\]]\s+(?=[A-Z\d(_])|[A-Za-z\d)]\s+(?=[\d(\[])"
                           r"|[;:.]\s+(?=\*)|\*\s+(?=[\dA-Z])"
                           r"|[xIVXA-H](?:(?<=Annex)|(?<=Annex [IVX])|(?<=[.;] [A-H]))\s+(?=The )"
                           r"|[,;:]\s+(?=[a-z]{1,5}[.)]\s)"
                           r"|d(?<=[;,] and)\s+(?=[a-z]{1,5}\.\s|Whereas)"
                           r"|r(?<=[;,] or)\s+(?=[a-z]{1,5}\.\s)"
                           r"|\d(?:(?<=[,;]\d)|(?<=[,;]\d\d)|(?<=[,;][\"”]\d)|(?<=[,;][\"”]\d\d))"
                           r"\s+(?=[A-Z])")


def _split_run(splitter: re.Pattern[str], text: str) -> list[str]:
    """`splitter.split(text)` for `_RUN_SPLIT` and `_RUN_SPLIT_SHORT`, tried only where
    `_RUN_SPLIT_AT` finds a place a match can start (opening with look-behinds, they would be
    tried at every character of a text that is often a whole paragraph)."""
    pieces: list[str] = []
    last = 0
    for place in _RUN_SPLIT_AT.finditer(text):
        m = splitter.match(text, place.start() + 1)
        if m is not None:
            pieces.append(text[last:m.start()])
            last = m.end()
    pieces.append(text[last:])
    return pieces


_NUMBER_DOT = re.compile(r"\d\s*\.\s+[A-Z]")
# "…; 13 Urges": a number whose dot was lost after a semicolon (see _NUMBER_OR_LETTER_SPLIT)
_UNDOTTED_RUN = re.compile(r"[;:]\s+\d{1,3}\s+[A-Z]")
# (perhaps after a footnote's mark: "… the application of Morocco, (15) Recommends to the")
_COMMA_CAPITAL = re.compile(r"[,;](?:\s*\(\d{1,3}\)|\s*\[\d{1,3}\]|[\"”]?\d{1,2})?"
                            r"\s+([A-Z][A-Za-z]*)")
# "… reconstruction programmes; B Acting under Chapter VII …" (814 (1993) typeset)
_HEADING_THEN_PREAMBLE = re.compile(r"[,;]\s+" + _HEADING_WORDS + r"\s+" + _PP_OPENING)


def _preamble_after_comma(text: str) -> bool:
    """True when a word that opens a paragraph follows a comma or semicolon: a preambular
    participle, or the verb of a sole operative paragraph; or a heading or a part's letter
    stands between them."""
    if "," not in text and ";" not in text:
        return False
    words = _COMMA_CAPITAL.findall(text)
    return bool(words) and (not _OPENS_AFTER_COMMA.isdisjoint(words)
                            or _HEADING_THEN_PREAMBLE.search(text) is not None)


#: pieces of one line that show it runs paragraphs together, not one paragraph's sentences
_RUN_OF_PARAGRAPHS = 3
_SENTENCE_THEN_PREAMBLE = re.compile(r"(?:(?<=[a-z]{2}\.)|(?<=\d{4}\.)|(?<=\)\.)|(?<=[\"”]\.)|"
                                     r"(?<=\.[\"”]))\s+" + _PP_OPENING)
# the end of a page's footnote run into the paragraph after it ("___ 1 Resolution 60/1.
# Emphasizing …"): its first full stop before a paragraph's opening
_NOTE_THEN_PARAGRAPH = re.compile(r"(?<=\.)\s+(?:" + _PP_OPENING + r"|(?=\d{1,3}\s*\.\s+[A-Z]))")
_SEMICOLON_THEN_VERB = re.compile(r"(?<=;)\s+(?=" + _OPERATIVE_VERB.pattern.lstrip("^") + ")")
_OPENS_AFTER_COMMA = _PREAMBLE_CAPITALIZED | {v.split()[0] for v in _SOLE_VERBS} \
    | set(_PREAMBLE_VERBS)
_NUMBER_AT_END = re.compile(r"(?<=[;:,)])\s+(\d{1,3})\s*\.$")
# what the bracket alternatives of _NUMBER_OR_LETTER_SPLIT need, looked for first in a short
# line (most brackets are a year's: "(2024) ")
_AFTER_BRACKET = re.compile(r"\((?:[b-hj-uw-z]|ii|iii|iv|v|vi)\)\s+[A-Z]|\)\s+\d{1,3}\s*\.\s+[A-Z]"
                            # "… in the Middle East, (a) Calls upon the parties concerned to"
                            # (371 (1975) wrapped): operative paragraphs lettered, not numbered
                            r"|,\s+\((?:a|i)\)\s+" + _OPERATIVE_VERB.pattern.lstrip("^"))
# "(a) interest … on those accounts, or (b) payments due under" (1452 (2002) wrapped): two
# items of a list, its first opening the line after the chapeau's colon
_OR_ITEM = re.compile(r"\((?:[a-z]|[ivx]{1,5})\)\s.*, or\s+\((?:[b-z]|[ivx]{1,5})\)\s")
_OR_NEXT = re.compile(r", or\s+\(([b-z]|[ivx]{1,5})\)\s")
_LABEL_OPENING = re.compile(r"\(([a-z]{1,2}|[ivx]{1,5})\)\s")
_BARE_LABEL = re.compile(r"^\s*(?:\d{1,3}\s*\.|\((?:[a-z]{1,2}|[ivx]{1,5})\)"
                         r"|(?:[a-z]|[ivx]{1,5})\.)\s*$")
# "…; (c)" ending a line: the letter opens the next line's item
_LETTER_AT_END = re.compile(r"(?<=[;:])\s+(\((?:[a-z]{1,2}|[ivx]{1,5})\))$"
                            r"|(?<=[a-z0-9])\s+(\((?:[b-h]|ii|iii|iv|v|vi)\))$")
# a heading run into the numbered paragraph under it: "Mandate of the Panel 21. Decides"
# … or into the first item of a list: "Protection of civilians (a) Ensure …"
_HEADING_BEFORE_ITEM = re.compile(r"([A-Z][^;:,.()\d]{2,78}?)\s+(?=\((?:a|i)\)\s+[A-Z][a-z])")
_WIKI_HEADING = re.compile(r"=+\s*([^=]+?)\s*=+\s*")
_WIKI_PART = re.compile(r"\s*==+\s*([A-H]|[IVX]{1,4})\s*==+\s*")
_QUOTED_HEADING = re.compile(r"\(\s*[\"“]([^\"“”]+)[\"”]\s*\)\s*")
_PART_LETTER_AT_END = re.compile(r"(?<=[,;.])\s+([A-H])$")
# … or into the first preambular paragraph of its part, on the next line: "…, Acting under
# Chapter VII of the Charter of the United Nations," / "A Expressing its concern …" (1306 (2000))
_PART_LETTER_FIRST = re.compile(r"([A-H])\s+" + _PP_OPENING)
_PART_LABEL = re.compile(r"\s*(?:[A-H]|[IVX]{1,4})\s*")
_DOTTED_PART = re.compile(r"\s*[A-H]\s*\.\s*")
_NUMBER_ALONE = re.compile(r"\s*\d{1,3}\s*\.\s*")
_HEADING_RUN = re.compile(
    r"(?<=[A-Za-z)=])\s+(?=\d{1,3}\s*\.\s+" + _OPERATIVE_VERB.pattern.lstrip("^") + ")")


# a capitalized phrase after the last comma of a line, with no punctuation after it (the line
# may be an item's first or a later one: "… of National Reconciliation, Support for …"), read
# from the last comma by `_heading_at_end`
_HEADING_AT_END = re.compile(r"\s+([A-Z][^,;:.()]{3,90})$")
_HEADING_AFTER_SEMICOLON = re.compile(r";\s+([A-Z][^,;:.()\d]{2,90})$")
# a line that opens with the "and" of a list's last item: "and (d) provide an interim report"
_AND_ITEM = re.compile(r"and\s+(?=\((?:[b-z]|[ivx]{1,5})\)\s)")
# the rest of such a heading wrapped onto a short line of its own ("assistance")
_WRAPPED_REST = re.compile(r"[a-z][\w'’ -]{0,40}")


# older texts' OCR reads the first operative number as the letter l: "l. Reaffirms its
# resolutions …", "…, (25) l. Takes note"
_THIRD_PERSON = re.compile(r"[A-Z][a-z]+s\b")  # "Reaffirms", "Calls"
_LETTER_L_ONE = re.compile(r"(^|[,;:)]\s+)l\s*\.\s+(?=" + _THIRD_PERSON.pattern + ")")
_SECOND = re.compile(r"(?:^|[,;:]\s+)2\s*\.\s+[A-Z][a-z]")
_LETTER_L_UNDER = re.compile(r"^l\s*\.\s+(?=[A-Z][a-z])")


def _first_number_misread(lines: list[Line]) -> list[Line]:
    """`lines` with "l." read as "1." where no paragraph 1 is printed but a paragraph 2 is
    (its number on its line or alone above it); as "1" where paragraph 2's number lost its
    dot too ("2 Calls upon …"), so that `_undotted_numbers` reads the numbers in sequence."""
    if any(_FIRST_PARAGRAPH.match(ln.text) for ln in lines):
        return lines
    if any(_SECOND.search(ln.text) for ln in lines) or any(
            a.text.replace(" ", "") == "2." and b.text[:1].isupper()
            for a, b in itertools.pairwise(lines)):
        label = "1."
    elif any(_SECOND_UNDOTTED.match(ln.text) for ln in lines):
        label = "1"
    else:
        return lines
    for i, ln in enumerate(lines):
        text, n = _LETTER_L_ONE.subn(rf"\g<1>{label} ", ln.text, count=1)
        if not n and ln.text.replace(" ", "") == "l." and i + 1 < len(lines) \
                and _THIRD_PERSON.match(lines[i + 1].text.lstrip()):
            text, n = label, 1  # "l." alone on its line, its words on the next
        if not n and i and lines[i - 1].text.rstrip().endswith(":"):
            # under a chapeau, its words need not open with a verb: "Resolves that :" then
            # "l. The International Court of Justice shall be open …" (9 (1946))
            text, n = _LETTER_L_UNDER.subn(rf"{label} ", ln.text, count=1)
        if n:
            return [*lines[:i], Line(text, ln.page, ln.indented), *lines[i + 1:]]
    return lines


def _heading_at_end(text: str) -> re.Match[str] | None:
    """The match of `^.+?,\\s+([A-Z][^,;:.()]{3,90})$` in `text`: the words after its last
    comma (the heading holds no comma), found without trying every comma before it."""
    comma = text.rfind(",")
    return _HEADING_AT_END.match(text, comma + 1) if comma > 0 else None


def labels_apart(lines: list[Line]) -> list[tuple[str, int | None]]:
    """Runs of two or more paragraph numbers or item labels each alone on its line, one
    after the other ("(b)" / "(c)" / "(v)", "8." / "9."), with their page: a copy that put
    the labels of a page's gutter together, away from their words (pdftotext's default
    reading of the UN's layout since 2020 does so); `_labels_placed` puts them back."""
    runs: list[tuple[str, int | None]] = []
    run: list[Line] = []
    for line in [*lines, Line("", None)]:
        if _bare_label(line.text.strip()):
            run.append(line)
            continue
        if len(run) > 1:
            runs.append((" ".join(ln.text.strip() for ln in run), run[0].page))
        run = []
    return runs


# a numbered paragraph's opening, its number alone on its line ("3.") or not
_NUMBER_OPENS = re.compile(r"\s*(\d{1,3})\s*\.(?!\d)")


# a paragraph's number or an item's label opening a line ("12.", "(c)", "iv."), and the
# characters it can open with (a letter's "a." is found by its dot)
_LABEL_FIRST = frozenset("(0123456789ivx")
_LABEL_AT_START = re.compile(r"(?:\d{1,3}\s*\.|\((?:[a-z]{1,2}|[ivx]{1,5})\)"
                             r"|(?:[a-z]|[ivx]{1,5})\.)(?:\s|$)")


def labels_alone(lines: list[Line]) -> tuple[int, int]:
    """How many of the lines that open with a paragraph number or an item label hold nothing
    else, and how many there are: in pdftotext's default reading of a PDF that hangs them in
    a margin nearly all stand alone (the 73 of 75 UN-layout PDFs tried), in the UN's text
    files next to none (at most one in ten, in 2 of 2,167)."""
    alone = opening = 0
    for line in lines:
        text = line.text
        if text[:1] in _LABEL_FIRST or text[1:2] == ".":
            m = _LABEL_AT_START.match(text)
            if m is not None:
                opening += 1
                alone += not text[m.end():].strip()
    return alone, opening


def _bare_label(text: str) -> bool:
    """True for a paragraph's number or an item's label alone: "8.", "(c)"."""
    return len(text) <= 8 and _BARE_LABEL.match(text) is not None


def _labels_placed(lines: list[Line]) -> list[Line]:
    """`lines` with numbers and labels that a copy printed together, away from the paragraphs
    and items they number (`labels_apart`), put back before them.

    pdftotext's default mode reads the label gutter of the UN's layout since 2020 a stretch
    at a time: "(b)" / "(c)" / "(v)" / "To foster …" / "(vi)" / … / "Creating the conditions
    …:" / "(i)" / … / "Supporting the … Process:" (2677 (2023) 3), "8." / "9." / "Calls upon
    …:" / "(a)" / … / "Urges Member States to:". Each goes to the next block that opens
    without one (the line right after them, then a block the reader found opening after a
    line that ends an item) where it is the next number, or the next letter or roman
    numeral of the paragraph's lists. They are tried in the order printed, but after a
    chapeau's colon its first item's label comes first; where several labels could be, a
    title ("Creating the conditions …:", "Security Sector Reform (SSR)") takes the outer
    list's and a sentence the inner one's (`_label_for`)."""
    if not any(_bare_label(a.text.strip()) and _bare_label(b.text.strip())
               for a, b in itertools.pairwise(lines) if a.text[:1] == "(" or a.text[:1].isdigit()):
        return lines
    out: list[Line] = []
    pending: list[str] = []
    next_takes = False
    i = 0
    while i < len(lines):
        line = lines[i]
        text = line.text.strip()
        if _bare_label(text) and i + 1 < len(lines) and _bare_label(lines[i + 1].text.strip()):
            while i < len(lines) and _bare_label(lines[i].text.strip()):
                pending.append(lines[i].text.strip())
                i += 1
            next_takes = True
            continue
        if (number := _NUMBER_OPENS.match(text)) is not None:
            # a paragraph printed with its number: the lists before it are closed, and so
            # are the numbers up to its own
            printed = int(number.group(1))
            pending = [x for x in pending if x[:1].isdigit() and int(x.rstrip(". ")) > printed]
        elif pending and text[:1].isalpha() and not _LABEL_OPENING.match(text) \
                and not _DOTTED.match(text) and not _bare_label(text) and (
                    next_takes or _opens_block(line, lines[i - 1])):
            # (not an item Word letters "a.", alone on its line or before its words, nor,
            # in `_opens_block`, the words under such a label: the pending number is the next
            # paragraph's, 2714 (2023) "3." / "4." / "Calls upon … to:" / "a." / "implement
            # …" / … / "Requests UNMAS … to:")
            label = _label_for(pending, out, lines, i, fallback=next_takes)
            if label is not None:
                pending.remove(label)
                line = Line(f"{label} {line.text.lstrip()}", line.page, line.indented)
        next_takes = False
        out.append(line)
        i += 1
    return out


def _opens_block(line: Line, before: Line) -> bool:
    """Whether `line` opens a block without a label of its own (see `_labels_placed`): a
    block the reader found (`indented`), or, where it could not tell, a line after an item's
    end; in lower case only after an item's end ("…; or" / "a Member State has notified …",
    2009 (2011) 16(b))."""
    last = before.text.rstrip()
    ended = last[-1:] in (";", ":") or last.endswith(("; or", "; and"))
    if _bare_label(before.text.strip()) or not (line.indented or (line.indented is None
                                                                  and ended)):
        return False
    return line.text.lstrip()[:1].isupper() or ended


def _is_roman(label: str, letter: str | None) -> bool:
    """Whether `label` is a roman numeral, not the letter after `letter` ("(i)" after "(h)")."""
    return bool(_ROMAN.match(label)) and not (len(label) == 1 and letter is not None
                                              and label == _next_letter(letter))


def _label_for(pending: list[str], out: list[Line], lines: list[Line], i: int,
               fallback: bool) -> str | None:
    """Which of the `pending` numbers and labels ("9.", "(b)") opens the block at
    `lines[i]`, given the paragraphs and labels so far in `out` (see `_labels_placed`)."""
    seen: list[str] = []
    number = 0
    for line in reversed(out):
        if (opens := _NUMBER_OPENS.match(line.text)) is not None:
            number = int(opens.group(1))
            break
        if (m := _LABEL_OPENING.match(f"{line.text} ")) is not None:
            seen.append(m.group(1))
    seen.reverse()
    first = lines[i].text.strip()
    last: dict[bool, str | None] = {True: None, False: None}  # roman? → its last label
    outer: bool | None = None  # whether the outer list is the roman one
    latest: bool | None = None
    for label in seen:
        latest = _is_roman(label, last[False])
        outer = latest if outer is None else outer
        last[latest] = label

    def depth(label: str) -> int | None:
        roman = _is_roman(label, last[False])
        # (an inner list opens afresh under the outer list's latest item)
        fits = _follows(last[roman], label, roman) or (
            label in ("a", "i") and outer is not None and roman != outer and latest == outer)
        if not fits:
            return None
        return 0 if outer is None or roman == outer else 1

    # the labels in the order printed: the first that fits, a number or a label (where
    # several labels fit, the rule below chooses among them)
    fitting = [(d, label) for label in pending
               if (d := depth(label[1:-1]) if label[:1] == "(" else
                   (-1 if label == f"{number + 1}." else None)) is not None]
    if not fitting:
        return pending[0] if fallback else None
    if fitting[0][0] < 0 and not (out and out[-1].text.rstrip().endswith(":") and any(
            label in ("(a)", "(i)") for _, label in fitting)):
        # (not after a chapeau's colon, which a list's first item follows: "… to:" / "13."
        # / "(a)" / "Devote part of …", 1379 (2001))
        return fitting[0][1]
    fitting = [x for x in fitting if x[0] >= 0]
    after = lines[i + 1].text.strip() if i + 1 < len(lines) else ""
    title = not first.startswith("To ") and (
        first.endswith(":") or (first[-1:] not in ",;.:" and (
            len(first) <= 50 or (after.endswith(":") and len(first) + len(after) <= 120))))
    return (min if title else max)(fitting)[1]


def split_run_together(lines: list[Line]) -> list[Line]:
    """Split lines in which text extraction ran several paragraphs together.

    Splits only before a paragraph number or letter that follows punctuation, before a
    preambular opening word after a comma, or between a heading and the numbered paragraph
    printed on its line; the strict numbering in `segment` then decides whether each piece
    really opens a paragraph.
    A paragraph number or item letter left at the end of a line ("…; 2.", "…; (c)") moves to
    the next line.
    """
    out: list[Line] = []
    carried = ""  # "…; 2." ending a line: the number opens the next line's paragraph
    skip = -1
    for i, line in enumerate(lines):
        if i == skip:
            continue
        if len(line.text) <= 4 and _DOTTED_PART.fullmatch(line.text) and i + 1 < len(lines) \
                and (_TOP.match(lines[i + 1].text) or _starts_preambular(lines[i + 1].text)):
            # "A." / "1. Decides to establish …", "…; B." (1284 (1999)): a part's letter with a
            # full stop, read as the letter alone is
            line = Line(line.text.strip()[0], line.page, line.indented)
        ends_in_word = i + 1 < len(lines) and line.text[-1:].isalpha()
        tail = _heading_at_end(line.text) if ends_in_word else None
        if tail is not None and tail.start(1) < 40 and (
                _ITEM_LABEL_OPENING.match(line.text) or _ITEM_LABEL_OPENING.match(carried)):
            # a lettered heading itself: "(a) Security, Stabilization and …", "a) …", its
            # label perhaps on the line before
            tail = None
        rest = ""
        if tail is not None and not _ITEM_LABEL_OPENING.match(lines[i + 1].text):
            # the heading wrapped: "… Reconciliation, Support for humanitarian" / "assistance"
            # / "(k) To facilitate …"
            rest = lines[i + 1].text.strip()
            if not (i + 2 < len(lines) and _ITEM_LABEL_OPENING.match(lines[i + 2].text)
                    and _WRAPPED_REST.fullmatch(rest)):
                tail = None
        if tail is None and ends_in_word and lines[i + 1].text[:1].isdigit() \
                and _TOP.match(lines[i + 1].text) and "; " in line.text[-92:]:
            run_in = _HEADING_AFTER_SEMICOLON.search(line.text, max(0, len(line.text) - 92))
            if run_in is not None and not _FUNCTION_WORD.search(run_in.group(1)):
                # "… from the date of this resolution; Cooperation and Reporting" / "22.
                # Requests …": the heading over the next paragraph ran into this one's end
                # (a paragraph ends at its semicolon; "Reporting", "Reviews" are headings)
                out.append(Line(line.text[:run_in.start(1)].rstrip(), line.page,
                                line.indented))
                line = Line(run_in.group(1), line.page, True)
        if tail is not None and _heading_like(f"{tail.group(1)} {rest}".strip()):
            # "(j) To support … National Reconciliation, Support for humanitarian assistance"
            # / "(k) To facilitate …": the heading of (k) ran into the end of (j)'s last line
            # (its label, on a line of its own before, opens what comes before the heading)
            before = line.text[:tail.start(1)].rstrip()
            out.append(Line(f"{carried} {before}", line.page, True) if carried
                       else Line(before, line.page, line.indented))
            carried = ""
            line = Line(f"{tail.group(1)} {rest}".strip(), line.page, True)
            skip = i + 1 if rest else -1
        if carried:
            line = Line(f"{carried} {line.text}", line.page, True)
            carried = ""
        if "==" in line.text:
            # "== II ==": a part's heading as a wiki prints it (1636 (2005) so copied), on a
            # line of its own or run into the text ("…; == II == 7. Acknowledges …")
            if line.text[:1] == "=" and (wiki := _WIKI_HEADING.fullmatch(line.text)) is not None:
                line = Line(wiki.group(1), line.page, line.indented)
            else:
                line = Line(_WIKI_PART.sub(r" \1 ", line.text).strip(), line.page, line.indented)
        letter_part = _PART_LETTER_AT_END.search(line.text, max(0, len(line.text) - 4)) \
            if line.text[-1:].isupper() and i + 1 < len(lines) else None
        if letter_part is not None and (_TOP.match(lines[i + 1].text)
                                        or _UNDOTTED_TOP.match(lines[i + 1].text)
                                        or _NUMBER_ALONE.fullmatch(lines[i + 1].text)
                                        or _starts_preambular(lines[i + 1].text)
                                        or _COUNCIL.fullmatch(lines[i + 1].text.strip())):
            # "… Chapter VIII of the Charter of the United Nations, A" / "1. Commends …"
            # (820 (1993)): the letter of part A ran into the preamble's last line; "…
            # foreign property; B" / "Strongly condemning UNITA …," (864 (1993)): part B's
            # letter ran into part A's last paragraph; the number after it may have lost its
            # dot ("1 Finds …") or stand alone on its line ("1.")
            out.append(Line(line.text[:letter_part.start(1)].rstrip(), line.page,
                            line.indented))
            line = Line(letter_part.group(1), line.page, True)
        elif line.text[1:2] == " " and out and out[-1].text[-1:] in ",;" and (
                letter_part := _PART_LETTER_FIRST.match(line.text)) is not None:
            out.append(Line(letter_part.group(1), line.page, True))
            line = Line(line.text[letter_part.end(1):].lstrip(), line.page, line.indented)
        part = _PART_BREAK_FIRST.match(line.text) if line.text[:1] == "*" else None
        if part is not None:
            # "*** 19. Welcomes …": the break between two parts ran into the paragraph after it
            out.append(Line(part.group(1), line.page, line.indented))
            line = Line(line.text[part.end():], line.page, line.indented)
        last = _AND_ITEM.match(line.text) if out and out[-1].text.endswith(";") else None
        if last is not None:
            # "…measures;" / "and (d) provide …": the "and" ends the item before
            out[-1] = Line(f"{out[-1].text} and", out[-1].page, out[-1].indented)
            line = Line(line.text[last.end():], line.page, line.indented)
        if len(line.text) <= 8 and _BARE_LABEL.match(line.text):
            # "8." or "(c)" alone on its line: it opens the next line's paragraph
            carried = line.text.strip()
            continue
        number = _NUMBER_AT_END.search(line.text, max(0, len(line.text) - 8)) \
            if line.text.endswith(".") else None
        if number is not None:
            carried = number.group(1) + "."
            line = Line(line.text[:number.start()].rstrip(), line.page, line.indented)
        letter = _LETTER_AT_END.search(line.text, max(0, len(line.text) - 10)) \
            if line.text.endswith(")") else None
        if letter is not None:
            carried = letter.group(1) or letter.group(2)
            line = Line(line.text[:letter.start()].rstrip(), line.page, line.indented)
        # every match holds a ".", which most lines lack
        numbered = "." in line.text and _NUMBER_DOT.search(line.text) is not None
        if numbered:
            head = _HEADING_RUN.split(line.text, maxsplit=1)
            # (a heading holds no semicolon and no numbered paragraph: "…, 1. Confirms …;
            # Sanctions 2. Observes …" on a short line is a paragraph, then a heading)
            if len(head) == 2 and _heading_like(head[0].strip("= ").strip()) \
                    and ";" not in head[0] and not _NUMBER_DOT.search(head[0]):
                out.extend(Line(piece, line.page, line.indented)
                           for piece in _headings_apart([head[0].strip("= ").strip(),
                                                         head[1]])[:-1])
                line = Line(head[1], line.page, True)
        elif ("(a) " in line.text or "(i) " in line.text) and out \
                and out[-1].text.rstrip()[-1:] in (":", ";", "."):
            item = _HEADING_BEFORE_ITEM.match(line.text)
            if item is not None and _run_in_heading(item.group(1), after_stop=True):
                # "…:" / "Asset freeze (a) Freeze without delay …": a heading run into the
                # first item under it (on a line of its own: not a sentence wrapped there);
                # "…:" / "Monitoring of the ceasefire … (a) To observe …" (1528 (2004), its
                # items run into one line each)
                out.append(Line(item.group(1), line.page, line.indented))
                line = Line(line.text[item.end():], line.page, True)
        if ("(a) " in line.text or "(i) " in line.text) and (cut := (
                _first_item_wrapped(line.text, lines, i) if len(line.text) < 120
                else None) or _first_item_after_comma(line.text, lines, i)) is not None:
            # "1. Reaffirms its resolution 425 (1978) in which it (i) Calls for strict" /
            # "respect for …; (ii) Calls upon …" (498 (1981) in a narrow column): the first item
            # after a word, whose semicolon and second item the next lines hold
            out.append(Line(line.text[:cut].rstrip(), line.page, line.indented))
            line = Line(line.text[cut:].lstrip(), line.page, True)
        if len(line.text) < 120:
            # a short line can still hold "…: (a) monitoring", "…; 4. Decides", "…; 13
            # Urges" or "…region, Reiterating" (_RUN_SPLIT_SHORT splits only before a number
            # that `numbered` or `_UNDOTTED_RUN` finds or before "(" after ";" or ":")
            splitter = _RUN_SPLIT if _preamble_after_comma(line.text) else (
                _RUN_SPLIT_SHORT if numbered or ("(" in line.text and (
                    ";" in line.text or ":" in line.text
                    or (") " in line.text and _AFTER_BRACKET.search(line.text))))
                or ((";" in line.text or ":" in line.text) and _UNDOTTED_RUN.search(line.text))
                # (split there as a long line is; not "… among other things," / "(i) whether
                # …, or (ii) whether the", a sentence's enumeration, 1735 (2006) wrapped)
                or (line.text[:1] == "(" and out and out[-1].text.rstrip()[-1:] in (":", ";")
                    and _OR_ITEM.match(line.text))
                # "… of this resolution, or (b) funds or other" (1483 (2003) in a narrow
                # column), its "(a)" opened on an earlier line after the chapeau's colon
                or (", or (" in line.text and (m := _OR_NEXT.search(line.text)) is not None
                    and _item_before(out, m.group(1)))
                else None)
        else:
            splitter = _RUN_SPLIT
        if splitter is None:
            out.append(line)
            continue
        pieces = _headings_apart(_first_items_apart(
            [piece for piece in _split_run(splitter, line.text) if piece]))
        if ", " in line.text and _COMMA_ITEM.search(line.text):
            items = _comma_items_apart(pieces, out)
            # (a heading may have run into an item's end: "…, (b) to support …, Disarmament,
            # demobilization and reintegration (c) to assist …")
            pieces = _headings_apart(items) if len(items) > len(pieces) else items
        if ") to " in line.text and "; " in line.text:
            pieces = _headed_items_apart(pieces, out)
        if splitter is _RUN_SPLIT and len(pieces) > 1:
            pieces = _preamble_headings_apart(pieces)
        if len(pieces) >= _RUN_OF_PARAGRAPHS or (len(pieces) > 1 and any(
                _OPERATIVE_VERB.match(piece) for piece in pieces[1:])):
            # a line that runs several paragraphs together (a whole text on one line, or
            # one that runs its preamble into an operative paragraph: "… of the Security
            # Council. Having considered … at an appropriate time. Expresses its concurrence
            # …", 110 (1955)): a preambular paragraph that ends with a full stop ends there
            # too ("… means of delivery. Welcoming efforts …", 1540 (2004)), as 35 of the
            # shared texts' do; five hold a second sentence ("… in situations of armed
            # conflict. Stressing, in this regard, …", 1738 (2006)), which a line of its own
            # keeps whole
            pieces = [part for piece in pieces
                      for part in (_NOTE_THEN_PARAGRAPH.split(piece, maxsplit=1)
                                   if piece[:1] == "_" and _PAGE_NOTE.match(piece)
                                   else _SENTENCE_THEN_PREAMBLE.split(piece))]
            pieces = [part for piece in pieces for part in _misspelt_openings_apart(piece)]
            if not any(piece[:1].isdigit() and _TOP.match(piece) for piece in pieces):
                # unnumbered operative paragraphs run together ("… and to abide by the
                # decisions resulting therefrom; Considers that …", 93 (1951) on one line):
                # a clause after a semicolon opens with a capital only in a new paragraph
                pieces = [part for piece in pieces for part in _SEMICOLON_THEN_VERB.split(piece)]
        out.extend(Line(piece, line.page, line.indented if n == 0 else True)
                   for n, piece in enumerate(pieces))
    return _letter_after_h_apart(out)


# the letters that also read as roman numerals, after the letter before them, and where such
# a letter opens an item run into the line
_AMBIGUOUS_NEXT = {
    before: (letter, re.compile(rf"(?<=[A-Za-z0-9,.;:])\s+(?=\({letter}\)\s+[A-Z][a-z])"))
    for before, letter in (("h", "i"), ("u", "v"), ("w", "x"))}


def _letter_after_h_apart(lines: list[Line]) -> list[Line]:
    """`lines` with an item "(i)" run into the item after "(h)" set on a line of its own
    ("… elderly people, (i) Support for the redeployment of State administration", 1739
    (2007) with its lists run into one line), as "(v)" after "(u)" and "(x)" after "(w)";
    a heading so labelled is set apart from the text after it, as `_first_items_apart` does.

    The splits before an item's label leave these three out, as each may be a roman numeral
    a sentence cites; after the letter before it, with a capital after it, it is an item's.
    """
    out: list[Line] = []
    last: str | None = None  # the letter of the last item opened
    for line in lines:
        if (m := _LABEL_OPENING.match(line.text)) is not None and len(m.group(1)) == 1:
            last = m.group(1)
        after, at = _AMBIGUOUS_NEXT.get(last or "", (None, None))
        if at is not None and f"({after}) " in line.text and (cut := at.search(line.text)):
            # (and a heading run into the end of the item before: "… such materiel,
            # Protection of United Nations personnel, institutions and civilians (i) To
            # protect …", 1528 (2004) on one line)
            before, *titled = _headings_apart([line.text[:cut.start()], line.text[cut.end():]])
            out.append(Line(before, line.page, line.indented))
            out.extend(Line(title, line.page, True) for title in titled[:-1])
            *heading, rest = _first_items_apart([line.text[cut.end():]])
            out.extend(Line(piece, line.page, True) for piece in heading)
            line = Line(rest, line.page, True)
            last = after
        out.append(line)
    return out


def _follows(before: str | None, label: str, roman: bool) -> bool:
    """Whether `label` comes right after `before` in a list of letters, or of `roman`
    numerals; with `before` None, whether it opens one ("a", "i")."""
    if roman:
        return roman_value(label) == (roman_value(before) + 1 if before else 1)
    return label == _next_letter(before)


def _item_before(out: list[Line], label: str) -> bool:
    """True when the last item opened in the paragraph `out` ends in is the one before
    `label` ("(a)" before "(b)", "(i)" before "(ii)") and opened a list: after a colon or a
    semicolon, not after a comma (a sentence's own enumeration: "…, among other things, (i)
    whether …, or (ii) whether …")."""
    for j in range(len(out) - 1, max(len(out) - 15, 0), -1):
        text = out[j].text
        if _TOP.match(text):
            return False
        if (m := _LABEL_OPENING.match(text)) is not None:
            last = m.group(1)
            follows = _follows(last, label, roman=False) or bool(
                _ROMAN.match(last) and _ROMAN.match(label) and _follows(last, label, roman=True))
            return follows and out[j - 1].text.rstrip()[-1:] in (":", ";")
    return False


_FIRST_ITEM_AFTER_WORD_AT = re.compile(_FIRST_ITEM_AFTER_WORD.removeprefix("|"))


def _first_item_wrapped(text: str, lines: list[Line], i: int) -> int | None:
    """Where in the short line `text` (line `i`) a first item after a word opens
    (`_FIRST_ITEM_AFTER_WORD`), read together with the lines after it up to the next
    numbered paragraph; None where none does."""
    window = [text]
    for following in lines[i + 1:i + 16]:
        if _TOP.match(following.text):
            break
        window.append(following.text)
    joined = " ".join(window)
    # tried only before the labels a match opens with: the pattern, opening with a
    # look-behind, would be tried at every position of the window
    for label in _FIRST_LABEL.finditer(joined):
        start = label.start()
        while start > 0 and joined[start - 1].isspace():
            start -= 1
        if start < label.start() and (m := _FIRST_ITEM_AFTER_WORD_AT.match(joined, start)):
            return m.end() if m.end() < len(text) else None
    return None


_FIRST_LABEL = re.compile(r"\((?:a|i)\)\s")


_ITEM_AFTER_COMMA = re.compile(r",\s+\((a|i)\)\s+(?=[A-Za-z])"
                               # not a reference: "the measures, (a) above and (c) below, …"
                               r"(?!(?:above|below|and|or|of|to\s+\()\b)")
_SECOND_ITEM = {"a": "(b) ", "i": "(ii) "}


def _first_item_after_comma(text: str, lines: list[Line], i: int) -> int | None:
    """Where in line `i` a list's first item opens after a comma, its next item opening a
    line below before the next numbered paragraph: "3. Decides, in light of …, (a) to
    establish …" / "(b) to request …" (1591 (2005) with its items run into the lines before
    them); None where it does not."""
    m = _ITEM_AFTER_COMMA.search(text)
    if m is None or _SECOND_ITEM[m.group(1)].rstrip() in text[m.end():]:
        return None
    for following in lines[i + 1:i + 40]:
        if _TOP.match(following.text):
            return None
        if following.text[:1] == "(":
            return m.start() + 1 if following.text.startswith(_SECOND_ITEM[m.group(1)]) \
                else None
    return None


# "… Restoration of order", or a part's number: "… Chapter VII of the Charter, I" / "1. …"
def _run_in_heading(text: str, after_stop: bool = False) -> bool:
    """True for words run into a paragraph that read as a heading: short, unpunctuated, not
    a paragraph's opening verb or participle, not ending on a function word. `after_stop`:
    the line before ends with ";", ":" or "." (a preambular paragraph ends with a comma), so
    only the words that open a preambular paragraph ("Noting", "Recalling") are no heading,
    not any participle ("Monitoring of the ceasefire")."""
    if not _heading_like(text) or _OPERATIVE_VERB.match(text) or _FUNCTION_WORD.search(text):
        return False
    if after_stop:
        first = _CAPITALIZED.match(text)
        return first is None or first.group(1).lower() not in _PREAMBLE_WORDS
    return not _starts_preambular(text)


_HEADING_AFTER_STOP = re.compile(r"[;:.,]\s+([A-Z][^,;:.()]{2,90}|[IVX]{1,4}|[A-H])$")
# … or one with its colon, after a colon or semicolon: "… the following mandate: Support for
# Implementation of the Ceasefire Agreement: (a) to observe …" (1509 (2003) on one line)
_HEADING_WITH_COLON = re.compile(r"[;:]\s+([A-Z][^,;:.()]{2,90}:)$")
_LABELLED = re.compile(r"(?:\d{1,3}\s*\.|\((?:[a-z]{1,2}|[ivx]{1,5})\))\s")


# "(b) Support to the implementation of the Agreement (i) To support …", "… as follows: AMISOM
# (a) The provision …": a list's first item, opening with a capital, after a title or heading
# that follows an item's label or a colon or semicolon
_TITLE_BEFORE_FIRST_ITEM = re.compile(r"(?:^\((?:[a-z]{1,2}|[ivx]{1,5})\)\s+[A-Z][^;:,.()\d]{1,90}?"
                                      # … one after a colon may hold commas: "… to that end,
                                      # to: Protection of civilians, humanitarian personnel
                                      # and … facilities (a) Ensure …" (1756 (2007) on one
                                      # line; `_COMMA_HEADING_AT_END` then sets it apart)
                                      r"|[;:]\s+[A-Z][^;:.()\d]{1,110}?)"
                                      # (or "to" and a verb: "… the following mandate:
                                      # Protection of civilians (a) to protect …")
                                      r"(?=\s+\((?:a|i)\)\s+(?:[A-Z][a-z]|to\s+[a-z]{3}))")


# "…, (b) to ensure …", "…, and (c) to …": the next item of a list whose items close with a
# comma, not a citation's letters ("subparagraphs (b) and (c)", "(b) to (e)", "(b) above")
_COMMA_ITEM = re.compile(r",\s+(?:and\s+)?\(([a-z]{1,2}|[ivx]{1,5})\)\s+"
                         r"(?!(?:and|or|to|through)\s+\(|(?:above|below|of)\b)(?=[A-Za-z]{2})")


def _comma_items_apart(pieces: list[str], out: list[Line]) -> list[str]:
    """The items of a list opening after a colon, each closing with a comma, run into one
    line ("…the following mandate: (a) to deploy …, (b) to ensure …, (c) to …", 1565 (2004)
    so copied), apart: each at its label that is the next in order; also after an item
    that wrapped onto this line ("… as notified to the Committee, (e) supplies …", 1572
    (2004)). `out` holds the lines before. An enumeration inside a sentence ("… which
    encompasses (a) accountability, (b) physical protection") follows no colon and stays
    whole, as does one whose last item follows "and" or "or" without a comma."""
    done: list[str] = []
    for piece in pieces:
        first = _LABEL_OPENING.match(piece)
        if first is not None:
            before = [*(ln.text for ln in out[-2:]), *done][-2:]
            roman = first.group(1) == "i"
            # after the chapeau's colon, or a heading after it ("…mandate: Protection of
            # civilians (a) to protect …, (b) to …")
            if first.group(1) not in ("a", "i") or not (
                    before and (before[-1].rstrip().endswith(":") or (
                        len(before) > 1 and before[0].rstrip().endswith(":")
                        and _heading_like(before[-1])))):
                done.append(piece)
                continue
            label = first.group(1)
        elif not done and (open_item := _open_item(out)) is not None:
            label, roman = open_item
        else:
            done.append(piece)
            continue
        cuts = [0]
        expected = roman_numeral(roman_value(label) + 1) if roman else _next_letter(label)
        for item in _COMMA_ITEM.finditer(piece, first.end() if first else 0):
            if item.group(1) == expected:
                cuts.append(item.start(1) - 1)
                expected = roman_numeral(roman_value(expected) + 1) if roman \
                    else _next_letter(expected)
        if len(cuts) < 2 or f" and ({expected}) " in piece or f" or ({expected}) " in piece:
            # "…conditions: (i) the Council's approval, (ii) the agreement of … and (iii) the
            # security situation …;" (2100 (2013)): a sentence's enumeration, its last item
            # after "and" without a comma
            done.append(piece)
            continue
        done.extend(piece[a:b].rstrip() for a, b in itertools.pairwise([*cuts, len(piece)]))
    return done


# "…; Disarmament, demobilization and reintegration (c) to assist …": a heading between an
# item's semicolon and the next item, which opens in lower case (a capital's item, "(c) To
# assist", is split before by `_NUMBER_OR_LETTER_SPLIT`)
_HEADED_ITEM = re.compile(r";\s+([A-Z][^;:.()\d]{2,110}?:?)\s+\(([a-z]{1,2}|[ivx]{1,5})\)\s+"
                          r"(?=to\s+[a-z]{3})")


def _headed_items_apart(pieces: list[str], out: list[Line]) -> list[str]:
    """`pieces` with the next item of a list whose items close with semicolons, run into the
    piece after a heading that stands between them, set apart with its heading ("… access;
    Disarmament, demobilization and reintegration (c) to assist …", a copy that prints the
    text on one line): only at the label that comes next in order, so that a citation
    ("paragraph 4 (b) to (e)") stays whole."""
    done: list[str] = []
    for piece in pieces:
        first = _LABEL_OPENING.match(piece)
        if first is not None:
            label = first.group(1)
        elif not done and (open_item := _open_item(out)) is not None:
            label = open_item[0]
        else:
            done.append(piece)
            continue
        at = 0
        for m in _HEADED_ITEM.finditer(piece):
            # the next letter, or the next roman numeral ("(i)" may be either)
            expected = {_next_letter(label)} | ({roman_numeral(roman_value(label) + 1)}
                                                if _ROMAN.fullmatch(label) else set())
            heading = m.group(1).removesuffix(":")
            if m.group(2) not in expected or not _run_in_heading(heading, after_stop=True):
                continue
            done += [piece[at:m.start() + 1], m.group(1)]
            at, label = m.start(2) - 1, m.group(2)
        done.append(piece[at:])
    return done


def _open_item(out: list[Line]) -> tuple[str, bool] | None:
    """The label of the item the last of `out` is in, and whether the list counts in roman
    numerals, when that item belongs to a list opened after a colon or a semicolon."""
    last: str | None = None
    for j in range(len(out) - 1, max(len(out) - 30, 0), -1):
        text = out[j].text
        if _TOP.match(text):
            return None
        if (m := _LABEL_OPENING.match(text)) is not None:
            last = last or m.group(1)
            if m.group(1) in ("a", "i") and out[j - 1].text.rstrip()[-1:] in (":", ";"):
                return last, m.group(1) == "i" and _ROMAN.match(last) is not None
    return None


# "(a) Protection of United Nations personnel To protect …", "(c) Monitoring the
# implementation of the arms embargo Monitor the implementation …" (2147 (2014)), "(d)
# Disarmament, demobilization and reintegration programme (DDR) and collection of weapons To
# assist …" (2162 (2014)): an item's title run into the item's text, which the UN prints on
# the next line
_TITLE_BEFORE_TEXT = re.compile(
    r"\((?:[a-z]{1,2}|[ivx]{1,5})\)\s+([A-Z](?:[^;:.()\d]|\([A-Z]{2,10}\)){2,150}?)"
    r"(?=\s+To [a-z]{3,}\b|(?<=[a-z)])\s+"
    r"(?:Monitor|Support|Provide|Ensure|Assist|Protect|Promote|Facilitate|Contribute|Help|"
    r"Strengthen|Observe|Prevent|Advise|Coordinate|Deter|Maintain|Enhance|Exercise|Use)\s+[a-z])")


def _first_items_apart(pieces: list[str]) -> list[str]:
    """`pieces` with a list's first item that ran into its title or heading put on its own,
    and an item's title apart from the item's text (a copy that prints the text on one line;
    see `_TITLE_BEFORE_FIRST_ITEM`, `_TITLE_BEFORE_TEXT`)."""
    out: list[str] = []
    for piece in pieces:
        while "(" in piece and (m := _TITLE_BEFORE_FIRST_ITEM.search(piece)) is not None:
            out.append(piece[:m.end()])
            piece = piece[m.end():].lstrip()
        # (a title may be longer than a heading on a line of its own: "(i) Disarmament,
        # demobilization, storage of weapons and reintegration of former combatants of the
        # two parties and members of militias", 129 characters, 1933 (2010))
        if piece[:1] == "(" and (m := _TITLE_BEFORE_TEXT.match(piece)) is not None \
                and m.group(1)[-1] != "," and _heading_like(m.group(1)[:110]) \
                and not _OPERATIVE_VERB.match(m.group(1)) \
                and not _FUNCTION_WORD.search(m.group(1)):
            # (after a label, "Monitoring …" opens a title, not a preambular paragraph)
            out.append(piece[:m.end()])
            piece = piece[m.end():].lstrip()
        while piece[:1] == "(" and (m := _NEXT_ITEM_RUN_IN.match(piece)) is not None \
                and m.group(2) == _next_letter(m.group(1)):
            out.append(piece[:m.start(2) - 1].rstrip())
            piece = piece[m.start(2) - 1:]
        out.append(piece)
    return out


# an item whose text ends without punctuation, the next item's label after a word: "(a) in
# recurrent attacks on schools (b) in recurrent attacks …" (1998 (2011) on one line); a
# sentence's own enumeration inside the item would count (i), (ii), not the item's letters
_NEXT_ITEM_RUN_IN = re.compile(r"\(([a-h])\)\s+[^();:]{10,300}?[a-z]\s+\(([b-i])\)\s+[a-z]")


# an item's title with a comma in it: "(a) Security, Stabilization and protection of civilians"
# is one title, not "(a) Security," and a heading
_TITLE_WITH_COMMA = re.compile(r"\((?:[a-z]{1,2}|[ivx]{1,5})\)\s+[A-Z][a-z]*"
                               r"(?:\s+[A-Za-z][a-z]*){0,3},$")


# (perhaps with an acronym in brackets, "Disarmament, demobilization and reintegration (DDR)",
# 2226 (2015), and its colon, "Protection of United Nations Staff, Facilities and
# Civilians:", 1509 (2003))
_COMMA_HEADING_AT_END = re.compile(r"[;:]\s+([A-Z][^;:.()\d]{2,160}"
                                   r"(?:\([A-Z]{2,8}\)[^;:.()\d]{0,60})?:?)$")


# a heading (or a part's letter) before a preambular paragraph's opening word
_HEADING_BEFORE_PREAMBLE = re.compile("(" + _HEADING_WORDS + r")\s+" + _PP_OPENING)


def _preamble_headings_apart(pieces: list[str]) -> list[str]:
    """`pieces` with a heading that ran into the preambular paragraph after it put on its own
    ("Somalia" / "Highlighting in particular …"), where the piece before ends a paragraph
    with its comma or semicolon; words that open preambular paragraphs themselves ("Deeply
    concerned", "In this regard") are no heading."""
    out: list[str] = []
    for n, piece in enumerate(pieces):
        m = _HEADING_BEFORE_PREAMBLE.match(piece) if n and out and out[-1][-1:] in ",;" \
            else None
        if m is not None and not any(w.lower() in _PREAMBLE_WORDS for w in m.group(1).split()):
            out += [m.group(1), piece[m.end(1):].lstrip()]
        else:
            out.append(piece)
    return out


def _in_title_case(text: str) -> bool:
    """True when every word of four letters or more in `text` opens with a capital, as a
    heading's words do ("Protection of United Nations Staff, Facilities and Civilians:") and a
    sentence's do not ("These measures should include:")."""
    return all(w[0].isupper() for w in _WORDS.findall(text) if len(w) > 3)


def _long_run_in(text: str) -> bool:
    """A `_long_heading` run into the end of a paragraph on one line ("…; Protection of
    civilians, including humanitarian personnel and human rights defenders, and United
    Nations personnel and facilities" / "7. Emphasizes …", 1906 (2009)), not a last clause
    with an operative verb."""
    return _long_heading(text) and not _OPERATIVE_VERB.match(text)


_ITEM_THEN_COMMA_HEADING = re.compile(r",\s+([A-Z][^,;:.()\d]*(?:,\s+[a-z][^,;:.()\d]*)+)$")


def _headings_apart(pieces: list[str]) -> list[str]:
    """`pieces` of a line split before paragraph numbers and labels, with a heading that ran
    into the end of the piece before a numbered one put on its own: "… the ceasefire;
    Humanitarian situation" / "3. Calls upon …" (a copy that prints the text on one line)."""
    out: list[str] = []
    numbered = False  # a numbered paragraph opened in this piece or one before it
    for n, piece in enumerate(pieces):
        numbered = numbered or (piece[:1].isdigit() and _TOP.match(piece) is not None)
        labelled = n + 1 < len(pieces) and _LABELLED.match(pieces[n + 1]) is not None
        tail = None
        if labelled:
            tail = (_HEADING_WITH_COLON if piece[-1:] == ":" else _HEADING_AFTER_STOP).search(piece)
        if labelled and "," in piece and (tail is None or piece[tail.start()] == ","):
            # a title with commas after the chapeau's colon (`_TITLE_BEFORE_FIRST_ITEM`) or
            # after an item's semicolon, not its last words after its comma ("…
            # infrastructure; Protection of United Nations Staff, Facilities and Civilians:")
            wider = _COMMA_HEADING_AT_END.search(piece)
            if wider is not None and (tail is None
                                      or _run_in_heading(wider.group(1).removesuffix(":"))
                                      or _long_run_in(wider.group(1))):
                tail = wider
        if labelled and tail is None and piece[:1] == "(" and piece[-1:].isalpha() \
                and _LABELLED.match(piece):
            # "(c) To assist … the movement of combatants, Disarmament, demobilization,
            # reintegration, repatriation and resettlement" / "(d) To assist …" (1528 (2004)
            # on one line): after an item that closes with a comma, a heading with commas of
            # its own, the line's punctuation lost at its end
            tail = _ITEM_THEN_COMMA_HEADING.search(piece)
        # an unpunctuated phrase before an item's label, among the operative paragraphs,
        # is no preambular paragraph, whatever its first word: "… displaced persons,
        # Contributing to the electoral process" / "(g) Support for …" (1933 (2010) on one
        # line)
        operative = tail is not None and piece[tail.start()] == "," \
            and pieces[n + 1][:1] == "(" and (piece[:1] == "(" or piece[:3] == "To " or numbered)
        if tail is not None and (_run_in_heading(tail.group(1).removesuffix(":"),
                                                 after_stop=operative
                                                 or piece[tail.start()] in ";:.")
                                 or (tail.re is _COMMA_HEADING_AT_END
                                     and _long_run_in(tail.group(1)))) \
                and (tail.group(1)[-1:] != ":" or _in_title_case(tail.group(1))
                     # (or any heading between two items: "(d) to monitor …; Support for the
                     # peace process:" / "(e) to support …")
                     or (piece[:1] == "(" and pieces[n + 1][:1] == "("
                         and piece[tail.start()] == ";")) \
                and not _TITLE_WITH_COMMA.match(piece[:tail.start(1)].rstrip()):
            out += [piece[:tail.start(1)].rstrip(), tail.group(1)]
        else:
            out.append(piece)
    return out


# "vii.To use …", "viii.developments …": a label wider than its gutter runs into the text in
# some PDFs
_DOTTED = re.compile(r"^([a-z]|[ivx]{1,5})(?:\.(?:\s+(?=\S)|(?=[A-Z])|(?<=[ivx]{2}\.)(?=[a-z]))"
                     r"|\)\s+(?=\S))(.*)$")


# a line that opens with a dotted label ("a.") or a half-bracketed one ("a)")
_ANY_DOTTED = re.compile(r"\n(?:[a-z]|[ivx]{1,5})[.)]")


def _undotted_numbers(lines: list[Line]) -> list[Line]:
    """Paragraphs numbered "1 Decides", "2 Requests" (a copy of a web page's list, which
    drops the dots) rewritten "1. Decides", in sequence from 1, when no "1." is printed."""
    if any(_FIRST_PARAGRAPH.match(ln.text) for ln in lines):
        return lines
    first = next((i for i, ln in enumerate(lines) if _FIRST_UNDOTTED.match(ln.text)), None)
    if first is None:
        second = next((i for i, ln in enumerate(lines) if _SECOND_UNDOTTED.match(ln.text)), 0)
        # the nearest "1 …" before the "2 Decides …"
        first = next((i for i in range(second - 1, -1, -1)
                      if (m := _UNDOTTED_ANY.match(lines[i].text)) and m.group(1) == "1"), None)
    if first is None:
        # "Resolves that:" / "1 The representatives of … are invited …;" / "2 The
        # representatives of …": items of a chapeau, numbered ("Resolves" / "1 To work out
        # …", 18 (1947), its colon lost too)
        first = next((i for i in range(1, len(lines) - 1)
                      if (lines[i - 1].text.rstrip().endswith(":")
                          or _OPERATIVE_VERB.fullmatch(lines[i - 1].text.strip()))
                      and (m := _UNDOTTED_ANY.match(lines[i].text)) and m.group(1) == "1"
                      and any((n := _UNDOTTED_ANY.match(ln.text)) and n.group(1) == "2"
                              for ln in lines[i + 1:])), None)
        if first is None:
            return lines
    out: list[Line] = []
    expected = 1
    part = False  # a part's letter stands since the last paragraph read
    for i, line in enumerate(lines):
        if ADOPTED_AT_MEETING.match(line.text):
            # the text ends here; "1 Resolutions or decisions on this question …" below is
            # a footnote
            return [*out, *lines[i:]]
        m = _UNDOTTED_ANY.match(line.text)
        if m is None and expected > 1 and (low := _UNDOTTED_LOWER.match(line.text)) \
                and _OPERATIVE_VERB.match(low.group(2).capitalize()):
            m = low
        part = part or (expected > 2 and _PART_LABEL.fullmatch(line.text) is not None)
        if m is not None and m.group(1) == "1" and part:
            # "B" / "1 Takes note …", or "B" / "The Security Council," / its preamble / "1
            # Urges …" (161 (1961)): a part that numbers its paragraphs anew
            expected, part = 1, False
        if m is not None and int(m.group(1)) == expected and (expected > 1 or i >= first):
            line = Line(f"{expected}. {m.group(2)}", line.page, line.indented)
            expected += 1
        elif expected > 1 and (dotted := _TOP.match(line.text)) is not None \
                and int(dotted.group(1)) == expected:
            expected += 1  # "…; 12. Requests" run into a line: its dot kept, and its place
        out.append(line)
    return out


def _parts_numbered_on(lines: list[Line]) -> tuple[list[Line],
                                                   list[tuple[str, str, str, int | None]]]:
    """The lines with the paragraphs of a part that numbers them from 1 again renumbered to
    follow the part before, and for each such part (its label, the first and last numbers
    read, its page).

    "2. Expresses …;" / "B" / "1. Takes note …" (101 (1953)), or "5. Reaffirms …" / "B" /
    "The Security Council," / "Gravely concerned …," / "1. Urges …" (161 (1961)): each
    paragraph keeps a reference of its own, and the warning says how the part's numbers were
    read. The part's own "The Security Council," opens it, as the first opens the text; a
    resolution quoted after a colon ("… which reads:" / "The Security Council,") is not a part,
    and an annex's parts are the annex's own.
    """
    out: list[Line] = []
    parts: list[tuple[str, str, str, int | None]] = []
    last = 0  # the last paragraph number, as read
    offset = 0
    marker: str | None = None  # a part's label seen since the last numbered paragraph
    for i, line in enumerate(lines):
        text = line.text.strip()
        if _ANNEX.match(text):
            out.extend(lines[i:])
            break
        m = _TOP.match(text)
        if m is not None:
            number = int(m.group(1))
            if number == 1 and marker is not None and last >= 2 \
                    and _OPERATIVE_VERB.match(m.group(2)):
                offset = last
                parts.append((marker, str(last + 1), str(last + 1), line.page))
            elif offset and number + offset != last + 1:
                offset = 0  # numbers that do not run on from the part's: as printed
            if offset:
                line = Line(f"{number + offset}. {m.group(2)}", line.page, line.indented)
                label, first, _, page = parts[-1]
                parts[-1] = (label, first, str(number + offset), page)
            last = number + offset
            marker = None
        elif last and _PART_LABEL.fullmatch(text):
            marker = text
        elif last and marker is not None and _COUNCIL.fullmatch(text) \
                and out and not out[-1].text.rstrip().endswith(":"):
            continue  # the part's own "The Security Council,"
        out.append(line)
    return out, parts


def _dotted_labels(lines: list[Line]) -> list[Line]:
    """Items labelled "a.", "b." (and "i.", "ii." under them), as Word numbers a list the UN
    also prints as "(a)", or "a)", "b)" as other copies print it, rewritten as "(a) …" so
    they open sub-paragraphs like those.

    A list opens with "a." (or "i.") after a colon, or before its "b." (or "ii.") further
    down the same paragraph, and runs on only in order, so a line that happens to open with
    "a." or "v." in running text is left alone.
    """
    if not _ANY_DOTTED.search("".join("\n" + ln.text for ln in lines)):
        return lines
    matches = [_DOTTED.match(ln.text) for ln in lines]
    labels = [m.group(1) if m else None for m in matches]

    def followed_by(i: int, label: str) -> bool:
        for j in range(i + 1, len(lines)):
            if _TOP.match(lines[j].text):
                return False
            # (or bracketed, as a copy may print the labels after a first one: "i) to deny
            # …" / "(ii) to prohibit …", 1127 (1997) so copied)
            if labels[j] == label or lines[j].text.startswith(f"({label}) "):
                return True
        return False

    out: list[Line] = []
    letter: str | None = None  # the last dotted letter of the current list
    roman: str | None = None  # the last dotted roman numeral under it
    previous_end = ""
    operative = False  # items belong to operative paragraphs; the preamble's lines stay as read
    # a resolution of one unnumbered operative paragraph ("Decides:" / "a) To call upon …")
    unnumbered = not any(_FIRST_PARAGRAPH.match(ln.text) for ln in lines)
    for i, line in enumerate(lines):
        m = matches[i]
        label = labels[i]
        if (top := _TOP.match(line.text)) or (unnumbered and _OPERATIVE_VERB.match(line.text)):
            letter = roman = None
            operative = True
            if top is not None and top.group(2).startswith(("a) ", "(a) ")):
                # "2. a) Decides …" / "b) Decides …" (1521 (2003) as the 'a)' copy prints its
                # "2. (a)"): the paragraph's first item shares its line
                letter = "a"
                if top.group(2)[0] == "a":
                    line = Line(f"{top.group(1)}. ({top.group(2)}", line.page, line.indented)
        elif m is not None and not operative and unnumbered and label == "a" \
                and _OPERATIVE_VERB.match(m.group(2)) and followed_by(i, "b"):
            # operative paragraphs lettered, not numbered, and half-bracketed: "a) Resolves
            # …" / "b) Requests …" (34 (1947) as other copies print its "(a)", "(b)")
            letter, roman, operative = "a", None, True
            line = Line(f"(a) {m.group(2)}", line.page, line.indented)
        elif m is not None and not operative and _starts_preambular(m.group(2)):
            # Word's letters on the preambular paragraphs ("a. Recalling …" / "b. Welcoming
            # …", 2005 (2011)): the paragraphs, which the UN prints without them
            line = Line(m.group(2), line.page, line.indented)
        elif label is not None and operative:
            opens = label in ("a", "i") and (
                previous_end == ":" or followed_by(i, "b" if label == "a" else "ii")
                # "d) Protection of United Nations personnel" / "i) To protect …" (2239 (2015)
                # so copied): a list of one item under an item's title
                or (label == "i" and letter not in (None, "h") and previous_end.isalpha()
                    and labels[i - 1] == letter))
            # letters may run on across roman sections ("h. …" / "ii. Disarmament …" / "i.
            # Provide …"), and romans restart under each letter after its colon
            if label == "a" and opens:
                letter = "a"
            elif label == "i" and opens and letter != "h":
                roman = "i"
            elif roman is not None and label == roman_numeral(roman_value(roman) + 1):
                roman = label
            elif letter is not None and label == _next_letter(letter):
                letter = label
            else:
                label = None
            if label is not None and m is not None:
                line = Line(f"({label}) {m.group(2)}", line.page, line.indented)
        elif operative and line.text[:1] == "(" and (
                bracketed := _SUB.match(line.text)) is not None:
            # "k) To facilitate …" / "(l) To facilitate …" / "m) To provide …" (1528 (2004) as a
            # copy prints it, its indented labels left in brackets): the list runs on
            if bracketed.group(1) == "a" or (letter is not None
                                             and bracketed.group(1) == _next_letter(letter)):
                letter, roman = bracketed.group(1), None  # ("(a) Endorses …" / "b) Calls …")
            elif roman is not None and bracketed.group(1) == roman_numeral(roman_value(roman) + 1):
                roman = bracketed.group(1)
        previous_end = line.text.rstrip()[-1:]
        out.append(line)
    return out


# a capitalised word after a comma (a closing quote or a footnote's mark between), a lower-case
# word after it
_CAPITAL_AFTER_COMMA = re.compile(r",[\"”]?(?:\[\d{1,3}\])?\s+([A-Z][a-z]{4,})(?=\s+[a-z])")


def _misspelt_openings_apart(piece: str) -> list[str]:
    """A preambular paragraph of a text on one line, split where the next one opens with a
    misspelt participle after its comma ("…, Racalling its resolution …", 816 (1993);
    "Emphazing", "Underlying" for "Underlining"): a word one or two letters from a word that
    opens preambular paragraphs, with the same first letter."""
    if not _starts_preambular(piece) or piece.count(",") < 2:
        return [piece]
    out: list[str] = []
    start = 0
    for m in _CAPITAL_AFTER_COMMA.finditer(piece):
        word = m.group(1)
        if word in _PREAMBLE_CAPITALIZED or _OPERATIVE_VERB.match(word) \
                or not _near_opening(word):
            continue
        out.append(piece[start:m.start(1)].rstrip())
        start = m.start(1)
    return [*out, piece[start:]]


@cache
def _near_opening(word: str) -> bool:
    """True for a word at most one edit (two for eight letters or more) from a word that opens
    preambular paragraphs, and starting with its letter; not for one such word itself."""
    limit = 2 if len(word) >= 8 else 1
    lowered = word.lower()
    return any(w[0] == lowered[0] and abs(len(w) - len(lowered)) <= limit
               and _edits(w, lowered, limit) <= limit
               for w in _PREAMBLE_WORDS if len(w) > 4 and w != lowered)


def _edits(a: str, b: str, limit: int) -> int:
    """Levenshtein distance between `a` and `b`, or `limit + 1` once it exceeds `limit`."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


_WHEREAS = ("Whereas ", "Whereas,")
# a connective on its own line between an opening clause and the Council's name ("To this
# end," / "The Security Council", 14 (1946))
_CONNECTIVE = re.compile(r"\s*(?:To this end|Therefore|Accordingly|In consequence),?\s*")
_OWN_WORDS_PREAMBLE = re.compile(r"[A-Z][a-z]*\s[^:]{70,}[,;]$")
_MASTHEAD_WORDS = re.compile(r"\b(?:Adopted|Resolution|resolution\s+\d|S/RES|meeting|https?:)")


def _preamble_in_own_words(text: str) -> bool:
    """True when a line before the first paragraph, or above the Council's name, is a
    preambular paragraph in words of its own ("As a preliminary step in …,", "By article 47 of
    the Charter, …;"): long, capitalized, ending on its comma or semicolon; not a line of the
    masthead ("… Adopted by the Security Council at its 2723rd meeting,", a catalogue's "Cite
    as" line)."""
    return _OWN_WORDS_PREAMBLE.match(text) is not None and not _MASTHEAD_WORDS.search(text)


def _whereas_first(lines: list[Line], start: int) -> tuple[list[Line], int]:
    """Lines with "The Security Council" moved above the "Whereas …" paragraphs printed before
    it (7 (1946), 58 (1948): "Whereas …," / "The Security Council" / "Decides …"), so that
    they are read as the preamble they are, not as the title block; and where it now stands."""
    first = next((i for i in range(start) if lines[i].text.startswith(_WHEREAS)), None)
    before = start - 1
    while before > 0 and _CONNECTIVE.fullmatch(lines[before].text):
        before -= 1  # "As the General Assembly has decided that …," / "To this end," (14 (1946))
    if first is None and before > 0 and _preamble_in_own_words(lines[before].text):
        # "As a preliminary step in the consideration of the incidents in the Corfu Channel
        # …," / "The Security Council" / "Resolves to appoint …" (19 (1947))
        first = before
    if first is None:
        return lines, start
    return [*lines[:first], lines[start], *lines[first:start], *lines[start + 1:]], first


def segment(lines: list[Line], *, repair: bool = True, blocks: bool = False) -> Segmented:
    """Split a resolution's cleaned lines into its masthead and its paragraphs.

    `repair` joins words split by stray spaces, a defect of text extracted from PDFs by
    other tools; a PDF read here directly does not need it. A first paragraph number that
    OCR read as the letter ("l. Directs") is mended in both, as a scanned PDF's text layer
    has it too. `blocks`: each line is a whole paragraph (a DOCX's, or a block of the UN's
    JSON), so a line after a preambular paragraph's closing comma opens the next whatever
    its first word.
    """
    indents = _indents_preamble(lines)
    lines = split_run_together(_labels_placed(_first_number_misread(lines)))
    start = next((i for i, ln in enumerate(lines) if _COUNCIL.match(ln.text)), None)
    if start is not None:
        lines, start = _whereas_first(lines, start)
    council_found = start is not None
    if start is None:
        start = next((i for i, ln in enumerate(lines)
                      if _starts_preambular(ln.text) or _TOP.match(ln.text)), len(lines))
        # a preamble in words of its own, with no "The Security Council" above it: "By article
        # 47 of the Charter, the United Nations have agreed that …;" / "Therefore" / "1. The
        # Security Council requests …" (1 (1946))
        start = next((i for i in range(1, start) if _preamble_in_own_words(lines[i].text)),
                     start)
        body_from = start
    else:
        body_from = start + 1
        rest = _COUNCIL.sub("", lines[start].text).strip()
        # what follows the opening on its line, when it holds words ("The Security Council,
        # Recalling …"); not its full stop, a second comma or a footnote's number ("The
        # Security Council.", "The Security Council, ,", "The Security Council, 1")
        if any(ch.isalpha() for ch in rest):
            lines = [*lines[:body_from], Line(rest, lines[start].page), *lines[body_from:]]
    masthead = lines[:start]
    body, renumbered = _parts_numbered_on(_dotted_labels(_undotted_numbers(lines[body_from:])))
    # items whose letters a PDF does not print take the running letter; in a mandate's
    # sections ("(i) Protection of civilians", "(ii) Support to stabilization") the UN's
    # editors began each section's letters at (a) until 2020 (2277 (2016) … 2556 (2020)) and
    # have run them on since (2717 (2023), 2765 (2024))
    symbol = symbol_of([ln.text for ln in masthead[:40]])
    letters_run_on = symbol is None or int(symbol[-5:-1]) > 2020

    done: list[_Open] = []
    current: _Open | None = None
    heading: str | None = None
    pp = 0
    expected_top = 1
    top: str | None = None
    section: str | None = None
    letter: str | None = None
    roman: str | None = None
    annex_lines = 0
    inferred: list[str] = []  # refs of list items printed without their letter
    gaps: list[tuple[str | None, str, str, str, int | None]] = []  # see Segmented.gaps
    list_heading = False  # the line before was a heading inside a list
    pp_heading: str | None = None  # the heading over the preambular paragraphs that follow
    carry: str | None = None  # the last letter of the previous section, when letters run on
    last_letter: str | None = None

    heading_level: int | None = None  # the level of the first paragraph under `heading`
    outer: list[tuple[str, int]] = []  # the headings over shallower levels, outermost first

    def headed(level: int) -> str | None:
        # a heading printed inside a list ("Law and order" over 6(p)) heads the items after
        # it, not the numbered paragraphs that follow the list: those go back to the heading
        # over the list ("Mandate of UNOCI"), if any
        nonlocal heading, heading_level
        if heading is not None and heading_level is None:
            heading_level = level
            while outer and outer[-1][1] >= level:
                outer.pop()
        while heading_level is not None and level < heading_level:
            heading, heading_level = outer.pop() if outer else (None, None)
        return heading

    def new_heading(text: str) -> None:
        nonlocal heading, heading_level
        if heading is not None and heading_level is not None:
            outer.append((heading, heading_level))
        heading, heading_level = text, None

    def close() -> None:
        nonlocal current, heading_level
        if current is not None and current.parts:
            # "(d) Public information" / "– To promote the peace process …": the item's
            # first line (or two, as a narrow page wraps it) is its heading, the dashed lines
            # under it its text; the items under it, if any, are under that heading too
            spans = next((n for n in (1, 2, 3) if current.level >= 2
                          and len(current.parts) > n
                          and _item_heading(_join(current.parts[:n]), current.parts[n])), 0)
            if spans:
                own = _join(current.parts[:spans]).rstrip(":").strip()
                current = _Open(current.ref, current.kind, current.level, current.parent,
                                own, current.page, current.parts[spans:])
                new_heading(own)
                # an item printed without its letter has its title over it, as a heading
                # inside the list does, which heads the items after it too (2717 (2023)
                # as pdfplumber reads it: "Support to the DRC judicial system …" over 36(b)
                # and 36(c)); a lettered item's title heads what it holds
                heading_level = current.level + (current.ref not in inferred)
            done.append(current)
        current = None

    def next_opens(j: int, items: bool = True) -> bool:
        if j >= len(body):
            return False
        t = body[j].text
        m = _TOP.match(t)
        if m and int(m.group(1)) == expected_top:
            return True
        return items and bool(_SUB.match(t)) and top is not None

    # an annex numbers its own paragraphs: "The Security Council," / "Decides to adopt the
    # attached declaration …" / "Annex" / … / "1. Expresses …" (1625 (2005)) is a resolution
    # of one unnumbered paragraph
    before_annex = next((i for i, ln in enumerate(body) if _ANNEX.match(ln.text)), len(body))
    numbered = any(_FIRST_PARAGRAPH.match(ln.text) for ln in body[:before_annex])
    # a damaged file or a lost page may take paragraph 1 with it: the numbering that goes on
    # from a later paragraph is still the text's ("13. Urges …;" / "14. Encourages …")
    openings = _numbered_openings(body)
    first_lost = not numbered and _numbering_resumes(
        openings if before_annex == len(body) else _numbered_openings(body[:before_annex]))
    numbered = numbered or first_lost
    # a text file with a paragraph per line still breaks one where its page ended ("…,
    # encouraging the Dialogue," / page 2 / "Truth and Reconciliation Commission to …")
    in_blocks = _preamble_in_blocks(body)

    closing: list[Line] = []
    # the closing paragraph ("Decides to remain seized of the matter."): the line after it,
    # the paragraph, and how many paragraphs were done before it
    seized: tuple[int, _Open, int] | None = None
    skip = -1  # the second line of a heading wrapped over two lines
    quoted_next: int | None = None  # the next number of a resolution a paragraph quotes
    quotations: list[tuple[str, int, int | None]] = []  # see Segmented.quoted
    repeats: list[tuple[str, int | None, bool]] = []  # see Segmented.repeated
    footnotes: list[Line] = []
    for i, line in enumerate(body):
        if i == skip:
            continue
        text = line.text
        if text[:1] == "_" and _PAGE_NOTE.match(text):
            footnotes.append(line)
            continue
        if top is not None and (ADOPTED_AT_MEETING.match(text) or _NOTES.match(text) or (
                text[:1] in "[(" and _BRACKETED_NOTE.match(text))) \
                and not any(next_opens(j, items=False) for j in range(i + 1, len(body))):
            # the text ends here (a part adopted on its own may be followed by another; items
            # lettered after the adoption line are the yearbook's record of a later meeting:
            # "At its 343rd meeting, … regarding: (a) the Jewish displaced persons …", 54
            # (1948) in the UN's JSON)
            closing = body[i:]
            break
        lettered = None if numbered else _LETTERED_TOP.match(text)
        if lettered and _OPERATIVE_VERB.match(text[lettered.end():]) and (
                lettered.group(1) == "a" or top is not None):
            # "(a) Calls upon …; (b) Decides to renew …": a 1970s renewal that letters its
            # operative paragraphs; numbered here in printed order, as unnumbered ones are
            text = text[lettered.end():]
        if not numbered and _OPERATIVE_VERB.match(text):
            # resolutions of the 1940s–60s print one or more unnumbered operative
            # paragraphs; they are numbered here in printed order
            close()
            top, section, letter, roman = str(expected_top), None, None, None
            expected_top += 1
            current = _Open(top, ParagraphKind.OPERATIVE, 1, None, headed(1), line.page,
                            [text])
            continue
        if _ANNEX.match(text) and top is not None:
            annex_lines = len(body) - i
            break
        if seized is not None and i == seized[0] and current is seized[1] \
                and _UNHEADED_ANNEX.match(text) and not _COUNCIL.match(text) \
                and not _OPERATIVE_VERB.match(text) and not _starts_preambular(text):
            # "29. Decides to remain actively seized of the matter." / "Libya: UNSCR proposed
            # designations" / "Number Name …" (1973 (2011)): words after the closing paragraph
            # that open no paragraph, no part and no notes are an annex printed without its
            # heading
            annex_lines = len(body) - i
            break
        if seized is not None and i > seized[0] and text.lstrip().startswith("1") \
                and (restart := _TOP.match(text)) and restart.group(1) == "1":
            # "3. Decides to remain seized of the matter." / "De-listing procedure" / "1.
            # Receive de-listing requests …": numbering that starts again after the closing
            # paragraph is an annex's, printed without its heading (1730 (2006) as the UN's
            # JSON gives it); what follows the closing paragraph is the annex
            after, closing_paragraph, kept = seized
            del done[kept:]
            current = _Open(closing_paragraph.ref, closing_paragraph.kind,
                            closing_paragraph.level, closing_paragraph.parent,
                            closing_paragraph.heading, closing_paragraph.page,
                            closing_paragraph.parts[:1])
            annex_lines = len(body) - after
            break
        if quoted_next is not None and current is not None:
            # inside a resolution the paragraph quotes: its own numbers go on from 1 until the
            # quoting resolution's next number, out of the quotation's order, resumes
            q = _TOP.match(text)
            if q is None or int(q.group(1)) == quoted_next \
                    or int(q.group(1)) != expected_top:
                if q is not None and int(q.group(1)) == quoted_next:
                    quoted_next += 1
                ref, lines_quoted, page = quotations[-1]
                quotations[-1] = (ref, lines_quoted + 1, page)
                continue
            quoted_next = None
        elif top is not None and current is not None and _COUNCIL.match(text) \
                and current.joined.rstrip().endswith(":"):
            # "1. Reaffirms its resolution 425 (1978) which reads:" / "The Security Council," /
            # … / "1. Calls for …" … "4. Requests …" / "2. Decides to approve …" (501 (1982)):
            # the quoted resolution is not this one's text: its lines are counted, not read
            quoted_next = 1
            quotations.append((current.ref, 1, line.page))
            continue
        m = _TOP.match(text) or (_UNDOTTED_TOP.match(text) if top is not None
                                 and text[:1].isdigit() else None)
        if m and (top is not None or first_lost) and int(m.group(1)) != expected_top \
                and _skips_to(m, openings, i, expected_top):
            # "3. …; / 7. Requests …": paragraphs 4 to 6 are not in the text (a page the
            # extraction lost, a damaged PDF); 7 still opens a paragraph, and the gap is said
            gaps.append((top, str(expected_top), str(int(m.group(1)) - 1), m.group(1), line.page))
            expected_top = int(m.group(1))
        if m and top is not None and m.group(1) == top and _OPERATIVE_VERB.match(m.group(2)) \
                and current is not None and _paragraph_end(current.joined) in ";.":
            # "13. Expresses its appreciation …;" / "13. Requests the Secretary-General …"
            # (867 (1993)): a number printed twice; the second paragraph is read as the
            # first's continuation (a ref names one paragraph), and the repeat is said
            if " ".join(m.group(2).split()) == " ".join(current.joined.split()):
                # the same paragraph printed twice, words and all (764 (1992) 5): once
                repeats.append((top, line.page, True))
                continue
            repeats.append((top, line.page, False))
        if m and int(m.group(1)) == expected_top:
            close()
            top, section, letter, roman = m.group(1), None, None, None
            carry = last_letter = None
            if m.group(2).lstrip().startswith("(a) "):
                # "11. (a) Expresses concern …; (b) calls upon …": the paragraph's first
                # line is its item (a), so "(b)" further down is the next item
                letter = last_letter = "a"
            expected_top += 1
            current = _Open(top, ParagraphKind.OPERATIVE, 1, None, headed(1), line.page,
                            [m.group(2).strip()])
            if CLOSING_PARAGRAPH.fullmatch(m.group(2).strip()):
                seized = (i + 1, current, len(done))
            continue
        c = _CAP_SECTION.match(text) if top is not None else None
        if c and current is not None:
            # "7. … shall have the following mandate:" / "I. Secure and Stable Environment:"
            label = c.group(1).lower()
            if (section is None and label == "i" and current.ref == top
                    and current.joined.rstrip().endswith(":")) or (
                    section is not None and label == roman_numeral(roman_value(section) + 1)):
                close()
                carry = last_letter
                section, letter, roman = label, None, label
                current = _Open(f"{top}({label})", ParagraphKind.OPERATIVE, 2, top, headed(2),
                                line.page, [c.group(2).strip()])
                continue
        s = _SUB.match(text) if top is not None else None
        if s and (s.group(2)[:1] in (",", ";", ".", ")") or _listed_inline(
                s.group(1), _with_next(s.group(2), body, i),
                current.joined if current is not None else "")
                or s.group(2).startswith(
                ("of ", "above", "below")) or _REFERENCE_AT_END.search(
                current.joined[-40:] if current is not None else "")):
            # "… regarding paragraph 1" / "(a), and encourages …": a cross-reference broken
            # at the line's end, not a list item
            s = None
        if s:
            label = s.group(1)
            opened = _open_sub(label, top, section, letter, roman,  # type: ignore[arg-type]
                               carry, roman_next=label == "i" and letter == "h"
                               and _next_label(body, i) == "ii")
            if opened is None and letter is not None and current is not None \
                    and _skips_letters(label, letter, body, i):
                # "(b) …; / (k) Support …": the items between are not in the text (a page
                # lost inside a long list); (k) still opens an item, and the gap is said
                assert top is not None  # `s` matches only under a numbered paragraph
                base = f"{top}({section})" if section else top
                gaps.append((current.ref, f"{base}({_next_letter(letter)})",
                             f"{base}({chr(ord(label) - 1)})", f"{base}({label})", line.page))
                opened = (f"{base}({label})", base, base.count("(") + 2, section, label, None)
            if opened is not None:
                previous_section = section
                ref, parent, level, section, letter, roman = opened
                if section != previous_section:
                    carry = last_letter
                if letter is not None:
                    last_letter = letter
                close()
                current = _Open(ref, ParagraphKind.OPERATIVE, level, parent, headed(level),
                                line.page,
                                [s.group(2).strip()] if s.group(2).strip() else [])
                if not current.parts:
                    current.add("")
                continue
        previous = current.joined.strip() if current is not None else ""
        ends = previous.rstrip()[-1:] if previous else ","
        titled = _QUOTED_HEADING.fullmatch(text) if text[:2] in ('("', '(“') else None
        if titled is not None and ends in ";:.," and next_opens(i + 1):
            # '("Supporting the Ouagadougou political process")' / "1. Recalls …": a
            # section's title as the text files of 1865 (2009) … 1933 (2010) print it, a
            # heading though its first word is a participle
            close()
            new_heading(titled.group(1).strip())
            continue
        if top is not None and ends in ";." and _PART_LABEL.fullmatch(text) \
                and i + 1 < len(body) and _part_preamble(body, i + 1, expected_top):
            # "9. Encourages …;" / "B" / "Determined to strengthen …," / "Acting under …," /
            # "10. Decides …" (820 (1993)): the letter heads the part whose preamble follows
            close()
            new_heading(text.strip())
            continue
        if ends in ";:.," and (_heading_like(text) or _long_heading(text)) \
                and not text.startswith("To ") \
                and not (len(text) > 20 and _OPERATIVE_VERB.match(text)) \
                and not (top is not None and ends == "," and text.endswith(":")) \
                and not (ends == ":" and _not_a_heading(text) and i + 1 < len(body)
                         and _TOP.match(body[i + 1].text)) \
                and next_opens(i + 1) and not (top is None and _starts_preambular(text)):
            # (a sentence's last line, "MINURCA shall have the following mandate:", after a
            # line ending in a comma is the chapeau's end, not a heading; and names with
            # their countries after a colon, before the next numbered paragraph, are what the
            # colon announces: "… of the following judges …:" / "Mr. Mehmet Güney (Turkey)
            # Ms. Andrésia Vaz (Senegal)" / "2. Decides …" (1824 (2008)), not a heading of
            # paragraph 2; "… decides as follows:" / "Sanctions" / "30. Decides …" is one)
            close()
            new_heading(text.rstrip(":").strip())
            continue
        if ends in ";:.," and i + 1 < len(body) \
                and len(text) + len(body[i + 1].text) <= 160 \
                and body[i + 1].text.rstrip(":")[-1:] not in ",;." \
                and _heading_like(text.removesuffix(",")) \
                and (not text.endswith(",") or (
                    top is not None and not _starts_preambular(text)
                    and len(body[i + 1].text.split()) >= 3)) \
                and not text.startswith("To ") and not _OPERATIVE_VERB.match(text) \
                and not _not_a_heading(f"{text} {body[i + 1].text}") \
                and not _FUNCTION_WORD.search(body[i + 1].text.rstrip(":")) \
                and not (top is None and _starts_preambular(text)) and next_opens(i + 2):
            # a heading wrapped over two lines before the item it heads ("Protection of
            # civilians, humanitarian personnel and United Nations personnel and" /
            # "facilities" / "(a) Ensure …"), perhaps at a comma ("Protection of civilians,
            # human rights and international humanitarian law," / "and women, peace and
            # security")
            close()
            new_heading(f"{text} {body[i + 1].text}".rstrip(":").strip())
            skip = i + 1
            continue
        if _PART_BREAK.fullmatch(text):
            # "***" between the parts of a resolution adopted in parts
            close()
            continue
        if top is not None and (current is None or ends in ";." or (
                current.kind is ParagraphKind.PREAMBULAR and _paragraph_end(previous) == ",")) \
                and _part_preamble(body, i, expected_top):
            # a later part's own preamble ("***" / "Reaffirming the legal basis … IPTF …," /
            # "III" / "19. Decides …"), not the last operative paragraph's continuation
            close()
            pp += 1
            current = _Open(f"PP{pp}", ParagraphKind.PREAMBULAR, 0, None, None, line.page,
                            [text])
            continue
        if top is None and current is not None and ends in ",;." and len(text) <= 90 \
                and _heading_like(text) and not _starts_preambular(text) \
                and i + 1 < len(body) and _starts_preambular(body[i + 1].text):
            # a heading among the preambular paragraphs ("Current situation" / "Welcoming
            # the improvement in security conditions …")
            close()
            pp_heading = text.rstrip(":").strip()
            continue
        if top is None and (current is None or text.startswith(_WHEREAS) or (
                # "Whereas …, and" / "Whereas …": each Whereas opens a paragraph of its own
                _paragraph_end(previous) in ",;." and (
                (_starts_preambular(text) and not (
                    # "… of civilians in situations of armed conflict." / "Stressing, in this
                    # regard, …" (1738 (2006)): a second sentence of the paragraph wrapped to
                    # a line's start, which a PDF that indents paragraphs does not indent
                    indents and line.indented is False and _paragraph_end(previous) == "."))
                or ((line.indented or blocks) and text[:1].isupper())
                or (in_blocks and i > 0 and body[i - 1].page == line.page
                    and _OPENING_WORDS.match(text) is not None)
                or (numbered and _OPERATIVE_VERB.match(text) is not None)))
                # a paragraph on a line of its own after one that lost its comma
                # ("Reaffirming its resolution 582 (1986)" / "Deeply concerned that …,", 598
                # (1987))
                or (in_blocks and i > 0 and body[i - 1].page == line.page
                    and _starts_preambular(text) and _OPENING_WORDS.match(text) is not None)
                # … or after a citation in brackets that lost it ("… (S/10896 and Corr.1 and
                # Add.1)" / "Having heard further the statement …", 328 (1973))
                or (previous.rstrip().endswith(")") and _starts_preambular(text)
                    and _OPENING_WORDS.match(text) is not None)):
            # (a PDF indents the first line of each: "While noting the advances …,"; a
            # preamble may print an operative verb, "Expresses grave concern …,", which no
            # wrapped line opens with)
            close()
            pp += 1
            current = _Open(f"PP{pp}", ParagraphKind.PREAMBULAR, 0, None, pp_heading,
                            line.page, [text])
            continue
        following = body[i + 1] if i + 1 < len(body) else None
        # this line continues a roman item that wrapped: neither a heading nor an item
        continues = current is not None and _wrapped_roman_item(current, body, i, ends)
        after_section = current is not None and _is_section(current) \
            and not _wraps(previous) and not continues
        if line.indented and top is not None and _heading_like(text) and len(text) <= 90 \
                and (ends in ";:." or after_section) and following is not None \
                and following.indented and following.text[:1].isupper():
            # a short unpunctuated line between list items, itself followed by a new
            # block: a heading inside the list ("Protection of the United Nations")
            close()
            new_heading(text.rstrip(":").strip())
            list_heading = True
            continue
        after_heading, list_heading = list_heading, False
        if line.indented and top is not None and (
                (current is None and after_heading and text[:1].isupper())
                or (current is not None and not _list_closed(current, done)
                    and not continues and _unlettered_item(current, text, ends,
                                         lowercase=current.ref in inferred))):
            # an indented line opening a sentence inside a list whose letters are not
            # printed: it is the list's next item
            label = _next_letter(letter) if letter else (
                _next_letter(carry) if section and carry and letters_run_on else "a")
            # (not where the next line prints that very label: this line is the words before
            # it, which pdftotext's default mode may read out of place, "6." / "to:" /
            # "Recalls its resolution 2723 (2024) and calls upon …" / "(a) reinvigorate …")
            opened = _open_sub(label, top, section, letter, roman, carry) if following is None \
                or not following.text.startswith(f"({label})") else None
            if opened is not None:
                previous_section = section
                ref, parent, level, section, letter, roman = opened
                if section != previous_section:
                    carry = last_letter
                last_letter = letter
                close()
                inferred.append(ref)
                current = _Open(ref, ParagraphKind.OPERATIVE, level, parent, headed(level),
                                line.page,
                                [text])
                continue
        if current is None:
            if not done:
                continue
            # nothing opened here: the line goes on the paragraph before, and so does a
            # "heading" that headed nothing ("Noting the complaint …:" / "(a) Holds that …")
            current = done.pop()
            if heading is not None and heading != current.heading:
                current.add(heading)
                heading, heading_level = outer.pop() if outer and outer[-1][0] == \
                    current.heading else (current.heading, None)
        current.add(text)
    close()
    if inferred and not letters_run_on:
        done = _lone_items_joined(done, inferred)

    paragraphs = [
        Paragraph(ref=o.ref, kind=o.kind, text=o.text(), level=o.level,
                  verb=verb_of(o.joined.strip(),
                               o.kind is ParagraphKind.OPERATIVE and o.level == 1,
                               o.kind is ParagraphKind.OPERATIVE and o.level > 1),
                  heading=o.heading, page=o.page,
                  parent=o.parent)
        for o in done
    ]
    paragraphs = _rewritten(paragraphs, _compounds_rejoined)
    paragraphs = _rewritten(paragraphs, partial(
        _without_note_marks, numbers=_note_numbers([*footnotes, *closing])))
    if repair:
        paragraphs = repair_misspelt_verbs(repair_lost_hyphens(repair_split_acronyms(
            repair_split_words(paragraphs))))
    return Segmented(masthead, paragraphs,
                     annex_lines, tuple(inferred), council_found, closing, tuple(gaps),
                     tuple(quotations), tuple(repeats), tuple(footnotes), tuple(renumbered))


#: the most operative paragraphs a gap in the numbering may hide (a lost page holds fewer)
MAX_GAP = 12


def _numbered_openings(body: list[Line]) -> list[tuple[int, int]]:
    """(line index, number) of every line that opens a numbered paragraph with an operative
    verb ("7. Requests …"), in order: where a gap in the numbering may end."""
    return [(i, int(m.group(1))) for i, line in enumerate(body) if line.text[:1].isdigit()
            and (m := _TOP.match(line.text)) and _OPERATIVE_VERB.match(m.group(2).lstrip())]


def _skips_to(m: re.Match[str], openings: list[tuple[int, int]], i: int, expected: int) -> bool:
    """True when the line `m` matched (line `i`) opens a paragraph numbered past the next one
    expected: it opens with an operative verb, and the numbering goes on from it (its
    successor opens a later line) or it is the last numbered line. The paragraph before may
    end mid-sentence, where the lost page began."""
    number = int(m.group(1))
    if not expected < number <= expected + MAX_GAP \
            or not _OPERATIVE_VERB.match(m.group(2).lstrip()):
        return False
    later = [n for j, n in openings if j > i]
    return number + 1 in later or not later


def _skips_letters(label: str, letter: str, body: list[Line], i: int) -> bool:
    """True when the item `(label)` on line `i` is lettered past the next letter after
    `(letter)`, within MAX_GAP of it, and the lettering goes on from it: its successor opens
    a later line of the same paragraph, or no other item does. Labels that read as roman
    numerals ((i), (v), (x), (l)) are left alone: they may open a nested list."""
    expected = _next_letter(letter)
    if len(label) != 1 or len(expected) != 1 or _ROMAN.match(label) \
            or not 0 < ord(label) - ord(expected) <= MAX_GAP:
        return False
    later: list[str] = []
    for line in body[i + 1:]:
        if _TOP.match(line.text):
            break
        if (n := _SUB.match(line.text)) and not _ROMAN.match(n.group(1)):
            later.append(n.group(1))
    return _next_letter(label) in later or not later


def _numbering_resumes(openings: list[tuple[int, int]]) -> bool:
    """True when two lines open operative paragraphs numbered one after the other, the first
    within MAX_GAP of 1: the numbering of a text whose first paragraph is not in it."""
    numbers = {n for _, n in openings}
    return any(n + 1 in numbers for n in numbers if n <= MAX_GAP + 1)


# "… regarding paragraph 1" / "(a) …", "… covered in subparagraphs (a)" / "(i) and (a) (ii) …"
# "… subparagraphs (d) and" / "(e) and paragraph 7 below"
_REFERENCE_AT_END = re.compile(r"\b(?:sub-?)?paragraphs?(?:\s+\d{1,3})?(?:\s*\([a-z]{1,4}\))*"
                               r"(?:,?\s+(?:and|or|to))?\s*$")
_LAST_BUT_ONE = re.compile(r"[;,]\s*(?:and|or),?\s*$")
# the first word of a name that a title does not end with: "… and the United" / "Nations
# Secretary-General will undertake …"
_NAME_GOES_ON = re.compile(r"\b(?:United|African|Special)$")
_FUNCTION_WORD = re.compile(r"\b(?:the|of|and|or|in|to|for|on|with|a|an|by|its|their)$")


# what the dashed lines under an item's heading open with
_TASK_LINE = re.compile(r"To\s+[a-z]|(?:Assist|Support|Monitor|Provide|Ensure|Contribute|"
                        r"Promote|Facilitate|Help|Protect|Coordinate|Encourage|Observe|Deter|"
                        r"Advise|Continue|Carry|Use|Work)\s+[a-z]")


def _item_heading(first: str, second: str) -> bool:
    """True when an item's first line is a heading over the lines that follow it: a short
    unpunctuated phrase ("Disarmament and dismantling of militias") before a line that opens
    a task ("To assist the Prime Minister …")."""
    return ((_heading_like(first) and not first.startswith("To ")) or _long_heading(first)) \
        and not _not_a_heading(first) and not _FUNCTION_WORD.search(first) \
        and _TASK_LINE.match(second) is not None


def _is_section(current: _Open) -> bool:
    """True when `current` is a section title such as `36(i)` ("Protection of civilians").

    A title opens in capitals and holds no "shall" or "will"; "(ii) the overall impact of
    further reductions on the areas that" is an item of a list numbered in roman, wrapped
    before its next line.
    """
    return current.level == 2 and current.ref.endswith(")") \
        and bool(_ROMAN.match(current.ref.rsplit("(", 1)[1][:-1])) \
        and current.joined.lstrip()[:1].isupper() \
        and _SENTENCE_VERB.search(current.joined) is None


# a title names a subject; "(iii) The decision … shall be transmitted to the United Nations
# Security" / "Council for consideration," is a sentence wrapped before its last words
_SENTENCE_VERB = re.compile(r"\b(?:shall|will|should|must)\s+(?:not\s+)?(?:be\s+)?[a-z]+")


def _wraps(text: str) -> bool:
    """True when `text` stops mid-phrase, so the next line continues it."""
    stripped = text.rstrip()
    return stripped.endswith((",", "-")) or bool(_FUNCTION_WORD.search(stripped)
                                                 or _NAME_GOES_ON.search(stripped))


def _lone_items_joined(done: list[_Open], inferred: list[str]) -> list[_Open]:
    """`done` with the text of an item inferred under a section title, and alone under it,
    joined to the title ("(ii) Arms embargo" / "Monitor the implementation …"), as a text file
    reads it and the UN's paragraph JSON gives it: where the UN letters a section's items, it
    letters two or more; its refs are taken out of `inferred`."""
    children: dict[str, int] = {}
    for o in done:
        if o.parent is not None:
            children[o.parent] = children.get(o.parent, 0) + 1
    out: list[_Open] = []
    for o in done:
        if o.ref in inferred and out and out[-1].ref == o.parent and _is_section(out[-1]) \
                and children[o.parent] == 1 and o.ref not in children:
            for part in o.parts:
                out[-1].add(part)
            inferred.remove(o.ref)
            continue
        out.append(o)
    return out


def _unlettered_item(current: _Open, text: str, ends: str, *, lowercase: bool = False) -> bool:
    """True when `text` opens an item of a list whose letters are not printed.

    `lowercase`: the list is already one of unprinted letters, where an item may open in
    lower case ("in support of the authorities …") after the previous item's ";".
    """
    if _TOP.match(text) or _SUB.match(text):
        return False
    if not text[:1].isupper() and not (lowercase and ends == ";" and text[:1].isalpha()
                                       and not _runs_on_after_colon(current.joined)):
        return False
    in_list = current.level >= 2 or (current.level == 1 and ends == ":")
    if not in_list:
        return False
    if current.level >= 2 and not lowercase and len(current.parts) <= 3 \
            and not _is_section(current) and any(
            _item_heading(_join(current.parts[:n]), text)
            for n in range(1, len(current.parts) + 1)):
        # "(a) Support for the transition process:" / "To expedite …": the lines under a
        # printed item's heading are its text (as a text file reads them), not items of
        # their own (under an item whose letter is not printed, its wrapped lines look alike)
        return False
    # after a section heading ("(i) Protection of civilians") the heading has no final
    # punctuation; after an item it ends with ";" or "."
    return ends in ";:." or (_is_section(current) and not _wraps(current.joined.strip()))


_PART_BREAK = re.compile(r"\*(?:\s*\*){2,}")
_PART_BREAK_FIRST = re.compile(rf"({_PART_BREAK.pattern})\s+(?=\d{{1,3}}\.\s)")


def _part_preamble(body: list[Line], i: int, expected_top: int) -> bool:
    """True when `body[i]` opens a preambular paragraph after operative ones: it opens with
    a preambular word ("Reaffirming", "Acting", "Determining"), its paragraph ends in a
    comma within a few lines, and a numbered paragraph, a heading, another preambular
    paragraph or "***" follows."""
    m = _CAPITALIZED.match(body[i].text)
    if m is None or m.group(1).lower() not in _PREAMBLE_WORDS:
        return False
    if m.group(1).lower() in _NOT_ALONE:
        # "Strongly condemning UNITA …," (864 (1993)) or "Deeply concerned", not "Further
        # requests": the word after the adverb says
        second = _WORDS.findall(body[i].text[m.end():m.end() + 30])[:1]
        if not second or not (second[0].endswith("ing")
                              or second[0].lower() in _PREAMBLE_WORDS - _NOT_ALONE):
            return False
    for j in range(i, min(i + 8, len(body))):
        text = body[j].text.rstrip()
        if j > i and (_TOP.match(text) or _SUB.match(text)):
            return False
        end = _paragraph_end(text)
        if end in ";.:":
            return False
        if end != ",":
            continue
        if j + 1 >= len(body):
            return False
        after = body[j + 1].text
        if after[:1].islower():
            # a line that wrapped at a comma of its own ("… direct or indirect assistance," /
            # "support or encouragement to UNITA,", 864 (1993) as a PDF prints it)
            continue
        top = _TOP.match(after)
        return bool((top and int(top.group(1)) == expected_top)
                    or _PART_BREAK.fullmatch(after) or _starts_preambular(after)
                    or _heading_like(after) or _QUOTED_HEADING.fullmatch(after))
    return False


#: a footnote's number or mark after a paragraph's last punctuation: ",2", ",[1]", ", (10)"
_FOOTNOTE_MARK = re.compile(r"(?<=[,;.])(?:\d{1,2}|\s*[\[(]\d{1,3}[\])])$")


def _paragraph_end(previous: str) -> str:
    """The punctuation a preambular paragraph's last line ends in: "…,”", "… (2019).", and
    "… in conflict zones,2" with its footnote's number are a comma, a full stop, a comma, as
    are "… 16 August 1960,[1]" and "… S/Agenda/838, (10)" with their footnotes' marks."""
    end = previous.rstrip()
    if end[-1:] in "])0123456789":
        mark = _FOOTNOTE_MARK.search(end, max(0, len(end) - 12))
        if mark is not None:
            end = end[:mark.start()]
    return end.rstrip("”\"’')")[-1:] if end else ","


def _list_closed(current: _Open, done: list[_Open]) -> bool:
    """True when `current` is the last item of its list: the item before it ended in "; and"
    ("(a) Supporting … (pillar 1); and" / "(b) Degrading …;"), so an indented line after it
    opens no further item (a heading "Pillar 1 – …" in 2662 (2022))."""
    if current.level < 2 or not done:
        return False
    before = done[-1]
    return before.level == current.level and before.parent == current.parent \
        and bool(_LAST_BUT_ONE.search(before.joined))


def _wrapped_roman_item(current: _Open, body: list[Line], i: int, ends: str) -> bool:
    """True when line `i` continues the roman item `current` rather than opening an item
    under it as a section title: the item's line ended without punctuation, and the lines
    from `i` run to the next roman label with one end of sentence, at their end ("(ii)
    Progress in the implementation …, notably the measures taken to enable" / "MONUSCO's
    Force … to become more efficient;" / "(iii) …"), or to the next paragraph."""
    if ends in ";:.," or not _is_section(current) or len(current.joined.strip()) < 40:
        return False  # a short line is a title ("Arms embargo"), not a wrapped item
    if i + 1 < len(body) and len(body[i].text) < min(45.0, 0.6 * len(body[i + 1].text)) \
            and body[i].text.rstrip()[-1:] not in (";", "."):
        return False  # nor is a short line before a longer one: a heading ("Stabilisation")
    label = current.ref.rsplit("(", 1)[1][:-1]
    # "(i)" may be the letter after "(h)", followed by "(j)"
    following = (roman_numeral(roman_value(label) + 1), _next_letter(label))
    ended = False
    for line in body[i:i + 12]:
        opens = _SUB.match(line.text)
        if opens is not None:
            return opens.group(1) in following
        if _TOP.match(line.text):
            return True  # the list's last item
        if ended:
            return False
        ended = line.text.rstrip()[-1:] in (";", ".")
    return False


def _runs_on_after_colon(text: str) -> bool:
    """True when an item's own list runs on in lower case after its colon ("… in consultation
    with the Government of DRC, to: provide enhanced support …"): the next lines in lower case
    are more of that list, not items of their own (the UN's own segmentation makes them
    dashed sub-items of the item; neither dashes nor letters are printed)."""
    _, colon, after = text.rpartition(":")
    return bool(colon) and after.lstrip()[:1].islower()


def _with_next(rest: str, body: list[Line], i: int) -> str:
    """`rest` of line `i` and the next two lines, up to one that opens with a label or a
    paragraph's number: "(i) the protection of civilians, particularly those under imminent"
    / "threat of physical danger …, (ii) the" has its next label on the next line; the next
    paragraph's own list ("9. Decides … to mean (a) …, (b) …, and (c) …", 942 (1994)) is not
    this one's."""
    for line in body[i + 1:i + 3]:
        if _SUB.match(line.text) or _TOP.match(line.text):
            break
        rest = f"{rest} {line.text}"
    return rest


def _listed_inline(label: str, rest: str, previous: str) -> bool:
    """True for "(a) accountability, (b) physical protection, (c) …" at a line's start after
    a line that ends in a word, or a first label after a comma ("… may consider, among other
    things," / "(i) whether …, or (ii) whether …", 1735 (2006) wrapped so): a sentence's own
    enumeration wrapped there, the next label following a comma on the same line, not a
    list. (A later item's own words may cite labels: "(c) … subparagraphs (b), (c), (d)".)"""
    if not previous.rstrip()[-1:].isalpha() and not (
            label in ("a", "i") and previous.rstrip().endswith(",")):
        return False
    following = roman_numeral(roman_value(label) + 1) if _ROMAN.match(label) \
        else _next_letter(label)
    return re.search(r",\s+(?:and\s+|or\s+)?\(" + following + r"\)(?:\s|$)", rest) is not None


def _next_label(body: list[Line], i: int) -> str | None:
    """The label of the next item after line `i` ("ii" for "(ii) …"), before the next
    numbered paragraph; None if there is none."""
    for line in body[i + 1:]:
        text = line.text
        if _TOP.match(text):
            return None
        if (m := _SUB.match(text)) is not None:
            return m.group(1)
    return None


def _open_sub(label: str, top: str, section: str | None, letter: str | None,
              roman: str | None, carry: str | None = None, roman_next: bool = False,
              ) -> tuple[str, str, int, str | None, str | None, str | None] | None:
    """(ref, parent, level, section, letter, roman) when `(label)` opens a sub-paragraph here.

    `carry` is the last letter of the previous section: letters may run on across
    sections (`36(i)` ends at `(h)`, `36(ii)` starts at `(i)`). `roman_next` says that the
    next item is the roman numeral after `label` ("(h) … by:" / "(i) …" / "(ii) …"): then
    "(i)" after "(h)" opens a roman list under it, not the letter (i).
    """
    is_roman = bool(_ROMAN.match(label))
    if section is not None and letter is None and carry is not None \
            and label == _next_letter(carry):
        base = f"{top}({section})"
        return f"{base}({label})", base, 3, section, label, None
    next_letter = _next_letter(letter)
    next_roman = roman_numeral(roman_value(roman) + 1) if roman else "i"
    base = f"{top}({section})" if section else top
    # a letter continuing the sequence wins over a roman reading ("(i)" after "(h)")
    if label == next_letter and not (is_roman and (roman is not None or roman_next)
                                     and label == next_roman and letter is not None):
        return f"{base}({label})", base, base.count("(") + 2, section, label, None
    if is_roman and label == next_roman:
        if letter is None:
            # roman directly under the number: a section whose letters nest under it
            ref = f"{top}({label})"
            return ref, top, 2, label, None, label
        return f"{base}({letter})({label})", f"{base}({letter})", base.count("(") + 3, \
            section, letter, label
    if is_roman and section is not None and label == roman_numeral(roman_value(section) + 1):
        ref = f"{top}({label})"
        return ref, top, 2, label, None, label
    return None
