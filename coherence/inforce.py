"""The mandate in force: a renewal read together with the resolutions that set its tasks.

Many renewals restate no task. UNIFIL's 2749 (2024) extends a mandate whose tasks are in
1701 (2006); MINURSO's, UNFICYP's and UNDOF's renewals do the same. A delegation reading the
report wants the tasks in force, not the few words of the renewal. `in_force` takes the
renewal and the resolutions that set its tasks (`--tasks-from`) and gives one `Resolution`:
the renewal's own dates, ceilings and tasks, plus every task of the earlier resolutions for
the same mission, each cited with the resolution it comes from (`11(a) of 1701 (2006)`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from mandates.metadata import resolutions_cited
from mandates.model import Resolution, Task
from provenance import DataWarning, SourceRef

#: what a task taken from an earlier resolution adds to its paragraph ref
SEPARATOR = " of "


def short_symbol(resolution: Resolution) -> str:
    """`1701 (2006)` for `S/RES/1701 (2006)`; the file name when the symbol is unknown."""
    if resolution.symbol:
        return resolution.symbol.removeprefix("S/RES/")
    return resolution.source.path


def is_inherited(ref: str) -> bool:
    """True for the ref of a task taken from an earlier resolution (`11(a) of 1701 (2006)`)."""
    return SEPARATOR in ref


def in_force(resolution: Resolution, bases: Sequence[Resolution], *,
             notes: bool = True) -> Resolution:
    """`resolution` with the tasks `bases` give its mission added after its own.

    A base for another mission adds nothing and leaves a warning; so does the resolution
    itself given as its own base. A base the renewal does not cite is used, with a warning
    saying so. The renewal's own paragraphs, dates and ceilings are kept as they are.
    `notes=False` leaves the warnings out (for a second resolution read with the same bases,
    whose notes would repeat the first's).
    """
    mission = resolution.missions[0] if resolution.missions else None
    cited = {number for p in resolution.operative for number, _ in resolutions_cited(p.text)}
    tasks = list(resolution.tasks)
    said: list[DataWarning] = []
    for base in bases:
        name = short_symbol(base)
        where = SourceRef(path=base.source.path)
        if base.symbol is not None and base.symbol == resolution.symbol:
            said.append(DataWarning(
                "tasks_from_same", f"{name} was given as the resolution that sets the tasks of "
                "itself; nothing was added", where))
            continue
        if mission is not None and base.missions and mission not in base.missions:
            said.append(DataWarning(
                "tasks_from_other_mission", f"{name} sets tasks for "
                f"{', '.join(base.missions[:3])}, not {mission}; none of its tasks were added "
                "(give the resolution that sets this mission's tasks)", where))
            continue
        added = [_inherited(t, name) for t in base.tasks
                 if mission is None or t.mission in (None, mission)]
        tasks += added
        number = name.split(" ", 1)[0]
        cites = f"; {short_symbol(resolution)} does not cite it, check that it is the " \
                "resolution this one renews" if number not in cited else ""
        categories = len({c for t in added for c in t.categories})
        if added:
            read = (f"the tasks of {len(added)} paragraph{'' if len(added) == 1 else 's'} of "
                    f"{name} ({categories} task categor{'y' if categories == 1 else 'ies'}) "
                    "are read as still in force")
        else:
            read = (f"{name} gives {mission or 'the mission'} no task the parser could read; "
                    "nothing was added")
        said.append(DataWarning("tasks_from", read + cites, where,
                                severity="info" if added and not cites else "warning"))
    warnings = (*resolution.warnings, *said) if notes else resolution.warnings
    return replace(resolution, tasks=tuple(tasks), warnings=warnings)


def _inherited(task: Task, name: str) -> Task:
    """The task, its ref naming the resolution it comes from."""
    return replace(task, ref=f"{task.ref}{SEPARATOR}{name}")


def for_mission(resolution: Resolution, mission: str | None, *,
                notes: bool = True) -> Resolution:
    """`resolution` with only the tasks it gives `mission` (and those it gives no mission).

    A resolution on one mission may task another in passing ("requests UNMIL to cooperate
    with UNOCI in monitoring the border"): the report on UNOCI counts UNOCI's tasks. What is
    left out is named in an info warning, never dropped silently.
    """
    if mission is None:
        return resolution
    kept = tuple(t for t in resolution.tasks if t.mission in (None, mission))
    if len(kept) == len(resolution.tasks):
        return resolution
    others: dict[str, list[str]] = {}
    for t in resolution.tasks:
        if t.mission not in (None, mission):
            refs = others.setdefault(str(t.mission), [])
            if t.ref not in refs:
                refs.append(t.ref)
    listed = "; ".join(f"{m} (para {', '.join(refs[:6])})" for m, refs in others.items())
    note = DataWarning("tasks_of_other_missions", f"the resolution also tasks {listed}; "
                       f"the report counts only {mission}'s tasks",
                       SourceRef(path=resolution.source.path), severity="info")
    warnings = (*resolution.warnings, note) if notes else resolution.warnings
    return replace(resolution, tasks=kept, warnings=warnings)
