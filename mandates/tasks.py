"""Task coding: which paragraphs task the mission, with what, how firmly, how urgently.

Interface used by `mandates.parse`: `code_tasks(paragraphs, missions)`. The task ids are
those of the codebook (`coherence.codebook`, mirrored from ../shared/codebook/tasks.csv);
the resolution-side cues live in `mandates.task_rules` because `mandates/` may not import
`coherence/`.

How a paragraph is read, in the order a human coder reads it:
1. Split it into clauses, one per operative verb ("Urges the Government to …, and calls upon
   MINUSTAH to …" is two clauses).
2. Decide for each clause whether it tasks the mission: the mission is the addressee of a
   request or encouragement ("Requests MONUSCO to"), the subject of a decision ("Decides
   that UNMIT will have the following mandate"), the mission's mandate is extended to new
   work, the Secretary-General is asked to act through the mission or its Special
   Representative, or another actor is asked to act with the mission's support. Requests to
   States, parties, the Government or the Secretary-General alone are not tasks.
3. Sub-paragraphs inherit the tasking of the chapeau that introduces them ("Decides that the
   mandate of MINUSCA shall include the following priority tasks:"), and a heading inside
   the list ("(i) Protection of civilians") gives the task of the items under it.
4. Code the words the mission is asked to act on with the codebook cues, leaving out asides
   ("in accordance with …", "within its capabilities"); a pronoun ("in these efforts") takes
   the main topics of the clause before. The verbs nearest each cue give the modality
   (monitor, assist, secure); the verb of the clause gives the strength; a chapeau or
   heading that lists priorities, or a sentence giving the task priority, sets `priority`.
5. A learned filter (`mandates.task_model`, weights in `task_model.json`) drops candidates
   PEMA's coders would not code, such as a task named in passing. It is trained on the
   development missions only and beats the rules on paragraphs it never saw; what it drops is
   listed in the resolution's `tasks_set_aside` warning. Tasks of authorizations to use force
   and of arms embargoes are left to the rules.

`Task.cues` lists the words that named each category and, as `trigger:…`, how the mission
was found to be tasked, so every coding can be checked against the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from mandates.cue_index import Anchored, FirstOf, finditer, search
from mandates.missions import (
    DESCRIBED_ALIASES,
    FORMER_NAMES,
    MISSIONS,
    NAME_NOT_DISTINCT,
    NOT_MISSIONS,
    OTHER_OPERATIONS,
)
from mandates.model import Modality, Paragraph, ParagraphKind, Strength, Task
from mandates.segment import VERB_ADVERBS
from mandates.task_model import MODEL, Candidate, TaskModel
from mandates.task_rules import (
    ASIDES,
    BY_ID,
    CUE_INDEX,
    MONITOR_VERBS,
    TAKING_PART,
    TASK_CUES,
    VERB_KEYS,
    WEAK_KEY,
    normalize,
    tasks_at,
)

# --- who is the mission -------------------------------------------------------------

_NOT_MISSIONS = NOT_MISSIONS
# missions that changed name but not substance: tasks of the former name are the new one's
# when the caller names the mission by its new name
# `\b((?:UN|MINU|…)[A-Z]{1,8}…)`, with the word boundary checked after each alternative's
# first letter so that `re` skips to the places where U, M, O or B stands (three times faster)
_ACRONYM_SHAPE = re.compile(
    r"((?:U(?<!\wU)N|M(?<!\wM)(?:INU|ONU|IPONU|INUR|ICIVI|INUG)|O(?<!\wO)NU|B(?<!\wB)INU)"
    r"[A-Z]{1,8}(?: I{1,3}\b)?)")
_DEFINED = re.compile(
    r"((?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|in|for|the|and|on|to|d'|de|du|des|la|le|"
    r"en|au))*)\s*\(\s*([A-Z][A-Z-]{2,}(?: I{1,3})?)\s*\)")
# how every match of _DEFINED ends: texts without it are not scanned
_DEFINED_END = re.compile(r"\(\s*[A-Z][A-Z-]{2,}")
_ACRONYM_IN_BRACKETS = re.compile(r"\(\s*[A-Z][A-Z-]{2,}(?: I{1,3})?\s*\)")
# what a name before its acronym is made of
_NAME_CHARACTERS = re.compile(r"[\w\s'’-]*")


def _definitions(text: str) -> Iterator[re.Match[str]]:
    """`_DEFINED.finditer(text)`, the pattern tried only on the words before each acronym in
    brackets: opening with a capital, it backtracked from every capital of the text."""
    end = 0
    backwards = ""
    for acronym in _ACRONYM_IN_BRACKETS.finditer(text):
        if acronym.start() < end:
            continue
        # a name holds only word characters, spaces, apostrophes and hyphens: its match lies
        # in the run of them before the bracket (read in the text reversed)
        backwards = backwards or text[::-1]
        run = _NAME_CHARACTERS.match(backwards, len(text) - acronym.start())
        start = max(end, len(text) - run.end()) if run else acronym.start()
        m = _DEFINED.search(text, start, acronym.end())
        if m is not None:
            end = m.end()
            yield m


_MISSION_WORDS = re.compile(
    r"mission|force|operation|observer|office|administration|authority|verification|"
    r"assistance|presence|group|protection", re.I)
_AGENCY_WORDS = re.compile(
    r"programme|fund\b|commissioner|children's|agency|coordination of humanitarian|"
    r"development|women|environment|drugs and crime|refugees|framework|sanctions|"
    r"committee|panel|envoy|country team", re.I)

# a body the text says is part of a mission acts as the mission: "UNMIBH, which includes the
# International Police Task Force (IPTF)", "UNMIBH, with its International Police Task Force
# (IPTF)", "the IPTF, which is a part of … (UNMIBH)"; each
# pattern starts at its literal words, and what stands before them is read backwards
_INCLUDES = re.compile(r"(?:includ(?:es|ing)|with its) (?:the )?(?P<name>(?:[A-Z][\w-]* ){0,6}?)\(?"
                       r"(?P<acronym>[A-Z]{3,8})\b")
_NOT_A_PART = re.compile(r"\)?,?\s+(?:counterparts|partners|colleagues|interlocutors)\b")
_ANOTHER_BODY = re.compile(r"\b(?:Union|Organi[sz]ation|Government|Ministry|Bank|Agency|Fund|"
                           r"Training Mission)\b")
_INCLUDED_BY = re.compile(r"\b(?P<mission>[A-Z][A-Z-]{2,9})\)?,? (?:which )?$")
_PART_OF = re.compile(r"\),? which is (?:a |an (?:integral )?)?part of (?:the )?[^;()]{0,120}?"
                      r"\(?(?P<mission>[A-Z][A-Z-]{2,9})\b")
_PART = re.compile(r"(?P<name>(?:[A-Z][\w-]* ){1,6})\((?P<acronym>[A-Z]{3,8})$")


def _components(text: str) -> Iterator[tuple[str, str, str]]:
    """(component acronym, its name or "", mission acronym) the text says belong together."""
    # (every match of _INCLUDES holds "includ" or "with its", of _PART_OF "part of": the
    # patterns cannot skip ahead to them, and most paragraphs hold none)
    for m in (_INCLUDES.finditer(text) if "includ" in text or "with its" in text else ()):
        if m.group(0).startswith("with its") and (not m.group("name").strip() or _NOT_A_PART.match(
                text, m.end()) or _ANOTHER_BODY.search(m.group("name"))):
            # "UNXYZ, with its ECOWAS partners", "with its European Union Training Mission
            # (EUTM) counterparts": partners, not parts
            continue
        before = _INCLUDED_BY.search(text, max(0, m.start() - 20), m.start())
        if before is not None:
            yield m.group("acronym"), m.group("name").strip(), before.group("mission")
    for m in (_PART_OF.finditer(text) if "part of" in text else ()):
        part = _PART.search(text, max(0, m.start() - 120), m.start())
        if part is not None:
            yield part.group("acronym"), part.group("name").strip(), m.group("mission")


# "the Force" is the mission; "the force configuration" is not: a generic name must be
# followed by punctuation, a possessive or a function word, never by another noun
_FUNCTION_WORD = (r"(?=[\s]*(?:$|[,;:.)'\"]|'s\b|(?:to|in|and|or|of|with|shall|will|should|is|are|"
                  r"has|have|within|on|at|for|as|the|its|must|may|would|can|could|which|that|"
                  r"from|by|during|under|through|continue|continues|be|was|were|also|further|"
                  r"remains?|including|where|when|throughout|until|across|without|not|"
                  r"operates|deployed|led|headed|consistent|acting|working|whose)\b))")
# the Secretary-General's other representatives: for children and armed conflict, on sexual
# violence, for the regional offices of West and Central Africa
_OTHER_REPRESENTATIVE = (r"(?:of the secretary-general )?(?:for|on) (?:the )?(?:children|sexual|"
                         r"west africa|central africa)")
_NOT_THEMATIC = r"(?! " + _OTHER_REPRESENTATIVE + ")"
_GENERIC = (
    r"the (?:united nations )?(?:peace-?keeping |integrated |multidimensional |"
    r"stabili[sz]ation |observer |verification |interim )?(?:mission|operation)\b"
    r"(?! (?:of|in|to) (?:the )?(?:african union|au|ecowas|european|southern african))"
    # "the full support of … countries to the operation of the CCTARC" (2767 (2024) 26) is
    # the working of a thing, never a mission
    r"(?!(?<=operation) of\b)" + _FUNCTION_WORD,
    r"the (?:united nations )?(?:peace-?keeping |(?:regional )?protection |interim |emergency )?"
    r"force\b"
    r"(?! of the african| of the economic| of the european)" + _FUNCTION_WORD,
    r"the (?:united nations )?(?:military )?observers\b", r"united nations military observers",
    r"the (?:united nations )?observer group", r"the (?:united nations )?civilian police\b",
    r"the intervention brigade", r"its (?:military|civilian|police) components?",
    # the first of the mission's observers, sent before it: "Decides to authorize an advance
    # team of up to 30 unarmed military observers to liaise with the parties" (2042 (2012) 7)
    r"(?:an|the) (?:united nations )?advance team\b",
    # the head of the mission, not one of the Secretary-General's other representatives
    # (not "the Special Representatives of the Secretary-General", every mission's head)
    r"the (?:special representative(?!s\b)|srsg\b)(?: of the secretary-general)?"
    + _NOT_THEMATIC,
    r"the (?:united nations )?(?:peace-?keeping )?(?:operation|mission)'s",
)


@dataclass(frozen=True, slots=True)
class _Missions:
    """The missions a resolution names, and a pattern that finds references to them."""

    acronyms: tuple[str, ...]
    principal: str | None
    names: dict[str, str]  # lower-case full name or alias -> acronym
    reference: FirstOf  # tried only where its openings occur
    renamed: dict[str, str]  # a former acronym -> the one the caller uses ("MONUC" -> "MONUSCO")
    # `_refs` of the texts read so far in this resolution (half the calls repeat a text)
    found: dict[str, list[tuple[int, int, str | None]]] = field(default_factory=dict,
                                                                 compare=False, repr=False)
    # `which` of the mentions met so far (a resolution names its mission the same way often)
    named: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)

    def which(self, mention: str) -> str | None:
        """The mission a matched reference names (generic references mean the principal)."""
        if mention in self.named:
            return self.named[mention]
        m = mention.strip()
        m = m[:-2] if m.endswith("'s") else m
        out = self.principal
        for acronym in self.acronyms:
            if m == acronym.lower():
                out = self.renamed.get(acronym, acronym)
                break
        else:
            if m in self.names:
                out = self.renamed.get(self.names[m], self.names[m])
        self.named[mention] = out
        return out


# opening with a look-behind, the pattern would be tried at every position; its openings
# ("the missio", "the force", "its milita") are found with one scan of their trie instead
_GENERIC_REFERENCE = Anchored(re.compile(r"(?<![\w-])(?:" + "|".join(_GENERIC) + ")"),
                              one_scan=True)


def _reference_pattern(acronyms: Sequence[str], names: Sequence[str]) -> FirstOf:
    """References to the missions a resolution names: their acronyms (longest first, with a
    possessive), their names (longest first), then the generic ones ("the Mission")."""
    # compiled for each resolution: the names and acronyms alone (a fraction of a
    # millisecond; the generic patterns with them took 6 ms, a third of parsing a text)
    literals = [a.lower() for a in acronyms] + list(names)
    if not literals:
        return FirstOf(_GENERIC_REFERENCE)
    own = re.compile(r"(?<![\w-])(?:" + "|".join(
        [re.escape(a.lower()) + r"(?:'s)?\b" for a in acronyms]
        + [re.escape(n) + r"\b" for n in names]) + ")")
    return FirstOf(Anchored(own, literals=literals), _GENERIC_REFERENCE)


def _find_missions(paragraphs: Sequence[Paragraph], given: Sequence[str]) -> _Missions:
    texts = [p.text for p in paragraphs]
    names: dict[str, str] = {}
    found: Counter[str] = Counter()
    for text in texts:
        if _DEFINED_END.search(text) is None:
            continue
        for m in _definitions(text):
            name, acronym = m.group(1).strip(), m.group(2).strip()
            if acronym in _NOT_MISSIONS or _AGENCY_WORDS.search(name):
                continue
            if not _MISSION_WORDS.search(name) or not (
                    "United Nations" in name or _ACRONYM_SHAPE.fullmatch(acronym)):
                continue
            # keep the name from its last "United Nations" (the definition's own words)
            start = name.rfind("United Nations")
            name = name[start:] if start >= 0 else name
            names[normalize(name)] = acronym
            names[normalize("the " + name)] = acronym
            found[acronym] += 0
    for text in texts:
        for component, name, mission in _components(text):
            if (mission in given or _ACRONYM_SHAPE.fullmatch(mission)) and \
                    component != mission and component not in _NOT_MISSIONS and \
                    not _ACRONYM_SHAPE.fullmatch(component) and component not in given:
                names[component.lower()] = mission
                names["the " + component.lower()] = mission
                if name:
                    names[normalize("the " + name)] = mission
    for mission in given:
        for alias in DESCRIBED_ALIASES.get(mission, ()):
            names[alias] = mission
        # the name the catalogue knows it by, where the text never defines its acronym: "to
        # establish … a United Nations Transition Assistance Group … in order to assist" (435
        # (1978) 3)
        if (full := MISSIONS.get(mission)) is not None and mission not in NAME_NOT_DISTINCT:
            names.setdefault(normalize(full), mission)
            names.setdefault(normalize("the " + full), mission)
    operative = [p.text for p in paragraphs if p.kind is ParagraphKind.OPERATIVE]
    for text in operative:
        for m in _ACRONYM_SHAPE.finditer(text):
            acronym = m.group(1)
            if acronym not in _NOT_MISSIONS:
                found[acronym] += 1
    acronyms = list(dict.fromkeys([*given, *found]))
    # a longer acronym ("UNAVEM III") is matched before its prefix ("UNAVEM")
    acronyms.sort(key=len, reverse=True)
    principal = _principal(operative, given, found)
    reference = _reference_pattern(acronyms, sorted(names, key=len, reverse=True))
    renamed = {old: new for old, new in FORMER_NAMES.items() if new in given and old not in given}
    if principal in renamed:
        principal = renamed[principal]
    return _Missions(tuple(acronyms), principal, names, reference, renamed)


def _principal(operative: Sequence[str], given: Sequence[str], found: Counter[str]) -> str | None:
    chosen = _first_principal(operative, given, found)
    # "expand the UNOSOM force … the expanded UNOSOM (UNOSOM II)": a numbered successor the
    # resolution names is the operation it is about
    for numeral in (" III", " II"):
        if chosen and (chosen + numeral in given or found.get(chosen + numeral)):
            return chosen + numeral
    return chosen


def _first_principal(operative: Sequence[str], given: Sequence[str],
                     found: Counter[str]) -> str | None:
    # the acronym the pattern finds is taken only when it is one of these, so a text that
    # holds none of them is not searched (the pattern backtracks a lot on long paragraphs)
    named = [*given, *(acronym for acronym, count in found.items() if count)]
    for text in operative:
        if not any(acronym in text for acronym in named):
            continue
        m = re.search(r"(?:extend|establish|renew|enlarge|expand)\w*[^.;]{0,120}?\b"
                      r"(?:mandate of (?:the )?)?(?:[\w ]+ )?\(?([A-Z][A-Z-]{3,}(?: I{1,3})?)\)?",
                      text)
        if m and (m.group(1) in given or found.get(m.group(1))):
            return m.group(1)
    if given:
        return max(given, key=lambda a: (found.get(a, 0), -given.index(a)))
    if found:
        return found.most_common(1)[0][0]
    return None


# --- clauses ------------------------------------------------------------------------

_ADVERBS = (r"(?:(?:" + "|".join(a for a in VERB_ADVERBS if a != "once") + r"|once again|"
            r"in this regard|in that regard|in this context|in this respect|to this end|"
            r"accordingly|"
            r"therefore|furthermore|moreover|further to [^,]{0,60}|"
            r"acting under chapter vii[^,]{0,80}),? )*")
_REQUEST = r"requests?|asks|authori[sz]es|mandates|directs|entrusts|tasks|instructs|charges"
_ENCOURAGE = (r"encourages|calls (?:(?:also|further|again|once again|moreover) )?(?:up)?on|"
              r"calls for|invites|urges|appeals to|looks forward to|expects|exhorts")
_DECIDE = r"decides|agrees|resolves|determines|recommends"
_DECLARE = (r"stresses|underlines|underscores|emphasi[sz]es|reaffirms|reiterates|recalls|"
            r"affirms|recogni[sz]es|notes|considers|highlights|acknowledges|believes|"
            r"confirms|insists|takes note|is of the view|expresses")
_WELCOME = r"welcomes|commends|appreciates|praises|expresses (?:its )?(?:appreciation|gratitude)"
_OTHER = (r"condemns|demands|deplores|regrets|approves|endorses|supports|requires|"
          r"declares|reminds|warns|emphasizes|notes|expresses|takes note|pays tribute|"
          r"welcomes|looks forward|underlines|reaffirms|recalls|stresses")
_VERB = rf"(?:{_REQUEST}|{_ENCOURAGE}|{_DECIDE}|{_DECLARE}|{_WELCOME}|{_OTHER})\b"
# `\band` written as `a(?<!\wa)nd`: every alternative then opens with a literal, and `re`
# skips to the places where ";", "," or "a" stands
_CLAUSE_BREAK = re.compile(
    # not verbs sharing an object after a preposition: "Requests that BINUB focuses on and
    # supports the Government in the following areas:" (1719 (2006) 2)
    # (the look-behinds follow the "a", so that every alternative still opens with a literal)
    rf"(?:;\s*|,\s*(?:and\s+)?|a(?<!\wa)(?<!\bon a)(?<!\bin a)(?<!\bto a)nd\s+)"
    rf"(?=(?:(?:further|also|again|once again|strongly|"
    rf"in this regard|in that regard|in this context|in this respect|to this end),?\s+)*"
    rf"{_VERB}[ ,])"
)
_LEAD = re.compile(rf"^(?:\(\w{{1,4}}\) )?(?:acting under chapter vii[^,:;]{{0,60}}[,:] "
                   rf"(?:\(\w{{1,4}}\) )?)?{_ADVERBS}(?P<verb>{_VERB})"
                   rf"(?:,? (?:also|further|again|once again|strongly|in this regard|"
                   rf"in this context))*,? ")
_SEMICOLON = re.compile(r";\s+")
_BULLET = re.compile(r"^[-\u2022*]\s+")


@dataclass(frozen=True, slots=True)
class _Clause:
    verb: str | None  # lower-case leading verb, None for a continuation
    text: str  # normalized
    lead_end: int = 0  # where the words after the verb start (`_LEAD`'s match end)


def _clauses(text: str) -> list[_Clause]:
    """Clauses of a normalized paragraph, each with its operative verb (None if it continues)."""
    pieces: list[str] = []
    for part in _SEMICOLON.split(text):
        start = 0
        for m in _CLAUSE_BREAK.finditer(part):
            if m.start() > start:
                pieces.append(part[start:m.start()])
            start = m.end()
        pieces.append(part[start:])
    out: list[_Clause] = []
    for piece in pieces:
        # a list's items printed with dashes or bullets ("to: – accelerate …; – promote …")
        # read as they do without them
        piece = _BULLET.sub("", piece.strip(" ,;"))
        if not piece:
            continue
        lead = _LEAD.match(piece + " ")
        if lead is not None and lead.end() > len(piece):
            # a verb alone, joined to the next by "and": "Requests and Encourages the Special
            # Representative to …" asks as firmly as its first verb
            out.append(_Clause(lead.group("verb"), piece, len(piece)))
            continue
        lead = _LEAD.match(piece)
        if lead is None:
            out.append(_Clause(None, piece))
            continue
        verb = lead.group("verb")
        alone = out[-1] if out and out[-1].lead_end == len(out[-1].text) else None
        if alone is not None and alone.verb is not None and _IS_REQUEST.fullmatch(alone.verb) \
                and _IS_ENCOURAGE.fullmatch(verb):
            verb = alone.verb
        out.append(_Clause(verb, piece, lead.end()))
    return out


# --- is the mission tasked ----------------------------------------------------------

# how a task is found when the text sets the mandate itself, not only asks for more of it:
# a list under "the mandate of UNMIR shall include …", "Decides that UNMIR shall …", the
# mandate an establishing or renewing paragraph gives (`Task.cues` holds "trigger:" + these);
# not what a declaring verb says of it ("Recalls UNMIS mandate to liaise …", 1784 (2007) 8),
# which restates a part of the mandate
_MANDATE_TRIGGERS = frozenset({
    "chapeau", "mandate-shall", "mandate-extended", "mission-established", "following-mandate",
    "with-mandate", "mission-shall", "support-shall", "approves-list",
    "head-appointed", "objectives-of-mission"})


def sets_mandate(task: Task) -> bool:
    """True when the text that gave this task sets out the mandate, not only adds to it."""
    return any(cue.removeprefix("trigger:").removesuffix("+cont") in _MANDATE_TRIGGERS
               for cue in task.cues if cue.startswith("trigger:"))


@dataclass(frozen=True, slots=True)
class _Tasking:
    missions: tuple[str | None, ...]
    strength: Strength
    trigger: str
    span: str  # what the mission is asked to do (normalized)
    modality: Modality | None = None
    context: str = ""  # the clauses before it in the same paragraph, for "in these efforts"
    handed_over: bool = False  # an item of a list of tasks the mission hands over
    helped: bool = False  # an item of a list of what the mission helps another do


# a list of what the mission helps another actor do, not of what it does itself: "encourages
# UNSOM to support Somalia to: (a) ensure that plans are in place to protect civilians …"
# (2657 (2022) 7), "support Libyan efforts to: … (d) secure Libya's borders" (UNSMIL 2040
# (2012) 6); the items' securing is the other's, the mission assists
_HELPS_LIST = re.compile(r"\b(?:support|assist|help)\w*\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?"
                         r"(?:efforts\s+)?(?:to|in)\s*:\s*$")


# a list of the tasks the mission hands over, not of those it performs: "UNTMIS will complete
# the progressive and phased transfer, to the FGS, the UNCT and other stakeholders, as
# appropriate, of:" (2753 (2024) 7)
_HANDOVER_LIST = re.compile(r"\b(?:transfer|handover|hand(?:ing)?[- ]over)\b[^:;]{0,160}"
                            r"\bof:?\s*$")


# "with the continued support of", "with the assistance, as appropriate, of"
_WITH_SUPPORT_OF = (r"with (?:the )?(?:[\w-]+ ){0,3}(?:support|assistance|help|advice)"
                    r"(?:,? as appropriate,?)? (?:of|from)")
# the mission doing it itself after all: "with the support of MONUSCO, which shall provide
# physical protection to civilians"
_WHICH_ITSELF = re.compile(r",? (?:which|who) (?:shall|will|should|is to|must|is mandated to) "
                           r"(?:itself |also )?(?:protect|provide (?:physical )?(?:protection|"
                           r"security)|secure|patrol|deter|guard|escort)\b")
_HELPED_BY = re.compile(_WITH_SUPPORT_OF + r"|(?:supported|assisted)\b")
_SUPPORT_ROLE = re.compile(
    # ("engagement by the two sides, facilitated by UNFICYP, to agree on …", 2771 (2025) 8)
    # (an aside: not "the road map facilitated by UNAMA in 2023", made before)
    r"(?:" + _WITH_SUPPORT_OF + r"|(?:supported|assisted)(?: and (?:monitored|verified|"
    r"observed|facilitated))? by|(?<=, )facilitated by|(?<=\()facilitated by|"
    r"with the facilitation of|"
    # being consulted, or taking part, is not being tasked: "in consultation with UNMIL"
    r"in (?:close |full )?(?:coordination|cooperation|collaboration|liaison|partnership) with|"
    r"together with|jointly with)"
    r"(?: (?:the|all|relevant|other))?(?:[\w' ,-]{0,60}?,? (?:and|including|in particular) "
    r"(?:of )?)? ?(?P<ref>@@)"
)
_SG = r"the secretary-general"
# the mission he is asked to establish (or "set up"), not "a MONUSCO-administered trust fund"
_ESTABLISHED = r"(?:establish\w*|set(?:ting)? up) (?:the |a |an )?@@(?!-)"
_SG_THROUGH = Anchored(re.compile(
    # (not "together with his Special Representative for Children and Armed Conflict, UNICEF
    # …", 2601 (2021) 19)
    r"(?:through|by|via|with) (?:his |her |the )?(?:(?:special representative|srsg)"
    + _NOT_THEMATIC + r"|@@)|"
    r"(?:utili[sz]ing|using|through|by|within|with) (?:the )?(?:\w+ ){0,3}@@|"
    # "utilizing as available and appropriate the UNOSOM II forces" (814 (1993) 10)
    r"(?:utili[sz]ing|using) as (?:available|appropriate|necessary|required)(?: and "
    r"(?:available|appropriate|necessary|required))? (?:the )?(?:\w+ ){0,3}@@|"
    r"deploy\w* (?:\w+ ){0,5}@@|"
    # "to establish the United Nations Integrated Office in Haiti (BINUH) … with the following
    # key tasks:" (2476 (2019) 1, 1620 (2005) 1, 1876 (2009) 3)
    + _ESTABLISHED + "|"
    # "to expand the civilian component of MONUC … so as to establish a human rights capacity"
    # "to increase as appropriate the strength of UNAVEM III's human rights unit"
    r"(?:expand|reinforc|strengthen|redeploy|increas)\w* (?:the )?(?:\w+ ){0,4}(?:of )?@@|"
    # "implement the following activities … in the planning and conduct of UNFICYP's operations"
    r"(?:planning|conduct) of (?:the )?@@|"
    r"and (?:his |her |the )?special representative" + _NOT_THEMATIC + r"|and (?:the )?@@|"
    r"ensure that (?:the )?@@ (?:has|have|is|are|deploys|includes|receives)|"
    # "to streamline the tasks of UNAMI as follows:" (2732 (2024) 6): the list is the mission's
    r"(?:tasks|mandate|functions|activities|priorities) of (?:the )?@@ as follows"))
_SG_ESTABLISHES = re.compile(r"\b" + _ESTABLISHED)
# the mission's mandate put to use by the Secretary-General: "to make use of this extended
# mandate in order to support the parties in implementing measures to build confidence"
# (UNOMIG 1752 (2007) 14, 1808 (2008) 17)
# (the purpose after it the mission's: not "this mandate to report", "the present mandate of the
# Group of Experts")
_USE_OF_MANDATE = re.compile(r"(?:to )?(?:continue to )?make (?:full |good |the best )?use of "
                             r"(?:this|the present) (?:extended |renewed |new )?mandate,? "
                             r"(?:in order|so as) to (?!report|brief|inform|keep|submit)")
_MISSION_HEAD = re.compile(r"special representative" + _NOT_THEMATIC)
_THEMATIC_SR = re.compile(r"\bspecial representative " + _OTHER_REPRESENTATIVE)
_BARE_SR = re.compile(r"\bthe special representative\b(?! of the secretary-general)")
# what the Secretary-General does through the mission, as opposed to reporting and consulting
_SG_SUBSTANTIVE = re.compile(
    r"^(?:to )?(?:continue to |further |also )?(?:assist|support|provide|monitor|protect|"
    r"facilitate|help|promote|ensure|deploy|verify|observe|supervise|organi[sz]e|conduct|"
    r"establish|set up|carry out|investigate|train|contribute|implement|undertake|"
    r"develop|strengthen|coordinate|arrange|expand|reinforce|redeploy|increase|"
    r"make (?:\w+ )?use|"
    r"streamline|refocus|reorient|adjust|adapt|reconfigure|"
    # "… to chair the Supervisory and Monitoring Commission", "to keep mediating between the
    # Government and UNITA" (not "to direct the Force Commander of UNOSOM II to assume …", 814
    # (1993) 14, nor "to direct the operations of an integrated UNMISS", 2109 (2013) 2, which
    # PEMA's coders left uncoded)
    r"chair|mediate|bring together|keep (?:on )?[a-z]+ing\b|"
    # "to continue to extend his good offices to facilitate reconciliation amongst all
    # Somalis" (2010 (2011) 19)
    r"extend (?:\w+ ){0,2}(?:support|assistance|good offices)|"
    # "through his Special Representative, to use his good offices to …"
    r"(?:use|exercise|offer) (?:his|her|its|their) good offices|"
    r"(?:intensify|pursue) (?:his|her|their|its) efforts|"
    # "including through BINUB, to play a robust political role in support of the peace
    # process" (1791 (2007) 4)
    r"play (?:an? |its |his |her )?(?:[\w-]+ ){0,3}role\b|"
    # "to take appropriate steps to help …" (not "to take all necessary measures", the words of
    # an authorization of force)
    r"take (?:the )?appropriate steps to (?:support|help|assist|facilitate|promote)\b)")
_SG_NOT_TASK = re.compile(
    r"^(?:to )?(?:continue to )?(?:(?:\w+ )?report|keep(?! (?:on )?[a-z]+ing\b)|inform|submit|"
    r"brief|provide (?:the council|"
    r"a report|an? (?:\w+ )?(?:report|update|briefing|assessment|review))|"
    # "to provide in his second 90-day report …", "to provide through a strategic review by
    # 1 May 2032, an assessment on the following:" (2429 (2018) 7): what he writes, not does
    r"provide (?:in|through) (?:his|her|its|the|a|an) (?:[\w-]+ ){0,5}?(?:report|review|"
    r"briefing|update)s?\b|consult|appoint|seek|"
    r"make (?:recommendations|proposals)|take (?:the )?(?:necessary|appropriate) (?:measures|"
    r"steps) to (?:ensure|achieve) (?:full )?compliance|conduct (?:a|an) (?:\w+ )?(?:review|"
    r"assessment)|prepare|present|include|transmit|convey|maintain the fund|notify|update)")
_FOLLOWING = re.compile(r"\bfollowing (?:\w+ ){0,2}(?:mandate|tasks|functions|responsibilities)")
_COMPOSITION = re.compile(
    r"^(?:shall|will|should|would)? ?(?:\w+ )?(?:consist(?!ent)|comprise|be composed|be headed|"
    r"be led|be deployed|remain|be extended|be renewed|be reduced|be reconfigured|be terminated|"
    r"continue until|terminate|have a (?:total|maximum|strength)|include a maximum|"
    # "shall have an overall force level of up to 17,000 troops and a police component …"
    r"have an? (?:\w+ ){0,2}(?:force|troop) level\b|"
    r"be authori[sz]ed (?:up )?to (?:a|an) (?:strength|maximum)|"
    # "shall maintain an authorized strength of 2,057 civilian police monitors"
    r"maintain (?:a|an|its) (?:\w+ ){0,2}(?:strength|ceiling|troop level)\b)")


def _refs(missions: _Missions, text: str) -> list[tuple[int, int, str | None]]:
    found = missions.found.get(text)
    if found is None:
        found = missions.found[text] = [(m.start(), m.end(), missions.which(m.group(0)))
                                        for m in missions.reference.finditer(text)]
    return found


def _near(missions: _Missions, text: str, limit: int = 200) -> list[tuple[int, int, str | None]]:
    """The references that start in the first `limit` characters of `text`, found with the
    words after them in view: cut at 200, "the Special Representative of the Se" is no longer
    the one "of the Secretary-General on sexual violence" (1889 (2009) 16)."""
    return [r for r in _refs(missions, text[:limit + 80]) if r[0] < limit]


def _mark(missions: _Missions, text: str, limit: int | None = None) -> str:
    """The text with every mission reference replaced by @@ (for the role patterns); with
    `limit`, only its first `limit` characters (and the rest of a reference they cut)."""
    # the references `_refs` found (and remembered) are the matches `reference.sub` replaces
    refs = _refs(missions, text) if limit is None else _near(missions, text, limit)
    if limit is not None:
        text = text[:max([limit] + [stop for _, stop, _ in refs])]
    pieces, end = [], 0
    for start, stop, _ in refs:
        pieces += [text[end:start], "@@"]
        end = stop
    if not pieces:
        return text
    pieces.append(text[end:])
    return "".join(pieces)


_INFINITIVE = re.compile(r"(?:^|[\s,])to (?!the |a |an |its |their |his |her |this |that |"
                         r"which |whom |date |ensure that all)")


_OPERATION_NAMED = re.compile(r"\b(?:operation|mission|force|presence)$")
_ALONE = re.compile(r"\s*(?:the )?@@\s*")


def _split_addressee(rest: str) -> tuple[str, str] | None:
    """(addressee, what they are asked to do) of `X, ..., to do Y`; None if no infinitive."""
    m = _INFINITIVE.search(rest)
    if not m:
        return None
    return rest[:m.start()], rest[m.end() - 3:]


_LEADING_NUMBER = re.compile(r"^(\d+)")
_IS_REQUEST = re.compile(_REQUEST)
_IS_ENCOURAGE = re.compile(_ENCOURAGE)
_IS_DECIDE = re.compile(_DECIDE)
_IS_DECLARE = re.compile(_DECLARE)
_IS_WELCOME = re.compile(_WELCOME)
# what a declaring verb ("stresses", "reaffirms", …) may say the mission is to do
_DECLARED_SUBJECT = re.compile(
    r"^(?:(?:further|also|again) )?(?:that,? )?(?:as per [^,]{0,40}, )?"
    r"(?:(?:the |its )?(?:existing |current )?mandate of )?(.{0,160}?)"
    r"(?:'s|')? (?:(?:\w+ ){0,3}mandate(?:,? as (?:set out|defined) in [^,;]{0,80}?,?)? "
    r"(?:to|includes?)|(?:should|shall|will|must|"
    r"is to|needs to|has to|continues? to|remains?|includes?|may|is (?:authori"
    r"[sz]ed|mandated) to)\b)")
# the mission gives way to another, whose work follows: "its intention that, on the expiration
# of its mandate, UNIOSIL should be replaced by a United Nations integrated political office to
# focus on …" (1793 (2007) 4)
_SUCCEEDED = re.compile(r"\s*(?:should|shall|will|would) be (?:replaced|succeeded) by\b")
# every match of _DECLARED_SUBJECT holds one of these: a text without them is not tried
_DECLARED_WORDS = ("mandate", " should", " shall", " will", " must", " is to", " needs to",
                   " has to", " continue", " remain", " include", " may", " is authori",
                   " is mandated")
_ENDORSEMENT = re.compile(r"\bits (?:continued )?endorsement of ")
# the mission's own work, its name marked @@: "UNAMID's revised strategic priorities" (the
# group of nouns is left open: each pattern closes it, _ENDORSED adding "deployment")
_OWN_WORK_OF = r"@@ ?(?:'s)? (?:\w+ ){0,3}(?:activities|role|functions|tasks|mandate|priorities"
# what the mission itself is to do, endorsed: not a recommendation that names it
_ENDORSED_OWN = re.compile(r"(?:the )?" + _OWN_WORK_OF + r")\b")
# the tasks the clause before gave the mission, listed: "and decides that these tasks shall
# include:", "that such tasks shall comprise the following:"
# (not "such activities shall be carried out in full respect of …", "shall be funded from …")
_THESE_TASKS = re.compile(r"(?:also |further )?that (?:these|such|the said|those) (?:tasks|"
                          r"functions|activities) (?:shall|will|should|would)"
                          r"(?:,? (?:also|inter alia),?)? (?:include|comprise|consist of|be)"
                          r"(?: as follows| the following)?\s*:\s*$")
_AUTHORIZATION_GIVEN = Anchored(re.compile(
    r"\b(?:authori[sz]ation|full support)\b[^;]{0,60}?\b(?:given )?to (.{0,80}?)(?:,| to )"))
_IMPORTANCE_FOR = re.compile(
    r"^(?:(?:also|further|again) )?the (?:\w+ )?(?:importance|need) (?:for|of) "
    r"(.{0,80}?)(?:'s|')? (?:to |(?:continued |continuing |full )?(?:support|efforts|role|"
    r"assistance) (?:to|in|for) )")
# "the importance of the Special Representative maintaining contact with … to revive the peace
# process", "of MONUC conducting training for …": the mission doing it, not the mission "having"
# something or "during" something ("being given" has too short a stem to match)
# ("the importance for UNIPSIL of achieving jointly with the UN country team the objectives …
# focusing on providing support to the Government", 1886 (2009) 2)
_IMPORTANCE_OF_DOING = re.compile(
    r"^(?:(?:also|further|again) )?the (?:\w+ )?importance (?:it attaches )?(?:to|of|"
    r"(?P<for>for)) (?P<who>[^,;]{1,80}?) (?(for)of )"
    r"(?!(?:having|during|including|regarding|concerning|according)\b)(?=[a-z]{3,}ing\b)")
# "the mandate of UNMISS to …", not "the renewal of the mandate of UNMISS (S/2018/143) that
# the re-supply of weapons to South Sudan …": the words between hold no clause of their own
# ("the mandate of UNOCI, subject to the progress of the electoral process" sets no task)
_MANDATE_OF = Anchored(re.compile(r"\b(?<!renewal of the )(?:mandate|role|efforts?|purpose) of "
                                  r"((?:(?! that | which )[^;]){0,130}?)(?<!\bsubject)"
                                  r"(?<!\bpursuant)(?<!\baccording)(?<!\bprior)(?<!\bdue) to "
                                  r"(?!the |a |an |its |their |this |these |those )"))
_ROLE_OF = re.compile(
    r"^(?:(?:also|further|again) )?the (?:\w+ )?importance (?:it attaches )?"
    r"(?:to|of) the (?P<what>(?:role|functions?|work|activities|good offices)"
    r"\b[^,;]{0,80}?) (?:of|by) (?P<who>[^,;]{0,60}?)(?=,| in | with | to |;|$)")


def _tasking(clause: _Clause, missions: _Missions, previous: _Tasking | None) -> _Tasking | None:
    """The clause's tasking of the mission, or None."""
    text = clause.text
    if clause.verb is None:
        if previous is not None:
            return _Tasking(previous.missions, previous.strength,
                            previous.trigger.removesuffix("+cont") + "+cont",
                            text, previous.modality)
        return None
    verb = clause.verb
    rest = text[clause.lead_end:]
    refs = _refs(missions, rest)
    if not refs and "special representative" not in rest and not _IS_DECIDE.fullmatch(verb) \
            and not _POC_PRIORITY.search(rest) \
            and not ("use of th" in rest and _USE_OF_MANDATE.search(rest)):
        # every other reading needs the mission named in the clause (two thirds of the
        # clauses with a verb name none)
        return None
    if _IS_ENCOURAGE.fullmatch(verb) or verb.startswith(("calls", "looks")):
        strength = Strength.ENCOURAGED
    else:
        strength = Strength.REQUESTED
    pursued = _OBJECTIVES.search(rest) if refs and "following" in rest else None
    who = (pursued.group("by") or pursued.group("of")) if pursued else None
    if pursued and who and _refs(missions, who):
        # "… on the achievement of the following objectives to be pursued by the Government …
        # and the United Nations mission:"; "future reconfigurations of MONUSCO … should be
        # determined on … progress towards the following objectives": the list is what the
        # mission works towards, as PEMA's coders read it in four of these five paragraphs
        return _Tasking(_ids(_refs(missions, who)), Strength.REQUESTED,
                        "objectives-of-mission", rest[pursued.end():], Modality.ASSIST)

    if verb == "calls for" and (other := _ANOTHER_CALL.search(rest)) is not None \
            and _refs(missions, rest[:other.start()]):
        # a second thing called for is not the mission's: "calls for further cooperation
        # between UNIFIL and the Lebanese Armed Forces …, and for the rapid finalization of
        # the investigation launched by Lebanon …" (2004 (2011) 5)
        rest = rest[:other.start()]
    if _IS_REQUEST.fullmatch(verb) or _IS_ENCOURAGE.fullmatch(verb) or verb.startswith(
            ("calls", "looks", "appeals")):
        that = re.match(r"that,? ", rest)
        body = rest[that.end():] if that else rest
        first = _near(missions, body, 160) if that else []
        after_time = bool(first) and _after_time_aside(body, first[0])
        if that is not None and "," in that.group(0) and not after_time:
            # "requests that, during its first phase, UNTMIS …": the mission after a time or
            # phase; any other aside is read as before ("that, once established, BINUB focuses
            # on …"; not "that, as MONUSCO draws down, the authorities …")
            that, body = None, rest
        parts = _split_addressee(body)
        head = body if parts is None else parts[0]
        task = body if parts is None else parts[1]
        head_refs = _refs(missions, head)
        if that:
            # the mission is the subject: "requests that UNMIS …", not "requests that the
            # Secretary-General transfer all functions of UNAMIS to UNMIS"
            if first and (len(body[:first[0][0]]) <= 40 or after_time) \
                    and not body.startswith(_SG) and not _NOT_ADDRESSED.search(body[:first[0][0]]):
                after = body[first[0][1]:]
                if _COMPOSITION.match(after.strip(" ,")) and not _FOLLOWING.search(after):
                    return None  # "authorizes that MONUSCO shall comprise … 19,815 military"
                # "requests that in order to support this effort MINUSTAH make …": the effort
                # the aside points back to is what the mission supports
                aside = body[:first[0][0]].strip(" ,")
                return _Tasking(_ids(first[:1]), strength, "that-mission",
                                f"{aside}, {after}" if _ANAPHOR.search(aside) else after)
            if parts is None:
                return _with_the_mission(rest, missions, strength)
        # the addressee itself: "Requests MONUSCO (and the UNCT) to", "Encourages the SRSG to"
        lead = head.split(",")[0]
        # "encourages cooperation with UNMISS" addresses whoever cooperates, not the mission
        # "calls upon the Government and UNITA during UNAVEM III's presence" addresses the
        # parties; the mission only dates the request
        # "the Secretary-General transfer all functions of UNAMIS to UNMIS": he is asked, and
        # what he does through the mission is read below
        # (but "the Secretary-General and UNPROFOR" are both asked)
        # "requests regular reviews of UNMIS deployment" asks no one in the mission; "the head
        # of UNMIL" or "the military component of UNMIL" are the mission
        lead_refs = [
            r for r in _refs(missions, lead)
            if (re.fullmatch(_SG + r",? and (?:the )?", lead[:r[0]]) if lead.startswith(_SG)
                else not _NOT_THE_ADDRESSEE.search(lead[:r[0]])
                and not _owned_by_mission(lead[:r[0]]))]
        if not lead_refs and head_refs and "," in head:
            # "Authorizes the establishment of a peace-keeping operation, UNAVEM III to assist
            # the parties …": the mission, named after what it is
            what, named = head.rsplit(",", 1)
            if _OPERATION_NAMED.search(what) and _ALONE.fullmatch(_mark(missions, named)):
                lead_refs = _refs(missions, named)
        if not lead_refs and head_refs and re.match(r"the (?:establishment|creation)\b", lead) \
                and re.search(r"\bof (?:the |a |an )?$", head[:head_refs[0][0]]):
            # "Authorizes the establishment, for an initial period of six months until 15 April
            # 2000, of the United Nations Office in Angola (UNOA) staffed with the personnel
            # necessary to liaise with …" (1268 (1999) 1): the office established is addressed,
            # and what it is to do is its mandate
            return _Tasking(_ids(head_refs[:1]), strength, "mission-established", task)
        if lead_refs and _CONSIST.match(task):
            return None  # "Authorizes the expansion of MONUC to consist of up to 5,537 …"
        if lead_refs:
            aside = head[len(lead):].strip(" ,")
            asked = f"{aside}, {task}" if aside else task
            if _CEILING_CHANGED.match(lead):
                # "Authorizes a temporary increase in UNMIL's personnel ceiling, …, in order to
                # ensure that the support provided to the Court does not reduce UNMIL's
                # capabilities" (1626 (2005) 6): why the strength changes is no task; what the
                # troops are to do, said before or after it, still is (the aside and the task
                # are one text when no infinitive splits them, so every copy is cut)
                asked = _NOT_WEAKENED.sub("", asked)
            return _Tasking(_ids(lead_refs), strength, f"{_kind(verb)}-mission", asked)
        # "all United Nations entities, including all components of UNOCI and UNMIL" address
        # both missions; "with the support of UNOCI" does not
        # … nor does "cooperation between all States, MONUSCO and the Group of Experts"
        addressed = [r for r in head_refs if (not _NOT_ADDRESSED.search(head[:r[0]]) or re.search(
            r"\b(?:components?|elements?) of (?:the )?$", head[:r[0]]))
            and not re.search(r"\b(?:between|among)\b", head[:r[0]])]
        if addressed and not lead.startswith(_SG) and re.search(
                r"\b(?:including|and|as well as|in particular)\b", head):
            return _Tasking(_ids(addressed), strength, f"{_kind(verb)}-mission", task)
        if lead.startswith(_SG) or lead.startswith("the united nations"):
            marked = _mark(missions, head + " " + task, len(head) + 201)
            through = (_SG_THROUGH.search(marked) and head_refs + _near(missions, task)
                       ) or ("special representative" in head
                             and _MISSION_HEAD.search(head) is not None) \
                or _USE_OF_MANDATE.match(task) is not None
            if through and not _SG_NOT_TASK.match(task) and _SG_SUBSTANTIVE.match(task):
                through_refs = head_refs + _near(missions, task)
                if (founded := _SG_ESTABLISHES.search(marked)) and through_refs:
                    # the office he establishes, not the one it succeeds ("… (UNIOGBIS) to
                    # succeed UNOGBIS")
                    through_refs = through_refs[marked.count("@@", 0, founded.end()) - 1:][:1]
                return _Tasking(_ids(through_refs) or (missions.principal,), strength,
                                "sg-through-mission", task)
            return None
        return _with_the_mission(rest, missions, strength)

    if verb in ("approves", "endorses", "supports"):
        listed = _with_mandate(rest, missions, Strength.REQUESTED) if refs else None
        if listed is not None:
            return listed
        marked = _mark(missions, rest) if refs else ""
        if (endorsed := _ENDORSED.search(marked)) is not None and not (
                endorsed.group(0).startswith(("recommendation", "proposal"))
                and _ADJUSTED.search(marked, 0, endorsed.end())
                and _ADJUSTED_AFTER.match(marked, endorsed.end())):
            # "endorses the recommendation that the United Nations civilian police should
            # perform the following tasks:" — the list under it is the mission's
            own_list = _ENDORSED_LIST.search(marked)
            return _Tasking(_ids(refs), Strength.REQUESTED,
                            "approves-list" if own_list else "approves-mission", rest)
        return None

    if _POC_PRIORITY.search(rest) and verb not in ("demands", "urges", "calls on", "calls upon"):
        return _Tasking((missions.principal,), Strength.REQUESTED, "priority-of-mission", rest)

    if _IS_DECIDE.fullmatch(verb):
        decided = _decision(rest, missions, strength)
        if decided is None and (its := re.search(
                r"\b(?:it|which) (?:shall|will|should) (?:[^;]{0,160})following (?:\w+ )?"
                r"(?:mandate|tasks)", rest)) is not None \
                and not _STATES_FORCE.search(rest, 0, its.start()):
            return _Tasking((missions.principal,), strength, "following-mandate", rest)
        return decided

    if _IS_DECLARE.fullmatch(verb):
        m2 = _DECLARED_SUBJECT.match(rest) if any(w in rest for w in _DECLARED_WORDS) else None
        # "UNOCI, within the monitoring of the arms embargo, is mandated to", "that, in the
        # discharge of its mandate, UNAMSIL may": the subject stands beside the aside
        if m2 and any(_is_mission_subject(missions, who) for who in (
                m2.group(1), m2.group(1).split(",")[0], m2.group(1).split(",")[-1])) \
                and not _SUCCEEDED.match(rest, m2.end(1)):
            return _Tasking(_ids(_refs(missions, m2.group(1))), Strength.REQUESTED,
                            "declares-mission", rest[m2.end(1):])
        # "Reiterates, in the context of …, its endorsement of UNAMID's revised strategic
        # priorities as set out in paragraph 4 of resolution 2148 (2014), namely: …"
        m2 = _ENDORSEMENT.search(rest)
        if m2 and _ENDORSED_OWN.match(_mark(missions, rest[m2.end():])):
            return _Tasking(_ids(_refs(missions, rest[m2.end():])), Strength.REQUESTED,
                            "approves-mission", rest[m2.end():])
        # "recalls its authorization and stresses its full support given to UNOCI … to use
        # all necessary means to carry out its mandate to protect civilians"
        m2 = _AUTHORIZATION_GIVEN.search(rest)
        if m2 and _refs(missions, m2.group(1)) and re.search(
                r"\bto (?:use|take|carry out|fulfil|ensure|protect|perform)\b", rest[m2.end():]):
            return _Tasking(_ids(_refs(missions, m2.group(1))), Strength.REQUESTED,
                            "authorization-of-mission", rest[m2.end():])
        # "Stresses the importance for UNOCI to continue to monitor …", "the need for UNTAET to
        # consult …", "the importance of UNOCI's continued support to the peace process"
        m2 = _IMPORTANCE_FOR.match(rest)
        if m2 and _is_mission_subject(missions, m2.group(1)):
            return _Tasking(_ids(_refs(missions, m2.group(1))), Strength.REQUESTED,
                            "importance-for-mission", rest[m2.end():])
        m2 = _IMPORTANCE_OF_DOING.match(rest)
        if m2 and _is_mission_subject(missions, m2.group("who")):
            return _Tasking(_ids(_refs(missions, m2.group("who"))), Strength.REQUESTED,
                            "importance-for-mission", rest[m2.end():])
        m2 = _MANDATE_OF.search(rest)
        if m2 and _refs(missions, m2.group(1)):
            return _Tasking(_ids(_refs(missions, m2.group(1))), Strength.REQUESTED,
                            "mandate-of-mission", rest[m2.end():])
        # "Stresses the importance of the functions of good offices and mediation by UNAVEM II
        # …, with the goal of restoring a cease-fire": the functions named are the mission's
        m2 = _ROLE_OF.match(rest)
        if m2 and _refs(missions, m2.group("who")) and _is_mission_subject(
                missions, m2.group("who").split(" and ")[0]):
            return _Tasking(_ids(_refs(missions, m2.group("who"))), Strength.REQUESTED,
                            "role-of-mission", m2.group("what") + rest[m2.end():])
        return _with_the_mission(rest, missions, Strength.ENCOURAGED, said=True)

    if _IS_WELCOME.fullmatch(verb) or verb.startswith(("welcomes", "commends", "expresses")):
        m2 = re.search(r"\b(?:contribution|efforts?|steps|work|role|support|assistance|"
                       r"activities|initiatives?|measures) (?:being )?(?:taken |made |provided |"
                       r"undertaken )?"
                       r"(?:of|by) (.{0,60}?) (?:to|in|for) ", rest)
        if m2 and _refs(missions, m2.group(1)):
            return _Tasking(_ids(_refs(missions, m2.group(1))), Strength.ENCOURAGED,
                            "welcomes-mission", rest[m2.end():])
        if rest.endswith(":") and (appointed := _HEAD_APPOINTED.search(rest)) is not None:
            # "Welcomes the appointment by the Secretary-General, within MINURCA, of his Special
            # Representative in the Central African Republic: (a) To assist …" (1159 (1998)
            # 14): the list is what the head of the mission is appointed to do
            return _Tasking(_ids(_refs(missions, rest)) or (missions.principal,),
                            Strength.REQUESTED, "head-appointed", rest[appointed.end():])
        return None
    return _with_the_mission(rest, missions, Strength.ENCOURAGED,
                             said=verb.startswith(("condemns", "deplores", "regrets")))


