"""Score the task coder against PEMA's human coding: `python benchmarks/score_tasks.py`.

For every resolution PEMA coded that we have as text (or paragraph JSON):
  (a) task presence per resolution (a PEMA task is present when any modality column is filled);
  (b) task × operative paragraph, at top-level paragraph number and at full ref (`34ia`);
  (c) modality accuracy where both sides code the task in the same top-level paragraph.
Micro precision/recall/F1, per-task F1 with the worst tasks, by decade, by mission, and on
the development and held-out parts (see `pema.is_held_out`); and, on the paragraphs a
mission's resolutions repeat word for word, PEMA scored against itself (a ceiling for any
coder that reads the same words the same way) beside our coder. Our codebook's extra tasks
(no PEMA key) are left out. `--speed` also times `code_tasks` over the whole corpus.

With the learned filter installed, development resolutions are coded by filters trained
without their mission (out of fold) and held-out ones by the installed filter, so that no
score comes from paragraphs a filter was trained on; `--rules-only` scores the rules alone.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pema

from mandates.missions import MISSIONS
from mandates.model import Modality, Paragraph, ParagraphKind, Strength, Task
from mandates.parse import by_reference
from mandates.task_model import MODEL, TaskModel
from mandates.task_rules import PEMA_KEY, TASK_CUES, normalize
from mandates.tasks import code_tasks


def norm_mission(name: str | None) -> str:
    """Mission names compared without spaces and case; MONUC is MONUSCO's former name."""
    s = re.sub(r"[^A-Z0-9]", "", (name or "").upper())
    # PEMA spells ONUMOZ as UNOMOZ and numbers the first UNOSOM
    return {"MONUC": "MONUSCO", "ONUMOZ": "UNOMOZ", "UNOSOMI": "UNOSOM"}.get(s, s)


def norm_ref(ref: str) -> tuple[str, str]:
    """(top-level number, full ref without punctuation) of one of our refs: `4(a)(i)` → 4, 4ai."""
    m = re.match(r"^(\d+)", ref)
    top = m.group(1) if m else ref
    return top, re.sub(r"[^a-z0-9]", "", ref.lower())


