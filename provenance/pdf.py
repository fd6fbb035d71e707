"""Opening an untrusted PDF: one place that turns pypdfium2's failures into clear errors."""

from __future__ import annotations

import base64
import re
import threading
import zlib
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from provenance.errors import InputError
from provenance.refs import DataWarning, SourceRef

#: pdfium is not thread-safe, not even across documents: a document is opened, read and
#: closed under this lock, so a thread that reads ahead (`mandates.parse_resolutions`)
#: never runs pdfium beside another
PDFIUM_LOCK = threading.RLock()

#: Pages a PDF may have: the longest shared document (a budget report) has 71, a resolution
#: with its annexes a hundred or so.
MAX_PDF_PAGES = 2_000
#: Bytes the compressed streams pdfium inflates to read a PDF's text may add up to: the
#: shared documents inflate to 5 MB at most (their streams 3 to 8 times their size). A
#: stream built to inflate a thousandfold (1 MB to 1 GB) would make pdfium hold it whole,
#: twice over.
MAX_INFLATED = 512 * 1024 * 1024
#: The most one byte of Flate data can inflate to (258 bytes for every 2 bits), rounded up.
_FLATE_RATIO = 1_040


@contextmanager
def open_pdf(path: str | Path) -> Iterator[Any]:
    """Yield a `pypdfium2.PdfDocument`, closed afterwards; InputError for a bad file.

    Refuses a file that is not a PDF (no `%PDF` header), an encrypted one, a damaged or
    truncated one, a decompression bomb (`check_inflation`) and one of more than
    `MAX_PDF_PAGES` pages, each with a hint saying what to do.
    """
    import pypdfium2 as pdfium

    p = Path(path)
    with open(p, "rb") as handle:
        head = handle.read(1024)
    if b"%PDF" not in head:
        raise InputError("is not a PDF file", path=p,
                         hint="check the file, or give it the right extension")
    check_inflation(p)
    with PDFIUM_LOCK:
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
            if len(document) > MAX_PDF_PAGES:
                raise InputError(f"has {len(document):,} pages, over the {MAX_PDF_PAGES:,}-page "
                                 "limit: no resolution or budget report is near that long",
                                 path=p, hint="check where the file came from; give the "
                                              "document on its own, not a compilation")
            yield document
        finally:
            document.close()


def check_inflation(path: str | Path, limit: int | None = None) -> None:
    """InputError for a PDF whose Flate-compressed streams (all but images, which reading text
    never decodes) inflate to more than `limit` bytes together (`MAX_INFLATED` unless given):
    a decompression bomb.

    Nothing is inflated for a file that cannot reach the limit at the largest ratio Flate
    allows (any file under half a megabyte); otherwise the largest streams are inflated, in
    pieces that are counted and dropped, until those left cannot reach it. A stream is
    taken to run to the next one, so that a false "endstream" inside it hides nothing.
    """
    p = Path(path)
    limit = MAX_INFLATED if limit is None else limit
    data = p.read_bytes()
    _check_forms(data, p)
    if len(data) * _FLATE_RATIO <= limit:
        return
    starts = [m.end() for m in _STREAM_START.finditer(data)]
    spans: list[tuple[int, int, tuple[bytes, ...]]] = []
    for start, end in zip(starts, [*starts[1:], len(data)], strict=True):
        dictionary = _names(data[max(0, start - 4000):start])
        opening = dictionary.rfind(b"obj")
        # a head this reading cannot find (a dictionary padded past the window) is taken
        # for Flate's: what does not inflate is then not counted
        filters = _filters(dictionary[opening + 1:], data) if opening >= 0 else \
            (b"FlateDecode",)
        if b"FlateDecode" in filters and not _NOT_TEXT.search(dictionary[opening + 1:]):
            spans.append((start, end, filters))
    spans.sort(key=lambda span: span[0] - span[1])  # the largest first
    bound = sum(end - start for start, end, _ in spans) * _FLATE_RATIO
    inflated = 0
    for start, end, filters in spans:
        if bound + inflated <= limit:
            return
        bound -= (end - start) * _FLATE_RATIO
        inflate = zlib.decompressobj()
        pending = _before_flate(data[start:end], filters)
        try:
            while pending and not inflate.eof:
                inflated += len(inflate.decompress(pending, 1 << 20))
                pending = inflate.unconsumed_tail
                if inflated > limit:
                    raise InputError(
                        f"has compressed streams that inflate to over {limit // 2**20:,} MB "
                        "(a decompression bomb: no resolution or budget report is near that "
                        "size)", path=p, hint="check where the file came from; do not open it")
        except zlib.error:
            continue  # a stream that does not inflate is the damage check's to report


