"""Write outputs so that a failed run leaves nothing half-written."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO


@contextmanager
def atomic_path(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside `target`; rename it over `target` only on success.

    The temporary file lives in the same directory, so `os.replace` is atomic. On any
    exception the temporary file is removed and `target` is left as it was.
    """
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                    dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        # mkstemp creates 0600; give the file the permissions a plain open() would
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_bytes_atomic(target: str | Path, data: bytes) -> None:
    """Write `data` to `target` through a temporary file and a rename."""
    with atomic_path(target) as tmp:
        tmp.write_bytes(data)


def write_text_atomic(target: str | Path, text: str) -> None:
    """Write UTF-8 `text` to `target` through a temporary file and a rename."""
    write_bytes_atomic(target, text.encode("utf-8"))


@contextmanager
def atomic_open(target: str | Path, mode: str = "w") -> Iterator[IO[str]]:
    """Open a temporary text file that replaces `target` when the block succeeds."""
    with atomic_path(target) as tmp, open(tmp, mode, encoding="utf-8", newline="") as handle:
        yield handle