_HEAD_APPOINTED = re.compile(r"\bappointment\b[^;:]{0,100}?\bspecial representative"
                             + _NOT_THEMATIC + r"\b")
# a second thing "calls for" asks for: "…, and for the rapid finalization of …"
_ANOTHER_CALL = re.compile(r",? and (?:also )?for (?:the |a |an )?(?!the mission\b)")
_OBJECTIVES = re.compile(
    r"\breconfigurations? of (?P<of>[^,;]{0,80}?) (?:and its mandate )?should be determined\b"
    r"[^;:]{0,400}?\bfollowing (?:\w+ )?objectives\b|"
    r"\bfollowing (?:\w+ )?(?:objectives|tasks|goals) to be (?:pursued|achieved|carried out|"
    r"undertaken|implemented) by (?P<by>[^:;]{0,160})")
_ENDORSED_LIST = re.compile(r"@@[^;:]{0,60}\b(?:should|shall|will|would)\b[^;:]{0,60}"
                            r"\bfollowing\b|"
                            # "Approves the following tasks for ONUMOZ:" (1990s)
                            r"\bfollowing (?:\w+ )?(?:tasks|mandate|functions|"
                            r"responsibilities) (?:for|of) @@[^;:]{0,40}:\s*$")
_CONSIST = re.compile(r"^to (?:consist|comprise|be composed|total|number)\b")
# a change of the mission's numbers
_CEILING_CHANGED = re.compile(r"(?:an? |the )?(?:\w+ )?(?:increase|reduction|raising|"
                              r"augmentation|adjustment)s? (?:in|of|to) (?:the )?"
                              r"(?:[\w'’-]+ ){0,4}?(?:ceilings?|strength|troop levels?)\b")