#: Times one form XObject may be drawn through the forms it draws, and they draw: a form
#: drawing another twice, thirty deep, is drawn a thousand million times, and pdfium, which
#: lays out every drawing when it loads the page, held 8 GB and aborted on an 8 kB file.
MAX_FORM_DRAWS = 100_000
#: forms nested deeper than this are counted as drawn once (pdfium's own limit is lower)
_FORM_DEPTH = 64
#: bytes of forms' drawing inflated to count their drawings, in all
_FORM_BYTES = 64 << 20
_FORM = re.compile(rb"/Subtype\s*/Form\b")
_XOBJECTS = re.compile(rb"/XObject\s*(<<.*?>>|(\d+)\s+\d+\s+R)", re.S)
_RESOURCES = re.compile(rb"/Resources\s+(\d+)\s+\d+\s+R")
_NAMED_REF = re.compile(rb"/([^\s/\[\]<>(){}%]+)\s*(\d+)\s+\d+\s+R")
_DRAW = re.compile(rb"/([^\s/\[\]<>(){}%]+)\s+Do\b")


def _check_forms(data: bytes, path: Path) -> None:
    """InputError for a PDF whose form XObjects draw one another so many times over
    (`MAX_FORM_DRAWS`) that pdfium would exhaust the memory laying them out. A form whose
    resources this plain reading cannot find (kept in a compressed object stream) counts
    each of its drawings once."""
    too_many = InputError(
        f"has forms drawn inside one another over {MAX_FORM_DRAWS:,} times (a drawing built "
        "to exhaust the memory of whatever opens it)", path=path,
        hint="check where the file came from; do not open it")
    forms: dict[int, tuple[bytes, int, int]] = {}
    starts = list(_STREAM_START.finditer(data))
    for found, after in zip(starts, [*starts[1:], None][:len(starts)], strict=True):
        opening = data.rfind(b"obj", max(0, found.start() - 4000), found.start())
        number = _number_at(data, opening) if opening >= 0 else None
        dictionary = _names(data[opening:found.start()]) if number is not None else b""
        if sum(f in _EXPANDING for f in _filters(dictionary, data)) > 1:
            raise InputError("has a stream compressed twice over (no document tool writes one; "
                             "its size once read has no bound)", path=path,
                             hint="check where the file came from; do not open it")
        if number is not None and _FORM.search(dictionary):
            forms[number] = (dictionary, found.end(),
                             after.start() if after is not None else len(data))
    if len(forms) < 2:
        return
    draws: dict[int, Counter[int | None]] = {}  # form → how often it draws each form
    budget = _FORM_BYTES
    for number, (dictionary, start, end) in forms.items():
        filters = _filters(dictionary, data)
        content = data[start:end]
        if b"FlateDecode" in filters and budget > 0:
            try:
                content = zlib.decompressobj().decompress(_before_flate(content, filters),
                                                          min(budget, 16 << 20))
            except zlib.error:
                content = b""
            budget -= len(content)
        named = _xobject_names(dictionary, data)
        counted: Counter[int | None] = Counter()
        for total, name in enumerate(_DRAW.finditer(content), start=1):
            if total > MAX_FORM_DRAWS:
                raise too_many
            counted[named.get(name[1]) if named is not None else None] += 1
        draws[number] = counted
    times: dict[int, int] = {}

    def drawn(number: int, through: frozenset[int]) -> int:
        if number in times:
            return times[number]
        total = 1
        for target, count in draws.get(number, Counter()).items():
            if target in forms and target not in through and len(through) < _FORM_DEPTH:
                # (pdfium stops a form drawing itself, and nests forms only so deep)
                total += count * drawn(target, through | {number})
            elif target is None or target not in through:
                total += count
            if total > MAX_FORM_DRAWS:
                raise too_many
        times[number] = total
        return total

    for number in forms:
        drawn(number, frozenset())