def pema_column(task: Task, category: str) -> str:
    """The PEMA modality column our coding corresponds to."""
    if task.strength is Strength.ENCOURAGED:
        return "Encouraged"
    modality = task.modality_of(category)
    return {Modality.MONITOR: "Monitor", Modality.ASSIST: "Assist",
            Modality.SECURE: "Security"}[modality]


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: AbstractSet[Hashable], predicted: AbstractSet[Hashable]) -> None:
        """Count one comparison of gold and predicted sets."""
        self.tp += len(gold & predicted)
        self.fp += len(predicted - gold)
        self.fn += len(gold - predicted)

    @property
    def precision(self) -> float:
        """tp / (tp + fp)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        """`P 0.80 R 0.75 F1 0.77 (tp/fp/fn)`."""
        return (f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  "
                f"({self.tp}/{self.fp}/{self.fn})")


@dataclass
class Scores:
    """All counters for one slice of the gold resolutions."""

    task: Counts = field(default_factory=Counts)
    para_top: Counts = field(default_factory=Counts)
    para_full: Counts = field(default_factory=Counts)
    modality_agree: int = 0
    modality_total: int = 0
    resolutions: int = 0
    per_task: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    per_task_para: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))

    def summary(self) -> str:
        """One block of text."""
        mod = (self.modality_agree / self.modality_total) if self.modality_total else 0.0
        return (f"  resolutions {self.resolutions}\n"
                f"  task-level       {self.task.line()}\n"
                f"  paragraph (top)  {self.para_top.line()}\n"
                f"  paragraph (full) {self.para_full.line()}\n"
                f"  modality accuracy {mod:.3f} ({self.modality_agree}/{self.modality_total})")


@dataclass
class Outcome:
    """What we predicted for one gold resolution, as comparable sets."""

    gold: pema.GoldResolution
    tasks: set[str]
    para_top: set[tuple[str, str]]
    para_full: set[tuple[str, str]]
    columns: dict[tuple[str, str], set[str]]
    principal: str | None = None  # the mission the parser's metadata puts first
    # top-level operative paragraph -> its words (with its sub-paragraphs), for finding the
    # paragraphs a mission's renewals repeat word for word
    words: dict[str, str] = field(default_factory=dict)
    by_reference: bool = False  # the parser warns that the mandate is set by reference


#: operations the parser knows, PEMA's or not (UNIPSIL, BONUCA, MICIVIH …)
KNOWN_OPERATIONS = frozenset(norm_mission(m) for m in MISSIONS)


def another_operation(mission: str | None, coded: str, all_missions: set[str]) -> bool:
    """True when the parser gives a task to an operation other than the one PEMA coded.

    That operation may be one PEMA codes or one it does not ("requests UNIPSIL to include …"
    in an UNMIL renewal). A name neither PEMA nor the parser's registry knows is taken for a
    spelling of the mission PEMA coded.
    """
    m = norm_mission(mission)
    return bool(m) and m != norm_mission(coded) and (m in all_missions or m in KNOWN_OPERATIONS)


def predict(gold: pema.GoldResolution, tasks: Iterable[Task],
            all_missions: set[str]) -> Outcome:
    """Our tasks for the mission PEMA coded, as PEMA keys and paragraph pairs."""
    keys: set[str] = set()
    tops: set[tuple[str, str]] = set()
    fulls: set[tuple[str, str]] = set()
    columns: dict[tuple[str, str], set[str]] = defaultdict(set)
    for task in tasks:
        if another_operation(task.mission, gold.mission, all_missions):
            continue
        top, full = norm_ref(task.ref)
        for category in task.categories:
            key = PEMA_KEY.get(category)
            if not key:
                continue
            keys.add(key)
            tops.add((key, top))
            fulls.add((key, full))
            columns[(key, top)].add(pema_column(task, category))
    return Outcome(gold, keys, tops, fulls, columns)


def score(outcomes: Iterable[Outcome]) -> Scores:
    """Counters over a set of outcomes."""
    s = Scores()
    for o in outcomes:
        g = o.gold
        s.resolutions += 1
        gold_keys = set(g.tasks)
        s.task.add(gold_keys, o.tasks)
        for key in gold_keys | o.tasks:
            s.per_task[key].add({key} & gold_keys, {key} & o.tasks)
        if not g.paragraphs_scorable:
            continue
        gold_top = {(k, top) for k, refs in g.refs.items() for top, _ in refs}
        gold_full = {(k, full) for k, refs in g.refs.items() for _, full in refs}
        s.para_top.add(gold_top, o.para_top)
        s.para_full.add(gold_full, o.para_full)
        for key in {k for k, _ in gold_top | o.para_top}:
            s.per_task_para[key].add({p for p in gold_top if p[0] == key},
                                     {p for p in o.para_top if p[0] == key})
        for pair in gold_top & o.para_top:
            s.modality_total += 1
            if o.columns.get(pair, set()) & g.ref_modalities.get(pair, set()):
                s.modality_agree += 1
    return s


def paragraph_words(paragraphs: list[Paragraph]) -> dict[str, str]:
    """Each top-level operative paragraph's words, lower case, its sub-paragraphs included and
    a leading "also", "further" or "moreover" dropped (renewals add them)."""
    texts: dict[str, list[str]] = defaultdict(list)
    for p in paragraphs:
        if p.kind is ParagraphKind.OPERATIVE:
            texts[norm_ref(p.ref)[0]].append(p.text)
    out = {}
    for top, parts in texts.items():
        words = re.sub(r"[^a-z]+", " ", " ".join(parts).lower()).strip()
        out[top] = re.sub(r"^(\w+ )?(?:also|further|moreover) ", r"\1", words)
    return out


@dataclass
class Repeated:
    """PEMA against itself, and our coder, on the paragraphs a mission's resolutions repeat."""

    groups: int = 0  # distinct paragraphs that recur word for word
    coded_differently: int = 0  # of which PEMA coded the occurrences differently
    pema: Counts = field(default_factory=Counts)  # each occurrence scored against each other
    ours: Counts = field(default_factory=Counts)  # each occurrence scored against PEMA


