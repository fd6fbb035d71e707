"""Peace operations the Council mandates: acronyms, full names, former names.

The registry holds facts (names and acronyms of United Nations peace operations); missions
the registry does not know are still found when the resolution defines them
("United Nations Mission in Liberia (UNMIL)").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date
from difflib import SequenceMatcher

from mandates.caseless import Caseless

#: acronym → full name, for operations whose names the Council uses.
MISSIONS: dict[str, str] = {
    "MONUSCO": "United Nations Organization Stabilization Mission in the Democratic Republic "
               "of the Congo",
    "MONUC": "United Nations Organization Mission in the Democratic Republic of the Congo",
    "UNMISS": "United Nations Mission in the Republic of South Sudan",
    "UNMIS": "United Nations Mission in the Sudan",
    "UNIFIL": "United Nations Interim Force in Lebanon",
    "MINURSO": "United Nations Mission for the Referendum in Western Sahara",
    "UNFICYP": "United Nations Peacekeeping Force in Cyprus",
    "UNMIK": "United Nations Interim Administration Mission in Kosovo",
    "MINUSCA": "United Nations Multidimensional Integrated Stabilization Mission in the "
               "Central African Republic",
    "MINUSMA": "United Nations Multidimensional Integrated Stabilization Mission in Mali",
    "UNISFA": "United Nations Interim Security Force for Abyei",
    "UNDOF": "United Nations Disengagement Observer Force",
    "UNTSO": "United Nations Truce Supervision Organization",
    "UNMOGIP": "United Nations Military Observer Group in India and Pakistan",
    "UNAMID": "African Union-United Nations Hybrid Operation in Darfur",
    "UNMIL": "United Nations Mission in Liberia",
    "UNOCI": "United Nations Operation in Côte d'Ivoire",
    "MINUSTAH": "United Nations Stabilization Mission in Haiti",
    "MINUJUSTH": "United Nations Mission for Justice Support in Haiti",
    "UNMIT": "United Nations Integrated Mission in Timor-Leste",
    "UNMISET": "United Nations Mission of Support in East Timor",
    "UNTAET": "United Nations Transitional Administration in East Timor",
    "UNAMSIL": "United Nations Mission in Sierra Leone",
    "UNMEE": "United Nations Mission in Ethiopia and Eritrea",
    "ONUB": "United Nations Operation in Burundi",
    "MINURCAT": "United Nations Mission in the Central African Republic and Chad",
    "UNOMIG": "United Nations Observer Mission in Georgia",
    "UNMIBH": "United Nations Mission in Bosnia and Herzegovina",
    "UNPROFOR": "United Nations Protection Force",
    "UNTAES": "United Nations Transitional Administration for Eastern Slavonia, Baranja and "
              "Western Sirmium",
    "UNPREDEP": "United Nations Preventive Deployment Force",
    "UNAMIR": "United Nations Assistance Mission for Rwanda",
    "UNOMIL": "United Nations Observer Mission in Liberia",
    "UNOSOM": "United Nations Operation in Somalia",
    "ONUMOZ": "United Nations Operation in Mozambique",
    "UNAVEM": "United Nations Angola Verification Mission",
    "MONUA": "United Nations Observer Mission in Angola",
    "UNTAC": "United Nations Transitional Authority in Cambodia",
    "ONUSAL": "United Nations Observer Mission in El Salvador",
    "MINUGUA": "United Nations Verification Mission in Guatemala",
    "UNMIH": "United Nations Mission in Haiti",
    "UNSMIH": "United Nations Support Mission in Haiti",
    "UNTMIH": "United Nations Transition Mission in Haiti",
    "MIPONUH": "United Nations Civilian Police Mission in Haiti",
    "UNMOT": "United Nations Mission of Observers in Tajikistan",
    "UNOMSIL": "United Nations Observer Mission in Sierra Leone",
    "UNIKOM": "United Nations Iraq-Kuwait Observation Mission",
    "UNMOP": "United Nations Mission of Observers in Prevlaka",
    "UNCRO": "United Nations Confidence Restoration Operation in Croatia",
    # the 1995–1996 command over UNPROFOR, UNCRO and UNPREDEP (1009 (1995) names it in full)
    "UNPF": "United Nations Peace Forces",
    "UNSMIS": "United Nations Supervision Mission in Syria",
    "UNMIN": "United Nations Mission in Nepal",
    "UNAMA": "United Nations Assistance Mission in Afghanistan",
    "UNAMI": "United Nations Assistance Mission for Iraq",
    "UNSOM": "United Nations Assistance Mission in Somalia",
    "UNSMIL": "United Nations Support Mission in Libya",
    "UNITAMS": "United Nations Integrated Transition Assistance Mission in the Sudan",
    "UNMHA": "United Nations Mission to support the Hodeidah Agreement",
    "UNTMIS": "United Nations Transitional Assistance Mission in Somalia",
    "BINUH": "United Nations Integrated Office in Haiti",
    "UNVMC": "United Nations Verification Mission in Colombia",
    "UNIOSIL": "United Nations Integrated Office in Sierra Leone",
    "UNOGBIS": "United Nations Peace-building Support Office in Guinea-Bissau",
    "MINURCA": "United Nations Mission in the Central African Republic",
    "UNAMET": "United Nations Mission in East Timor",
    "MINUCI": "United Nations Mission in Côte d'Ivoire",
    "UNAMIC": "United Nations Advance Mission in Cambodia",
    "UNOMUR": "United Nations Observer Mission Uganda-Rwanda",
    "UNASOG": "United Nations Aouzou Strip Observer Group",
    "UNTAG": "United Nations Transition Assistance Group",
    "ONUCA": "United Nations Observer Group in Central America",
    "UNIIMOG": "United Nations Iran-Iraq Military Observer Group",
    "UNEF": "United Nations Emergency Force",
    "ONUC": "United Nations Operation in the Congo",
    "UNSMA": "United Nations Special Mission to Afghanistan",
    "BINUB": "United Nations Integrated Office in Burundi",
    "BINUCA": "United Nations Integrated Peacebuilding Office in the Central African Republic",
    "UNIOGBIS": "United Nations Integrated Peacebuilding Office in Guinea-Bissau",
    "UNIPSIL": "United Nations Integrated Peacebuilding Office in Sierra Leone",
    "BNUB": "United Nations Office in Burundi",
    "UNOA": "United Nations Office in Angola",
    # MONUA's successor in Angola (1433 (2002)) and the office in Liberia UNMIL took over (1509
    # (2003))
    "UNMA": "United Nations Mission in Angola",
    "UNOL": "United Nations Office in Liberia",
    # its successor UNSOM took over in 2013 (2093 (2013) 18, 2102 (2013))
    "UNPOS": "United Nations Political Office for Somalia",
    # a peacekeeping budget of its own; the Council renamed UNSOA in 2245 (2015)
    "UNSOS": "United Nations Support Office in Somalia",
    "UNSOA": "United Nations Support Office for AMISOM",
}

#: operations the Council authorizes that are not United Nations missions (regional and
#: multinational forces): their mandates and periods are not a mission's.
OTHER_OPERATIONS: tuple[str, ...] = (
    "AMISOM", "ATMIS", "AFISMA", "MISCA", "MICOPAX", "MISAHEL", "ECOMOG", "ECOMIL", "ECOMIB",
    "ECOMICI", "AMIS", "AMIB", "KFOR", "SFOR", "IFOR", "EUFOR", "ISAF", "UNITAF", "MNF", "MIF",
    "INTERFET", "FOMUC",
    # since 2023: the AU mission UNSOS supports in Somalia, the regional forces in eastern DRC,
    # the Multinational Security Support mission and the Gang Suppression Force in Haiti
    "AUSSOM", "SAMIDRC", "EACRF", "EAC-RF", "MSS", "GSF",
)
#: the names those operations are written out by, as the Council prints them → the acronym
OTHER_OPERATION_NAMES: dict[str, str] = {
    "African Union Mission in Somalia": "AMISOM",
    "African Union Transition Mission in Somalia": "ATMIS",
    "African Union Support and Stabilization Mission in Somalia": "AUSSOM",
    "African-led International Support Mission to Mali": "AFISMA",
    "African-led International Support Mission in the Central African Republic": "MISCA",
    "Kosovo Force": "KFOR", "Stabilization Force": "SFOR", "Implementation Force": "IFOR",
    "International Security Assistance Force": "ISAF",
    "International Force in East Timor": "INTERFET",
    "Multinational Security Support mission": "MSS", "Gang Suppression Force": "GSF",
    "East African Community Regional Force": "EACRF",
    "Southern African Development Community Mission in the Democratic Republic of the Congo":
        "SAMIDRC",
}

#: a former acronym → the operation that continues it under a new name.
FORMER_NAMES: dict[str, str] = {
    # the same operation renamed (S/RES/1925 (2010)); successor missions with a new mandate
    # (UNMIS → UNMISS, UNOMSIL → UNAMSIL) are different operations and are not merged
    "MONUC": "MONUSCO",
    "UNSOA": "UNSOS",  # renamed the UN Support Office in Somalia by 2245 (2015)
    "UNSOM": "UNTMIS",  # renamed the UN Transitional Assistance Mission by 2753 (2024)
}

#: missions set up by a resolution that does not name them by acronym (1244 establishes
#: an "international civil presence" that became UNMIK).
DESCRIBED: tuple[tuple[str, str], ...] = (
    (r"international civil presence in Kosovo", "UNMIK"),
    (r"United Nations military observers\b[^.;]{0,120}\bPrevlaka", "UNMOP"),
    # 186 (1964): "a United Nations Peace keeping Force in Cyprus", as the 1964 text spells it;
    # its renewals up to 1987: "Extends the stationing in Cyprus of the United Nations
    # Peace-keeping Force", "Peace- keeping"
    (r"United Nations Peace[- ]{0,2}keeping Force in Cyprus", "UNFICYP"),
    (r"\bin Cyprus of the United Nations Peace[- ]{0,2}keeping Force\b", "UNFICYP"),
    # 425 (1978) establishes "a United Nations interim force for Southern Lebanon"
    (r"United Nations interim force for Southern Lebanon", "UNIFIL"),
    # 146 (1960): "the entry of the United Nations Force into the province of Katanga", "the
    # United Nations Force in the Congo will not be a party to … any internal conflict"
    (r"United Nations Force in the Congo", "ONUC"),
)
# every match names the place, a word few paragraphs hold: the patterns are tried only there
_PLACES = ("kosovo", "prevlaka", "cyprus", "southern lebanon", "congo")
_DESCRIBED = tuple((Caseless(pattern), acronym,
                    next(place for place in _PLACES if place in pattern.lower()))
                   for pattern, acronym in DESCRIBED)
#: how such a resolution goes on to refer to the mission it describes, lower case
#: ("Decides that the main responsibilities of the international civil presence will include").
DESCRIBED_ALIASES: dict[str, tuple[str, ...]] = {
    "UNMIK": ("the international civil presence", "international civil presence"),
    "UNIFIL": ("a united nations interim force for southern lebanon",),
}

# no leading \b, so that `re` skips quickly to capitals; `_capital_words` checks it
_CAPITALS = re.compile(r"([A-Z][A-Z-]{2,9}(?: I{1,3})?)\b")


def _capital_words(text: str) -> Iterator[re.Match[str]]:
    """The matches of `\\b([A-Z][A-Z-]{2,9}(?: I{1,3})?)\\b`, found faster."""
    pos = 0
    while (m := _CAPITALS.search(text, pos)) is not None:
        before = text[m.start() - 1] if m.start() else " "
        if before.isalnum() or before == "_":
            pos = m.start() + 1  # no word boundary here; the next start may have one
            continue
        yield m
        pos = m.end()


_ACRONYM_SHAPE = re.compile(
    r"\b((?:UN|MINU|MONU|ONU|MIPONU|BINU)[A-Z]{2,8}(?: I{1,3}\b)?)")
_DEFINED = re.compile(r"\(\s*([A-Z][A-Z-]{2,9}(?: I{1,3})?)\s*\)")
# the words before an acronym the registry does not hold that make it the operation whose
# mandate is set: "Decides to extend the mandate of UNOTIL until 20 June 2006", "to establish
# UNMIR for an initial period" (a text that defines the acronym is read by `_DEFINED`; a
# renewal need not define it)
_MANDATE_OF = re.compile(r"\b(?:[Mm]andate\s+of|(?:[Ee]xtend|[Rr]enew|[Ee]stablish|[Pp]rolong)\w*)"
                         r"\s+(?:the\s+)?$")
#: acronyms of United Nations bodies, funds and instruments that are not missions, and the
#: regional and multinational forces the Council authorizes
NOT_MISSIONS = frozenset({
    "UNHCR", "UNICEF", "UNDP", "UNFPA", "UNEP", "UNESCO", "UNOPS", "UNMAS", "UNODC", "UNCT",
    "UNITAR", "UNIFEM", "UNAIDS", "UNRWA", "UNCTAD", "UNSCOM", "UNMOVIC", "UNOG", "UNON",
    "UNHCHR", "UNSCR", "UNSC", "UNGA", "UNOWA", "UNOCA", "UNDPKO", "UNDSS", "UNHAS",
    "UNISDR", "UNOCHA", "UNDAF", "UNSAS", "UNOAU", "UNOWAS", "UNRCCA", "UNLB", "UNSOA",
    "UNSOS", "UNMEER", "UNITA", "UNOCT", "UNCRC", "UNCLOS", "UNFCCC", "UNPMS", "UNHRC",
    "UNCCD", "UNSDCF", "UNPOL", "UNMOs", "UNSG", "UNCCT", "UNODA", "UNIDIR", "UNICRI",
    "UNOOSA",
}) | frozenset(OTHER_OPERATIONS)
#: a name that is not one operation's for all time, with the day its first bearer ended and
#: the operation the Council meant by it from then: the Council later called UNOCI "the
#: United Nations Mission in Côte d'Ivoire" too (1594 (2005), 1819 (2008), 1968 (2011))
NAMES_BY_DATE: dict[str, tuple[date, str, str]] = {
    "united nations mission in côte d'ivoire": (date(2004, 4, 4), "MINUCI", "UNOCI"),
}
#: operations whose name alone does not say them (only their acronym or the date does)
NAME_NOT_DISTINCT = frozenset(first for _, first, _ in NAMES_BY_DATE.values())


# two operations named in one: "the United Nations Missions in Sierra Leone and Côte d'Ivoire"
# (1607 (2005) 12), "the United Nations missions in Sierra Leone and in Liberia"
_PLACE = r"((?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*|\s+d['’]\w+){0,3})"
_PLURAL_NAME = re.compile(r"\bUnited Nations (?:[Mm]issions|[Oo]perations) in " + _PLACE
                          + r"\s+and\s+(?:in\s+)?" + _PLACE)


def plural_names_apart(text: str) -> str:
    """`text` with a name shared by two missions written as their two names ("the United
    Nations Mission in Sierra Leone and United Nations Mission in Côte d'Ivoire")."""
    if "Nations missions" not in text and "Nations Missions" not in text \
            and "Nations operations" not in text and "Nations Operations" not in text:
        return text
    return _PLURAL_NAME.sub(lambda m: f"United Nations Mission in {m[1]} and United Nations "
                                      f"Mission in {m[2]}", text)


def named_by_date(texts: Iterable[str], on: date) -> tuple[str, ...]:
    """The operations that `NAMES_BY_DATE` names in `texts` meant on the day `on`."""
    found: list[str] = []
    for text in texts:
        lowered = text.lower().replace("\u2019", "'")
        for name, (ended, before, after) in NAMES_BY_DATE.items():
            acronym = before if on < ended else after
            if name in lowered and acronym not in found:
                found.append(acronym)
    return tuple(found)


#: other names the Council writes for an operation, beside the full name in `MISSIONS`
NAME_VARIANTS: dict[str, str] = {
    "United Nations Mission in South Sudan": "UNMISS",
    "United Nations Mission in Sudan": "UNMIS",
    "African Union/United Nations Hybrid operation in Darfur": "UNAMID",
}

_NAME_TO_ACRONYM = {name.lower(): acronym
                    for acronym, name in [*MISSIONS.items(),
                                          *((a, n) for n, a in NAME_VARIANTS.items())]
                    if acronym not in NAME_NOT_DISTINCT}
_NAME_ORDER = {name: i for i, name in enumerate(_NAME_TO_ACRONYM)}
# Full names are looked for where "united nations" stands, not each everywhere: names by
# where "united nations" first stands in them, each group as one pattern (longest first)
_ANCHOR = "united nations"


def _name_patterns() -> tuple[tuple[int, re.Pattern[str]], ...]:
    by_offset: dict[int, list[str]] = {}
    for name in _NAME_TO_ACRONYM:
        if _ANCHOR in name:
            by_offset.setdefault(name.index(_ANCHOR), []).append(name)
    return tuple((offset, re.compile("|".join(re.escape(n) for n in
                                              sorted(names, key=len, reverse=True))))
                 for offset, names in sorted(by_offset.items()))


_NAME_PATTERNS = _name_patterns()
_UNANCHORED = tuple(n for n in _NAME_TO_ACRONYM if _ANCHOR not in n)


_UN_FOR_UNITED_NATIONS = re.compile(r"(?<![\w-])un(?= [a-z])")


def _names_in(lowered: str) -> set[str]:
    """The lower-case full names of `_NAME_TO_ACRONYM` that occur in `lowered`."""
    found = {n for n in _UNANCHORED if n in lowered}
    at = lowered.find(_ANCHOR)
    while at >= 0:
        for offset, pattern in _NAME_PATTERNS:
            m = pattern.match(lowered, at - offset) if at >= offset else None
            if m is not None:
                # the longest name matches: MINURCAT's name is MINURCA's and "and Chad"
                found.add(m.group(0))
        at = lowered.find(_ANCHOR, at + 1)
    return found


def current_name(acronym: str) -> str:
    """The acronym an operation is known by today (`MONUC` → `MONUSCO`)."""
    seen = {acronym}
    while acronym in FORMER_NAMES and FORMER_NAMES[acronym] not in seen:
        acronym = FORMER_NAMES[acronym]
        seen.add(acronym)
    return acronym


def names_of(acronym: str) -> tuple[str, ...]:
    """Every acronym an operation has had, `acronym` first (`MONUSCO` → MONUSCO, MONUC)."""
    current = current_name(acronym)
    return (acronym, *sorted({a for a in (current, *FORMER_NAMES)
                              if a != acronym and current_name(a) == current}))


def missions_named(texts: Iterable[str]) -> tuple[str, ...]:
    """Peace operations a resolution names, most-mentioned first, by the acronym it uses.

    Counts acronyms of known operations and of operations the text defines in brackets
    after a name with "United Nations" in it; full names without acronym count too.
    """
    texts = list(texts)
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    unknown: set[str] = set()  # named only as the one whose mandate is set
    position = 0
    for text in texts:
        lowered = text.lower()
        for m in _DEFINED.finditer(text):
            acronym = m.group(1)
            before = text[max(0, m.start() - 160):m.start()]
            # the name in brackets is the one from its last "United Nations": "the United
            # Nations Office on Drugs and Crime (UNODC), the United Nations Interregional
            # Crime and Justice Research Institute (UNICRI)" names no operation
            own = before.rfind("United Nations")
            if acronym in MISSIONS or (_ACRONYM_SHAPE.fullmatch(acronym)
                                       and acronym not in NOT_MISSIONS
                                       and own >= 0
                                       and re.search(r"Mission|Force|Operation|Observer|"
                                                     r"Administration|Authority|Office",
                                                     before[own:])):
                counts.setdefault(acronym, 0)
                first.setdefault(acronym, position + m.start())
        for m in _capital_words(text):
            acronym = m.group(1)
            # "UNAVEM II", "UNOSOM II": a numbered successor of a known operation
            if acronym in MISSIONS or acronym in counts or acronym.split(" ")[0] in MISSIONS:
                counts[acronym] = counts.get(acronym, 0) + 1
                first.setdefault(acronym, position + m.start())
            elif _ACRONYM_SHAPE.fullmatch(acronym) and acronym not in NOT_MISSIONS and \
                    _MANDATE_OF.search(text, max(0, m.start() - 40), m.start()):
                counts[acronym] = 1
                unknown.add(acronym)
                first[acronym] = position + m.start()
        # "the UN Verification Mission in Colombia" (2694 (2023)): the name, abbreviated
        spelt = _UN_FOR_UNITED_NATIONS.sub("united nations", lowered) if "un " in lowered \
            else lowered
        for name in sorted(_names_in(spelt), key=_NAME_ORDER.__getitem__):
            acronym = _NAME_TO_ACRONYM[name]
            if acronym not in counts and not any(a.startswith(acronym + " ") for a in counts):
                counts[acronym] = 1
                first.setdefault(acronym, position + spelt.index(name))
        for described, acronym, place in _DESCRIBED:
            if place in lowered and described.search(text, lowered):
                counts[acronym] = counts.get(acronym, 0) + 1
                first.setdefault(acronym, position)
        position += len(text) + 1
    for acronym in sorted(unknown):
        if acronym not in MISSIONS and any(_one_edit(acronym, other) for other in counts):
            del counts[acronym]  # "the mandate of UNFIL" in a text on UNIFIL (1428 (2002))
    if not counts:
        return _misspelt(texts)
    return tuple(sorted(counts, key=lambda a: (-counts[a], first[a])))


# a name that may be an operation's: "United Nations" and the capitalized words after it
_UN_NAME = re.compile(r"United Nations(?:\s+(?:[A-Z][\w'’-]*|in|for|of|and|the|on))+")


def _one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by one letter dropped, added or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _misspelt(texts: Iterable[str]) -> tuple[str, ...]:
    """Operations named with a misprint ("United Nations Disemgagement Observer Force", 493
    (1981)): a name within two or three letters of a known full name. Tried only when a text
    names no operation otherwise."""
    found: list[str] = []
    for text in texts:
        for m in _UN_NAME.finditer(text):
            phrase = m.group(0).lower()
            for name, acronym in _NAME_TO_ACRONYM.items():
                if acronym in found or abs(len(phrase[:len(name)]) - len(name)) > 3:
                    continue
                near = SequenceMatcher(None, phrase[:len(name)], name)
                if near.real_quick_ratio() >= 0.95 and near.quick_ratio() >= 0.95 \
                        and near.ratio() >= 0.95:
                    found.append(acronym)
    return tuple(found)