# … whose only purpose is that its work elsewhere does not suffer ("in order to ensure that the
# support provided to the Court does not reduce UNMIL's capabilities"); a ceiling raised to
# protect civilians or to secure the elections still says what the troops are to do
_NOT_WEAKENED = re.compile(r"\b(?:in order to ensure|to ensure|so) that\b[^;]{0,160}?\b(?:does|do|"
                           r"will|would|shall) not (?:reduce|weaken|affect|diminish|impair|"
                           r"undermine|detract from) (?:its |their |(?:the )?[\w-]+'s )"
                           r"(?:[\w-]+ ){0,2}(?:capabilit|capacit|presence|ability|strength)"
                           r"[^,;]*")
# what stands before a mission the request only dates, or names as the helper of those asked:
# "calls upon the Government and UNITA during UNAVEM III's presence", "urges both parties
# with the assistance of UNOMIG to …"
_NOT_THE_ADDRESSEE = re.compile(
    r"\b(?:with|during|after|before|until|since)\s*$|\b" + _WITH_SUPPORT_OF + r" (?:the )?$")
# what stands just before a mission that is not the addressee: "with the support of UNOCI";
# "… testing programmes in the mission" are inside it, for its own staff
_NOT_ADDRESSED = re.compile(
    r"\b(?:of|with|from|by|to|for|in|through|within|between|among|during|after|before|until|since|"
    r"and the support of)\s*$")
