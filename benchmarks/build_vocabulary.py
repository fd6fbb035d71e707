"""Build the word list the split-word repair checks joins against:
`python -m benchmarks.build_vocabulary` (writes mandates/vocabulary.txt; `--out PATH` elsewhere).

Texts extracted from the UN's PDFs of 2014 and later split about one word in a thousand with
a stray space ("curre ntly", "ju diciary"). `mandates.segment.repair_split_words` joins two
pieces when the joined word occurs elsewhere in the same document; a word the document uses
only once stays split. This list adds the words of the shared text resolutions that at least
`MIN_DOCUMENTS` of them use, lower-cased: a join is also made when the joined word is on the
list and one of the pieces is not (a fragment such as "ntly" is in one document only, so it
never makes the list). Deterministic: the same texts give the same file.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pema

from mandates.segment import VOCABULARY_PATH

#: a word on the list is used by at least this many documents
MIN_DOCUMENTS = 3
_WORD = re.compile(r"[A-Za-z]+")


def vocabulary(texts: list[str], min_documents: int = MIN_DOCUMENTS) -> list[str]:
    """The lower-cased letter runs that at least `min_documents` of `texts` use, sorted."""
    documents: Counter[str] = Counter()
    for text in texts:
        documents.update({w.lower() for w in _WORD.findall(text)})
    return sorted(w for w, n in documents.items() if n >= min_documents)


def shared_texts(folder: Path = pema.TXT) -> list[str]:
    """The shared text resolutions, read as the UN's text files are written (Windows-1252)."""
    return [p.read_text(encoding="cp1252", errors="replace")
            for p in sorted(folder.glob("*.txt"))]


def main(argv: list[str] | None = None) -> int:
    """Read the shared text resolutions and write the list, one word per line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=VOCABULARY_PATH)
    args = parser.parse_args(argv)
    texts = shared_texts()
    if not texts:
        print(f"no text resolutions under {pema.TXT}", file=sys.stderr)
        return 1
    words = vocabulary(texts)
    args.out.write_text("".join(f"{w}\n" for w in words), encoding="ascii")
    print(f"{len(words):,} words used by at least {MIN_DOCUMENTS} of {len(texts):,} texts "
          f"written to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
