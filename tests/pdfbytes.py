"""Small PDFs written byte by byte, for tests that need a file no tool would make."""

from __future__ import annotations


def pdf_of(objects: dict[int, bytes] | list[bytes], trailer: bytes = b"",
           reverse: bool = False) -> bytes:
    """A PDF 1.7 file holding `objects` (numbered from 1 in a list, or by their keys), with
    a classic cross-reference table, object 1 as its root, `trailer` added to the trailer's
    dictionary; numbers no object takes are listed free. With `reverse`, the objects are
    written last number first."""
    numbered = dict(enumerate(objects, start=1)) if isinstance(objects, list) else objects
    out = bytearray(b"%PDF-1.7\n")
    offsets = {}
    for number in sorted(numbered, reverse=reverse):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + numbered[number] + b"\nendobj\n"
    table, size = len(out), max(numbered) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[k] if k in offsets else
                    b"0000000000 65535 f \n" for k in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        size, trailer, table)
    return bytes(out)
