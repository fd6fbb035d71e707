"""HTML resolutions: block elements become lines; scripts and styles are ignored."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from mandates.readers.lines import Line
from mandates.readers.txt import decode

_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                     "section", "article", "header", "footer", "title", "td", "blockquote"})


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self.skip += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data.replace("\n", " "))


def read_lines(path: Path) -> list[Line]:
    """Text lines of an HTML resolution, one per block element (no pages)."""
    parser = _Text()
    parser.feed(decode(path.read_bytes(), path))
    parser.close()
    return [Line(text) for text in "".join(parser.parts).split("\n")]