def _xobject_names(dictionary: bytes, data: bytes) -> dict[bytes, int] | None:
    """A form's XObject names and the objects they name, from its resources written in its
    dictionary or in objects of their own; None when they cannot be found."""
    where = _RESOURCES.search(dictionary)
    resources = dictionary if where is None else _object_text(data, int(where[1]))
    if resources is None:
        return None
    found = _XOBJECTS.search(resources)
    if found is None:
        return {}
    table = found[1] if found[2] is None else _object_text(data, int(found[2]))
    if table is None:
        return None
    return {name: int(number) for name, number in _NAMED_REF.findall(table)}


_OBJECT_HEAD = re.compile(rb"(?<![\d])(\d+)\s+\d+\s+obj\b")


@lru_cache(maxsize=1)
def _object_offsets(data: bytes) -> dict[int, int]:
    """Where each object's text begins (after its `N G obj`), found in one pass; the last
    of an object written twice (an incremental update) wins, as for a reader."""
    return {int(m[1]): m.end() for m in _OBJECT_HEAD.finditer(data)}


def _object_text(data: bytes, number: int) -> bytes | None:
    """The text of object `number` where the file holds it plainly (not in an object
    stream), its names unescaped."""
    at = _object_offsets(data).get(number)
    if at is None:
        return None
    end = data.find(b"endobj", at)
    return _names(data[at:end if end >= 0 else at + 4000])


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


#: What follows the keyword `xref` that opens a classic cross-reference table.
_XREF_TAIL = re.compile(rb"[ \t]*\r?\n")
_SUBSECTION = re.compile(rb"(\d+)[ \t]+(\d+)[ \t]*\r?\n")
#: An object's head, `12 0 obj`: its number and generation.
_OBJECT = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj\b")
_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])[ \t]*\r?\n?")
#: Problems reported per file at most: a wholly broken table would list every object.
MAX_PROBLEMS = 20


def damaged_objects(path: str | Path) -> list[str]:
    """Damage in a PDF that pdfium repairs or reads around without a word.

    Every object the cross-reference data places must begin where it says (`12 0 obj`): the
    classic table (`xref`, then `0000012345 00000 n` per object) and the compressed
    cross-reference streams of PDF 1.5 and later (Word's and the UN's PDFs) alike; an entry
    that cannot be read or points elsewhere means the file was damaged, and text or figures
    on some page may be missing. Every Flate-compressed stream that carries text or shapes
    it (page contents, text maps, object streams, font programs; not images) must also
    decompress to its end: pdfium reads a broken one as far as it can, and a broken font
    moves the text it draws.
    """
    check_inflation(path)  # before inflating any stream here, as before pdfium does
    data = Path(path).read_bytes()
    live = _live_sections(data)
    # an encrypted file's streams are ciphertext: only pdfium, with the key, can inflate them
    problems = [] if (live.encrypted if live else b"/Encrypt" in data) else _broken_streams(data)
    # the sections the file's last "startxref" leads to; a table a tool left behind when it
    # saved the file anew points at the old layout and is not read, so it is not checked;
    # where that chain cannot be followed (damage itself), every table found is
    for at in live.classic if live else _classic_tables(data):
        problems.extend(_classic_problems(data, at))
        if len(problems) >= MAX_PROBLEMS:
            return problems[:MAX_PROBLEMS]
    for at in live.streams if live else (m.start() for m in _XREF_STREAM.finditer(data)):
        problems.extend(_stream_table_problems(data, at))
        if len(problems) >= MAX_PROBLEMS:
            break
    return problems[:MAX_PROBLEMS]


