"""The learned filter over the rules' candidate tasks.

The rules in `mandates.tasks` propose, for each paragraph that tasks the mission, every
codebook task its words name. PEMA's coders keep some of those and not others (a task
named in passing, "with particular attention to women", is often not coded). This module
scores each candidate with a small logistic model over general features of the candidate
(which task, which cue, how the mission is tasked, where the cue stands, the words just
before it) and drops those below a threshold. The weights are a JSON file written by
`python -m benchmarks.train_tasks --install`, trained on the development part of PEMA's
coding; scored on paragraphs they were not trained on (out of fold by mission, and the
held-out missions) they beat the rules alone, so `code_tasks` applies them by default.
Without the file every candidate is kept.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from pathlib import Path

from mandates.model import Modality, Strength

MODEL_PATH = Path(__file__).with_name("task_model.json")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One codebook task the rules found in a tasking paragraph."""

    category: str
    cue: str  # the words that named it
    modality: Modality
    strength: Strength
    trigger: str  # how the mission was tasked ("request-mission", "chapeau", …)
    rank: int  # order of first mention among the paragraph's tasks
    count: int  # how many tasks the paragraph names
    before: str  # the words just before the cue
    level: int  # 1 for a paragraph, 2–3 for sub-paragraphs
    from_context: bool  # named in the clause before ("… and requests X to help in this")
    topic: bool  # the heading above names this task


_ALONGSIDE = re.compile(r"\b(?:including|inter alia|such as|particular(?:ly)?|especially|"
                        r"notably|attention to|as well as|and other)\b")


_WORD = re.compile(r"[a-z]+")

# the Council's rarer verbs of request ("Directs MISSION to", "Mandates MISSION to") task the
# mission as "Requests" does; PEMA's texts seldom or never use them, so they share its weights
# ("Tasks/Entrusts/Charges X with …" are left out: with no "to" after them, the mission named
# in what X is charged with is read as their object too often)
_AS_REQUEST = {f"{verb}-mission": "request-mission"
               for verb in ("ask", "mandate", "direct", "instruct")}


def features(c: Candidate) -> list[str]:
    """The candidate's features (strings; each present feature has value 1)."""
    trigger = c.trigger.removesuffix("+cont")
    trigger = _AS_REQUEST.get(trigger, trigger)
    words = _WORD.findall(c.before)[-3:]
    feats = [
        f"cat={c.category}",
        f"cat={c.category}|trig={trigger}",
        f"trig={trigger}",
        f"cue={c.category}:{c.cue}",
        f"rank={min(c.rank, 4)}",
        f"cat={c.category}|first={c.rank == 0}",
        f"count={min(c.count, 6)}",
        f"mod={c.modality}",
        f"cat={c.category}|mod={c.modality}",
        f"str={c.strength}",
        f"level={min(c.level, 3)}",
    ]
    if c.from_context:
        feats.append("context")
    if c.topic:
        feats.append("topic")
    if _ALONGSIDE.search(c.before):
        feats.append("alongside")
        feats.append(f"cat={c.category}|alongside")
    feats += [f"pre={w}" for w in dict.fromkeys(words)]
    return feats


@dataclass(frozen=True, slots=True)
class TaskModel:
    """Logistic weights over `features`, and the probability below which a task is dropped."""

    weights: dict[str, float]
    bias: float
    threshold: float
    applies_to: frozenset[str]  # the tasks the model was trained on (PEMA's)
    penalty: float = 3.0  # the L2 penalty it was trained with (for retraining by folds)

    def probability(self, c: Candidate) -> float:
        """How likely PEMA's coders would code this candidate in this paragraph."""
        return self.probability_of(features(c))

    def probability_of(self, feats: list[str] | tuple[str, ...]) -> float:
        """The logistic score of a feature list."""
        z = self.bias + sum(self.weights.get(f, 0.0) for f in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keep(self, c: Candidate) -> bool:
        """False for a candidate the model would drop; tasks it was not trained on are kept."""
        return c.category not in self.applies_to or self.probability(c) >= self.threshold

    def to_json(self) -> dict[str, object]:
        """The file format."""
        return {"bias": self.bias, "threshold": self.threshold, "penalty": self.penalty,
                "applies_to": sorted(self.applies_to),
                "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())}}


def load(path: Path = MODEL_PATH) -> TaskModel | None:
    """The trained model, or None when no model file is shipped."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return TaskModel({str(k): float(v) for k, v in data["weights"].items()},
                     float(data["bias"]), float(data["threshold"]),
                     frozenset(data["applies_to"]), float(data.get("penalty", 3.0)))


MODEL: TaskModel | None = load()
