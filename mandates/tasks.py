"""Task coding: which paragraphs task the mission, with what, how firmly, how urgently.

Interface used by `mandates.parse`: `code_tasks(paragraphs, missions)`. The task ids are
those of the codebook (`coherence.codebook`, mirrored from ../shared/codebook/tasks.csv);
this module keeps the resolution-side cues because `mandates/` may not import `coherence/`.
"""

from __future__ import annotations

from collections.abc import Sequence

from mandates.model import Paragraph, Task


def code_tasks(paragraphs: Sequence[Paragraph], missions: Sequence[str]) -> tuple[Task, ...]:
    """Tasks the resolution gives the mission(s), one per tasking paragraph, in order."""
    return ()