def repeated_paragraphs(outcomes: Iterable[Outcome], min_chars: int = 80) -> Repeated:
    """How consistently PEMA coded a paragraph that recurs word for word in two or more
    resolutions of the same mission, and how our coder scores on the same paragraphs: the
    first is a ceiling for any coder that reads the same words the same way."""
    seen: dict[tuple[str, str], list[tuple[int, frozenset[str], frozenset[str]]]] = \
        defaultdict(list)
    for o in outcomes:
        if not o.gold.paragraphs_scorable:
            continue
        for top, words in o.words.items():
            if len(words) < min_chars:
                continue
            gold = frozenset(k for k, refs in o.gold.refs.items() if any(t == top for t, _ in refs))
            ours = frozenset(k for k, t in o.para_top if t == top)
            seen[(o.gold.mission, words)].append((o.gold.number, gold, ours))
    r = Repeated()
    for occurrences in seen.values():
        if len({n for n, _, _ in occurrences}) < 2:
            continue
        r.groups += 1
        r.coded_differently += len({g for _, g, _ in occurrences}) > 1
        for i, (_, gold, ours) in enumerate(occurrences):
            r.ours.add(gold, ours)
            for j, (_, other, _) in enumerate(occurrences):
                if i != j:
                    r.pema.add(gold, other)
    return r


def keyword_baseline(paragraphs: list[Paragraph]) -> tuple[Task, ...]:
    """The naive baseline: every operative paragraph, coded with the cues, whoever is tasked."""
    out: list[Task] = []
    for p in paragraphs:
        if p.kind is not ParagraphKind.OPERATIVE:
            continue
        text = normalize(p.text)
        found = [c.id for c in TASK_CUES if c.pattern.search(text)]
        if found:
            out.append(Task(p.ref, None, found[0], tuple(found), Modality.ASSIST,
                            Strength.REQUESTED, False, p.text))
    return tuple(out)


def run(limit_missions: set[str] | None = None, learned: bool = True,
        fold_models: dict[str, TaskModel] | None = None,
        baseline: bool = False) -> tuple[list[Outcome], dict[str, int]]:
    """Read, code and compare every PEMA-coded resolution we hold.

    With `fold_models` (mission -> model trained without that mission's fold, "*" -> model
    trained on all development data), every resolution is coded by a filter that never saw it.
    """
    golds = [g for g in pema.load_gold() if pema.find_document(g.number) is not None]
    all_missions = {norm_mission(g.mission) for g in golds}
    outcomes: list[Outcome] = []
    readers: Counter[str] = Counter()
    cache: dict[tuple[int, int],
                tuple[tuple[Task, ...], str, str | None, list[Paragraph], bool]] = {}
    for g in golds:
        if limit_missions and g.mission not in limit_missions:
            continue
        model = None
        if fold_models:
            model = fold_models["*"] if g.held_out else fold_models.get(g.mission)
        key = (g.number, id(model))
        if key not in cache:
            path = pema.find_document(g.number)
            assert path is not None
            paragraphs, missions, how = pema.read_paragraphs(path)
            coded = (keyword_baseline(paragraphs) if baseline else
                     code_tasks(paragraphs, missions, learned=learned, model=model))
            cache[key] = (coded, how, missions[0] if missions else None, paragraphs,
                          bool(by_reference(paragraphs, path.name)))
        tasks, how, principal, paragraphs, referenced = cache[key]
        if pema.cites_beyond(g, paragraphs):
            g.paragraphs_scorable = False
        readers[how] += 1
        outcome = predict(g, tasks, all_missions)
        outcome.principal = principal
        outcome.words = paragraph_words(paragraphs)
        outcome.by_reference = referenced
        outcomes.append(outcome)
    return outcomes, dict(readers)


def _without(o: Outcome, keys: set[str]) -> Outcome:
    """The outcome with some PEMA tasks left out on both sides."""
    gold = pema.GoldResolution(
        o.gold.number, o.gold.signature, o.gold.mission, o.gold.year,
        {k: v for k, v in o.gold.tasks.items() if k not in keys},
        {k: v for k, v in o.gold.refs.items() if k not in keys},
        {k: v for k, v in o.gold.ref_modalities.items() if k[0] not in keys},
        o.gold.paragraphs_scorable)
    return Outcome(gold, o.tasks - keys, {p for p in o.para_top if p[0] not in keys},
                   {p for p in o.para_full if p[0] not in keys},
                   {k: v for k, v in o.columns.items() if k[0] not in keys})


