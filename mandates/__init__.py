"""Security Council resolutions → `Resolution` (paragraphs, tasks, ceilings, dates).

Knows resolutions and nothing else: imports neither `budgets` nor `coherence`.

    >>> from mandates import parse_resolution
    >>> res = parse_resolution("S_RES_2765(2024).pdf")
    >>> res.symbol, res.mandate_expires
"""

from mandates.model import (
    CeilingKind,
    Modality,
    Paragraph,
    ParagraphKind,
    PersonnelCeiling,
    ReportingRequest,
    Resolution,
    Strength,
    Task,
)
from mandates.parse import SUPPORTED_SUFFIXES, parse_resolution, parse_resolutions

__all__ = [
    "SUPPORTED_SUFFIXES",
    "CeilingKind",
    "Modality",
    "Paragraph",
    "ParagraphKind",
    "PersonnelCeiling",
    "ReportingRequest",
    "Resolution",
    "Strength",
    "Task",
    "parse_resolution",
    "parse_resolutions",
]
