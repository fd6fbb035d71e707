"""Guards applied to untrusted input files before any parser opens them."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from provenance.errors import InputError

#: Largest input file accepted, in bytes. UN budget reports are under 5 MB.
MAX_FILE_BYTES = 200 * 1024 * 1024
#: Limits for zip containers (xlsx, docx): total uncompressed size, ratio, members.
MAX_ZIP_UNCOMPRESSED = 500 * 1024 * 1024
MAX_ZIP_RATIO = 200
MAX_ZIP_MEMBERS = 10_000


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """A document as read: the path the user gave, its checksum and its format."""

    path: str
    sha256: str
    format: str

    def to_json(self) -> dict[str, str]:
        """The contract's `source` object."""
        return {"path": self.path, "sha256": self.sha256, "format": self.format}


def sha256_of(path: str | Path) -> str:
    """Hex SHA-256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


#: bytes no text holds: controls other than tab, line ends, form feed and Ctrl-Z
_CONTROLS = bytes(b for b in range(1, 32) if b not in b"\t\n\r\x0b\x0c\x1a")


def looks_binary(data: bytes) -> bool:
    """True when the bytes around a file's zero bytes are not text either: a PDF, an image or
    a zip file under a text name, not a text with a zeroed stretch (a damaged copy)."""
    sample = data.replace(b"\x00", b"")[:4096]
    return not sample.strip() or \
        len(sample) - len(sample.translate(None, _CONTROLS)) > 0.01 * len(sample)


def check_readable(path: str | Path, *, max_bytes: int = MAX_FILE_BYTES) -> Path:
    """Fail with an InputError unless `path` is an existing, non-empty regular file within
    limits."""
    p = Path(path)
    try:
        os.stat(p)
    except OSError as exc:  # a name too long (ENAMETOOLONG), a folder it cannot enter
        if not isinstance(exc, FileNotFoundError):
            raise InputError(f"cannot be opened ({exc.strerror})", path=p,
                             hint="check the path, or give the file a shorter name") from exc
    except ValueError as exc:  # a NUL byte
        raise InputError("is not a usable path (it holds a NUL byte)", path=p,
                         hint="check the path") from exc
    if not p.exists():
        if p.is_symlink():
            raise InputError(f"is a link to {os.readlink(p)}, which is not there", path=p,
                             hint="link it to the file where it is now, or copy the file in")
        raise InputError("file not found", path=p, hint="check the path")
    if p.is_dir():
        raise InputError("is a directory, not a file", path=p, hint="name a file")
    try:
        status = p.stat()
        if not stat.S_ISREG(status.st_mode):
            # opening a pipe waits for a writer that may never come: a batch would hang on it
            raise InputError("is not a regular file but a pipe, socket or device, which can "
                             "be read only once and may never end", path=p,
                             hint="save the document to a file and give that file's path")
        size = status.st_size
        with open(p, "rb"):
            pass
    except OSError as exc:
        raise InputError(f"cannot be opened ({exc.strerror})", path=p,
                         hint="check its permissions") from exc
    if size == 0:
        raise InputError("file is empty", path=p, hint="supply the complete document")
    if size > max_bytes:
        raise InputError(
            f"file is {size:,} bytes, over the {max_bytes:,}-byte limit",
            path=p,
            hint="check that this is the document meant: none of its kind is near that size",
        )
    return p


def check_zip_container(path: str | Path, *, kind: str, parts: tuple[str, ...] = (),
                        spare: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Refuse a zip-based document (xlsx, docx) that is corrupt or could be a zip bomb.

    No reader checks this itself: the total uncompressed size, the compression ratio and
    the member count are checked here before the file is handed to openpyxl or python-docx.
    The members whose names start with one of `parts` (those a reader takes its content
    from) must also decompress whole and match their checksums: python-calamine reads a
    damaged sheet as far as it can, without a word (a workbook of 211 lines read as 12).
    Those that start with one of `spare` (a document's images) are checked as well but not
    refused: the names of the damaged ones are returned, for the reader to do without them.
    """
    p = Path(path)
    try:
        with zipfile.ZipFile(p) as archive:
            return _check_members(archive, p, kind, parts, spare)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError) as exc:
        # NotImplementedError: a central directory naming a zip version Python cannot read
        if _is_compound_file(p):
            # Word 97-2003 and Excel 97-2003 files, and Office files saved with a password
            # (their encrypted package sits in the same container), are not zip files
            raise InputError(
                f"cannot be read as {kind}: it is an older Office document (Word or Excel "
                "97-2003) or one protected with a password", path=p,
                hint=f"open it in Word, Excel or LibreOffice and save an unprotected copy as "
                f"{kind}, or give the PDF") from exc
        raise InputError(
            f"not a valid {kind} file (the zip container is corrupt or truncated)",
            path=p,
            hint=f"re-download or re-save it as {kind}",
        ) from exc


