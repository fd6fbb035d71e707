"""Resolutions in the UN's paragraph JSON (the Executive Office of the Secretary-General's
un-mandates-housekeeping files): a list of blocks, each a title, front-matter line, heading
or paragraph, with the prefix the paragraph is printed with (`12.`, `(a)`, `(i)`).

Each block becomes one line, its prefix written before its text as the Council prints it,
so the segmenter reads the file as it reads a Word document, a paragraph to a line. The
files carry no page numbers, except the older ones that were made from scanned pages and
mark each page `<!-- Page 2 -->`: lines take the page of the last such mark. Those older
files are pages of the Council's bilingual yearbooks and tag each block with its language:
the English text is read, the French beside it is not (a text tagged all French is refused
as French by the parser, as any other French text is), and only the resolution is read:
what the page prints before its title (the meetings and decisions before it: "At its 1105th
meeting, on 20 March 1964, …", whose dates are not the resolution's) and from the next
resolution's title on is left out.
"""

from __future__ import annotations

import re
from pathlib import Path

from mandates.readers.lines import Line
from mandates.readers.txt import decode
from provenance import InputError
from provenance.files import json_list

_BREAK = re.compile(r"(/)?[ \t]*\r?\n\s*")
#: a resolution's title on a yearbook page (the French "Résolution" is not matched)
_YEARBOOK_TITLE = re.compile(r"(?:\d+ \(\d{4}\)\.\s+)?Resolution\s+(?:\d+\s*\(\d{4}\)|of\s+\d)")
_PAGE_MARK = re.compile(r"<!--\s*Page\s+(\d{1,4})\s*-->")
_NOT_BLOCKS = ("is JSON, but not a resolution in the UN's paragraph JSON (a list of blocks, "
               "each with its \"text\")")
_HINT = "give the resolution as the UN publishes it: its paragraph JSON, PDF, DOCX or HTML"


def read_lines(path: Path) -> list[Line]:
    """One line per block of a UN paragraph-JSON resolution, prefixes printed, line breaks
    inside a block read as spaces (no pages unless the file marks them).

    Raises InputError for a file that is not JSON, or JSON of another shape (this tool's own
    output, a list of something else).
    """
    blocks = json_list(decode(path.read_bytes(), path), path, of="paragraph blocks",
                       example='[{"text": "Resolution 2409 (2018)", "type": "title"}, …]',
                       hint=_HINT)
    if not all(isinstance(b, dict) and isinstance(b.get("text"), str | None) for b in blocks):
        raise InputError(_NOT_BLOCKS, path=path, hint=_HINT)
    # a block without text (an image, a table the export left empty) has nothing to read
    blocks = [b for b in blocks if b.get("text") is not None]
    if not blocks:
        raise InputError(_NOT_BLOCKS, path=path, hint=_HINT)
    marks = [_PAGE_MARK.fullmatch(b["text"].strip()) for b in blocks]
    english = any(b.get("language") == "english" and not mark
                  for b, mark in zip(blocks, marks, strict=True))
    if any(marks):
        keep = _resolution_on_page(blocks, marks)
        blocks, marks = [blocks[i] for i in keep], [marks[i] for i in keep]
    lines: list[Line] = []
    page: int | None = None
    for block, mark in zip(blocks, marks, strict=True):
        text = block["text"]
        if mark is not None:
            page = int(mark.group(1))
            continue
        if block.get("language") not in (None, "english") and english:
            continue
        prefix = block.get("prefix")
        if isinstance(prefix, str) and prefix.strip() and \
                not text.lstrip().startswith(prefix.strip()):
            text = f"{prefix.strip()} {text.lstrip()}"
        # a block is one paragraph; the line breaks inside it are Word's manual ones ("on
        # \n18 June 2015", "Under-Secretary-General/\nExecutive Director")
        lines.append(Line(_BREAK.sub(lambda m: m.group(1) or " ", text), page))
    return lines


def _resolution_on_page(blocks: list[dict], marks: list[re.Match[str] | None]) -> list[int]:
    """The blocks of a yearbook page that are the resolution: from its title ("Resolution 425
    (1978)", "186 (1964). Resolution of 4 March 1964") to the next resolution's title, with
    the page mark the title stands under. No title: every block."""
    titles = [i for i, b in enumerate(blocks)
              if b.get("language") in (None, "english") and not marks[i]
              and "R\u00e9solution" not in b["text"]
              and (b.get("type") == "title" or _YEARBOOK_TITLE.match(b["text"].strip()))]
    if not titles:
        return list(range(len(blocks)))
    start, end = titles[0], (titles[1] if len(titles) > 1 else len(blocks))
    before = [i for i in range(start) if marks[i]]
    return before[-1:] + list(range(start, end))