# a time or phase before the mission that is the subject: "requests that, during the first
# phase of its transition, UNTMIS give priority to:"
# (closed by a comma, any such aside; run into the subject, one that ends on its time noun:
# "requests that during the first phase of its transition UNTMIS give …", not "that during the
# electoral period the police inform UNMISS …"; never a relative clause that holds the
# mission: "during the period in which UNMISS draws down, the Government …")
_TIME_ASIDE = re.compile(r",? ?(?:during|in|throughout|until|after|before|pending|upon|"
                         r"following) (?![^,;:]*\b(?:which|where|whom|whose|when|while)\b)"
                         r"(?:[^,;:]{0,90}?, |[^,;:]{0,90}?\b(?:phase|period|stage|transition|"
                         r"process|elections?|mandate|year|months?|weeks?|days?|drawdown|"
                         r"withdrawal|handover) )")
# … the mission then the subject of what follows, not "UNMISS is deployed", "has handed over"
_SUBJUNCTIVE = re.compile(r",?\s+(?!(?:is|are|was|were|has|have|had|does|did)\b)\w")


def _after_time_aside(body: str, mention: tuple[int, int, str | None]) -> bool:
    """True when the mission named at `mention` (start, end, …) in `body` follows a time or
    phase aside and is the subject of what comes after it."""
    return _TIME_ASIDE.fullmatch(body[:mention[0]]) is not None \
        and _SUBJUNCTIVE.match(body, mention[1]) is not None


_POC_PRIORITY = re.compile(
    r"protection of civilians,?(?: [^;]{0,120}?,)? (?:must|shall|should|will|is to) "
    r"(?:be given|remain|continue to be|be) (?:the |a )?(?:highest |top |first )?priority")
# what the parties are told to do next, not a partner named beside the mission
_PARTIES_DO = (r"(?:allow|ensure|take|facilitate|refrain|respect|provide|grant|guarantee|permit|"
               r"give|support|enable)\b")
_OTHER_FORCE = "|".join(a.lower() for a in OTHER_OPERATIONS)
_COOPERATE_IN = Anchored(re.compile(
    # ("to take part … in consultations with UNFICYP on the demarcation of the buffer zone",
    # "to open talks without delay with UNFICYP with a view to …", 1062 (1996) 6)
    # (not "in consultation with MISSION", being consulted)
    r"(?:(?P<word>cooperat\w*|co-operat\w*|work\w*|coordinat\w*|liais\w*|consultations|talks|"
    r"discussions) (?:\w+ ){0,2}with|"
    r"cooperation (?:to|with)) (?:the )?(?:[\w-]+ ){0,3}@@"
    # "with UNOMIG and the CIS peacekeeping force in …" names a partner; "with UNPROFOR and
    # take any necessary measures to …" is what else the parties must do
    # ("to cooperate with BINUCA and MISCA for these purposes", 2127 (2013) 12)
    r"(?: and (?:the |other |all |relevant |its |their |@@|(?:" + _OTHER_FORCE + r")\b|(?!"
    + _PARTIES_DO + r")"
    r"(?:[a-z-]+ ){1,3}(?:force|forces|missions?|agencies|organi[sz]ations|personnel)\b)"
    r"(?:(?! to | in order)[^,;]){0,60}?)?"
    # "in a spirit of cooperation" is how, not what; "…, in particular through the donor
    # forum" is where the partners meet (UNAMA 1471 (2003) 3)
    r"(?:, in particular through [^,;]{1,60}(?=,))?"
    r"(?P<sep>,? (?:in|on|for|to|with a view to)) (?!an? spirit\b|particular through\b)"
    # "cooperate with UNAMIR in the implementation of its mandate, and in particular in ensuring
    # its freedom of movement": what follows is the parties' part, not a task of the mission
    r"(?!(?:the )?(?:implementation|discharge|fulfil\w*|performance|carrying "
    r"out|execution) of its mandate|(?:implement|carry out|fulfil) its mandate|"
    # "… in order to honour their commitments to ensure the safety of …": the parties' own
    r"(?:(?:in )?order )?(?:to )?(?:(?:honour|fulfil|meet|respect)\w*|(?:compl[yi]\w*|abid\w*) "
    r"(?:with|by)) (?:their |its |the (?:[\w-]+ )?(?:obligations|commitments|agreements?|"
    r"ceasefire|cease-fire|arms embargo|terms)\b))"
    r"(?P<act>.*)"))
# the mission itself changed, not its work: "endorses its recommendations relating to
# adjustments to MONUSCO in the pre-electoral period" (2409 (2018) 57)
_ADJUSTED = re.compile(r"\b(?:adjustments?|changes?) (?:of|to|in) (?:the )?@@$")
# … the mission itself, then at most a time, not its work ("adjustments to MONUSCO's role in
# support of DDR", the possessive read into the mark) nor the work the adjustments spell out
# ("… in order to prioritize the protection of civilians", ", which should …")
_ADJUSTED_AFTER = re.compile(r"\s*(?:$|[;:.]|(?:in|during) the [\w-]+ (?:period|phase)\b|"
                             r"(?:during|before|after|ahead of|until|following)\b)")
_ENDORSED = re.compile(
    r"(?:proposals?|recommendations?|activities|role|functions|plan|concept of operations?|"
    r"deployment|tasks|mandate)\b[^;]{0,80}@@|" + _OWN_WORK_OF + r"|deployment)|"
    r"(?:provision|deployment|establishment|use|role|activities|"
    r"assistance|support|efforts) (?:of|by) (?:the )?@@")


# Member States and donors who give their own aid "in coordination with the IPTF" are not the
# mission's partners in a task of its own, as a Government acting with its support is; nor
# is a force the Council authorizes beside the mission ("the Member States of the
# Multinational Security Support mission to take all necessary measures …, in coordination
# with BINUH")
_DONORS = re.compile(r"^(?:the |all |other |interested )?(?:member states|donors|the international "
                     r"community|(?:bilateral and multilateral |international )?partners|"
                     + _OTHER_FORCE + r")\b")
# a force the Council authorizes, unnamed: "Authorizes the deployment until 1 September 2003
# of an Interim Emergency Multinational Force in Bunia in close coordination with MONUC"
# (1484 (2003) 1)
_FORCE_DEPLOYED = re.compile(r"^(?:the deployment\b[^;]{0,60}?\bof )?(?:an? |the )?"
                             r"(?:[\w-]+ ){0,3}?(?:multinational|international) (?:[\w-]+ )?"
                             r"force\b")
# "Decides to authorize member States of the African Union to maintain a mission in Somalia
# …, which shall be authorized … to carry out the following mandate" (1772 (2007)): the
# force States deploy, not the mission the resolution names
_STATES_FORCE = re.compile(r"\bauthori[sz]\w* (?:the )?(?:member states|states members)\b|"
                           r"\b(?:" + _OTHER_FORCE + r")\b")
# "Authorizes AMISOM, in coordination with UNSOM, to take all necessary measures": the force's
# task, not the mission's
_FORCE_FIRST = re.compile(r"^(?:the )?(?:" + _OTHER_FORCE + r")\b")
# the mission's support describes what someone else did or does, not what is asked of them
_DONE_BY = re.compile(r"\b(?:operations|efforts|activities|measures|steps|work) (?:\w+ )?"
                      r"(?:undertaken|conducted|carried out|led|made|taken) by [^,;]{0,60}$")
# … or something made before, with the mission's help: "through the framework established with
# the facilitation of MONUC", "the agreement reached between the leaders in 2023 with …" (not
# what is yet to be: "until elections are held with the support of UNMISS")
_MADE_BEFORE = re.compile(
    # (not "as agreed in the Revitalized Agreement", what is to be done)
    r"(?<!\bas )\b(?:established|created|reached|signed|concluded|held|adopted|negotiated|"
    r"brokered|mediated|agreed(?: upon)?)(?: (?:in|on|at|during|between|among|since|last|"
    r"earlier)\b"
    # (a document's part is where, not when: "established in Chapter V")
    r"(?! (?:chapter|article|section|annex|paragraph|part)\b)"
    # (not past the clause's own verb or the next one: "elections held in the north can be
    # secured with …", "signed in Juba to complete the cantonment with …", "… and to train")
    r"(?:(?!\b(?:can|could|be|is|are|will|shall|should|must|may|to|and|have|has)\b)[^,;])"
    r"{1,60}?)? $")
# … or said to be done by the time after it: "(facilitated by UNMISS last year)"
_DONE_AFTER = re.compile(r"\s*(?:last (?:year|month)|earlier this year)\b")
# … unless it is yet to be: "until elections are (swiftly) held with the support of UNMISS"
_YET_TO_BE = re.compile(r"\b(?:is|are|be|being|will|shall|to|should|must|can|may)(?: \w+ly)? $")
_FACILITATED = re.compile(r"facilitated|with the facilitation")
# (donors "together with BNUB" are asked to do it with the mission, which does it too:
# "urges all international partners, together with BNUB, to continue supporting Burundi's
# efforts to professionalize … the police", 2090 (2013) 11)
_ALONGSIDE = re.compile(r"coordination|cooperation|collaboration|liaison|partnership")


