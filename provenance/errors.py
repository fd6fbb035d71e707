"""Errors that know their exit code (see CONTRACT.md)."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Process exit codes promised by the public contract."""

    OK = 0
    USAGE = 2
    INPUT = 3
    BATCH_PARTIAL = 4


class CoherenceError(Exception):
    """Base of every error the tool reports to users without a traceback."""

    exit_code: ExitCode = ExitCode.INPUT

    def __init__(self, message: str, *, path: str | Path | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.hint = hint

    def one_line(self) -> str:
        """The single `error:` line shown on stderr: file, problem, what to do."""
        parts = []
        if self.path:
            parts.append(f"{self.path}: ")
        parts.append(self.message.rstrip("."))
        if self.hint:
            parts.append(f"; {self.hint.rstrip('.')}")
        return "error: " + "".join(parts).replace("\n", " ")


class InputError(CoherenceError):
    """An input could not be read: missing, encrypted, corrupt, unsupported or too large."""

    exit_code = ExitCode.INPUT
