"""Opening an untrusted Word document: damaged images are done without, and said so."""

from __future__ import annotations

import io
import os
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
        document = docx.Document(str(path))
    else:
        copy = io.BytesIO()
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w") as out:
            for info in source.infolist():
                out.writestr(info, b"" if info.filename in damaged else source.read(info))
        copy.seek(0)
        document = docx.Document(copy)
    _mark_hidden_by_style(document)
    return document


def _mark_hidden_by_style(document: Any) -> None:
    """Give each run and paragraph mark that a hidden style hides (a character style, or
    the paragraph's style, whose font has Word's 'Hidden' effect) a `w:vanish` of its own,
    in the document as read, so that the readers, which look at an element's own
    formatting, skip it as Word does. Formatting set on the run itself wins over its
    character style, which wins over the paragraph's style."""
    try:
        styles = document.styles.element
    except Exception:  # no styles part: nothing can be hidden by a style
        return
    by_id = {style.get(f"{_W}styleId"): style for style in styles.iter(f"{_W}style")}
    hides: dict[str, bool | None] = {}

    def hidden(style_id: str | None, depth: int = 0) -> bool | None:
        """True or False where the style (or one it is based on) sets the effect."""
        if style_id is None or style_id not in by_id or depth > 16:  # a loop of basedOn
            return None
        if style_id not in hides:
            style = by_id[style_id]
            vanish = style.find(f"{_W}rPr/{_W}vanish")
            based = style.find(f"{_W}basedOn")
            hides[style_id] = (_on(vanish) if vanish is not None else
                               hidden(based.get(f"{_W}val"), depth + 1) if based is not None
                               else None)
        return hides[style_id]

    if not any(hidden(style_id) for style_id in by_id):
        return
    # a paragraph that names no style has the default one ("Normal")
    default = next((style_id for style_id, style in by_id.items()
                    if style.get(f"{_W}type") == "paragraph"
                    and style.get(f"{_W}default") in ("1", "true", "on")), None)
    for p in document.element.iter(f"{_W}p"):
        p_style = p.find(f"{_W}pPr/{_W}pStyle")
        by_paragraph = bool(hidden(p_style.get(f"{_W}val") if p_style is not None
                                   else default))
        if by_paragraph and p.find(f"{_W}pPr/{_W}rPr/{_W}vanish") is None:
            _set_vanish(p, f"{_W}pPr")
        for r in p.iter(f"{_W}r"):  # in links, fields and tracked insertions too
            if r.find(f"{_W}rPr/{_W}vanish") is not None \
                    or next(r.iterancestors(f"{_W}p")) is not p:  # set on the run itself,
                continue  # or a run of a text box's paragraph, met as its own
            r_style = r.find(f"{_W}rPr/{_W}rStyle")
            by_char = hidden(r_style.get(f"{_W}val")) if r_style is not None else None
            if by_char or (by_char is None and by_paragraph):
                _set_vanish(r)


def _on(toggle: Any) -> bool:
    return toggle.get(f"{_W}val") not in ("0", "false", "off")


def _set_vanish(el: Any, holder: str | None = None) -> None:
    """Add `<w:vanish/>` to the run properties of `el` (a run, or with `holder` w:pPr the
    paragraph mark's), making them where there are none."""
    from lxml import etree

    if holder is not None:
        found = el.find(holder)
        if found is None:
            found = etree.Element(holder)
            el.insert(0, found)
        el = found
    rpr = el.find(f"{_W}rPr")
    if rpr is None:
        rpr = etree.Element(f"{_W}rPr")
        el.insert(0, rpr)
    rpr.insert(0, etree.Element(f"{_W}vanish"))


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


#: what the last reading of each file left out, by `_file_key`, for `image_damage_warning`
_UNREAD: dict[tuple[str, int, int], list[DataWarning]] = {}


def _file_key(path: str | Path) -> tuple[str, int, int]:
    stat = Path(path).stat()
    return os.path.realpath(path), stat.st_size, stat.st_mtime_ns


def note_unread(path: str | Path, notes: list[DataWarning]) -> None:
    """Record what a reader of the DOCX at `path` passed over (text in tables it does not
    read, hidden text), for `image_damage_warning` to report; an empty list clears it."""
    key = _file_key(path)
    _UNREAD.pop(key, None)
    if notes:
        while len(_UNREAD) >= 32:  # a reader called without its parser: keep a few only
            del _UNREAD[next(iter(_UNREAD))]
        _UNREAD[key] = notes


def image_damage_warning(path: str | Path, printed: str) -> DataWarning | None:
    """One warning for what this DOCX shows that is not read, None when all of it is:
    `docx_images_damaged` for images that do not read whole, else what the reader noted it
    passed over (`note_unread`), all in one warning; `printed` is the document to check
    them against ("report")."""
    damaged = check_docx(path)
    notes = _UNREAD.pop(_file_key(path), [])
    if not damaged:
        if not notes:
            return None
        severity = "warning" if any(not n.is_note for n in notes) else "info"
        return DataWarning(notes[0].code, " ".join(n.message for n in notes), notes[0].at,
                           severity=severity)
    names = ", ".join(Path(name).name for name in damaged[:5]) + (" …" if len(damaged) > 5
                                                                  else "")
    also = "".join(f" {n.message}" for n in notes)
    return DataWarning("docx_images_damaged", f"{len(damaged)} image(s) of this DOCX are "
                       f"damaged ({names}): its text and tables are read, but whatever the "
                       f"images show (a chart, a map, a scanned table) is not: check them "
                       f"against the printed {printed}, or get a fresh copy of the file"
                       f"{f'.{also}' if notes else ''}",
                       SourceRef(path=Path(path).name))


def hidden_text_note(path: str | Path, places: str) -> DataWarning:
    """The note for hidden text not read, in `places` ("3 paragraph(s)")."""
    return DataWarning("docx_hidden_text", f"hidden text (Word's 'Hidden' font effect) in "
                       f"{places} was not read: Word neither shows nor prints it.",
                       SourceRef(path=Path(path).name), severity="info")


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
    paragraph's own text, each on a line of its own. Hidden text (`w:vanish`) is not read:
    Word neither shows nor prints it.
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
            elif tag in skipped or not isinstance(tag, str) or (tag == f"{_W}r"
                                                                and _vanished(child)):
                continue
            elif tag == f"{_W}p":  # a paragraph of a text box
                parts.append("\n")
                walk(child)
            else:
                walk(child)

    walk(p)
    return "".join(parts)


def _vanished(el: Any) -> bool:
    """True for a run (or, given a `w:pPr`, a paragraph mark) formatted hidden."""
    vanish = el.find(f"{_W}rPr/{_W}vanish")
    return vanish is not None and _on(vanish)


def has_hidden_text(el: Any) -> bool:
    """True when `el` (a paragraph, a cell, a row) holds text formatted hidden."""
    return any(_vanished(run) and run.find(f"{_W}t") is not None
               for run in el.iter(f"{_W}r"))


def shows_nothing(p: Any) -> bool:
    """True for a `w:p` that Word does not show at all: its paragraph mark deleted with
    tracked changes or formatted hidden, and no text of its own shown. It is no paragraph:
    it takes no list number and has no line."""
    ppr = p.find(f"{_W}pPr")
    if ppr is None or not (_vanished(ppr) or ppr.find(f"{_W}rPr/{_W}del") is not None):
        return False
    return not paragraph_text(p).strip()