@dataclass(frozen=True)
class _Sections:
    """The cross-reference sections a reader reaches from the file's last `startxref`."""

    classic: list[int]  # where each classic table's entries begin
    streams: list[int]  # where each cross-reference stream's `/Type /XRef` stands
    encrypted: bool  # a trailer names an /Encrypt dictionary


_STARTXREF = re.compile(rb"startxref\s+(\d+)")
_PREV = re.compile(rb"/(?:Prev|XRefStm)\s+(\d+)")


def _live_sections(data: bytes) -> _Sections | None:
    """The sections the last `startxref` leads to through each `/Prev` and `/XRefStm`, or
    None where one of them is not where it is said to be."""
    ends = list(_STARTXREF.finditer(data, max(0, len(data) - 4096)))
    if not ends:
        return None
    todo, seen = [int(ends[-1][1])], set[int]()
    classic: list[int] = []
    streams: list[int] = []
    encrypted = False
    while todo:
        at = todo.pop()
        if at in seen:
            continue
        if at >= len(data) or len(seen) > 1000:
            return None
        seen.add(at)
        if data.startswith(b"xref", at):
            tail = _XREF_TAIL.match(data, at + 4)
            trailer = data.find(b"trailer", at)
            if tail is None or trailer < 0:
                return None
            classic.append(tail.end())
            end = data.find(b"startxref", trailer)
            dictionary = data[trailer:end if end >= 0 else trailer + 4000]
        else:
            opened = _STREAM_START.search(data, at, at + 4000) if _OBJECT.match(data, at) \
                else None
            found = _XREF_STREAM.search(data, at, opened.start()) if opened else None
            if opened is None or found is None:
                return None
            streams.append(found.start())
            dictionary = data[at:opened.start()]
        encrypted = encrypted or b"/Encrypt" in dictionary
        todo.extend(int(m[1]) for m in _PREV.finditer(dictionary))
    return _Sections(classic, streams, encrypted)


def _classic_tables(data: bytes) -> Iterator[int]:
    """Where the entries of each classic table begin: after an `xref` that opens a line.

    A plain search, not a pattern that opens with an alternation: that scanned a 70 kB
    resolution for 2 ms, as long as all the rest of the check."""
    at = data.find(b"xref")
    while at >= 0:
        if at == 0 or data[at - 1] in b"\r\n":
            tail = _XREF_TAIL.match(data, at + 4)
            if tail is not None:
                yield tail.end()
        at = data.find(b"xref", at + 4)


def _classic_problems(data: bytes, at: int) -> list[str]:
    problems: list[str] = []
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
            if entry[3] == b"n":
                problems.extend(_misplaced(data, number, int(entry[1]), int(entry[2])))
            if len(problems) >= MAX_PROBLEMS:
                return problems
    return problems


def _misplaced(data: bytes, number: int, offset: int, generation: int) -> list[str]:
    found = _OBJECT.match(data, offset) if offset < len(data) else None
    if found is None or int(found[1]) != number or int(found[2]) != generation:
        return [f"object {number}: not at byte {offset}, where the cross-reference table "
                "puts it"]
    return []


_XREF_STREAM = re.compile(rb"/Type\s*/XRef\b")
_WIDTHS = re.compile(rb"/W\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s*\]")
_INDEX = re.compile(rb"/Index\s*\[([\d\s]*)\]")
_SIZE = re.compile(rb"/Size\s+(\d+)")
_PREDICTOR = re.compile(rb"/Predictor\s+(\d+)")


