"""Shared fixtures: where the real documents are, and how tests reach them.

Tests that need ../shared/data skip when it is absent, and fail instead when
COHERENCE_REQUIRE_SHARED=1 (CI sets it), so the real-document tests never vanish silently.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

import pytest

from budgets import Budget, parse_budget

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("COHERENCE_SHARED", ROOT.parent / "shared")).resolve()
DATA = SHARED / "data"


def require_shared(*parts: str) -> Path:
    """Path under ../shared/data; skip the test when missing (fail when it is required)."""
    path = DATA.joinpath(*parts)
    if not path.exists():
        message = f"real documents not found at {path}"
        if os.environ.get("COHERENCE_REQUIRE_SHARED") == "1":
            pytest.fail(message + " (COHERENCE_REQUIRE_SHARED=1)")
        pytest.skip(message)
    return path


@functools.cache
def _parsed(path: Path) -> Budget:
    return parse_budget(path)


def shared_budget(*parts: str) -> Budget:
    """A budget under ../shared/data, parsed once per test session (budgets are frozen, so
    tests may share them); skips or fails like `require_shared`."""
    return _parsed(require_shared(*parts))


@pytest.fixture
def shared_data() -> Path:
    """The ../shared/data folder (skips or fails when absent)."""
    return require_shared()


def typeset_pdf(lines: list[str], path: Path, css: str = "font: 11pt serif") -> Path:
    """Write `lines` as a PDF at `path`, one paragraph per line, as another tool than the
    UN's would lay them out (WeasyPrint wraps them wherever the page ends)."""
    import html

    from weasyprint import HTML

    body = "".join(f"<p>{html.escape(line)}</p>" for line in lines if line.strip())
    HTML(string=f"<html><body style='{css}'>{body}</body></html>").write_pdf(path)
    return path


def encrypted_pdf_bytes() -> bytes:
    """The smallest PDF whose trailer names an /Encrypt dictionary.

    pypdfium2 cannot encrypt, so a real locked document cannot be made in the tests.
    """
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 "
        b"/O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Encrypt 4 0 R "
            f"/ID [<{'ab' * 16}> <{'ab' * 16}>] >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def zeroed_zip_part(source: Path, part: str, out: Path, count: int = 40) -> Path:
    """A copy of the zip-based document `source` (DOCX, xlsx) at `out` with `count` bytes
    zeroed in the middle of `part`'s compressed data, as a damaged download has them."""
    import zipfile

    data = source.read_bytes()
    with zipfile.ZipFile(source) as archive:
        info = archive.getinfo(part)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    out.write_bytes(data[:middle] + bytes(count) + data[middle + count:])
    return out