def _check_members(archive: zipfile.ZipFile, path: Path, kind: str,
                   parts: tuple[str, ...], spare: tuple[str, ...]) -> tuple[str, ...]:
    """InputError for too many members, too many bytes or too high a ratio, then for the
    first member whose name starts with one of `parts` that does not read whole (a zeroed or
    cut stretch of the file: a bad header, a broken compressed stream, a wrong checksum);
    the members under `spare` that do not read whole."""
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise InputError(f"{kind} holds {len(members):,} parts, over the limit of "
                         f"{MAX_ZIP_MEMBERS:,}", path=path, hint="this does not look like a "
                         "real document; check its origin")
    total = sum(m.file_size for m in members)
    compressed = sum(m.compress_size for m in members) or 1
    if total > MAX_ZIP_UNCOMPRESSED:
        raise InputError(f"{kind} expands to {total:,} bytes, over the limit of "
                         f"{MAX_ZIP_UNCOMPRESSED:,}", path=path,
                         hint="this looks like a zip bomb; check its origin")
    if total / compressed > MAX_ZIP_RATIO and total > 10 * 1024 * 1024:
        raise InputError(f"{kind} compresses {total / compressed:.0f} to 1, over the limit "
                         f"of {MAX_ZIP_RATIO}", path=path,
                         hint="this looks like a zip bomb; check its origin")
    damaged: list[str] = []
    for member in members:
        spared = bool(spare) and member.filename.startswith(spare)
        if not spared and (not parts or not member.filename.startswith(parts)):
            continue
        try:
            with archive.open(member) as part:
                while part.read(1 << 20):
                    pass
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError,
                NotImplementedError) as exc:
            if spared:
                damaged.append(member.filename)
                continue
            raise InputError(f"is damaged: its part {member.filename} does not read "
                             "whole (bytes zeroed or cut off)",
                             path=path, hint=f"download it again, or open it and save "
                             f"it again as {kind}") from exc
    return tuple(damaged)


_COMPOUND_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
#: formats a user may have that are not read (older, open or macro-enabled ones), and the
#: one to save them as
_SAVE_AS = {".doc": ".docx", ".rtf": ".docx", ".odt": ".docx", ".xls": ".xlsx", ".ods": ".xlsx",
            ".xlsm": ".xlsx", ".docm": ".docx"}


def _is_compound_file(path: Path) -> bool:
    """True for an OLE compound file (the container of .doc, .xls and encrypted OOXML)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_COMPOUND_FILE)) == _COMPOUND_FILE
    except OSError:
        return False


def check_suffix(path: Path, supported: tuple[str, ...], what: str) -> str:
    """The file's lower-case suffix; InputError unless it is one of `supported`."""
    suffix = path.suffix.lower()
    if suffix not in supported:
        target = _SAVE_AS.get(suffix)
        save = (f"open it in Word, Excel or LibreOffice and save it as {target}, or give "
                if target in supported else "give ")
        raise InputError(f"unsupported file type {suffix or '(none)'!r}", path=path,
                         hint=f"{save}{what} as " + ", ".join(supported))
    return suffix


def json_list(text: str, path: Path, *, of: str, example: str, hint: str,
              error: type[InputError] = InputError) -> list[Any]:
    """The list a JSON file holds: `error` (exit code 3) naming the file when it is not one.

    `of` names the items ("missions"), `example` shows one list written right, `hint` says
    what to do with a file that is not JSON at all.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise error(f"is not valid JSON ({exc.msg}, line {exc.lineno})", path=path,
                    hint=hint) from exc
    except RecursionError as exc:  # "[[[[…" nested deeper than Python's stack
        raise error("is not a usable JSON list (nested too deeply to read)", path=path,
                    hint=hint) from exc
    except ValueError as exc:  # a number of more digits than int() converts (4,300)
        raise error("is not a usable JSON list (it holds a number too long to read)",
                    path=path, hint=hint) from exc
    if not isinstance(data, list):
        raise error(f"must be a JSON list of {of}", path=path, hint=f"write {example}")
    return data


def csv_delimiter(text: str) -> tuple[str, str, int]:
    """(delimiter, text, lines taken off) of a spreadsheet's CSV export: the header row's
    commonest of ',', ';' and tab (some locales save with ';' or tabs), or the one Excel's
    own first line names ('sep=;'), which is then taken off the text."""
    first = next((line for line in text.splitlines() if line.strip()), "")
    said = re.fullmatch(r"\s*sep=(.)\s*", first)
    if said:
        return said[1], text.replace(first, "", 1).lstrip("\r\n"), 1
    return (max((",", ";", "\t"), key=first.count) if first else ","), text, 0
