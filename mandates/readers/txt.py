"""Plain-text resolutions as extracted from the UN's PDFs (cp1252, page furniture left in)."""

from __future__ import annotations

import re
from pathlib import Path

from mandates.readers.lines import Line
from provenance import InputError

# A job number line ends a page in the UN's layout: "03-52570 (E)" then "*0352570*".
_JOB = re.compile(r"^\s*\d{2}-\d{4,6}\s*\([A-Z]\)")
_PAGE_NUMBER = re.compile(r"^\s*(\d{1,3})(?:\s*/\s*\d{1,3})?\s*$")


def decode(data: bytes, path: Path) -> str:
    """Text of a resolution file: UTF-16 when it opens with its byte-order mark (Windows'
    "Unicode" text) or, without one, has a NUL beside every character; UTF-8 when it is
    valid UTF-8, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError("is damaged UTF-16 text", path=path,
                             hint="save it again as UTF-8 text") from exc
    head = data[:4096]
    if b"\x00" in head:
        # UTF-16 saved without its byte-order mark: English text has a NUL beside every
        # character, before it (big-endian) or after it (little-endian)
        for codec, zeros in (("utf-16-be", head[0::2]), ("utf-16-le", head[1::2])):
            if len(zeros) >= 16 and zeros.count(0) >= 0.9 * len(zeros):
                try:
                    return data.decode(codec)
                except UnicodeDecodeError:
                    break
        raise InputError("is a binary file, not text", path=path,
                         hint="give the resolution as .txt, .pdf, .docx or .html")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_lines(path: Path) -> list[Line]:
    """Lines of a text resolution with page numbers inferred from its page furniture.

    A page ends after its job number (first page) or its printed page number; the next
    printed line begins the following page.
    """
    text = decode(path.read_bytes(), path)
    page = 1
    out: list[Line] = []
    pending_break = False
    for raw in text.splitlines():
        stripped = raw.strip()
        if "\x0c" in raw:
            pending_break = True
        if _JOB.match(stripped) or (_PAGE_NUMBER.match(stripped) and out):
            pending_break = True
            out.append(Line(stripped, page))
            continue
        if pending_break and stripped and not stripped.startswith("*"):
            page += 1
            pending_break = False
        out.append(Line(raw, page))
    return out
