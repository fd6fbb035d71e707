"""Results-based-budgeting frameworks: components and their expected accomplishments.

A budget report states, component by component (`Component 1: protection of civilians`),
the expected accomplishments the mission commits to (`1.1 Improved security for civilians
…`). Programmatic activities name the accomplishments they serve, so the frameworks let
the report follow money from a programme to a component and from there to mandated tasks.
DOCX reports give them as tables under each component heading; PDF reports are read from
their text layer. Workbooks carry no frameworks.
"""

from __future__ import annotations

import re
from pathlib import Path

from budgets.model import ExpectedAccomplishment
from provenance import SourceRef
from provenance.pdf import page_texts

_COMPONENT = re.compile(r"^\s*Component\s+(\d+)\s*:\s*(.+?)\s*$")
_EA = re.compile(r"^\s*(\d+\.\d+)(?!\.\d)\s+([A-Z].*)$")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: the head of a framework table, printed again at the top of every page it runs over
_FRAMEWORK_HEAD = re.compile(r"^\s*Expected accomplishments?\s*(?:$|(?:Planned |Actual )?"
                             r"indicators of achievement)", re.I)
#: a line that ends an accomplishment's cell: an indicator ("1.1.1 Number of …"), the next
#: accomplishment, a component, or the table's head
_CELL_END = re.compile(r"^\s*(?:\d+\.\d+\.\d+|\d+\.\d+\s|Component\s+\d+\s*:|"
                       r"Expected accomplishments?\b|Outputs?\b)")
#: where a framework table has ended: the outputs listed after it, or the report's next
#: lettered section ("E. Human resources")
_TABLE_END = re.compile(r"^\s*(?:(?i:(?:planned\s+)?outputs?)\s*$|[A-Z]\.\s+[A-Z][a-z])")
#: an indicator's number inside a line ("Cessation of hostilities 2.1.1 Agreement …")
_INDICATOR = re.compile(r"\s\d+\.\d+\.\d+\s")


def _clean(text: str) -> str:
    """`text` with each run of white space (no-break spaces too) as one space."""
    return re.sub(r"\s+", " ", text).strip()


def _text(element) -> str:
    parts = []
    for node in element.iter():
        if node.tag == f"{_W}t" and node.text:
            parts.append(node.text)
        elif node.tag in (f"{_W}tab",):
            parts.append("\t")
    return "".join(parts)


def from_docx(path: Path) -> tuple[ExpectedAccomplishment, ...]:
    """Expected accomplishments of a DOCX budget report, with their components.

    The caller has already checked the file (zip limits) and read its tables.
    """
    from provenance.docx import open_docx

    document = open_docx(path)  # the body is walked in document order
    component = ""
    table_number = 0
    seen: set[str] = set()
    out: list[ExpectedAccomplishment] = []
    for child in document.element.body.iterchildren():
        if child.tag == f"{_W}p":
            m = _COMPONENT.match(_text(child))
            if m:
                component = _clean(f"Component {m.group(1)}: {m.group(2)}")
        elif child.tag == f"{_W}tbl":
            table_number += 1
            rows = child.findall(f"{_W}tr")
            if not rows:
                continue
            header = _text(rows[0])
            if "xpected accomplishment" not in header:
                continue
            for r, row in enumerate(rows, start=1):
                cells = row.findall(f"{_W}tc")
                if not cells:
                    continue
                text = _clean(_text(cells[0]))
                m = _EA.match(text)
                if m and m.group(1) not in seen:
                    seen.add(m.group(1))
                    out.append(ExpectedAccomplishment(
                        m.group(1), component, m.group(2),
                        SourceRef(path=path.name, table=f"table {table_number}", cell=f"A{r}")))
    return tuple(out)


def _wrapped(lines: list[str], i: int, limit: int = 8) -> list[str]:
    """Line `i` and the lines its cell wraps onto: pdfium ends a line the text wraps
    from with a space, and the cell's last line without one."""
    out = [lines[i]]
    while out[-1].endswith(" ") and len(out) <= limit and i + len(out) < len(lines):
        following = lines[i + len(out)]
        if not following.strip() or _CELL_END.match(following):
            break
        out.append(following)
    return out


def from_pdf(path: Path, pages: list[str] | None = None) -> tuple[ExpectedAccomplishment, ...]:
    """Expected accomplishments of a PDF budget report, with their components.

    Read from the text layer, in which a framework table's cells come one after the other:
    an accomplishment's wrapped lines, then its indicators. Only accomplishments inside a
    framework table count: from its head to the outputs listed after it or the report's
    next section (a performance report's outputs, "1.55 Million litres of fuel", are none).
    `pages` is the report's text layer when the caller has read it already.
    """
    component = ""
    seen: set[str] = set()
    out: list[ExpectedAccomplishment] = []
    in_table = False  # a table may run on over pages that do not print its head again
    for index, text in enumerate(pages if pages is not None else page_texts(path)):
        lines = text.splitlines()
        for i, line in enumerate(lines):
            m = _COMPONENT.match(line)
            if m:
                # a long component name wraps ("… Democratic Republic " / "of the Congo …");
                # a line in capitals under it is a subheading ("Period from 1 July …")
                wrapped = [w for w in _wrapped(lines, i)[1:2] if w[:1].islower()]
                component = _clean(f"Component {m.group(1)}: " + " ".join([m.group(2), *wrapped]))
                in_table = False
                continue
            if _FRAMEWORK_HEAD.match(line):
                in_table = True
                continue
            if _TABLE_END.match(line):
                in_table = False
                continue
            m = _EA.match(line)
            if not m or not in_table or m.group(1) in seen:
                continue
            # accomplishments belong to the component with the same first number
            if component and not component.startswith(f"Component {m.group(1).split('.')[0]}:"):
                continue
            seen.add(m.group(1))
            # a short accomplishment shares its line with its first indicator ("Cessation of
            # hostilities 2.1.1 Agreement and compliance …")
            said = _INDICATOR.split(" ".join([m.group(2), *_wrapped(lines, i)[1:]]), 1)[0]
            out.append(ExpectedAccomplishment(
                m.group(1), component, _clean(said),
                SourceRef(path=path.name, page=index + 1, cell=f"line {i + 1}")))
    return tuple(out)


def read_frameworks(path: Path,
                    pages: list[str] | None = None) -> tuple[ExpectedAccomplishment, ...]:
    """Expected accomplishments of a budget report (DOCX or PDF); none for workbooks.

    `pages` is a PDF's text layer when the caller has read it already.
    """
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return from_docx(path)
    if suffix == ".pdf":
        return from_pdf(path, pages)
    return ()