def _stream_table_problems(data: bytes, at: int) -> list[str]:
    """The entries of the cross-reference stream whose dictionary holds `at` that do not
    point at their object. A stream this check cannot read (an unknown filter or predictor)
    gives none: its decompression is the stream check's to judge."""
    start = data.rfind(b"obj", max(0, at - 4000), at)
    opened = _STREAM_START.search(data, at, at + 4000)
    widths = _WIDTHS.search(data, start, opened.start()) if start >= 0 and opened else None
    if opened is None or widths is None:
        return []
    dictionary = data[start:opened.start()]
    if b"/Filter" in dictionary and not re.search(rb"/Filter\s*/FlateDecode\b", dictionary):
        return []
    end = data.find(b"endstream", opened.end())
    raw = data[opened.end():end if end >= 0 else len(data)]
    try:
        table = zlib.decompressobj().decompress(raw) if b"/Filter" in dictionary else raw
    except zlib.error:
        if b"/DecodeParms" not in dictionary:
            return []  # the stream check names it
        number = _number_at(data, start)
        return [f"object {number}: its compressed stream is damaged"] if number else []
    w = [int(x) for x in widths.groups()]
    row = sum(w)
    predictor = _PREDICTOR.search(dictionary)
    if predictor is not None and int(predictor[1]) >= 10:
        unpredicted = _png_up(table, row)
        if unpredicted is None:
            return []
        table = unpredicted
    elif predictor is not None and int(predictor[1]) != 1:
        return []
    index = _INDEX.search(dictionary)
    size = _SIZE.search(dictionary)
    bounds = [int(x) for x in index[1].split()] if index else [0, int(size[1]) if size else 0]
    problems: list[str] = []
    position = 0
    second, third = w[0], w[0] + w[1]
    for first, count in zip(bounds[::2], bounds[1::2], strict=False):  # an odd last: none
        for number in range(first, first + count):
            entry = table[position:position + row]
            if len(entry) < row:
                return [*problems, f"object {number}: the cross-reference stream ends "
                        "before its entry"]
            position += row
            if (entry[0] if second else 1) == 1:  # type 1: an object at a byte offset
                problems.extend(_misplaced(data, number, int.from_bytes(entry[second:third]),
                                           int.from_bytes(entry[third:])))
            if len(problems) >= MAX_PROBLEMS:
                return problems
    return problems


def _number_at(data: bytes, opening: int) -> int | None:
    """The number of the object whose `obj` keyword is at `opening` (`12 0 obj` → 12)."""
    head = max(_OBJECT.finditer(data, max(0, opening - 30), opening + 3),
               key=lambda m: m.start(), default=None)
    return int(head[1]) if head is not None else None


def _png_up(table: bytes, row: int) -> bytes | None:
    """A cross-reference stream's rows undone from PNG prediction (each row a filter byte,
    then its bytes; writers use None or Up), None for another filter."""
    out = bytearray()
    previous = bytes(row)
    for at in range(0, len(table) - row, row + 1):
        kind, line = table[at], table[at + 1:at + 1 + row]
        if kind == 2:
            line = bytes((a + b) & 0xFF for a, b in zip(line, previous, strict=True))
        elif kind != 0:
            return None
        out += line
        previous = line
    return bytes(out)


def damage_warning(path: str | Path, lost: str, printed: str) -> DataWarning | None:
    """One `pdf_damaged` warning for a PDF whose objects are damaged (`damaged_objects`),
    None for a sound one: what may be `lost` ("figures on the damaged pages may be
    missing") and the `printed` document to check against ("report")."""
    problems = damaged_objects(path)
    if not problems:
        return None
    return DataWarning("pdf_damaged", f"{len(problems)} object(s) of this PDF are damaged "
                       f"(first: {problems[0]}); {lost}: check them against the printed "
                       f"{printed}, or get a fresh copy of the file",
                       SourceRef(path=Path(path).name))


