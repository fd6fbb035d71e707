"""Opening an untrusted PDF: one place that turns pypdfium2's failures into clear errors."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from provenance.errors import InputError


@contextmanager
def open_pdf(path: str | Path) -> Iterator[Any]:
    """Yield a `pypdfium2.PdfDocument`, closed afterwards; InputError for a bad file.

    Refuses a file that is not a PDF (no `%PDF` header), an encrypted one and a damaged or
    truncated one, each with a hint saying what to do.
    """
    import pypdfium2 as pdfium

    p = Path(path)
    with open(p, "rb") as handle:
        head = handle.read(1024)
    if b"%PDF" not in head:
        raise InputError("is not a PDF file", path=p,
                         hint="check the file, or give it the right extension")
    try:
        document = pdfium.PdfDocument(str(p))
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message or "security" in message:
            raise InputError("is encrypted", path=p,
                             hint="save an unprotected copy and parse that") from exc
        raise InputError("is damaged or truncated and cannot be read as a PDF", path=p,
                         hint="download the document again") from exc
    try:
        yield document
    finally:
        document.close()


def check_text_layer(texts: Iterable[str], path: str | Path) -> None:
    """InputError for a PDF whose `texts` (its pages or lines) are all blank: a scan."""
    if not any(text.strip() for text in texts):
        raise InputError("has no text layer (a scanned image that needs OCR)", path=Path(path),
                         hint="run OCR on it first, e.g. ocrmypdf, then parse the result")


#: The page texts of the last few PDFs read, by path, size and modification time: a budget
#: report's text is wanted to find its table pages, its title and its notes.
_TEXTS: dict[tuple[str, int, int], tuple[str, ...]] = {}
_TEXTS_KEPT = 4


def page_texts(path: str | Path) -> list[str]:
    """The text layer of every page, in order (pypdfium2: fast, no layout analysis).

    Raises InputError for a file that is not a PDF, is encrypted, damaged or truncated.
    """
    import pypdfium2 as pdfium

    p = Path(path)
    stat = p.stat()
    key = (str(p.resolve()), stat.st_size, stat.st_mtime_ns)
    if key in _TEXTS:
        return list(_TEXTS[key])
    out: list[str] = []
    with open_pdf(p) as document:
        try:
            for index in range(len(document)):
                page = document[index]
                textpage = page.get_textpage()
                out.append(textpage.get_text_range())
                textpage.close()
                page.close()
        except pdfium.PdfiumError as exc:
            raise InputError("is damaged: a page cannot be read", path=p,
                             hint="download the document again") from exc
    while len(_TEXTS) >= _TEXTS_KEPT:
        del _TEXTS[next(iter(_TEXTS))]
    _TEXTS[key] = tuple(out)
    return out


_XREF = re.compile(rb"(?:^|[\r\n])xref[ \t]*\r?\n")
_SUBSECTION = re.compile(rb"(\d+)[ \t]+(\d+)[ \t]*\r?\n")
#: An object's head, `12 0 obj`: its number and generation.
_OBJECT = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj\b")
_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])[ \t]*\r?\n?")
#: Problems reported per file at most: a wholly broken table would list every object.
MAX_PROBLEMS = 20


def damaged_objects(path: str | Path) -> list[str]:
    """Damage in a PDF that pdfium repairs or reads around without a word.

    Each in-use entry of a classic table (`xref`, then `0000012345 00000 n` per object) must
    point at the byte where its object begins (`12 0 obj`); an entry that cannot be read or
    points elsewhere means the file was damaged, and figures on some page may be missing.
    Every Flate-compressed stream that carries text (page contents, text maps, object
    streams; not images or font programs) must also decompress to its end: pdfium reads a
    broken one as far as it can. Files that keep their table in a compressed stream get the
    stream check only.
    """
    data = Path(path).read_bytes()
    problems = _broken_streams(data)
    for table in _XREF.finditer(data):
        at = table.end()
        while (head := _SUBSECTION.match(data, at)) is not None:
            first, count = int(head[1]), int(head[2])
            at = head.end()
            for number in range(first, first + count):
                entry = _ENTRY.match(data, at)
                if entry is None:
                    problems.append(f"object {number}: its cross-reference entry is unreadable")
                    at += 20  # the entries are 20 bytes wide; try the next
                    continue
                at = entry.end()
                offset, generation = int(entry[1]), int(entry[2])
                found = _OBJECT.match(data, offset) if entry[3] == b"n" else None
                if entry[3] == b"n" and (found is None or int(found[1]) != number
                                         or int(found[2]) != generation):
                    problems.append(f"object {number}: not at byte {offset}, where the "
                                    "cross-reference table puts it")
                if len(problems) >= MAX_PROBLEMS:
                    return problems
    return problems[:MAX_PROBLEMS]


_STREAM_START = re.compile(rb">>\s*stream\r?\n")
#: Streams whose damage cannot lose text or figures: images and embedded font programs.
_NOT_TEXT = re.compile(rb"/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType)\b|/Length[123]\b")


def _broken_streams(data: bytes) -> list[str]:
    """The Flate-compressed streams of a PDF's bytes that do not decompress to their end
    (page contents, text maps and object streams; images and font programs are skipped)."""
    problems: list[str] = []
    for found in _STREAM_START.finditer(data):
        opening = data.rfind(b"obj", max(0, found.start() - 4000), found.start())
        if opening < 0:
            continue
        # the last "N G obj" before the dictionary
        number = max(_OBJECT.finditer(data, max(0, opening - 30), opening + 3),
                     key=lambda m: m.start(), default=None)
        dictionary = data[opening:found.start()]
        if number is None or b"/FlateDecode" not in dictionary \
                or b"/DecodeParms" in dictionary or _NOT_TEXT.search(dictionary):
            continue  # a predictor (DecodeParms) is applied after inflating; left alone
        end = data.find(b"endstream", found.end())
        if end < 0:
            problems.append(f"object {int(number[1])}: its stream has no end")
            continue
        inflate = zlib.decompressobj()
        try:
            inflate.decompress(data[found.end():end])
        except zlib.error:
            problems.append(f"object {int(number[1])}: its compressed stream is damaged")
            continue
        if not inflate.eof:
            problems.append(f"object {int(number[1])}: its compressed stream is cut short")
    return problems