def _with_the_mission(rest: str, missions: _Missions, strength: Strength,
                      said: bool = False) -> _Tasking | None:
    """Another actor is asked to act with the mission's support, or with it in some activity.

    `said`: the Council's verb states or recalls ("notes", "recalls"); what the mission
    facilitated then is what it did, not what it is asked to do.
    """
    refs = _refs(missions, rest)
    if not refs:
        return None
    marked = _mark(missions, rest)
    listed = _with_mandate(rest, missions, strength)
    if listed is not None:
        return listed
    # "operations undertaken by the Government with the support of MINUSTAH", "the framework
    # established with the facilitation of MONUC" (1711 (2006) 9) are done; a support role
    # after them may still be asked for
    support = next((m for m in _SUPPORT_ROLE.finditer(marked)
                    if not _DONE_BY.search(marked, max(0, m.start() - 80), m.start())
                    and not ((made := _MADE_BEFORE.search(marked, max(0, m.start() - 90),
                                                          m.start()))
                             and not _YET_TO_BE.search(marked, max(0, made.start() - 30),
                                                       made.start()))
                    and not _DONE_AFTER.match(marked, m.end())
                    and not (said and _FACILITATED.search(m.group(0)))), None)
    if support and not ((_DONORS.match(rest) or _FORCE_DEPLOYED.match(rest))
                        and _ALONGSIDE.search(support.group(0))):
        # requested whatever the verb: "urges the Government, with support from MONUSCO, to …"
        # is support PEMA's coders put under Assist, not Encouraged (following the verb
        # instead takes score_tasks' modality accuracy from 0.907 to 0.866)
        # the Government secures "with support from MONUSCO": the mission assists (2053 (2012)
        # 20); not its partner's patrols "together with UNAMSIL", which it shares (1436 (2002) 13)
        return _Tasking(_ids(refs), Strength.REQUESTED, "support-role", rest, Modality.ASSIST,
                        helped=_HELPED_BY.match(support.group(0)) is not None
                        and _WHICH_ITSELF.match(marked, support.end()) is None)
    m = _COOPERATE_IN.search(marked)
    if m and said and m.group("word") in ("consultations", "talks", "discussions"):
        m = None  # "Takes note of the discussions held with UNFICYP", "Condemns the refusal …"
    if m and m.group("sep") == ", to" and m.group("word") and not m.group("word").endswith("ion"):
        # the parties "to cooperate fully with UNOSOM II, to carry out the commitments …" are
        # told what else to do; "Member States, in coordination with MINUSTAH, to …" (a noun,
        # an aside) are told what to do with the mission
        m = None
    if m and not (_FORCE_FIRST.match(rest) or _FORCE_DEPLOYED.match(rest)):
        return _Tasking(_ids(refs), Strength.REQUESTED, "cooperate-in", m.group("act"))
    return None


def _is_mission_subject(missions: _Missions, phrase: str) -> bool:
    """True when the phrase is the mission itself ("UNMIL", "the civilian component of UNMIL")."""
    refs = _refs(missions, phrase)
    if not refs:
        return False
    start, end, _ = refs[0]  # the first reference, as `reference.sub("", phrase, count=1)`
    rest = " ".join((phrase[:start] + phrase[end:]).split()).strip(" ,")
    # the acronym after the full name: "the United Nations Interim Security Force for Abyei
    # (UNISFA)" (2128 (2013) 14)
    rest = re.sub(r"^\(\s*[\w-]+\s*\)", "", rest).strip(" ,")
    rest = re.sub(r"^of the secretary-?\s?general\b", "", rest).strip(" ,")
    # "UNMIL's civilian component", "BINUH's police and corrections unit"
    rest = re.sub(r"^(?:'s |the |its )?(?:[\w-]+ ){0,3}" + _MISSION_PART
                  + r"(?: of)?(?: the)?$", "", rest)
    if rest.startswith("and ") and _refs(missions, rest):
        # "UNIOGBIS and the Special Representative will continue to lead …" (2203 (2015) 3)
        return _is_mission_subject(missions, rest[4:])
    return rest in ("", "the", "its", "and its")


def _kind(verb: str) -> str:
    if _IS_REQUEST.fullmatch(verb):
        return verb.split()[0].rstrip("s")
    return "encourage"


def _ids(refs: list[tuple[int, int, str | None]]) -> tuple[str | None, ...]:
    return tuple(dict.fromkeys(r[2] for r in refs))


# what a mission's support to another body is to include (`_decision`): "that UNMIR's
# support to X shall include", "that the support provided by UNMIR to X shall include", "that,
# for the purposes of …, support to X shall include"
_SUPPORT_SHALL = re.compile(
    r"^(?:also |further |moreover )?that,?(?: [^,;:]{0,120},)? (?:(?P<who>[^,;:]{1,60}?)'s |the )?"
    r"(?P<support>support) (?:(?:provided|given|offered) (?:by (?P<by>[^,;:]{1,60}?) )?)?"
    r"(?:to|for) [^;]{1,200}? (?:shall|will|should) (?:also )?(?:include|consist of|comprise)\b")
# a decision whose agent, the mission, comes last (`_decision`)
_AGENT_LAST = re.compile(
    r"^(?:also |further |moreover )?that,? (?P<what>[^;:]{3,300}?) (?:shall|will|should|is to|"
    r"are to|must) (?:also |further |continue to )?be (?:performed|carried out|undertaken|"
    r"implemented|provided|conducted|discharged|fulfilled|given|pursued) by "
    r"(?P<who>(?:the )?[^,;:]{2,60}?)(?=[,;:]|$| within\b| in (?:close )?(?:coordination|"
    r"cooperation)\b)")
# the mission whose means bound a support no one else is named to give
_WITHIN_MEANS = re.compile(r"\bwithin (?P<who>[^,;:]{1,60}?)'s (?:\w+ ){0,2}(?:area of "
                           r"operations|capabilities|capacities|means|resources)\b")


def _decision(rest: str, missions: _Missions, strength: Strength) -> _Tasking | None:
    # "Decides that the mandate of MINUSCA shall include …", "Decides that UNMIT will …"
    # the asides may be long: "that in accordance with the report …, and based on the peace-keeping
    # plan …, the Cease-Fire Agreement … and the Economic Agreement …, UNCRO's mandate shall"
    m = re.match(r"^(?:also |further |moreover )?that,?(?: [^,;:]{0,80},| [^;:]{0,400}?,)? "
                 r"(?:the )?(?:(?:existing |"
                 r"current |revised |strategic |primary |main |core |priority )?(?:mandate|tasks|"
                 r"priorit(?:y|ies)|functions?|responsibilities|objectives) of "
                 r"(?P<a>(?:the )?.{0,90}?)|"
                 # ("MINUSMA's strategic priority shall be", not "… parties, and that its
                 # second strategic priority is")
                 r"(?P<b>.{0,90}?)(?:'s (?:\w+ ){0,2}priority|(?:'s)? (?:\w+ ){0,2}"
                 r"(?:mandate|tasks|priorities|functions)))"
                 r"(?:,[^;]{0,200}?,)? (?:shall|will|should|would|is to|is|are|includes?|"
                 r"comprises?)", rest)
    if m:
        who = m.group("a") or m.group("b") or ""
        refs = _refs(missions, who)
        if refs and _is_mission_subject(missions, who.split(",")[0]):
            after = rest[m.end():]
            if re.match(r"^ (?:be |also )?(?:extended|renewed|terminated|end|expire)", after):
                return None
            return _Tasking(_ids(refs), strength, "mandate-shall", after)
    m = _AGENT_LAST.match(rest)
    if m and _refs(missions, m.group("who")) and _is_mission_subject(missions, m.group("who")):
        # the mission named as the agent at the end: "that the following tasks shall be
        # performed by UNMIR, within its capabilities:", "that support to the elections shall
        # also be provided by UNMIR"
        return _Tasking(_ids(_refs(missions, m.group("who"))), strength, "done-by-mission",
                        f"{m.group('what')}{rest[m.end('who'):]}")
    m = _SUPPORT_SHALL.match(rest)
    if m:
        # "Decides that UNMIR's support to the border mechanism shall include …", "the support
        # provided by UNMIR to …", or the support bounded by the mission's means alone: "support
        # to the border mechanism shall include support to the committees, within UNMIR's area
        # of operations and existing capabilities"
        who = m.group("who") or m.group("by")
        if who is None:
            within = _WITHIN_MEANS.search(rest, m.end())
            who = within.group("who") if within else None
        if who is not None and _refs(missions, who) and _is_mission_subject(missions, who):
            return _Tasking(_ids(_refs(missions, who)), strength, "support-shall",
                            rest[m.start("support"):])
    m = re.match(r"^(?:also |further |moreover )?that,? (?P<who>.{0,300}?) "
                 r"(?:shall|will|should|would|is to|must|may|is authori[sz]ed to)\b", rest)
    if m:
        # not an aside before the subject: "that, in addition to the provisions of the
        # Verification Mission's existing mandate as set out in …, the Verification Mission
        # shall monitor …" (2694 (2023) 1)
        head = next((seg for seg in m.group("who").split(",") if _refs(missions, seg)
                     and not _ASIDE_FIRST.match(seg.strip())), "")
        refs = _refs(missions, head)
        if refs and not re.search(r"\b(?:government|parties|states|authorities|council)\b",
                                  head) and not _possessed(head, refs[0]):
            after = rest[m.end() - len(m.group(0).split()[-1]):]
            if _COMPOSITION.match(after) and not _FOLLOWING.search(after):
                return None
            if re.search(r"\b" + _MISSION_PART + r"\b", head):
                after = head + " " + after
            return _Tasking(_ids(refs), strength, "mission-shall", after)
        # "Decides that the protection of civilians must be given priority … MONUSCO"
        if re.search(r"protection of civilians", m.group("who")) and _refs(missions, rest):
            return _Tasking(_ids(_refs(missions, rest)), strength, "priority-of-mission", rest)
    m = re.search(r"\bin order to (?:enable|allow|permit) (?P<who>[^,;]{0,80}?) to (?P<task>.*)$",
                  rest)
    if m and _refs(missions, m.group("who")):
        return _Tasking(_ids(_refs(missions, m.group("who"))), strength, "enable-mission",
                        m.group("task"))
    m = re.match(r"^(?:also |further |moreover )?(?:[^,;]{0,200}, ){0,3}to (?:extend|expand|"
                 r"enlarge|adjust|revise|modify|broaden|strengthen|renew|reinforce|increase|"
                 r"change|redefine|reorient|refocus)\w*\b(?P<mid>.{0,220}?)(?:mandate|strength|"
                 r"terms of reference)(?P<after>.*)$", rest)
    if m:
        refs = _near(missions, m.group("mid") + " " + m.group("after"), len(m.group("mid")) + 121)
        after = m.group("after")
        # "…, requesting it, consistent with …, to focus on and support the Government in the
        # following areas:" (BNUB 2090 (2013) 1); "Decides to extend the mandate of UNIOGBIS for
        # a period of 6 months … until 30 November 2014:" (2157 (2014) 1), its list under it
        new_work = re.search(r"\b(?:to include|so as to|in order to|to enable it|so that|"
                             r"with the following|as follows|to perform|to carry out|"
                             r"requesting it\b|"
                             # "… to the area of Brcko and to entrust it, in that area, with
                             # monitoring …", "for six months, including its tasks of watching"
                             r"(?:to )?entrust(?:ing)? (?:it|them)\b|"
                             r"including (?:its|the) tasks? of|"
                             r"to (?:also )?(?:continue to|undertake|conduct|organi[sz]e|"
                             r"supervise|contribute)|"
                             r"to (?:also )?(?:monitor|observe|verify|assist|support|protect|"
                             r"ensure|provide|facilitate|deter|promote|help))\b", after)
        if refs and new_work:
            return _Tasking(_ids(refs), strength, "mandate-extended", after[new_work.start():])
        if refs and after.rstrip().endswith(":"):
            return _Tasking(_ids(refs), strength, "mandate-extended", after)
        return None
    m = re.match(r"^(?:also |further |moreover )?(?:[^,;]{0,200}, ){0,3}to (?:establish|create|"
                 r"set up|deploy|authori[sz]e)\b(?P<rest>.*)$", rest)
    if m:
        refs = _near(missions, m.group("rest"), 300)
        # "… a United Nations interim force for Southern Lebanon for the purpose of
        # confirming the withdrawal of Israeli forces, restoring …" (425 (1978))
        # ("… UNTAET, which shall exercise all legislative and executive authority …")
        task = re.search(r"\b(?:mandate|for the purposes? of (?=[a-z]+ing\b)|(?:in order )?"
                         r"to (?!the |a |an |its |be |date|\d)[a-z]+|which (?:shall|will) "
                         r"(?!be |have |consist|comprise|include|remain|continue until|terminat)"
                         r"[a-z]+)\b", m.group("rest"))
        # not the Secretary-General authorized, the operation only what his work prepares: "to
        # authorize the Secretary-General to proceed to arrange a cease-fire … for the
        # emplacement of the United Nations Transition Assistance Group" (601 (1987) 5)
        if refs and task and not m.group("rest").startswith(" " + _SG):
            return _Tasking(_ids(refs), strength, "mission-established",
                            m.group("rest")[task.start():])
    listed = _with_mandate(rest, missions, strength)
    if listed is None and rest.startswith("that"):
        # "that all States shall …, and that UNMIR shall monitor …": the same verb decides
        # a second thing, which may be the mission's
        more = _AND_THAT.search(rest)
        if more is not None:
            return _decision(rest[more.end():], missions, strength)
    return listed


# asides the cue coder already leaves out ("in accordance with …", "pursuant to …"), and
# those that only place a decision beside an earlier one
_ASIDE_FIRST = re.compile(r"(?:in addition to|further to|notwithstanding)\b|" + ASIDES.pattern)
_AND_THAT = re.compile(r",? and (?:further |also )?(?=that\b)")


# what is done to a mission, as opposed to the mission itself, its parts or its work: "future
# reconfigurations of MONUSCO", "the authorised strength of UNMIS", "regular reviews of UNMIS
# deployment", "the transfer of authority between EUFOR and … MINURCAT"
_DONE_TO_IT = frozenset({
    "review", "reviews", "deployment", "reconfiguration", "reconfigurations", "drawdown",
    "withdrawal", "strength", "size", "composition", "extension", "extention", "renewal",
    "evaluation", "assessment", "assessments", "liquidation", "termination", "terms", "transfer",
    "arrangements"})
_OF_THE_MISSION = re.compile(rf"\b(?:{'|'.join(sorted(_DONE_TO_IT))}|between)\b")
_OWNER = re.compile(r"\b(\w+) (?:of|for) (?:the )?$")
#: the parts of a mission that are the mission when they are tasked ("UNMIL's civilian
#: component", "BINUH's police and corrections unit")
_MISSION_PART = r"(?:component|section|unit|office|presence|cell|team)s?"
# a mission's mandate, a component or its leadership still are the mission
_OWN_PARTS = frozenset({"mandate", "tasks", "functions", "phases", "component", "components",
                        "element", "unit", "section", "office", "leadership", "representative"})


def _owned_by_mission(before: str) -> bool:
    """True when the words before a mission name something done to it ("regular reviews of
    UNMIS deployment"), not its people, parts or work ("the head of UNMIL", "the continued
    support of UNAMSIL")."""
    owner = _OWNER.search(before)
    return owner is not None and owner.group(1) in _DONE_TO_IT


def _possessed(head: str, ref: tuple[int, int, str | None]) -> bool:
    """True when the subject `head` is something of the mission's rather than the mission
    ("future reconfigurations of MONUSCO", "MINUSMA's phased deployment")."""
    before, after = head[:ref[0]], head[ref[1]:]
    owner = _OWNER.search(before)
    if (owner and owner.group(1) not in _OWN_PARTS) or _OF_THE_MISSION.search(before):
        return True
    if head[ref[0]:ref[1]].endswith("'s"):
        after = "'s" + after
    # "BINUH's police and corrections unit will …": a part of the mission is the mission
    return re.match(r"^'s (?!(?:\w+ )?(?:mandate|tasks)\b|(?:[\w-]+ ){0,4}" + _MISSION_PART
                    + r"\b)", after) is not None


_WITH_MANDATE = re.compile(r"\bwith (?:the following (?:\w+ )?(?:mandate|tasks|functions)\b|"
                           r"an? (?:\w+ )?mandate (?:for|to include|covering) the following\b)")


def _with_mandate(rest: str, missions: _Missions, strength: Strength) -> _Tasking | None:
    """ "… a United Nations Mission … (MINURCAT), with the following mandate:", "its intention
    to strengthen the mandate of UNAMSIL … with the following priority tasks:" — the
    mission named last before the list is the one the list tasks."""
    m = _WITH_MANDATE.search(rest) if "following" in rest else None
    if m:
        refs = _refs(missions, rest[max(0, m.start() - 200):m.start()])
        if refs:
            return _Tasking(_ids(refs[-1:]), strength, "with-mandate", rest[m.start():])
    return None


# --- categories and modality ---------------------------------------------------------

