"""Opening an untrusted Word document: damaged images are done without, and said so."""

from __future__ import annotations

import io
import zipfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from provenance.errors import InputError
from provenance.files import check_zip_container
from provenance.refs import DataWarning, SourceRef

#: the members a DOCX reader takes its text and tables from
DOCX_PARTS = ("word/",)
#: the members that hold its images: damage there costs no text
DOCX_IMAGES = ("word/media/",)


def check_docx(path: str | Path) -> tuple[str, ...]:
    """Refuse a DOCX that is corrupt, a zip bomb or damaged where its text is
    (`check_zip_container`); return the names of its damaged images.

    A budget report is opened four times (tables, title, frameworks, recommendations) and
    the check reads every part whole: it is remembered for the file as it stands on disk.
    """
    stat = Path(path).stat()
    return _checked(str(path), stat.st_size, stat.st_mtime_ns)


@lru_cache(maxsize=32)
def _checked(path: str, _size: int, _modified: int) -> tuple[str, ...]:
    return check_zip_container(path, kind="DOCX", parts=DOCX_PARTS, spare=DOCX_IMAGES)


def open_docx(path: str | Path) -> Any:
    """A `docx.Document` of the file, checked first (InputError as `check_docx` gives).

    python-docx reads every part whole, so a DOCX with one damaged image would not open:
    it is opened from a copy in memory in which the damaged images are empty.
    """
    import docx  # python-docx; imported here so text parsing does not pay for it

    damaged = check_docx(path)
    if not damaged:
        return docx.Document(str(path))
    copy = io.BytesIO()
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as out:
        for info in source.infolist():
            out.writestr(info, b"" if info.filename in damaged else source.read(info))
    copy.seek(0)
    return docx.Document(copy)


def document_body(document: Any, path: str | Path) -> Any:
    """The `w:body` element of an opened DOCX, or InputError for a main part that holds no
    body: one saved as Strict Open XML (another namespace, which python-docx does not know),
    another kind of part in its place, or a document element with no body at all."""
    root = document.element
    tag = root.tag if isinstance(root.tag, str) else ""
    if tag.startswith(_STRICT):
        raise InputError("is a Strict Open XML document, which is not read", path=path,
                         hint="open it in Word and save it as 'Word Document (.docx)'")
    body = root.find(f"{_W}body") if tag == f"{_W}document" else None
    if body is None:
        found = "no document body" if tag == f"{_W}document" else \
            f"no Word document in its main part (<{tag.rsplit('}', 1)[-1] or '?'}>)"
        raise InputError(f"has {found}", path=path,
                         hint="open it in Word and save it again as .docx")
    return body


def image_damage_warning(path: str | Path, printed: str) -> DataWarning | None:
    """One `docx_images_damaged` warning for a DOCX whose images do not read whole, None
    for a sound one; `printed` is the document to check them against ("report")."""
    damaged = check_docx(path)
    if not damaged:
        return None
    names = ", ".join(Path(name).name for name in damaged[:5]) + (" …" if len(damaged) > 5
                                                                  else "")
    return DataWarning("docx_images_damaged", f"{len(damaged)} image(s) of this DOCX are "
                       f"damaged ({names}): its text and tables are read, but whatever the "
                       f"images show (a chart, a map, a scanned table) is not: check them "
                       f"against the printed {printed}, or get a fresh copy of the file",
                       SourceRef(path=Path(path).name))


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
#: the namespace of Strict Open XML, which Word writes on "Save as Strict Open XML Document"
_STRICT = "{http://purl.oclc.org/ooxml/"
#: what a paragraph shows that is not its own text: tracked deletions and moves away, the
#: fallback copy of alternate content (a text box is stored twice, for old Word and new),
#: field instructions, and formatting (a tab stop in `w:pPr` is not a tab)
_NOT_SHOWN = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_MC}Fallback", f"{_W}instrText",
                        f"{_W}delInstrText", f"{_W}rPr", f"{_W}pPr"})
_TEXT_BOXES = frozenset({f"{_W}txbxContent", f"{_W}p"})
_SHOWN_AS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}


def paragraph_text(p: Any, *, text_boxes: bool = False) -> str:
    """The text a `w:p` element shows, wherever Word keeps it: runs, links, and also tracked
    insertions (`w:ins`), smart tags (dates and places in older documents), content controls
    and simple fields, all of which python-docx's paragraph text leaves out. Tabs come as
    `\\t`, line breaks as `\\n`, a non-breaking hyphen as `-` ("P-3").

    A text box anchored in the paragraph is left out (a reader that walks the body meets its
    paragraphs where they stand), unless `text_boxes`: then its paragraphs follow the
    paragraph's own text, each on a line of its own.
    """
    parts: list[str] = []
    skipped = _NOT_SHOWN if text_boxes else _NOT_SHOWN | _TEXT_BOXES

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag in _SHOWN_AS:
                parts.append(_SHOWN_AS[tag])
            elif tag == f"{_W}br":
                # a line break; a page or column break inside a paragraph shows nothing
                parts.append("\n" if child.get(f"{_W}type") in (None, "textWrapping") else "")
            elif tag in skipped or not isinstance(tag, str):
                continue
            elif tag == f"{_W}p":  # a paragraph of a text box
                parts.append("\n")
                walk(child)
            else:
                walk(child)

    walk(p)
    return "".join(parts)
