"""Words a typesetter hyphenated at a line's end are read whole; compounds keep their hyphen.

The UN's own layout does not hyphenate words, but PDFs made by LaTeX, InDesign, Word or a
browser do: "sta-bilization" named no task, and 82 paragraphs of a resolution typeset so
read otherwise than its text.
"""

from __future__ import annotations

from pathlib import Path

from mandates import parse_resolution
from tests.pdfbytes import pdf_of

LINES = ["Resolution 2999 (2031)",
         "Adopted by the Security Council at its 9999th meeting, on 3 March 2031",
         "The Security Council,",
         "Recalling its previous resolutions on the region and its re-",
         "gional organizations,",
         "1. Requests UNMIR to support area-based sta-",
         "bilization efforts and community-",
         "level reconciliation and long-",
         "term recovery;",
         "2. Decides to remain seized of the matter."]


def _pdf(lines: list[str], hyphen: str = "-") -> bytes:
    """A one-page PDF printing `lines`, each line-end hyphen as `hyphen`."""
    def shown(line: str) -> bytes:
        text = line[:-1] + hyphen if line.endswith("-") else line
        return text.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")

    content = b"BT /F1 10 Tf 72 740 Td " + b" 0 -14 Td ".join(
        b"(" + shown(line) + b") Tj" for line in lines) + b" ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    return pdf_of(objects)


def _texts(path: Path) -> dict[str, str]:
    return {p.ref: p.text for p in parse_resolution(path).paragraphs}


def test_a_pdf_hyphenated_by_its_typesetter_reads_its_words_whole(tmp_path) -> None:
    pdf = tmp_path / "typeset.pdf"  # pdfium runs the next line into a hyphen-minus
    pdf.write_bytes(_pdf(LINES))
    texts = _texts(pdf)
    assert texts["1"] == ("Requests UNMIR to support area-based stabilization efforts and "
                          "community-level reconciliation and long-term recovery;")
    assert texts["PP1"].endswith("on the region and its regional organizations,")
    tasks = parse_resolution(pdf).tasks
    assert any("state_authority" in t.categories for t in tasks if t.ref == "1")


def test_a_text_hyphenated_at_its_line_ends_reads_its_words_whole(tmp_path) -> None:
    text = tmp_path / "typeset.txt"  # as a PDF with U+2010 hyphens gives its lines
    text.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    texts = _texts(text)
    assert texts["1"] == ("Requests UNMIR to support area-based stabilization efforts and "
                          "community-level reconciliation and long-term recovery;")
    assert texts["PP1"].endswith("on the region and its regional organizations,")