_ANAPHOR = Anchored(re.compile(
    r"\b(?:th(?:ese|is|ose|at) (?:efforts?|regard|respect|endeavour|tasks?|process(?:es)?|"
    r"issues?|areas?|activities|objectives?|goals?|matters?|work|programmes?|plans?|strategy|"
    r"context|end)|such (?:efforts|support|assistance|activities)|the above|to that end|"
    # "… sexual violence …, and encourages it, with UNMIL, to combat impunity for such crimes"
    r"(?:such|these|those) (?:crimes|acts|violations|abuses)|"
    # "… the moratorium on the export of logs …, and requests UNTAC to take appropriate
    # measures to secure the implementation of such moratorium" (792 (1992) 13)
    r"(?:such|this|that|the said) moratorium\b|"
    # "to cooperate with BINUCA and MISCA for these purposes" (2127 (2013) 12; not "a group
    # that will meet regularly for that purpose", 1599 (2005) 6)
    r"th(?:ese|ose) purposes|"
    # "… the establishment of transitional justice mechanisms, … and encourages the Government,
    # with the support of … BNUB as appropriate, to establish the proposed mechanisms" (1959
    # (2010) 13)
    r"(?:the (?:proposed|said|aforementioned|above-mentioned)|these|such|those) (?:mechanisms?|"
    r"institutions|bodies|commissions?|structures)|"
    r"thereof|therein|"
    # "… the establishment of an integrated Congolese police unit and approves the provision by
    # MONUC of the additional assistance that might be needed for its training" (1493 (2003) 7)
    r"(?:for|in|with|to) (?:its|their) (?:training|reform|restructuring|"
    r"professionali[sz]ation)|"
    # "support the Government, as requested, in its efforts in the country": efforts the clause
    # before described ("in its efforts to …" names its own)
    r"in (?:its|their) (?:\w+ )?efforts(?! to\b| aimed| towards| in the areas?))\b"), one_scan=True)
# "…, and in this regard, calls upon UNMIL to …": the anaphor ends the clause before the verb
#: clauses before a tasking clause that its anaphor may refer back to: the longest paragraph
#: of the 2,484 shared resolutions has 18 clauses; the bound keeps a paragraph of thousands
#: (a merged list, a made-up file) linear, where every clause held all those before it
_CONTEXT_CLAUSES = 32
_LEAD_IN = Anchored(re.compile(
    r"\b(?:in (?:this|that) (?:regard|respect|context|connection)|"
    r"to (?:this|that) end|in order to support (?:this|these) efforts?)"
    r"[\s,;]*(?:and|also|further|therefore)?[\s,]*$"))
# "calls upon the Government of Lebanon to secure its borders …, and requests UNIFIL … to
# assist the Government of Lebanon at its request": help that names nothing to help with is
# help with what the clause before asks
_BARE_HELP = re.compile(r"^\W*(?:to )?(?:assist|support|help|aid)\b[^;:]{0,70}$")
_PRONOUN = re.compile(r"\b(?:verify|implement|monitor|support|finali[sz]e|for|of) (?:it|them)\b")
_PRIORITY = Anchored(re.compile(r"\bpriorit|\bcore tasks?\b|\bhighest priority|"
                                r"\bfirst priority"))
# a paragraph that makes its own tasks a priority ("requests UNMIL, as a matter of priority,
# to …", "should prioritize …"), not one that names someone's "priority actions"
_SAID_PRIORITY = re.compile(
    r"\bas (?:a |an? \w+ )?(?:matter of )?(?:\w+ )?priority\b|\b(?:highest|top|first|utmost|"
    # (not the means of another task: "the Government of Iraq with progress on security sector
    # reform, including by prioritizing the planning, funding, and implementation of efforts
    # …", 2682 (2023) 2 (b) (iii); "assist the authorities in the protection of children
    # including through prioritizing advisory support", 2692 (2023) 3), unless what it
    # prioritizes are tasks ("… a successful transition, including by prioritizing tasks, to
    # include promotion of …", UNMIL 2066 (2012) 3)
    # (the participle made an adjective orders something else: "guided by … clearly
    # prioritized needs", 814 (1993) 4 (a))
    r"overriding) priority\b|(?<!\bby )(?<!\bthrough )\bprioriti[sz](?:e|es|ing|ation)\b|"
    r"\b(?:be|is|are|been|being)(?: \w+ly)? prioriti[sz]ed\b|"
    r"\bprioriti[sz]\w* (?:and [\w-]+ )?(?:\w+ )?tasks?\b|"
    r"\bgiv(?:e|en|ing) (?:\w+ )?priority\b|"
    r"\b(?:core|primary) tasks?\b|\bstrategic priorit|\bpriority (?:tasks?|areas?) (?:of|for)\b")
# "without impeding on its capacity to implement its three priority tasks, … the following
# tasks": these tasks are not among the priorities, whatever range or heading they stand in
_SUBORDINATE = Anchored(re.compile(
    r"\bwithout (?:impeding|prejudice|detriment|affecting)[^;:]{0,80}?\bpriorit"))
_ASIDES = Anchored(ASIDES, one_scan=True)
# the words before a cue that make the actors it names partners of the work, not the work
_PARTNER = re.compile(r"\b(?:(?:coordination|cooperation|consultation|partnership|collaboration|"
                      r"liaison|engagement|engage|engaging|working|together|including) with|"
                      r"the support of)\b(?:(?!\bto\b)[^;:.])*$")
# a cue used as an adjective before the noun it qualifies
_QUALIFIER = re.compile(r"-(?:responsive|sensitive|based|compliant|informed)\b|"
                        r" (?:responsive|sensitive|based)\b")
_WOMEN = re.compile(r"\b(?:women|girls)\b")
# a clause of its own after the theme ("…, and monitor and report on …"), not where the theme
# applies ("…, including the situation of women and girls in its human rights reporting")
_OWN_CLAUSE = re.compile(r"\band (?:to )?(?:also )?(?:monitor|report|promote|protect|support|"
                         r"assist|help|investigate|document|advocate|ensure|provide|engage|"
                         r"strengthen|advance|enable|address|work)\b")
# survivors named among those who take part ("the participation … of women …, and survivors of
# sexual and gender-based violence", MONUSCO 2765 (2024) 40) are no task of the mission's
_TAKING_PART_BEFORE = re.compile(r"\b(?:" + "|".join(TAKING_PART) + r")\b")


def _womens_own_work(hit: tuple[int, str, str, Modality, str], between: str) -> bool:
    """After gender mainstreamed "as a cross-cutting issue", a task that is work on women's
    own rights: sexual violence (not its survivors as participants), or human rights where
    women are named on the way ("… and monitor and report on reprisals against women,
    including those who defend human rights"), not an area the theme applies to ("… and to
    assist … in SSR, human rights and the rule of law", "including in its human rights
    reporting")."""
    if hit[1] == "sexual_violence":
        return not _TAKING_PART_BEFORE.search(hit[4])
    return hit[1] == "human_rights" and _WOMEN.search(between) is not None \
        and _OWN_CLAUSE.search(between) is not None


_CROSS_CUTTING = re.compile(r"\bas (?:a )?cross[- ]?cutting (?:issues?|theme|concern)")
# the arenas in which women, youth or civil society take part are where the task applies, not
# tasks of their own: "the full, equal and meaningful participation of women, and … engagement
# of civil society, youth … in the peace process, transitional government bodies …, including
# on transitional justice, electoral, judicial, legislative, and institutional reform" (UNMISS
# 2677 (2023) 3 (c) (ii)); the list ends at a semicolon or "as well as"
_ARENA = re.compile(
    r"\b(?:" + "|".join(TAKING_PART) + r") of (?:[\w,'-]+ ){0,16}?"
    r"(?:women|youth|young people|civil society|marginali[sz]ed groups)\b[^;:]{0,100}? in "
    # (not "in order to …", "in line with …": a purpose or a manner, not an arena)
    r"(?!(?:order|line|accordance|support|coordination|cooperation|consultation|compliance|"
    r"conformity|keeping|this|that|particular|close|addition|full)\b)"
    # the list ends at "as well as" or where a new clause begins ("…, and provide for …"), or
    # the means of the task ("…, including in elections, by supporting the implementation of
    # … the Joint Communique on … Sexual Violence", UNAMI 2682 (2023) 2 (e))
    # (not where they take part again: ", by supporting their participation in the elections",
    # nor an adjective: ", through ongoing dialogue")
    r"(?P<arena>(?:(?!,? as well as\b|, (?:by|through) (?!(?:ongoing|existing|upcoming|"
    r"forthcoming|emerging|increasing|following|during)\b)[a-z]+ing (?:the|an?|their|its|all|"
    r"support|with|for|to|on)\b"
    r"(?![^;]*\b(?:"
    + "|".join(TAKING_PART) + r")\b)|"
    r",? and (?:to )?(?:provide|ensure|support|promote|assist|"
    r"strengthen|help|facilitate|monitor|advise|continue|work|engage|enable)\b)[^;])*)")
_TAKES_PART = frozenset({"gender", "youth", "civil_society"})


@dataclass(frozen=True, slots=True)
class _Coding:
    categories: tuple[str, ...]
    modalities: tuple[Modality, ...]
    cues: tuple[str, ...]
    befores: tuple[str, ...]  # the words just before each cue

    def __add__(self, other: _Coding) -> _Coding:
        return _Coding(self.categories + other.categories, self.modalities + other.modalities,
                       self.cues + other.cues, self.befores + other.befores)

    def only(self, kept: list[int]) -> _Coding:
        """The codings at these positions."""
        return _Coding(tuple(self.categories[i] for i in kept),
                       tuple(self.modalities[i] for i in kept),
                       tuple(self.cues[i] for i in kept), tuple(self.befores[i] for i in kept))


class _SpanCoder:
    """`_code_span` remembered for one resolution: headings and the clauses before an anaphor
    come back for every paragraph under them (a third of all calls on the dev PDFs)."""

    def __init__(self) -> None:
        self._memo: dict[tuple[str, Modality | None], _Coding] = {}

    def __call__(self, span: str, hint: Modality | None) -> _Coding:
        key = (span, hint)
        coding = self._memo.get(key)
        if coding is None:
            coding = self._memo[key] = _code_span(span, hint)
        return coding


# tasks whose every cue match another task's cues must stay out of
_OUTER = frozenset(outer for cues in TASK_CUES for outer in cues.inside_of)


def _cue_span(m: re.Match[str]) -> tuple[int, int]:
    """Where a cue's match lies, for the cues that give way inside it (`inside_of`): its
    group `at` where the pattern names the cue proper so ("… local elections, including
    through … effective security arrangements"), else the whole match."""
    if "at" in m.re.groupindex and m.start("at") >= 0:
        return m.span("at")
    return m.span()


def _code_span(span: str, hint: Modality | None) -> _Coding:
    """The codebook tasks named in a span, in order of first mention, with their modality."""
    span = _ASIDES.sub(" ", span)
    at = CUE_INDEX.starts(span)
    label = _ITEM_LABEL.match(span) if ":" in span[:120] else None
    hits: list[tuple[int, str, str, Modality, str]] = []
    matched: dict[str, list[tuple[int, int]]] = {}
    for cues in tasks_at(at):
        starts = at.get(cues.id, [])
        weak_starts = at.get(WEAK_KEY[cues.id], [])
        if cues.exclude is None and cues.exclude_far is None and not cues.inside_of \
                and cues.exclude_covering is None \
                and cues.id not in _OUTER \
                and label is None:
            first = search(cues.pattern, span, starts)
            found = [first] if first is not None else []
        else:
            found = list(finditer(cues.pattern, span, starts))
        weak: list[re.Match[str]] = []
        if cues.weak is not None and cues.needs is not None and (
                not found or cues.id in _OUTER):
            # (searched in place, not in a slice: a look-behind sees the words before the
            # window, so "human rights" 100 characters back is never a bare "rights")
            weak = [m for m in finditer(cues.weak, span, weak_starts)
                    if cues.needs.search(span, max(0, m.start() - 100), m.end() + 100)]
            if not found:
                found, weak = weak, []
        if cues.exclude is not None:
            found = [m for m in found
                     if not cues.exclude.search(span[max(0, m.start() - 40):m.end() + 40])]
        if cues.exclude_covering is not None and found:
            covering = [e.span() for e in cues.exclude_covering.finditer(span)]
            found = [m for m in found
                     if not any(a <= m.start() and m.end() <= b for a, b in covering)]
        if cues.exclude_far is not None:
            found = [m for m in found
                     if not cues.exclude_far.search(span[max(0, m.start() - 130):m.end() + 40])]
        if cues.inside_of:
            outer = [r for other in cues.inside_of for r in matched.get(other, [])]
            found = [m for m in found if not any(a <= m.start() < b for a, b in outer)]
        # a weak cue that counts shields the cues inside it as a strong one does ("violations …
        # in the context of elections" is no electoral assistance however the task is found)
        matched[cues.id] = [_cue_span(m) for m in (*found, *weak)]
        if not found:
            continue
        m = min(found, key=lambda x: x.start())
        # "promotion and protection of human rights: to monitor, help investigate and report …
        # abuses of human rights": the label names the task, the words after it say what the
        # mission does about it
        said = m if label is None else min((x for x in found if x.start() >= label.end()),
                                           key=lambda x: x.start(), default=m)
        modality = _modality(span, at, said.start(), said.end(), hint, cues.default)
        if modality is not Modality.MONITOR and _MONITORING_NOUN.match(span, m.end()) \
                and _OWN_WORK.search(span, max(0, m.start() - 30), m.start()):
            # "to engage in human rights monitoring, reporting and analysis": the noun after
            # the cue is the mission's own work
            modality = Modality.MONITOR
        if modality is Modality.MONITOR and _TRAINING_NOUN.match(span, m.end()) \
                and not _WATCHED.search(span, max(0, m.start() - 160), m.start()):
            modality = Modality.ASSIST
        if cues.secured_when is not None and cues.secured_when.search(
                span, max(0, m.start() - 150), m.end() + 150):
            modality = Modality.SECURE
        if cues.never_secured and modality is Modality.SECURE:
            modality = Modality.ASSIST
        hits.append((m.start(), cues.id, m.group(0), modality, span[max(0, m.start() - 60):
                                                                     m.start()]))
    hits.sort()
    if len(hits) > 1:
        # "gender-responsive community violence reduction programmes": the adjective says how,
        # the noun it qualifies is the task (a stable sort keeps the order of mention)
        hits.sort(key=lambda h: _QUALIFIER.match(span, h[0] + len(h[2])) is not None)
    arena = _ARENA.search(span) if len(hits) > 1 and any(
        h[1] in _TAKES_PART for h in hits) and any(w in span for w in TAKING_PART) else None
    if arena is not None:
        a, b = arena.span("arena")
        hits = [h for h in hits if h[1] in _TAKES_PART or not a <= h[0] < b] or hits
    mainstream = _CROSS_CUTTING.search(span) if "cutting" in span else None
    if mainstream is not None and hits:
        # "take fully into account gender considerations as a cross-cutting issue throughout
        # its mandate and assist … in SSR and DDR": what follows says where the theme applies;
        # but the theme's own work named after it is a task ("integrate gender as a
        # cross-cutting issue … and monitor and report on violations … against women", UNAMA
        # 2626 (2022) 5 (f); "… and help implement the Joint Communiqué on … Conflict Related
        # Sexual Violence", UNAMI 2682 (2023) 2 (e))
        gender = any(h[1] == "gender" for h in hits if h[0] < mainstream.start())
        hits = [h for h in hits if h[0] < mainstream.start()
                or (gender and _womens_own_work(h, span[mainstream.end():h[0]]))] or hits[:1]
    return _Coding(tuple(h[1] for h in hits), tuple(h[3] for h in hits),
                   tuple(h[2] for h in hits), tuple(h[4] for h in hits))


# … but not a body's name: "the Analytical Support and Sanctions Monitoring Team"
_MONITORING_NOUN = re.compile(r"\s+(?:monitoring|observation|verification|investigations?)\b"
                              r"(?!\s+(?:team|group|mechanism|unit|committee|mission|commission|"
                              r"body|bodies|cell|centre|center)s?\b)")
# the task taught: "to keep providing human rights training to the national police" (1892
# (2009) 18) builds others' capacity, whatever the task's own default
_TRAINING_NOUN = re.compile(r"\s+(?:training|education|capacity[- ]building|mentoring)\b"
                            r"(?!\s+(?:of|for) (?:its|the mission's) (?:own )?(?:personnel|staff|"
                            r"troops|contingents)\b)")
# watching named before a task taught: "to monitor, investigate and report on … human rights
# training", "to assess human rights training delivered by the academy"
_WATCHED = re.compile(MONITOR_VERBS.pattern + r"|\b(?:assess|evaluat)\w*")
_OWN_WORK = re.compile(r"\b(?:engage in|conduct|undertake|carry out|including|through|and|"
                       r"for|on)\s+(?:the\s+)?$")


