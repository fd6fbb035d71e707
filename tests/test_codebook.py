"""The codebook's ids and PEMA keys are the public contract: they must match the shared file."""

from __future__ import annotations

import csv

from coherence.codebook import BY_PEMA, TASKS, A4PArea, label, task
from tests.conftest import require_shared


def test_ids_and_pema_keys_match_the_shared_codebook() -> None:
    shared = require_shared("..", "codebook", "tasks.csv")
    with open(shared, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert [t.id for t in TASKS] == [r["id"] for r in rows]
    assert {t.id: t.pema_key or "" for t in TASKS} == {r["id"]: r["pema_key"] for r in rows}


def test_every_task_has_its_own_words_and_an_area() -> None:
    assert len({t.label for t in TASKS}) == len(TASKS)
    for t in TASKS:
        assert t.definition.endswith(".")
        assert isinstance(t.area, A4PArea)


def test_pema_keys_are_the_task_columns_of_the_pema_data() -> None:
    pema = require_shared("gold", "pema_raw_v2.csv")
    with open(pema, encoding="utf-8", errors="replace") as handle:
        header = next(csv.reader(handle))
    modalities = ("_Monitor", "_Assist", "_Security", "_Encouraged")
    columns = {h.rsplit("_", 1)[0] for h in header if h.endswith(modalities)}
    assert set(BY_PEMA) == columns


def test_lookup() -> None:
    assert task("gender").area is A4PArea.WPS
    assert label("protection_of_civilians") == "Protection of civilians"
    assert label("no_such_task") == "no_such_task"


def test_office_cues_name_codebook_tasks_and_no_cue_serves_two_by_accident() -> None:
    from coherence.codebook import BY_ID, OFFICE_CUES

    assert set(OFFICE_CUES) <= set(BY_ID)
    # a cue shared by several tasks is deliberate (civil affairs, political affairs); any
    # other cue names one task only
    owners: dict[str, set[str]] = {}
    for category, cues in OFFICE_CUES.items():
        for cue in cues:
            owners.setdefault(cue.lower(), set()).add(category)
    shared = {cue for cue, tasks in owners.items() if len(tasks) > 1}
    # (radio: the codebook gives it to public information and to independent media)
    assert shared <= {"civil affairs", "political affairs", "protection, transition",
                      "community liaison", "radio"}


def test_a_community_violence_reduction_programme_serves_ddr_and_reintegration_only() -> None:
    from coherence.codebook import TASKS
    from coherence.mapping import _cue_matches

    # the shared codebook puts community violence reduction under reintegration and DDR, as
    # the resolutions' coding now does; it is not local conflict resolution
    served = {t.id for t in TASKS
              if any(_cue_matches(c, "Community violence reduction") for c in t.budget_cues)}
    assert served == {"disarmament_demobilization", "reintegration"}