_STREAM_START = re.compile(rb">>(?:\s|%[^\r\n]*)*stream\r?\n")
#: Streams whose damage cannot lose or move text or figures: images.
_NOT_TEXT = re.compile(rb"/Subtype\s*/Image\b")
_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_FILTER = re.compile(rb"/Filter\s*(/[^\s/\[\]<>()]+|\[[^\]]*\]|(\d+)\s+(\d+)\s+R)")
_FILTER_NAME = re.compile(rb"/([^\s/\[\]<>()]+)")
_TEXT_STAGES = {b"ASCII85Decode", b"A85", b"ASCIIHexDecode", b"AHx"}
#: the short names pdfium takes for filters as well as the full ones
_ABBREVIATED = {b"Fl": b"FlateDecode", b"LZW": b"LZWDecode", b"A85": b"ASCII85Decode",
                b"AHx": b"ASCIIHexDecode", b"RL": b"RunLengthDecode"}
#: filters whose output has no bound in their input's size
_EXPANDING = {b"FlateDecode", b"LZWDecode"}


def _names(dictionary: bytes) -> bytes:
    """A dictionary with its names' #xx escapes undone: `/Fl#61teDecode` is /FlateDecode."""
    return _NAME_ESCAPE.sub(lambda m: bytes([int(m[1], 16)]), dictionary) \
        if b"#" in dictionary else dictionary


def _filters(dictionary: bytes, data: bytes) -> tuple[bytes, ...]:
    """The names of a stream's filters, in order (a name, an array, or an object holding
    either); () for none or for an object this plain reading cannot find."""
    found = _FILTER.search(dictionary)
    if found is None:
        return ()
    value = found[1]
    if found[2] is not None:  # "/Filter 9 0 R"
        held = _object_text(data, int(found[2]))
        if held is None:
            return ()
        value = held
    return tuple(_ABBREVIATED.get(name, name) for name in _FILTER_NAME.findall(value))


def _before_flate(raw: bytes, filters: tuple[bytes, ...]) -> bytes:
    """A stream's bytes with the text encodings before its Flate stage undone (ASCII85,
    ASCIIHex); the raw bytes where there are none or they do not decode (zlib then fails and
    the stream is judged damaged, as pdfium would find it)."""
    for name in filters:
        if name not in _TEXT_STAGES:
            break
        try:
            if name in (b"ASCII85Decode", b"A85"):
                raw = base64.a85decode(raw.split(b"~>", 1)[0].removeprefix(b"<~"),
                                       ignorechars=b" \t\n\r\x0b\x0c")
            else:
                digits = re.sub(rb"\s+", b"", raw.split(b">", 1)[0])
                raw = bytes.fromhex((digits + b"0" * (len(digits) % 2)).decode("ascii"))
        except ValueError:
            return raw
    return raw


def _broken_streams(data: bytes) -> list[str]:
    """The Flate-compressed streams of a PDF's bytes that do not decompress to their end
    (page contents, text maps, object streams and font programs; images are skipped)."""
    problems: list[str] = []
    for found in _STREAM_START.finditer(data):
        opening = data.rfind(b"obj", max(0, found.start() - 4000), found.start())
        if opening < 0:
            continue
        # the last "N G obj" before the dictionary
        number = _number_at(data, opening)
        dictionary = _names(data[opening:found.start()])
        filters = _filters(dictionary, data) if number is not None else ()
        if b"FlateDecode" not in filters or b"/DecodeParms" in dictionary \
                or _NOT_TEXT.search(dictionary) \
                or any(f not in _TEXT_STAGES for f in filters[:filters.index(b"FlateDecode")]):
            continue  # a predictor (DecodeParms) is applied after inflating; left alone
        end = data.find(b"endstream", found.end())
        if end < 0:
            problems.append(f"object {number}: its stream has no end")
            continue
        inflate = zlib.decompressobj()
        pending = _before_flate(data[found.end():end], filters)
        try:
            while pending and not inflate.eof:  # in pieces, dropped: only the end matters
                inflate.decompress(pending, 1 << 22)
                pending = inflate.unconsumed_tail
        except zlib.error:
            problems.append(f"object {number}: its compressed stream is damaged")
            continue
        if not inflate.eof:
            problems.append(f"object {number}: its compressed stream is cut short")
    return problems