def ceiling(counts: Counts) -> float:
    """F1 of a filter that keeps exactly the right ones of these candidates: it cannot add what
    the rules miss, so its precision is 1 and its recall is theirs."""
    return 2 * counts.tp / (2 * counts.tp + counts.fn) if counts.tp else 0.0


def report(outcomes: list[Outcome], worst: int = 12, by_mission: bool = True,
           rules_only: bool = False) -> str:
    """The printed report; with `rules_only`, also the best any filter over the rules could do."""
    out: list[str] = []
    overall = score(outcomes)
    out.append("ALL\n" + overall.summary())
    if rules_only:
        out.append("CEILING OF ANY FILTER OVER THESE RULES (keeps exactly the candidates PEMA "
                   "coded: precision 1, the rules' recall)\n"
                   f"  task-level F1 {ceiling(overall.task):.3f}  "
                   f"paragraph (top) F1 {ceiling(overall.para_top):.3f}")
    for name, keep in (("DEVELOPMENT", False), ("HELD-OUT", True)):
        part = [o for o in outcomes if o.gold.held_out is keep]
        out.append(f"{name}\n" + score(part).summary())
    # two views that explain the gap to the targets; the figures above are the headline
    stated = [o for o in outcomes if o.tasks]
    silent = [o for o in outcomes if not o.tasks]
    out.append(f"WHERE THE TEXT TASKS THE MISSION (the coder found a task in {len(stated)} "
               f"resolutions; in the other {len(silent)}, which renew, approve a report or "
               f"cite another resolution, PEMA coded {sum(len(o.gold.tasks) for o in silent)} "
               "presences)\n" + score(stated).summary())
    for name, keep in (("DEVELOPMENT", False), ("HELD-OUT", True)):
        part = [o for o in outcomes if o.gold.held_out is keep]
        referenced = [o for o in part if o.by_reference]
        in_text = [o for o in part if not o.by_reference]
        out.append(f"{name}: MANDATE SET BY REFERENCE ({len(referenced)} resolutions that set "
                   "or renew the mandate by reference to a report, an agreement or another "
                   "resolution (the parser's tasks_by_reference warning); PEMA's coders could "
                   "read the cited document, the parser reads only this one)\n"
                   + score(referenced).summary()
                   + f"\n{name}: THE OTHER {len(in_text)} RESOLUTIONS\n" + score(in_text).summary())
    diverge = {"UseOfForce", "ArmsEmbargo", "OffensOper"}
    out.append(f"WITHOUT {', '.join(sorted(diverge))} (our codebook codes every authorization "
               "to use force and every arms-embargo task; PEMA's coders rarely did)\n"
               + score([_without(o, diverge) for o in outcomes]).summary())
    rep = repeated_paragraphs(outcomes)
    out.append(f"REPEATED PARAGRAPHS ({rep.groups} paragraphs recur word for word in two or more "
               f"resolutions of a mission; PEMA coded {rep.coded_differently} of them "
               "differently across renewals)\n"
               f"  PEMA against itself  {rep.pema.line()}\n"
               f"  our coder            {rep.ours.line()}")
    out.append("\nBY DECADE (task F1 / paragraph F1, all | held-out)")
    for decade in sorted({o.gold.decade for o in outcomes}):
        part = [o for o in outcomes if o.gold.decade == decade]
        held = [o for o in part if o.gold.held_out]
        a, h = score(part), score(held)
        out.append(f"  {decade}: n={a.resolutions:3d} task {a.task.f1:.3f} "
                   f"para {a.para_top.f1:.3f}  | held-out n={h.resolutions:3d} "
                   f"task {h.task.f1:.3f} para {h.para_top.f1:.3f}")
    if by_mission:
        out.append("\nBY MISSION (task F1 and paragraph F1, with TP/FP/FN: an F1 of 0 over no "
                   "task on either side is no failure; * = held-out mission)")
        for mission in sorted({o.gold.mission for o in outcomes}):
            part = [o for o in outcomes if o.gold.mission == mission]
            s = score(part)
            star = "*" if mission in pema.HELD_OUT_MISSIONS else " "
            t, p = s.task, s.para_top
            out.append(f" {star}{mission:11s} n={s.resolutions:3d} task {t.f1:.3f} "
                       f"({t.tp}/{t.fp}/{t.fn})  para {p.f1:.3f} ({p.tp}/{p.fp}/{p.fn})")
    out.append("\nWORST TASKS (paragraph level, by F1; at least 5 gold) — of "
               f"{len(overall.per_task_para)}")
    ranked = sorted(((c.f1, k, c) for k, c in overall.per_task_para.items() if c.tp + c.fn >= 5))
    for f1, key, c in ranked[:worst]:
        t = overall.per_task[key]
        out.append(f"  {key:17s} para F1 {f1:.3f} ({c.tp}/{c.fp}/{c.fn})   task F1 {t.f1:.3f} "
                   f"({t.tp}/{t.fp}/{t.fn})")
    return "\n".join(out)


