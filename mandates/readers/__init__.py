"""Readers turn a resolution file into printed lines with their page numbers.

Each reader returns `list[Line]`; segmentation (`mandates.segment`) is format-independent.
"""

from mandates.readers.lines import Line, clean_lines

__all__ = ["Line", "clean_lines"]