# a report or an inquiry named, not made: "the Independent assessment report on the protection
# of civilians", "the recommendations of the special investigation on the protection of …"
_NAMED_NOT_DONE = re.compile(r"\w+tions?\b")
# … named as another's (not "its investigations on the protection of civilians")
_AN_INQUIRY = re.compile(r"\b(?:the|a|an|their|special|independent|international|separate|"
                         r"commission\s+of)\s+$")
_A_REPORT = re.compile(r"\b(?:the|a|an|its|his|her|their|assessment|progress|annual|special|"
                       r"independent|latest|next)\s+$")


def _modality(span: str, at: dict[str, list[int] | None], start: int, end: int,
              hint: Modality | None, default: Modality) -> Modality:
    """The nearest verb before (or within) the cue says what the mission does about it.

    `at` is where `CUE_INDEX` found the openings of the verbs in `span`.
    """
    low = max(0, start - 160)
    window = span[low:end]
    best: tuple[int, int, Modality] | None = None
    found: list[tuple[int, int, Modality]] = []  # every verb read, for the protection watched
    for key, pattern, modality in VERB_KEYS:
        starts = at.get(key, [])
        if starts is not None:
            starts = [p - low for p in starts[bisect_left(starts, low):bisect_left(starts, end)]]
        for m in finditer(pattern, window, starts):
            # of two verbs read at one place the longer says more: "foster a secure
            # environment" secures, "foster" alone assists
            if best is None or (m.start(), m.end()) > best[:2]:
                best = (m.start(), m.end(), modality)
            found.append((m.start(), m.end(), modality))
    if best is not None and best[2] is Modality.SECURE and window.startswith("protection",
                                                                             best[0]):
        # protection named as what the mission watches, the verb before it one of watching in
        # the same phrase: "monitor, report and advocate with regard to the protection of
        # civilians" (not "monitoring of the ceasefire, protection of civilians", a list)
        before = max(((a, b, k) for a, b, k in found if b <= best[0]), default=None)
        gap = window[before[1]:best[0]] if before is not None else ""
        if before is not None and before[2] is Modality.MONITOR and len(gap) <= 48 \
                and not re.search(r"[;:]|[,;:]\s*$", gap) \
                and not (window.startswith("report", before[0])
                         and _A_REPORT.search(window, 0, before[0])) \
                and not (_NAMED_NOT_DONE.match(window, before[0], before[1])
                         and _AN_INQUIRY.search(window, 0, before[0])):
            return Modality.MONITOR
    if best is not None and best[2] is Modality.SECURE \
            and window.startswith("protection of civilians", best[0]) \
            and _ADVICE_ON.search(window, 0, best[0]) \
            and not _PROTECTS_TOO.match(span, end, end + 200):
        # protection is what the mission advises or trains others on: "providing technical
        # advice and support to that force on the protection of civilians" (2746 (2024) 1 (a));
        # not its own troops trained, nor advice beside protecting ("… and to protect
        # civilians under threat")
        return Modality.ASSIST
    if best is not None and best[2] is Modality.SECURE and _HOST_DOES.search(window, 0, best[0]):
        # "to assist the government in protecting civilians", "support the efforts of the
        # government … to ensure the protection of civilians", "support for securing
        # uncontrolled arms": others secure, the mission helps them (a country named instead,
        # "supporting somalia to …", is not read so)
        # (help with watching still watches, as PEMA's coders read "to assist the Government
        # … in monitoring the borders", 1528 (2004) 6 (c))
        return Modality.ASSIST
    if best is not None:
        return best[2]
    return hint or default


#: what an item may hold before the verb it opens on: "to", "(c) to continue to", "shall"
_OPENING = re.compile(r"\W*(?:\(?[a-z]{1,4}\)\s*)?(?:(?:shall|will|should|must|may|is to|are "
                      r"to) (?:also |further )?)?(?:to )?(?:(?:continue|further|also) to )?")


#: a noun read where a verb was looked for ("protection", "assistance", "deployment")
_NOMINAL = re.compile(r"^\w+(?:ions?|ances?|ments?|ences?)\b")


def _opening_verb(span: str) -> Modality | None:
    """The modality of the verb of `VERB_KEYS` that `span` opens on (None: it opens on none)."""
    start = _OPENING.match(span).end()  # type: ignore[union-attr]  # (it matches "" too)
    best: tuple[int, Modality] | None = None
    for _key, pattern, modality in VERB_KEYS:
        m = pattern.match(span, start)
        # (a noun is the item's subject, not its verb: "Protection of civilians, through a
        # comprehensive approach …", 2277 (2016) 29 (a))
        if m is None or _NOMINAL.search(m.group(0)):
            continue
        # of two verbs read at one place the longer says more, as in `_modality`
        if best is None or m.end() > best[0]:
            best = (m.end(), modality)
    return best[1] if best is not None else None


_ADVICE_ON = re.compile(r"(?:\b(?:advice|advis\w*|training|train\w*|guidance|expertise)\b"
                        r"[^;:,]{0,40}?\b(?:to|for) (?:the |that |this )?(?!its\b|own\b)"
                        r"(?:[\w-]+ ){0,3}?(?:(?:armed|security|defen[cs]e|national|regional) "
                        r"forces?|police|army|authorities|government|institutions|partners|"
                        r"officials|communities)\b[^;:,]{0,30}?|"
                        # "Providing technical advice and support on the protection of civilians"
                        # (2746 (2024) 1 (a), to the force its chapeau names)
                        r"\b(?:technical|policy) (?:advice|guidance|expertise)"
                        r"\b[^;:,]{0,40}?)\b(?:on|in|regarding|concerning) (?:the )?$")
_PROTECTS_TOO = re.compile(r"[^;]{0,160}?\bto (?:also )?protect (?:the )?civilians\b")
# helping others do the securing (in a normalized, lower-case span): an assist verb with the
# host State as its object, then nothing but the words up to the securing verb; or support
# given for the securing itself, right before it (UNSMIL 2486 (2019) 2 (iv))
_HOST_DOES = re.compile(
    r"\b(?:assist\w*|support\w*|help\w*|strengthen\w*|build\w*|enhanc\w*)\s+"
    r"(?:the\s+)?(?:(?:capacity|capacities|ability|efforts)\s+of\s+(?:the\s+)?)?"
    r"(?:[a-z]+\s+){0,2}?(?:government|authorities|host state|state institutions|"
    r"security forces|national police|defence forces)\b"
    r"(?:(?!\b(?:and|or|as well as)\b)[^;:.]){0,120}$"
    # … or other security bodies right before: "to support the Liberian security agencies to
    # protect civilians" (UNMIL 2239 (2015) 16)
    r"|\b(?:assist\w*|support\w*|help\w*|strengthen\w*|enabl\w*)\s+(?:the\s+)?"
    r"(?:(?:national|[a-z]+(?:ian|ese|an|ish|i))\s+)?"
    r"(?:(?:security|defen[cs]e) (?:agencies|services|institutions)|armed forces)\s+(?:to|in)\s+$"
    r"|\b(?:support|assistance|help)(?: (?:for|to|in))? $"
    # the host's plans do the protecting: "help the Government make sure that plans exist and
    # are applied to protect civilians", "supporting Somalia to ensure that plans are in place
    # and implemented to: 1. protect civilians" (UNSOM 2705 (2023) 3 (f) (iii))
    r"|\b(?:help|assist|support|advis|enabl|work\w*\s+with)\w*\s+[^;:.]{0,80}?\b(?:to\s+|in\s+)?"
    r"(?:ensure|ensuring|make\s+sure)\s+that\s+plans? (?:are |is )?(?:in place|exists?)"
    r"(?: and (?:are )?(?:applied|implemented))? to\W*(?:\d+\W*)?$")


# --- the whole resolution ------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _State:
    """What a paragraph passes on to its sub-paragraphs."""

    tasking: _Tasking | None
    priority: bool
    topic: str | None = None
    rank: int | None = None  # place in an order of priority the Council sets
    orders: bool = False  # its sub-paragraphs are listed in order of priority


def code_tasks(paragraphs: Sequence[Paragraph], missions: Sequence[str], *,
               learned: bool = True, model: TaskModel | None = None,
               set_aside: list[tuple[str, str | None, str]] | None = None,
               uncoded: list[tuple[str, str | None]] | None = None) -> tuple[Task, ...]:
    """Tasks the resolution gives the mission(s), one per tasking paragraph and mission, in order.

    `missions` are the acronyms the resolution names (the parser's metadata); missions
    defined in the text ("United Nations Mission in Liberia (UNMIL)") are found as well, and
    "the Mission", "the Force", "the Special Representative" mean the principal mission.
    With `learned=False` the rules decide alone (no learned filter, see `task_model`);
    `model` replaces the shipped filter (the benchmark scores out-of-fold models with it).
    `set_aside`, when given, receives (ref, mission, task id) for each coding the filter drops,
    so that the caller can show them; `uncoded` receives (ref, mission) for each item of a
    mission's list that says what to do but names no codebook task ("To provide medical
    evacuation support for United Nations personnel"), and so gets none.
    """
    return _code(paragraphs, missions, (model or MODEL) if learned else None, None, set_aside,
                 uncoded)


def candidate_tasks(paragraphs: Sequence[Paragraph],
                    missions: Sequence[str]) -> list[tuple[str, str | None, Candidate]]:
    """Every (ref, mission, candidate) the rules propose, before any learned filter (training)."""
    sink: list[tuple[str, str | None, Candidate]] = []
    _code(paragraphs, missions, None, sink, None, None)
    return sink


def _code(paragraphs: Sequence[Paragraph], missions: Sequence[str], model: TaskModel | None,
          sink: list[tuple[str, str | None, Candidate]] | None,
          set_aside: list[tuple[str, str | None, str]] | None,
          uncoded: list[tuple[str, str | None]] | None) -> tuple[Task, ...]:
    operative = [p for p in paragraphs if p.kind is ParagraphKind.OPERATIVE]
    if not operative:
        return ()
    index = _find_missions(paragraphs, list(missions))
    parents = _parents(operative)
    has_children = {parent for parent in parents.values() if parent is not None}
    states: dict[str, _State] = {}
    code = _SpanCoder()
    headings: dict[str, str] = {}  # a heading stands over many paragraphs: normalized once
    priority_through = 0  # "the following tasks in priority order in paragraphs 36 through 45"
    ranked_from = 0  # … and the paragraph that order starts from (36)
    place: dict[str, int] = {}  # a sub-paragraph's place among its parent's sub-paragraphs
    siblings: Counter[str] = Counter()
    for ref, parent_ref in parents.items():  # in printed order
        if parent_ref is not None:
            siblings[parent_ref] += 1
            place[ref] = siblings[parent_ref]
    poc_first = False  # "the protection of civilians must be given priority …"
    tasks: list[Task] = []
    previous_top: str | None = None  # the last paragraph of the first level
    for p in operative:
        text = normalize(p.text)
        if "mission" in text and (visit := _VISITING.search(text)):
            # "the joint assessment mission …, and looks forward to the consideration of the
            # mission's recommendations": that mission, not the peacekeeping one
            text = text[:visit.end()] + _THE_MISSION.sub("that mission", text[visit.end():])
        if "special representative" in text and (theme := _THEMATIC_SR.search(text)):
            # "the Special Representative for Children and Armed Conflict …, requests the
            # Special Representative to continue engaging …" (2427 (2018) 5): that one again
            text = text[:theme.end()] + _BARE_SR.sub("that representative", text[theme.end():])
        ancestor = _inherited(p, parents, states)
        clauses = _clauses(text)
        if ancestor is None and p.level <= 1 and previous_top in has_children and clauses \
                and clauses[0].verb is None and _BARE_VERB.match(clauses[0].text) \
                and (before := states.get(previous_top or "")) is not None \
                and before.tasking is not None:
            # a numbered paragraph with a task's bare verb and no subject goes on with the list
            # of the mission's tasks above it: "29. Decides that the mandate of MONUSCO shall
            # include the following priority tasks: (i) … (ii) …" / "Protection of the United
            # Nations" / "30. Ensure the protection of United Nations personnel …" (2502
            # (2019), 2556 (2020)); not one of the priorities it names, which are numbered
            ancestor = replace(before, priority=False, rank=None, orders=False)
        spans: list[_Tasking] = []
        own: list[str] = []  # the clauses that ask the mission for work of its own
        last: _Tasking | None = None
        tasked: _Tasking | None = None  # the paragraph's last tasking so far
        for i, clause in enumerate(clauses):
            if clause.verb is None and i == 0 and ancestor is not None:
                assert ancestor.tasking is not None
                chapeau = ancestor.tasking
                last = _Tasking(chapeau.missions, chapeau.strength, "chapeau", clause.text,
                                chapeau.modality,
                                handed_over=_HANDOVER_LIST.search(chapeau.span) is not None,
                                helped=_HELPS_LIST.search(chapeau.span) is not None)
            elif clause.verb is None and last is None and tasked is not None \
                    and _declares(clauses[i - 1]) and _BARE_VERB.match(clause.text):
                # a declaration takes a that-clause, not an infinitive: "… to: accelerate …;
                # encourage …, underlines in that regard that …; promote and facilitate …"
                # goes on with the mission's list
                last = _tasking(clause, index, tasked)
            else:
                asked = last  # what the clause just before asked, if anything
                last = _tasking(clause, index, last if clause.verb is None else None)
                if last is None and clause.verb is not None and asked is not None \
                        and asked.missions[:1] != (None,) \
                        and asked.trigger.removesuffix("+cont") not in _WEAK_TRIGGERS:
                    if (it := _IT.match(clause.text, clause.lead_end)) is not None:
                        # "Authorizes MONUSCO to take all necessary measures …, and requests it
                        # to pursue the following priority tasks:": "it" is the mission the
                        # clause just before asked (not after "urges the Government to …")
                        named = f"{clause.text[:it.start()]}{str(asked.missions[0]).lower()}" \
                                f"{clause.text[it.end():]}"
                        last = _tasking(replace(clause, text=named), index, None)
                    elif _IS_DECIDE.fullmatch(clause.verb) is not None \
                            and _THESE_TASKS.match(clause.text, clause.lead_end):
                        # "Decides that UNAMSIL shall perform certain tasks …, and decides that
                        # these tasks shall include:" (1389 (2002) 1): the tasks the clause
                        # before gave the mission
                        last = replace(asked, span=clause.text[clause.lead_end:])
            tasked = last or tasked
            if last is not None:
                if last.trigger.removesuffix("+cont") not in _OTHERS_WORK:
                    own.append(clause.text)
                context = "; ".join(c.text for c in clauses[max(0, i - _CONTEXT_CLAUSES):i])
                spans.append(replace(last, context=context) if context else last)
        if not clauses and ancestor is not None:
            last = ancestor.tasking
        if last is not None and last.trigger.removesuffix("+cont") in _WEAK_TRIGGERS:
            last = None  # "calls on the parties, in cooperation with X, to …: (a) …" lists theirs
        number = int(m.group(1)) if (m := _LEADING_NUMBER.match(p.ref)) else 0
        subordinate = "priorit" in text and _SUBORDINATE.search(text) is not None
        in_range = p.level <= 1 and number <= priority_through and not subordinate
        if p.heading and p.heading not in headings:
            headings[p.heading] = normalize(p.heading)
        heading = headings[p.heading] if p.heading else None
        own_priority = bool(heading and _PRIORITY.search(heading)) and not subordinate
        inherited = ancestor.priority if ancestor is not None else False
        tasking_clauses = [c.text for c in clauses] if spans else []
        # "protection of civilians shall be given priority" makes PoC the priority, not
        # everything else the paragraph names
        # every match of _SAID_PRIORITY and _ORDERED holds "priorit", "core task" or "primary
        # task"; the clauses are pieces of the text
        prioritizes = "priorit" in text or "core task" in text or "primary task" in text
        # a priority said in a clause that asks someone else ("Encourages the parties to
        # undertake a prioritized roll-out of DDR …, and requests UNMIS to …", 1870 (2009)
        # 20; "Calls on the Government, with the support of MINUSTAH, to prioritise …", 2012
        # (2011) 9) is theirs, not the mission's
        said = prioritizes and any(_SAID_PRIORITY.search(c) and not _POC_PRIORITY.search(c)
                                   for c in own)
        poc_first = poc_first or any(_POC_PRIORITY.search(c.text) for c in clauses)
        declares_range = False
        for c in tasking_clauses:
            r = _PRIORITY_RANGE.search(c)
            if r and _PRIORITY.search(c) and int(r.group(1)) == number:
                priority_through = max(priority_through, int(r.group(2)))
                ranked_from, declares_range = ranked_from or number, True
        parent = states.get(parents.get(p.ref) or "")
        rank: int | None = None
        if p.level <= 1 and ranked_from and ranked_from <= number <= priority_through \
                and not subordinate:
            rank = number - ranked_from + 1
        elif parent is not None and parent.orders:
            rank = place.get(p.ref)
        elif parent is not None:
            rank = parent.rank
        if last is not None and last.modality is None and p.ref in has_children \
                and text.rstrip().endswith(":"):
            # "(b) To assist the Government with its efforts to: (i) … (iv) Address human
            # rights abuses …" (2476 (2019) 1): the items are what the mission helps with
            lead = _lead_modality(last.span)
            if lead is not None:
                last = replace(last, modality=lead)
        states[p.ref] = _State(
            last, own_priority or inherited or in_range or (
                last is not None and not subordinate and _lists_priorities(text)),
            _topic(p, text, heading, clauses, ancestor, p.ref in has_children, code), rank,
            last is not None and not subordinate and not declares_range
            and prioritizes and _ORDERED.search(text) is not None)
        if spans:
            priority = own_priority or inherited or in_range or said
            tasks.extend(_tasks_for(p, spans, index, priority, states[p.ref].topic, model,
                                    sink, code, rank, set_aside, uncoded))
        if p.level <= 1:
            previous_top = p.ref
    if poc_first:
        tasks = [replace(t, priority=True) if t.category == "protection_of_civilians" else t
                 for t in tasks]
    return tuple(tasks)