def speed() -> str:
    """Time `code_tasks` alone over every text and JSON resolution (segmentation excluded)."""
    docs = []
    for path in pema.corpus_files():
        paragraphs, missions, _ = pema.read_paragraphs(path)
        docs.append((paragraphs, missions))
    n_paragraphs = sum(len(p) for p, _ in docs)
    start = time.perf_counter()
    n_tasks = sum(len(code_tasks(p, m)) for p, m in docs)
    elapsed = time.perf_counter() - start
    return (f"code_tasks over {len(docs)} resolutions ({n_paragraphs} operative paragraphs): "
            f"{elapsed:.2f} s, {1000 * elapsed / len(docs):.2f} ms per resolution, "
            f"{n_tasks} tasks")


def main(argv: list[str] | None = None) -> int:
    """Print the scores (and, with --speed, the timing)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", action="store_true", help="also time code_tasks over the corpus")
    parser.add_argument("--worst", type=int, default=12, help="how many worst tasks to list")
    parser.add_argument("--no-missions", action="store_true", help="omit the per-mission table")
    parser.add_argument("--rules-only", action="store_true",
                        help="score the rules without the learned filter")
    parser.add_argument("--baseline", action="store_true",
                        help="score naive keyword cues on every operative paragraph instead")
    parser.add_argument("--in-sample", action="store_true",
                        help="code development resolutions with the installed filter, which was "
                             "trained on them (faster; flatters the development scores). By "
                             "default they are coded out of fold, by filters trained without "
                             "their mission")
    args = parser.parse_args(argv)
    if not pema.GOLD.exists():
        print(f"error: PEMA gold not found at {pema.GOLD}", file=sys.stderr)
        return 3
    fold_models = None
    if MODEL is not None and not args.in_sample and not args.rules_only and not args.baseline:
        from train_tasks import fold_models as train_fold_models

        fold_models = train_fold_models()
    outcomes, readers = run(learned=not args.rules_only, fold_models=fold_models,
                            baseline=args.baseline)
    state = "off" if args.rules_only or (MODEL is None and not fold_models) else (
        "on (development scored out of fold)" if fold_models else "on (installed model)")
    if args.baseline:
        state = "n/a (keyword baseline)"
    print(f"read with: {readers}; learned filter: {state}")
    gold_presences = sum(len(o.gold.tasks) for o in outcomes)
    without_ref = sum(1 for o in outcomes for k in o.gold.tasks
                      if not o.gold.paragraphs_scorable or not o.gold.refs.get(k))
    print(f"PEMA task presences: {gold_presences}, of which {without_ref} were coded from "
          "other documents (reports, agreements), not from a paragraph of the resolution")
    beyond = sorted(o.gold.number for o in outcomes if o.gold.cites_beyond)
    print(f"{len(beyond)} resolutions are left out of paragraph scoring because PEMA cites "
          f"paragraphs they do not have (a report's numbering): {beyond}")
    same = sum(1 for o in outcomes if norm_mission(o.principal) == norm_mission(o.gold.mission))
    print(f"principal mission (first in the parser's metadata) is PEMA's mission in {same} of "
          f"{len(outcomes)} resolutions")
    print(report(outcomes, args.worst, not args.no_missions, rules_only=args.rules_only))
    if args.speed:
        print("\n" + speed())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
