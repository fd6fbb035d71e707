"""Which language a document is in, when it is plainly not English.

The UN publishes every resolution and budget document in its six official languages under
one symbol. A user who downloads the French or Arabic file by mistake would otherwise get a
mandate with no task, no expiry and no ceiling, or a budget with no line, and no word why.
Only a positive identification counts: a text with few English function words (a list of
names, a table) is not called foreign unless another language's own words or script show.
"""

from __future__ import annotations

import re
from pathlib import Path

from provenance.errors import InputError

# function words of one language and not of the others checked (French and Spanish share
# "de", "la", "que", "en", "se", which are therefore left out)
_ENGLISH = frozenset({"the", "of", "and", "to", "in", "that", "its", "for", "on", "with", "by",
                      "as", "be", "all", "is", "are", "this", "an", "at", "from", "which", "or"})
_FRENCH = frozenset({"le", "les", "des", "du", "et", "aux", "au", "dans", "une", "qui", "sur",
                     "est", "par", "pour"})
_SPANISH = frozenset({"el", "los", "las", "del", "y", "una", "por", "con", "para", "al"})
_SCRIPTS = (("Arabic", re.compile("[\u0600-\u06ff]")),
            ("Russian", re.compile("[\u0400-\u04ff]")),
            ("Chinese", re.compile("[\u4e00-\u9fff]")))
_ANY_SCRIPT = re.compile("|".join(pattern.pattern for _, pattern in _SCRIPTS))
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+")
#: how much of the text is looked at (the first pages are enough to tell)
SAMPLE = 8000
#: the opening read first: twice the English floor there is English enough
_HEAD = 2000

#: below this share of English function words a text may be foreign (English resolutions in
#: the shared corpus have 0.07 or more; running English prose about 0.25)
ENGLISH_FLOOR = 0.04
#: a language is named when its own function words make at least this share of the words
FOREIGN_FLOOR = 0.06


def foreign_language(text: str, min_words: int = 30) -> str | None:
    """The language `text` is written in when it is plainly not English ("French", "Spanish",
    "Arabic", "Russian", "Chinese"); None for English, for too little text to tell, and for
    text that is not English but not recognisably one of these either."""
    sample = text[:SAMPLE]
    if _ANY_SCRIPT.search(sample):  # most texts have no letter of these scripts at all
        scripts = {name: len(pattern.findall(sample)) for name, pattern in _SCRIPTS}
        name, most = max(scripts.items(), key=lambda kv: kv[1])
        if most >= 20 and most > len(_LETTER.findall(sample)) / 2:
            return name
    head = _WORD.findall(sample[:_HEAD].lower())
    if len(head) >= min_words and _share(head, _ENGLISH) >= 2 * ENGLISH_FLOOR:
        return None  # plainly English from its opening: the rest need not be read
    words = _WORD.findall(sample.lower())
    if len(words) < min_words:
        return None
    if _share(words, _ENGLISH) >= ENGLISH_FLOOR:
        return None
    french, spanish = _share(words, _FRENCH), _share(words, _SPANISH)
    if max(french, spanish) < FOREIGN_FLOOR:
        return None
    return "French" if french >= spanish else "Spanish"


def _share(words: list[str], of: frozenset[str]) -> float:
    """The share of `words` (not empty) that are in `of`."""
    return sum(map(of.__contains__, words)) / len(words)


def check_english(text: str, path: str | Path, what: str) -> None:
    """Raise `InputError` (exit code 3) naming the language when `text`, the opening of the
    document at `path`, is plainly in another language than English; `what` names the
    document ("a resolution", "a budget document")."""
    language = foreign_language(text)
    if language is not None:
        raise InputError(f"is in {language}, not English: coherence reads the English text of "
                         f"{what}", path=path,
                         hint="download the English version of the same symbol (documents.un.org,"
                              " language EN)")


# characters no English text layer holds: C0 controls (a font whose codes were never mapped to
# Unicode reads "1. Welcomes" as "\x14\x11 :HOFRPHV"), and letters of scripts an English
# document does not print (pdfium's own hyphen mark, U+FFFE, is not among them)
_UNREADABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\u0250-\u1fff\u2c00-\ufdff]")
#: a page is unreadable when at least this share of its characters are (the 2,167 texts and
#: the ten PDFs of the shared corpus have none; pages of damaged PDFs 0.015 to 0.6)
UNREADABLE_FLOOR = 0.01


def unreadable_pages(pages: dict[int, str], min_chars: int = 200) -> list[int]:
    """The pages of `pages` (page number -> text) whose text does not read as English: many
    characters no English text holds and few English function words. A damaged PDF, or one
    whose fonts map their glyphs to no letters, gives such a text; only OCR recovers it."""
    out = []
    for number, text in sorted(pages.items()):
        if len(text) < min_chars or len(_UNREADABLE.findall(text)) < UNREADABLE_FLOOR * len(text):
            continue
        words = _WORD.findall(text.lower())
        if sum(map(_ENGLISH.__contains__, words)) < 0.1 * max(1, len(words)):
            out.append(number)
    return out