_LEAD_VERB = re.compile(r"^\W*(?:to )?(?:(?:continue|further) to )?(?P<verb>assist|support|help|"
                        r"advise|monitor|observe|verify|supervise)\b")


def _lead_modality(span: str) -> Modality | None:
    """The modality of a list's lead-in that opens on its verb ("To assist … to:")."""
    m = _LEAD_VERB.match(span)
    if m is None:
        return None
    for _key, pattern, modality in VERB_KEYS:
        if pattern.match(m.group("verb")):
            return modality
    return None


def _declares(clause: _Clause) -> bool:
    """True when the clause only declares something (stresses, underlines, welcomes …)."""
    return clause.verb is not None and bool(
        _IS_DECLARE.fullmatch(clause.verb) or _IS_WELCOME.fullmatch(clause.verb))


# an item of the mission's list: its bare verb, after "in that regard," or the like
_BARE_VERB = re.compile(
    r"^(?:(?:in (?:this|that) regard|to this end|in this context),? )?(?:also |further )?"
    r"(?:provide|promote|support|assist|monitor|ensure|facilitate|contribute|help|strengthen|"
    r"advise|coordinate|work|enhance|conduct|protect|maintain|implement|undertake|develop|"
    r"establish|train|investigate|observe|verify|encourage|accelerate|mitigate|prevent|"
    r"deter|use|take|continue to|engage|build|foster|leverage|mentor)\b")


_VISITING = Anchored(re.compile(r"\b(?:assessment|fact-finding|technical|evaluation|review|"
                                r"security council|visiting|exploratory|survey) mission\b"))
_THE_MISSION = re.compile(r"\bthe mission\b")
# the mission helps another actor with that actor's work: "calls on the Government, with the
# support of MINUSTAH, to …", "urges the parties, in close liaison with MONUC, to …"
_OTHERS_WORK = frozenset({"support-role", "cooperate-in"})
# the mission asked in the clause before, as the one asked again: "and requests it to", "and
# further requests it, within its capabilities, to"
_IT = re.compile(r"it(?= (?:also |further |again )?to\b|, )")
# ways of naming the mission that do not make it the one doing what a list under them says
_WEAK_TRIGGERS = _OTHERS_WORK | {"welcomes-mission", "need-for-mission", "approves-mission"}
# an item's label before the words that ask: "promotion and protection of human rights: to
# monitor …"
_ITEM_LABEL = re.compile(r"[^;:]{3,110}?:\s+(?=to\s)")
# a chapeau that makes the list under it a list of priorities
_PRIORITY_LIST = Anchored(re.compile(
    r"\bfollowing (?:\w+ )?priorit|\bpriority tasks\b|\bin (?:\w+ )?priority order|"
    r"\border of priority\b|\bstrategic priorit|\bcore tasks\b|\bpriority areas\b|"
    r"\bprioriti[sz]ed tasks\b|\bfollowing (?:\w+ )?(?:core|essential|primary) tasks|"
    # "the Mission shall prioritize the following:", "with a particular focus on the
    # priorities laid out below:"
    r"\bprioriti[sz]e (?:\w+ ){0,3}?(?:the )?following(?: [\w-]+){0,2}:|"
    # ("Requests that UNTMIS prioritise:", not the Government's own "as it seeks to prioritise:")
    r"(?<!seeks to )(?<!efforts to )(?<!wishes to )(?<!aims to )(?<!continues to )"
    r"(?<!intends to )(?<!commitment to )(?<!resolve to )"
    r"\bprioriti[sz]e"
    r"(?:,? within (?:its |existing |available )?(?:\w+ )?(?:resources|capacities|means|"
    r"capabilities),?)?:|"
    # "UNAMI … shall prioritize the provision of advice, support and assistance: (a) …"
    r"\bprioriti[sz]e (?:the )?(?:provision|delivery) of [^;:.]{0,80}:|"
    # "the following tasks, which are to be implemented as a matter of priority:", "Decides
    # that MINUSMA's priorities shall be:"
    r"\bfollowing\b[^;:]{0,80}\bas a matter of (?:\w+ )?priority:|"
    r"\bpriorities (?:shall|will|should) be(?: as follows)?:|"
    r"\bpriorities (?:set out|laid out|outlined|listed) (?:below|hereunder|as follows)\b|"
    # "UNAMID must continue to give priority in decisions about the use of available capacity
    # and resources to: (a) … (b) …" (2429 (2018) 13); not "the protection of civilians shall
    # be given priority …:", which names its one priority itself
    r"\bgiv(?:e|ing) (?:\w+ )?priority\b[^;:]{0,120}\bto:"))
# tasks that serve priorities set elsewhere are not those priorities: "Further authorizes
# MONUSCO to pursue the following tasks, …, and in support of the strategic priorities
# identified above:" (2409 (2018) 37)
_SERVES_PRIORITIES = re.compile(r"\b(?:in support of|to support|contribut\w* to|towards) "
                                r"(?:the |its |these |those )?(?:\w+ )?$")


def _lists_priorities(text: str) -> bool:
    """True when a chapeau makes the list under it a list of priorities."""
    m = _PRIORITY_LIST.search(text)
    return m is not None and not _SERVES_PRIORITIES.search(text, max(0, m.start() - 40),
                                                            m.start())


_PRIORITY_RANGE = re.compile(r"paragraphs? (\d+) (?:through|to|-|and) (\d+)")
# a chapeau that ranks the list under it, not only names its items priorities
_ORDERED = re.compile(r"\bin (?:\w+ )?priority order\b|\b(?:in|by) (?:this |the following |the )?"
                      r"order of priority\b")


def _topic(p: Paragraph, text: str, heading: str | None, clauses: list[_Clause],
           ancestor: _State | None, has_children: bool, code: _SpanCoder) -> str | None:
    """The task a heading names ("(i) Protection of civilians"), passed down to what follows.

    `text` and `heading` are the paragraph's text and heading, normalized.
    """
    # (not a lead-in naming several kinds: "Promote, support, and facilitate the following
    # development and humanitarian tasks, …:" (UNAMI 2732 (2024) 6 (c)) names its items'
    # tasks, one each)
    heading_like = all(c.verb is None for c in clauses) and len(p.text) < 400 \
        and not _KINDS_FOLLOWING.search(text)
    if has_children and clauses and heading_like and not re.match(r"^\W*to\b", text):
        coding = code(text, None)
        if coding.categories:
            return coding.categories[0]
    if heading is not None:
        coding = code(heading, None)
        if coding.categories:
            return coding.categories[0]
    if has_children and text.rstrip().endswith(":"):
        # "… to exercise mediation and good offices to support: (i) an inclusive political
        # process …; (ii) continued implementation of the Libyan Political Agreement" (UNSMIL
        # 2486 (2019) 1): the means the lead-in's last clause names is the task of each item
        # that names none of its own
        lead = _LEAD_MEANS.search(text)
        if lead is not None:
            coding = code(lead.group(0), None)
            if coding.categories:
                return coding.categories[0]
    return ancestor.topic if ancestor is not None else None


_KINDS_FOLLOWING = re.compile(r"\bthe following [\w-]+(?:, [\w-]+)*,? (?:and|or) [\w-]+ "
                              r"(?:tasks|activities|functions)\b")
_LEAD_MEANS = re.compile(r"\b(?:through|exercise|provide|use|using) (?:its )?(?:[\w-]+,? ){1,6}?"
                         r"(?:to support|in support of|to assist|for)\W*$")


_ITEM_ASKS = re.compile(r"^\W*(?:\(?[a-z]{1,4}\)\s*)?(?:to [a-z]{3,}|"
                        r"(?!peacekeeping|engineering|funding)[a-z]{3,}ing\b|"
                        # a task named by its noun: "co-ordination of international assistance,
                        # and provision of advice and assistance to GNA-led efforts" (2486 2 (v))
                        r"(?:the )?(?:co-?ordination|provision|facilitation|support|assistance|"
                        r"implementation|conduct|promotion) (?:of|to|for)\b|"
                        # "(b) offer good offices …", "(c) lead and coordinate …"
                        r"(?:also |further )?(?:(?:offer|pursue|advocate|exercise)\b|"
                        r"lead (?:and|the|an?|international|efforts|on)\b)|"
                        + _BARE_VERB.pattern.removeprefix("^") + ")")


def _tasks_for(p: Paragraph, spans: list[_Tasking], index: _Missions, priority: bool,
               topic: str | None, model: TaskModel | None,
               sink: list[tuple[str, str | None, Candidate]] | None,
               code: _SpanCoder, rank: int | None = None,
               set_aside: list[tuple[str, str | None, str]] | None = None,
               uncoded: list[tuple[str, str | None]] | None = None) -> list[Task]:
    by_mission: dict[str | None, list[_Tasking]] = {}
    for span in spans:
        for mission in span.missions or (index.principal,):
            by_mission.setdefault(mission or index.principal, []).append(span)
    out: list[Task] = []
    for mission, group in by_mission.items():
        if mission is None:
            # "the Special Representative" of a resolution that names no mission (the
            # Secretary-General's envoy on children and armed conflict, 2764 (2024) 7) is no
            # peace operation: a task without its mission would mean nothing to a reader
            continue
        found: dict[str, tuple[str, Modality, Strength, str, str, bool]] = {}
        for span in group:
            coding = code(span.span, span.modality)
            if span.helped and Modality.SECURE in coding.modalities:
                coding = replace(coding, modalities=tuple(
                    Modality.ASSIST if m is Modality.SECURE else m for m in coding.modalities))
            from_context: tuple[str, ...] = ()
            bare_help = not coding.categories and _BARE_HELP.search(span.span) is not None
            if span.context and (_ANAPHOR.search(span.span) or _LEAD_IN.search(span.context)
                                 or _PRONOUN.search(span.span) or bare_help):
                extra = code(span.context, span.modality)
                # the referent is what the clause before is mainly about, not all it lists:
                # its first four cues ("security sectors" names two tasks in one place;
                # "constitutional and institutional reforms, especially of the rule of law and
                # security sectors, and the national reconciliation processes" are four)
                first = set(list(dict.fromkeys(extra.befores))[:4])
                kept = [i for i, before in enumerate(extra.befores) if before in first]
                extra = extra.only(kept)
                if bare_help:  # the Government secures its borders; the mission helps it
                    extra = replace(extra, modalities=(Modality.ASSIST,) * len(extra.modalities))
                from_context = extra.categories
                coding = coding + extra
            for category, modality, cue, before in zip(
                    coding.categories, coding.modalities, coding.cues, coding.befores,
                    strict=True):
                if category not in found:
                    found[category] = (cue, modality, span.strength, span.trigger, before,
                                       category in from_context)
        candidates = [Candidate(category, cue, modality, strength, trigger, rank, len(found),
                                before, p.level, in_context, category == topic)
                      for rank, (category, (cue, modality, strength, trigger, before,
                                            in_context)) in enumerate(found.items())]
        if all(s.handed_over for s in group):
            # what the mission hands over is its task of transition, not the tasks it names
            candidates = [Candidate("transition", "chapeau:transfer",
                                    group[0].modality or BY_ID["transition"].default,
                                    group[0].strength, "chapeau", 0, 1, "", p.level, False,
                                    topic == "transition")]
        elif not candidates and topic is not None and any(s.trigger == "chapeau"
                                                          for s in group):
            # "(d) Maintain a proactive deployment …" under the heading "Protection of civilians"
            # its modality from its own verb ("(i) Provide security at key government
            # installations …" under "Support for Implementation of the Ceasefire Agreement"
            # secures, 1509 (2003) 3 (i))
            candidates = [Candidate(topic, f"heading:{topic}",
                                    group[0].modality or _opening_verb(group[0].span)
                                    or BY_ID[topic].default,
                                    group[0].strength, "chapeau", 0, 1, "", p.level, False,
                                    True)]
        if not candidates and uncoded is not None and not p.text.rstrip().endswith(":") \
                and any(s.trigger.removesuffix("+cont") == "chapeau"
                        and _ITEM_ASKS.match(s.span) for s in group):
            # an item of the mission's own list that opens on what to do ("to coordinate with
            # ECOMOG …", "Provide assistance to the … customs authorities …"); not a list's
            # lead-in, coded in its items, nor a heading-like item ("Governance;")
            uncoded.append((p.ref, mission))
        if sink is not None:
            sink.extend((p.ref, mission, c) for c in candidates)
        if model is not None:
            keep = [model.keep(c) for c in candidates]
            if candidates and not any(keep) and any(s.trigger == "chapeau" for s in group):
                # an item of the mission's own list is a task of the mission, however rarely
                # PEMA's coders coded its subject: "(n) … an effective national civilian
                # structure that controls key mining activities" keeps natural resources
                # (no item of the 2,167 texts loses all its codings; three of MONUSCO's did)
                keep[0] = True
            if set_aside is not None:
                set_aside.extend((p.ref, mission, c.category)
                                 for c, k in zip(candidates, keep, strict=True) if not k)
            candidates = [c for c, k in zip(candidates, keep, strict=True) if k]
        if not candidates:
            continue
        # the heading's task is the main one; civil society named among the mission's
        # partners ("with the support of MONUSCO … including with civil society", "in
        # coordination with … non-governmental organizations") is not, when another is named
        candidates.sort(key=lambda c: (not c.topic, c.category == "civil_society"
                                       and _PARTNER.search(c.before) is not None))
        if len(candidates) > 1 and candidates[-1].category == "civil_society" \
                and _PARTNER.search(candidates[-1].before) and not candidates[-1].topic:
            # … and not a task at all beside another: "To assist … in the implementation of a
            # programme for demobilization of combatants, in cooperation with the LNTG, donor
            # agencies and non-governmental organizations" (UNOMIL 1020 (1995) 2 (d))
            candidates = candidates[:-1]
        strength = (Strength.REQUESTED if any(c.strength is Strength.REQUESTED
                                              for c in candidates) else Strength.ENCOURAGED)
        triggers = tuple(dict.fromkeys(f"trigger:{s.trigger}" for s in group))
        out.append(Task(ref=p.ref, mission=mission, category=candidates[0].category,
                        categories=tuple(c.category for c in candidates),
                        modality=candidates[0].modality, strength=strength, priority=priority,
                        text=p.text, page=p.page,
                        cues=(*(c.cue for c in candidates), *triggers),
                        modalities=tuple(c.modality for c in candidates),
                        priority_rank=rank))
    return out


def _parents(operative: Sequence[Paragraph]) -> dict[str, str | None]:
    """Each paragraph's parent ref: as recorded, else the nearest shallower paragraph above."""
    out: dict[str, str | None] = {}
    stack: list[Paragraph] = []
    for p in operative:
        while stack and stack[-1].level >= p.level:
            stack.pop()
        out[p.ref] = p.parent if p.parent is not None else (stack[-1].ref if stack else None)
        stack.append(p)
    return out


def _inherited(p: Paragraph, parents: dict[str, str | None],
               states: dict[str, _State]) -> _State | None:
    parent = parents.get(p.ref)
    seen = 0
    while parent is not None and seen < 4:
        state = states.get(parent)
        if state is not None and state.tasking is not None:
            return state
        parent = parents.get(parent)
        seen += 1
    return None
