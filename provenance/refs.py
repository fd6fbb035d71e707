"""Source references and data-problem records."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SourceRef:
    """Where a value stands in its source document.

    Workbooks give `sheet` and `cell`; PDF and DOCX give `page` (1-based; for DOCX the
    page is unknown and left None) and `table`; resolutions give `paragraph` (`13(a)`,
    `PP2`) and `page`. `path` is the document as the user named it.
    """

    path: str | None = None
    page: int | None = None
    paragraph: str | None = None
    sheet: str | None = None
    cell: str | None = None
    table: str | None = None

    def label(self) -> str:
        """The short form used in the JSON `at` field and in the report's annex.

        `Financial resources!B14` for a cell, `p.12, table 3` for a PDF table,
        `para 36(a)(ii), p.9` for a resolution paragraph.
        """
        if self.sheet is not None and self.cell is not None:
            return f"{self.sheet}!{self.cell}"
        parts: list[str] = []
        if self.paragraph is not None:
            parts.append(f"para {self.paragraph}")
        if self.page is not None:
            parts.append(f"p.{self.page}")
        if self.table is not None:
            parts.append(self.table)
        if self.cell is not None:
            parts.append(self.cell)
        return ", ".join(parts) if parts else (self.path or "")


@dataclass(frozen=True, slots=True)
class DataWarning:
    """A data problem found while reading: recorded, shown in the report, never dropped.

    `code` is a stable snake_case identifier (`subtotal_mismatch`, `unreadable_page`);
    `message` says what is wrong in words; `at` points at the source, `also_at` at the
    other location involved (a subtotal and the lines it should equal, for example).
    """

    code: str
    message: str
    at: SourceRef | None = None
    also_at: tuple[SourceRef, ...] = ()
    severity: str = "warning"

    @property
    def is_note(self) -> bool:
        """True for a note on how a document was read (severity `info`: a renewal that
        restates no task, an expiry counted from a period), False for a problem that may make
        a figure wrong."""
        return self.severity == "info"

    def to_json(self) -> dict[str, object]:
        """The contract's warning object: `code`, `message`, `at` (+ `also_at`)."""
        out: dict[str, object] = {
            "code": self.code,
            "message": self.message,
            "at": self.at.label() if self.at else None,
        }
        if self.also_at:
            out["also_at"] = [ref.label() for ref in self.also_at]
        if self.severity != "warning":
            out["severity"] = self.severity
        return out


def grouped(warnings: Sequence[DataWarning], *, over: int = 3
            ) -> list[tuple[DataWarning, tuple[DataWarning, ...]]]:
    """Each warning with the later ones of its code, for a code repeated more than `over`
    times (18 sub-paragraphs printed without their letters: one entry that lists where);
    a code repeated less often keeps one entry per warning. In the order first seen."""
    counts = Counter(w.code for w in warnings)
    out: list[tuple[DataWarning, tuple[DataWarning, ...]]] = []
    done: set[str] = set()
    for w in warnings:
        if counts[w.code] <= over:
            out.append((w, ()))
        elif w.code not in done:
            done.add(w.code)
            out.append((w, tuple(x for x in warnings if x.code == w.code and x is not w)))
    return out
