"""Source references, warning records and the guards on untrusted files."""

from __future__ import annotations

import os
import threading
import zipfile
from pathlib import Path

import pytest

from provenance import DataWarning, InputError, SourceRef, check_readable, check_zip_container
from provenance.files import check_suffix
from tests.pdfbytes import pdf_of


def test_labels_follow_the_contract() -> None:
    assert SourceRef(path="a.xlsx", sheet="Financial resources", cell="B14").label() == (
        "Financial resources!B14"
    )
    assert SourceRef(path="a.pdf", page=12, table="table 3").label() == "p.12, table 3"
    assert SourceRef(path="r.pdf", paragraph="36(a)(ii)", page=9).label() == "para 36(a)(ii), p.9"
    assert SourceRef(path="r.txt").label() == "r.txt"


def test_warning_json_carries_both_locations() -> None:
    w = DataWarning("subtotal_mismatch", "Subtotal 10 differs from its lines (9)",
                    at=SourceRef(sheet="S", cell="B9"), also_at=(SourceRef(sheet="S", cell="B5"),))
    assert w.to_json() == {"code": "subtotal_mismatch",
                           "message": "Subtotal 10 differs from its lines (9)",
                           "at": "S!B9", "also_at": ["S!B5"]}


def test_directory_is_not_a_file(tmp_path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        check_readable(tmp_path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "S_RES_2765(2024).txt"
    os.mkfifo(pipe)

    def writer() -> None:
        # were the pipe opened, this writer would let the test go on (and fail) instead of
        # hang: opening a pipe to read waits for one
        with open(pipe, "w") as f:
            f.write("Resolution 2765 (2024)\n")

    feeder = threading.Timer(3.0, writer)
    feeder.daemon = True
    feeder.start()
    try:
        with pytest.raises(InputError, match="not a regular file but a pipe") as info:
            check_readable(pipe)
    finally:
        feeder.cancel()
    assert "save the document to a file" in info.value.one_line()


def test_a_broken_link_names_where_it_points(tmp_path: Path) -> None:
    link = tmp_path / "budget.xlsx"
    link.symlink_to(tmp_path / "moved" / "budget.xlsx")
    with pytest.raises(InputError, match=r"is a link to .*moved/budget\.xlsx, which is not there"):
        check_readable(link)
    with pytest.raises(InputError, match="file not found"):
        check_readable(tmp_path / "never.xlsx")


def test_size_limit(tmp_path) -> None:
    big = tmp_path / "big.pdf"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(InputError, match="over the 1,000-byte limit"):
        check_readable(big, max_bytes=1000)


def test_corrupt_zip_is_refused(tmp_path) -> None:
    fake = tmp_path / "budget.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is not really a zip")
    with pytest.raises(InputError, match="not a valid xlsx file") as info:
        check_zip_container(fake, kind="xlsx")
    assert info.value.one_line().startswith(f"error: {fake}: not a valid xlsx file")


def test_a_zip_naming_a_version_python_cannot_read_is_refused_as_corrupt(tmp_path) -> None:
    """A damaged central directory can name a zip version zipfile does not implement; that
    is a corrupt file to the user, not a crash (found by flipping bytes of a DOCX)."""
    import zipfile

    made = tmp_path / "resolution.docx"
    with zipfile.ZipFile(made, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    data = bytearray(made.read_bytes())
    entry = data.find(b"PK\x01\x02")
    data[entry + 6] = 145  # "version needed to extract": 14.5
    made.write_bytes(bytes(data))
    with pytest.raises(InputError, match="not a valid DOCX file"):
        check_zip_container(made, kind="DOCX")


def test_an_old_or_password_protected_office_file_is_named_as_such(tmp_path) -> None:
    """A .docx that is really a Word 97-2003 file, or an Office file saved with a password,
    is an OLE compound file: the user is told what it is and to save it again, not that the
    zip is corrupt."""
    old = tmp_path / "budget.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(InputError, match=r"older Office document .* protected with a password") \
            as info:
        check_zip_container(old, kind="xlsx")
    assert "save an unprotected copy as xlsx" in info.value.one_line()


def test_an_older_format_is_refused_with_the_format_to_save_it_as(tmp_path) -> None:
    with pytest.raises(InputError, match=r"unsupported file type '\.doc'") as info:
        check_suffix(tmp_path / "S_RES_2765(2024).doc", (".pdf", ".docx"), "a resolution")
    assert "save it as .docx, or give a resolution as .pdf, .docx" in info.value.one_line()
    with pytest.raises(InputError) as other:
        check_suffix(tmp_path / "notes.md", (".pdf", ".docx"), "a resolution")
    assert other.value.one_line().endswith("give a resolution as .pdf, .docx")


def test_zip_bomb_is_refused_before_opening(tmp_path) -> None:
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (24 * 1024 * 1024))
    with pytest.raises(InputError, match=r"compresses \d+ to 1, over the limit of 200") as info:
        check_zip_container(bomb, kind="xlsx")
    assert info.value.one_line().endswith("this looks like a zip bomb; check its origin")


def test_too_many_members_is_refused(tmp_path, monkeypatch) -> None:
    import provenance.files as files

    monkeypatch.setattr(files, "MAX_ZIP_MEMBERS", 5)
    many = tmp_path / "many.docx"
    with zipfile.ZipFile(many, "w") as archive:
        for i in range(6):
            archive.writestr(f"part{i}.xml", b"<a/>")
    with pytest.raises(InputError, match="6 parts, over the limit of 5"):
        check_zip_container(many, kind="docx")


def test_ordinary_zip_passes(tmp_path) -> None:
    ok = tmp_path / "ok.docx"
    with zipfile.ZipFile(ok, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document/>" * 100)
    check_zip_container(ok, kind="docx")


def _one_page(version: bytes) -> tuple[bytearray, list[int]]:
    """A one-page PDF's header and objects 1 to 3 (catalogue, pages, page), with where each
    object begins: what its cross-reference data must point at."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"]
    out = bytearray(b"%PDF-" + version + b"\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    return out, offsets


def _tiny_pdf(shift: int = 0) -> bytes:
    """A one-page PDF with a classic cross-reference table; `shift` moves object 3's entry."""
    out, offsets = _one_page(b"1.4")
    table = len(out)
    out += b"xref\n0 4\n0000000000 65535 f \n"
    for number, offset in enumerate(offsets, start=1):
        out += b"%010d 00000 n \n" % (offset + (shift if number == 3 else 0))
    out += b"trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % table
    return bytes(out)


def test_a_cross_reference_entry_that_misses_its_object_is_named(tmp_path) -> None:
    """pdfium repairs a damaged table silently, so the table is checked on its own: an entry
    pointing into another object, or one that cannot be read, names its object."""
    from provenance.pdf import damaged_objects

    good = tmp_path / "good.pdf"
    good.write_bytes(_tiny_pdf())
    assert damaged_objects(good) == []
    moved = tmp_path / "moved.pdf"
    moved.write_bytes(_tiny_pdf(shift=5))
    [problem] = damaged_objects(moved)
    assert problem.startswith("object 3:") and "byte" in problem
    unreadable = tmp_path / "unreadable.pdf"
    data = bytearray(_tiny_pdf())
    entry = data.index(b"xref\n0 4\n") + len(b"xref\n0 4\n") + 2 * 20  # object 2's entry
    data[entry] = ord("x")
    unreadable.write_bytes(bytes(data))
    assert damaged_objects(unreadable) == ["object 2: its cross-reference entry is unreadable"]


def test_no_shared_pdf_is_reported_damaged(shared_data) -> None:
    """The table check raises no false alarm on the UN's own PDFs, reports or resolutions."""
    from provenance.pdf import damaged_objects

    pdfs = sorted(shared_data.rglob("*.pdf"))
    assert len(pdfs) >= 20
    assert {p.name: found for p in pdfs if (found := damaged_objects(p))} == {}


def test_a_compressed_page_stream_that_breaks_off_is_named(tmp_path) -> None:
    """A page's compressed contents that stop decompressing (zeroed bytes, a cut download)
    name their object; pdfium would show the page as far as it could, silently."""
    import zlib

    from provenance.pdf import damaged_objects

    contents = zlib.compress(b"BT /F1 12 Tf 20 100 Td (1 234.5) Tj ET\n" * 40)

    def pdf(stream: bytes) -> bytes:
        return (b"%PDF-1.4\n4 0 obj\n<< /Length " + str(len(stream)).encode()
                + b" /Filter /FlateDecode >>\nstream\n" + stream + b"\nendstream\nendobj\n")

    whole = tmp_path / "whole.pdf"
    whole.write_bytes(pdf(contents))
    assert damaged_objects(whole) == []
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(pdf(contents[: len(contents) // 2]))
    assert damaged_objects(cut) == ["object 4: its compressed stream is cut short"]
    zeroed = tmp_path / "zeroed.pdf"
    zeroed.write_bytes(pdf(contents[:10] + bytes(20) + contents[30:]))
    [problem] = damaged_objects(zeroed)
    assert problem.startswith("object 4: its compressed stream is")


def _stream_xref_pdf(shift: int = 0, predictor: bool = False) -> bytes:
    """A one-page PDF 1.5 whose cross-reference data is a compressed stream (`/Type /XRef`),
    as Word and the UN write them; `shift` moves object 3's entry, `predictor` writes the
    rows PNG-predicted (Up), as other writers do."""
    import zlib

    out, offsets = _one_page(b"1.5")
    table_at = len(out)
    offsets.append(table_at)  # object 4: the cross-reference stream itself
    rows = [bytes([0, 0, 0, 255])] + [
        bytes([1]) + (offset + (shift if number == 3 else 0)).to_bytes(2, "big") + bytes([0])
        for number, offset in enumerate(offsets, start=1)]
    if predictor:
        previous = bytes(4)
        predicted = []
        for row in rows:
            predicted.append(bytes([2]) + bytes((a - b) & 0xFF for a, b in zip(row, previous,
                                                                              strict=True)))
            previous = row
        rows = predicted
    stream = zlib.compress(b"".join(rows))
    parms = b" /DecodeParms << /Predictor 12 /Columns 4 >>" if predictor else b""
    out += (b"4 0 obj\n<< /Type /XRef /Size 5 /W [1 2 1] /Root 1 0 R /Filter /FlateDecode"
            + parms + b" /Length %d >>\nstream\n" % len(stream) + stream
            + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % table_at)
    return bytes(out)


@pytest.mark.parametrize("predictor", [False, True])
def test_a_cross_reference_stream_entry_that_misses_its_object_is_named(
        tmp_path, predictor: bool) -> None:
    """Word's and the UN's PDFs keep their cross-reference data in a compressed stream,
    which the check read past: an entry there that points into another object names its
    object as a classic table's does, with the rows stored as they are or PNG-predicted."""
    import pypdfium2 as pdfium

    from provenance.pdf import damaged_objects

    good = tmp_path / "good.pdf"
    good.write_bytes(_stream_xref_pdf(predictor=predictor))
    assert damaged_objects(good) == []
    assert len(pdfium.PdfDocument(str(good))) == 1  # a PDF as a reader takes it
    moved = tmp_path / "moved.pdf"
    moved.write_bytes(_stream_xref_pdf(shift=5, predictor=predictor))
    [problem] = damaged_objects(moved)
    assert problem.startswith("object 3: not at byte")


def test_a_broken_font_program_is_named(tmp_path) -> None:
    """A font program (`/Length1`, an embedded TrueType font) that stops decompressing
    moves the text pdfium reads with it (job numbers run into paragraphs, bullets lost in
    S/RES/2756 and 2729 with zeroed bytes in a font), so it is checked as a page's contents
    are; an image is still left alone."""
    import zlib

    from provenance.pdf import damaged_objects

    program = zlib.compress(bytes(range(256)) * 64)

    def pdf(kind: bytes, stream: bytes) -> bytes:
        return (b"%PDF-1.4\n7 0 obj\n<< " + kind + b" /Filter /FlateDecode /Length "
                + str(len(stream)).encode() + b" >>\nstream\n" + stream
                + b"\nendstream\nendobj\n")

    cut = program[:len(program) // 2]
    font = tmp_path / "font.pdf"
    font.write_bytes(pdf(b"/Length1 16384", program))
    assert damaged_objects(font) == []
    font.write_bytes(pdf(b"/Length1 16384", cut))
    assert damaged_objects(font) == ["object 7: its compressed stream is cut short"]
    image = tmp_path / "image.pdf"
    image.write_bytes(pdf(b"/Subtype /Image /Width 64 /Height 256", cut))
    assert damaged_objects(image) == []


def test_a_pdf_open_in_one_thread_keeps_pdfium_from_every_other(tmp_path) -> None:
    # pdfium is not thread-safe, not even across documents
    import threading

    from provenance.pdf import open_pdf
    from tests.conftest import typeset_pdf

    first = typeset_pdf(["Resolution 2999 (2031)"], tmp_path / "a.pdf")
    second = typeset_pdf(["Resolution 3000 (2031)"], tmp_path / "b.pdf")
    order: list[str] = []
    started = threading.Event()

    def other() -> None:
        started.set()
        with open_pdf(second) as document:
            order.append(f"other reads {len(document)} page")

    with open_pdf(first):
        thread = threading.Thread(target=other)
        thread.start()
        started.wait()
        thread.join(timeout=0.3)  # it cannot finish while this document is open
        order.append("first closes")
    thread.join()
    assert order == ["first closes", "other reads 1 page"]


def _bomb_pdf(inflated: int, image: bool = False, decoy: bool = False,
              filters: bytes = b"/FlateDecode", trailer: bytes = b"") -> bytes:
    """A one-page PDF whose second content stream (or, with `image`, an image it draws)
    inflates from a few kB to `inflated` bytes of spaces; with `decoy`, a false "endstream"
    sits just inside the compressed data, as if the stream ended there. `filters` is the
    stream's /Filter as written ("[/ASCII85Decode /FlateDecode]" encodes it in ASCII85
    first; "6 0 R" puts /FlateDecode in an object 6 of its own); `trailer` is added to the
    trailer's dictionary."""
    import base64
    import zlib

    packer = zlib.compressobj(9, wbits=-15)  # raw deflate: header and checksum below
    spaces = b"".join(packer.compress(b" " * (1 << 20)) for _ in range(inflated >> 20))
    spaces += packer.flush()
    # the decoy is a block stored as it is, before the compressed spaces: valid Flate data
    stored = b"\nendstream\n" if decoy else b""
    block = (b"\x00" + len(stored).to_bytes(2, "little")
             + (0xFFFF ^ len(stored)).to_bytes(2, "little") + stored) if decoy else b""
    checksum = zlib.adler32(b" " * (inflated >> 20 << 20), zlib.adler32(stored))
    bomb = b"\x78\xda" + block + spaces + checksum.to_bytes(4, "big")
    text = b"BT /F1 12 Tf 72 720 Td (Resolution 2999 \\(2031\\)) Tj ET\n"
    kind = (b"/Type /XObject /Subtype /Image /Width 4096 /Height 4096 /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 " if image else b"")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents "
               + (b"4 0 R /Resources << /XObject << /Im1 5 0 R >> >>" if image else
                  b"[4 0 R 5 0 R]") + b" >>",
               b"<< /Length %d >>\nstream\n" % len(text) + text + b"\nendstream",
               b"<< " + kind + b"/Length %d /Filter " % len(bomb) + filters
               + b" >>\nstream\n" + bomb + b"\nendstream"]
    if b"ASCII85" in filters:
        objects[-1] = objects[-1].replace(bomb, base64.a85encode(bomb, wrapcol=76) + b"~>")
    if filters.endswith(b" R"):
        objects.append(b"/FlateDecode")
    return pdf_of(objects, trailer)


def test_a_decompression_bomb_is_refused_before_pdfium_reads_it(tmp_path, monkeypatch) -> None:
    """A stream that inflates a thousandfold is refused, by the guard in `open_pdf` and by the
    damage check (which inflates streams too), before either holds it: pdfium would hold
    it whole, twice over (a 1 MB file held 2 GB)."""
    from provenance import pdf

    monkeypatch.setattr(pdf, "MAX_INFLATED", 8 << 20)  # 8 MB, so the test's bomb is small
    bomb = tmp_path / "S_RES_2999(2031).pdf"
    bomb.write_bytes(_bomb_pdf(16 << 20))
    assert len(bomb.read_bytes()) < 40_000
    for check in (pdf.check_inflation, pdf.damaged_objects, pdf.page_texts):
        with pytest.raises(InputError, match=r"inflate to over 8 MB \(a decompression bomb"):
            check(bomb)
    decoy = tmp_path / "decoy.pdf"  # a false end inside the stream hides nothing
    decoy.write_bytes(_bomb_pdf(16 << 20, decoy=True))
    with pytest.raises(InputError, match="decompression bomb"):
        pdf.check_inflation(decoy)
    # under the limit, or in an image (reading text never decodes one), it is read
    small = tmp_path / "small.pdf"
    small.write_bytes(_bomb_pdf(4 << 20))
    pdf.check_inflation(small)
    assert "Resolution 2999" in pdf.page_texts(small)[0]
    image = tmp_path / "image.pdf"
    image.write_bytes(_bomb_pdf(16 << 20, image=True))
    pdf.check_inflation(image)
    assert "Resolution 2999" in pdf.page_texts(image)[0]


def test_the_shared_pdfs_inflate_well_under_any_bomb_limit(shared_data) -> None:
    """No false alarm: every shared PDF, resolution or budget report, passes the guard with a
    limit 64 times lower than the one shipped (they inflate to 5 MB at most)."""
    from provenance.pdf import MAX_INFLATED, check_inflation

    pdfs = sorted(shared_data.rglob("*.pdf"))
    assert len(pdfs) >= 20
    for path in pdfs:
        check_inflation(path, limit=MAX_INFLATED // 64)
    # … and the largest reach the point where their streams are inflated and counted
    with pytest.raises(InputError, match="decompression bomb"):
        check_inflation(max(pdfs, key=lambda p: p.stat().st_size), limit=1 << 20)


def test_a_pdf_of_more_pages_than_any_document_is_refused(shared_data, monkeypatch) -> None:
    from provenance import pdf

    resolution = shared_data / "resolutions" / "pdf" / "S_RES_2765(2024).pdf"
    monkeypatch.setattr(pdf, "MAX_PDF_PAGES", 10)
    with pytest.raises(InputError, match=r"has \d+ pages, over the 10-page limit"):
        pdf.page_texts(resolution)


@pytest.mark.parametrize("filters", [b"/Fl#61teDecode", b"[/ASCII85Decode /FlateDecode]",
                                     b"[/ASCIIHexDecode /FlateDecode]", b"6 0 R"])
def test_a_bomb_behind_an_escaped_chained_or_indirect_filter_is_refused(
        tmp_path, monkeypatch, filters) -> None:
    """The filter named with a #xx escape, after an ASCII85 or ASCIIHex stage, or in an
    object of its own: each 1.5 MB file inflated to 1.5 GB unseen, and pdfium held it."""
    from provenance import pdf

    monkeypatch.setattr(pdf, "MAX_INFLATED", 8 << 20)
    bomb = tmp_path / "bomb.pdf"
    data = _bomb_pdf(16 << 20, filters=filters)
    if b"ASCIIHex" in filters:
        start = data.index(b"stream\n", data.index(b"5 0 obj")) + 7
        end = data.index(b"\nendstream", start)
        data = data[:start] + data[start:end].hex().encode() + b">" + data[end:]
    bomb.write_bytes(data)
    with pytest.raises(InputError, match="decompression bomb"):
        pdf.check_inflation(bomb)


def test_no_false_damage_from_chained_filters_encryption_or_a_table_left_behind(
        tmp_path) -> None:
    """Sound files the damage check called damaged: a stream encoded in ASCII85 before Flate;
    an encrypted file, whose streams are ciphertext; a file a tool saved anew, leaving its old
    cross-reference table, which points at the old layout, unread in the file."""
    from provenance.pdf import damaged_objects

    chained = tmp_path / "chained.pdf"
    chained.write_bytes(_bomb_pdf(1 << 20, filters=b"[/ASCII85Decode /FlateDecode]"))
    assert damaged_objects(chained) == []
    encrypted = tmp_path / "encrypted.pdf"
    data = _bomb_pdf(1 << 20, trailer=b"/Encrypt 9 0 R ")
    start = data.index(b"stream\n", data.index(b"5 0 obj")) + 7
    encrypted.write_bytes(data[:start] + bytes(b ^ 0x5A for b in data[start:start + 64])
                          + data[start + 64:])  # as RC4 leaves it: no Flate to read
    assert damaged_objects(encrypted) == []
    resaved = tmp_path / "resaved.pdf"
    live = _tiny_pdf()
    old_table = b"xref\n0 4\n0000000000 65535 f \n" + b"0000000999 00000 n \n" * 3
    resaved.write_bytes(live + old_table + b"trailer\n<< /Size 4 /Root 1 0 R >>\n"
                        + b"startxref\n%d\n%%%%EOF\n" % live.rindex(b"xref"))
    assert damaged_objects(resaved) == []
    # … while a live table that misses its objects is still named
    moved = tmp_path / "moved.pdf"
    moved.write_bytes(_tiny_pdf(shift=5))
    assert damaged_objects(moved)[0].startswith("object 3:")


def _forms_pdf(depth: int, times: int = 2, indirect: bool = False,
               outermost_first: bool = False) -> bytes:
    """A one-page PDF whose page draws a form that draws the next `times` times, `depth`
    deep; the last form writes one word. With `indirect`, each form's resources are an
    object of their own."""
    objects: dict[int, bytes] = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
                                 2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                                 4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    leaf = b"BT /F1 1 Tf 10 10 Td (x) Tj ET"
    number = 10
    objects[number] = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 9 9] /Resources << /Font "
                       b"<< /F1 4 0 R >> >> /Length %d >>\nstream\n" % len(leaf) + leaf
                       + b"\nendstream")
    for _ in range(depth):
        content = b"q /X Do Q " * times
        resources = b"<< /XObject << /X %d 0 R >> >>" % number
        if indirect:  # numbered after every form
            objects[number + depth + 20] = resources
            resources = b"%d 0 R" % (number + depth + 20)
        objects[number + 1] = (b"<< /Type /XObject /Subtype /Form /BBox [0 0 9 9] /Resources "
                               + resources + b" /Length %d >>\nstream\n" % len(content)
                               + content + b"\nendstream")
        number += 1
    page = b"BT /F1 12 Tf 72 720 Td (Resolution 2999 \\(2031\\)) Tj ET q /X Do Q"
    objects[5] = b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream"
    objects[3] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
                  b"/Resources << /Font << /F1 4 0 R >> /XObject << /X %d 0 R >> >> >>" % number)
    return pdf_of(objects, reverse=outermost_first)


@pytest.mark.parametrize("indirect", [False, True])
def test_forms_drawn_inside_one_another_a_billion_times_are_refused(tmp_path,
                                                                   indirect) -> None:
    """Thirty forms, each drawing the next twice: an 8 kB file that pdfium lays out a
    thousand million times, holding 8 GB before it aborted the process without a line."""
    from provenance.pdf import check_inflation, page_texts

    bomb = tmp_path / "forms.pdf"
    bomb.write_bytes(_forms_pdf(30, indirect=indirect))
    assert len(bomb.read_bytes()) < 20_000
    with pytest.raises(InputError, match="forms drawn inside one another over 100,000 times"):
        check_inflation(bomb)
    with pytest.raises(InputError, match="forms drawn inside one another"):
        page_texts(bomb)
    fine = tmp_path / "fine.pdf"  # forms drawn inside one another a few hundred times: read
    fine.write_bytes(_forms_pdf(8, indirect=indirect))
    assert "Resolution 2999" in page_texts(fine)[0]


def test_bombs_behind_a_short_name_a_comment_a_padded_head_or_two_stages_are_refused(
        tmp_path, monkeypatch) -> None:
    """pdfium takes /Fl for /FlateDecode, a comment before 'stream', a dictionary padded
    past any window, and a stream compressed twice (no bound on what it inflates to): each
    read 640 MB unseen."""
    import zlib

    from provenance import pdf

    monkeypatch.setattr(pdf, "MAX_INFLATED", 8 << 20)
    variants = {
        "short.pdf": _bomb_pdf(16 << 20, filters=b"/Fl"),
        "comment.pdf": _bomb_pdf(16 << 20).replace(b"/FlateDecode >>\nstream",
                                                   b"/FlateDecode >> % a note\nstream"),
        "padded.pdf": _bomb_pdf(16 << 20).replace(b"/FlateDecode >>",
                                                  b"/FlateDecode /Pad (" + b"x" * 5000 + b") >>"),
    }
    for name, data in variants.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(InputError, match="decompression bomb"):
            pdf.check_inflation(path)
    data = _bomb_pdf(1 << 20)
    start = data.index(b"stream\n", data.index(b"5 0 obj")) + 7
    end = data.index(b"\nendstream", start)
    twice = tmp_path / "twice.pdf"
    twice.write_bytes(data[:start].replace(b"/Filter /FlateDecode",
                                           b"/Filter [/FlateDecode /FlateDecode]")
                      + zlib.compress(data[start:end]) + data[end:])
    with pytest.raises(InputError, match="compressed twice over"):
        pdf.check_inflation(twice)


def test_the_form_count_stays_linear_and_never_recurses_out(tmp_path) -> None:
    """1,500 forms each drawing the next (a chain, drawn once each) is no bomb and was a
    RecursionError; a form that draws others 200,000 times is refused as it is counted."""
    from provenance.pdf import check_inflation

    chain = tmp_path / "chain.pdf"
    chain.write_bytes(_forms_pdf(1500, times=1, indirect=True, outermost_first=True))
    check_inflation(chain)
    wide = tmp_path / "wide.pdf"
    wide.write_bytes(_forms_pdf(2, times=200_000))
    with pytest.raises(InputError, match="forms drawn inside one another"):
        check_inflation(wide)
