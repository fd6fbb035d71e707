"""Write outputs so that a failed run leaves nothing half-written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from provenance import CoherenceError


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; rename it over `target` only on success.

    The temporary file lives in the same directory, so `os.replace` is atomic. On any
    exception the temporary file is removed and `target` is left as it was.
    """
    target = Path(target)
    tmp = _temporary_beside(target)
    try:
        yield tmp
        _replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _temporary_beside(target: Path) -> Path:
    """A new empty temporary file in `target`'s folder (made if need be)."""
    check_name(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # the name cut short: a name the file system allows must still allow its temporary
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:NAME_MAX // 2]}.",
                                        suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise _unwritable(target, exc) from exc
    os.close(fd)
    return Path(tmp_name)


def _replace(tmp: Path, target: Path) -> None:
    """Rename `tmp` over `target`, with the permissions a plain open() would give."""
    try:
        # mkstemp creates 0600; give the file the permissions a plain open() would
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        raise _unwritable(target, exc) from exc


#: the longest file name, in bytes, the usual file systems allow
NAME_MAX = 255


def check_name(target: Path) -> None:
    """CoherenceError when the file name is longer than the file system allows."""
    size = len(os.fsencode(target.name))
    if size > NAME_MAX:
        raise OutputError(f"the file name is {size} bytes, over the {NAME_MAX} the file "
                             "system allows", path=target, hint="choose a shorter name")


def check_writable(target: Path, *, folder: bool = False) -> None:
    """CoherenceError (exit 3) unless a file can be written at `target` (in it, with
    `folder`), found before any work: a name too long, a file where a folder must be, or a
    folder that cannot be written. Nothing is left behind by the check."""
    directory = target if folder else target.parent
    if not folder:
        check_name(target)
        if target.is_dir():
            raise OutputError("is a folder, not a file", path=target,
                                 hint="give the output a file name")
    existing = directory
    while not os.path.lexists(existing) and existing != existing.parent:
        existing = existing.parent  # the folders still to make are made in this one
    if not existing.is_dir():
        raise OutputError("is a file, not a folder", path=existing,
                             hint="choose a folder for the output, or another name")
    if existing != directory:
        if not os.access(existing, os.W_OK | os.X_OK):
            raise OutputError("cannot write here", path=existing,
                                 hint="choose a folder you can write to")
        return
    try:
        fd, probe = tempfile.mkstemp(prefix=".coherence-", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise _unwritable(directory, exc, what="cannot write here") from exc
    os.close(fd)
    os.unlink(probe)


class OutputError(CoherenceError, OSError):
    """An output cannot be written there (exit 3, one line naming it); an OSError still,
    for callers that catch those."""


def _unwritable(path: Path, exc: OSError, what: str = "cannot be written") -> CoherenceError:
    return OutputError(f"{what} ({exc.strerror or exc})", path=path,
                          hint="choose a folder you can write to, with room for the output")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes_atomic(target: str | Path, data: bytes) -> None:
    """Write `data` to `target` through a temporary file and a rename."""
    with atomic_path(target) as tmp:
        try:
            tmp.write_bytes(data)
        except OSError as exc:  # a full disk, a quota
            raise _unwritable(Path(target), exc) from exc


@contextmanager
def staged_writes(outputs: Sequence[tuple[Path, bytes]]) -> Iterator[list[Path]]:
    """Write every (target, bytes) pair to a temporary file beside its target, then yield
    the targets; the temporaries replace them, in order, only when the block succeeds.

    A write that fails (a full disk), a target that is a folder, or a block that raises (a
    history that cannot record the report) removes every temporary and leaves the targets,
    including earlier reports of the same names, as they were. Only a rename can still fail
    after that (in the same folder, rarely); the files renamed before it stay replaced.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for target, data in outputs:
            target = Path(target)
            tmp = _temporary_beside(target)
            staged.append((tmp, target))
            try:
                tmp.write_bytes(data)
            except OSError as exc:  # a full disk, a quota
                raise _unwritable(target, exc) from exc
        for _, target in staged:
            if target.is_dir():
                raise OutputError("is a folder, not a file", path=target,
                                  hint="give the output a file name")
        yield [target for _, target in staged]
        for tmp, target in staged:
            _replace(tmp, target)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise


def write_text_atomic(target: str | Path, text: str) -> None:
    """Write UTF-8 `text` to `target` through a temporary file and a rename."""
    write_bytes_atomic(target, text.encode("utf-8"))


@contextmanager
def atomic_open(target: str | Path, mode: str = "w") -> Iterator[IO[str]]:
    """Open a temporary text file that replaces `target` when the block succeeds."""
    with atomic_path(target) as tmp, open(tmp, mode, encoding="utf-8", newline="") as handle:
        yield handle
