"""The mandate in force: a renewal read with the resolutions that set its tasks."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from budgets import parse_budget
from coherence.batch import load_manifest
from coherence.cli import cli
from coherence.inforce import for_mission, in_force
from coherence.render import render_html
from coherence.report import build_report
from mandates import parse_resolution
from mandates.model import Modality, Paragraph, ParagraphKind, Resolution, Strength, Task
from provenance import SourceDocument
from tests.conftest import require_shared


def _resolution(symbol: str, mission: str, text: str, tasks: tuple[Task, ...] = ()) -> Resolution:
    return Resolution(SourceDocument(f"{symbol.split()[0].replace('/', '_')}.txt", "0" * 64,
                                     "txt"), f"S/RES/{symbol}", missions=(mission,),
                      paragraphs=(Paragraph("1", ParagraphKind.OPERATIVE, text, level=1),),
                      tasks=tasks)


def _task(ref: str, mission: str, *categories: str, priority: bool = False) -> Task:
    return Task(ref, mission, categories[0], categories, Modality.MONITOR, Strength.REQUESTED,
                priority, "…", page=3)


BASE = _resolution("1111 (2006)", "UNXYZ", "Decides that UNXYZ shall monitor …",
                   (_task("11(a)", "UNXYZ", "ceasefire"), _task("11(b)", "UNXYZ", "mine_action"),
                    _task("12", "UNOTHER", "human_rights")))
RENEWAL = _resolution("2222 (2024)", "UNXYZ", "Decides to extend the present mandate of UNXYZ "
                      "as set out in resolution 1111 (2006) until 31 August 2025;",
                      (_task("3", "UNXYZ", "gender"),))


def test_the_renewal_keeps_its_own_tasks_and_adds_the_mission_tasks_of_the_base() -> None:
    merged = in_force(RENEWAL, [BASE])
    assert [t.ref for t in merged.tasks] == ["3", "11(a) of 1111 (2006)", "11(b) of 1111 (2006)"]
    assert merged.symbol == RENEWAL.symbol and merged.paragraphs == RENEWAL.paragraphs
    (note,) = [w for w in merged.warnings if w.code == "tasks_from"]
    assert note.severity == "info"  # the renewal cites 1111: nothing to check
    assert "2 paragraphs of 1111 (2006) (2 task categories)" in note.message


def test_a_base_that_cannot_be_the_right_one_adds_nothing_and_says_so() -> None:
    other = _resolution("3333 (2010)", "UNOTHER", "…", (_task("4", "UNOTHER", "ceasefire"),))
    merged = in_force(RENEWAL, [other, RENEWAL])
    assert merged.tasks == RENEWAL.tasks
    codes = [w.code for w in merged.warnings]
    assert codes == ["tasks_from_other_mission", "tasks_from_same"]
    # a base of the same mission that the renewal never cites is used, with a warning
    uncited = _resolution("4444 (2012)", "UNXYZ", "…", (_task("2", "UNXYZ", "ceasefire"),))
    (note,) = in_force(RENEWAL, [uncited]).warnings
    assert note.severity == "warning" and "does not cite it" in note.message


def test_the_previous_mandate_renewing_the_same_base_shows_no_task_as_added() -> None:
    budget = parse_budget(require_shared("budgets", "xlsx", "A_80_634.xlsx"))
    previous = _resolution("2000 (2023)", "UNXYZ", "Decides to extend the present mandate of "
                           "UNXYZ as set out in resolution 1111 (2006);")
    report = build_report(RENEWAL, budget, previous_resolution=previous, task_sources=(BASE,))
    assert report.task_changes["added"] == ["gender"]
    assert report.task_changes["kept"] == ["ceasefire", "mine_action"]
    # the base given as the previous mandate itself is read once, as it is
    own = replace(BASE, tasks=BASE.tasks[:2])
    report = build_report(RENEWAL, budget, previous_resolution=own, task_sources=(own,))
    assert report.task_changes["added"] == ["gender"]
    assert report.task_changes["dropped"] == []
    assert [w.code for w in report.previous_resolution.warnings] == []


@pytest.fixture(scope="module")
def unifil():
    renewal = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2749(2024).pdf"))
    base = parse_resolution(require_shared("resolutions", "txt", "S-RES-1701(2006).txt"))
    budget = parse_budget(require_shared("budgets", "reports", "A_80_634.docx"))
    return build_report(renewal, budget, task_sources=(base,))


def test_unifil_renewal_read_with_1701_gets_its_tasks_and_their_money(unifil) -> None:
    rows = {t.category: t for t in unifil.tasks}
    ceasefire = rows["ceasefire"]
    assert ceasefire.refs == ("11(a) of 1701 (2006)", "11(b) of 1701 (2006)")
    assert ceasefire.pages == ()  # 1701's pages are not pages of 2749
    assert ceasefire.links and ceasefire.baseline > 0
    assert rows["border_control"].refs == ("14 of 1701 (2006)",)
    assert rows["border_control"].modality == "assist"
    doc = unifil.to_json()
    assert [d["symbol"] for d in doc["documents"]["tasks_from"]] == ["S/RES/1701 (2006)"]
    assert doc["documents"]["resolution"]["symbol"] == "S/RES/2749 (2024)"


def test_unifil_report_says_where_the_tasks_come_from(unifil) -> None:
    html = render_html(unifil)
    summary = html[html.index("In brief"):html.index("Mandated tasks and their resources")]
    assert "Tasks in force." in summary and "1701 (2006)" in summary
    # the renewal's "tasks set by reference" note and the few-tasks advice no longer apply
    assert "Tasks set by reference." not in summary and "Few tasks" not in summary
    section = html[html.index("Mandated tasks and their resources"):
                   html.index("Resources by class of expenditure")]
    assert "No task to show." not in section and "11(a) of 1701 (2006)" in section
    annex = html[html.index("Files read"):]
    assert "S-RES-1701(2006).txt" in annex[:annex.index("</table>")]


def test_report_command_takes_tasks_from(tmp_path: Path) -> None:
    out = tmp_path / "unifil.json"
    result = CliRunner().invoke(cli, [
        "report", "--mandate", str(require_shared("resolutions", "pdf", "S_RES_2749(2024).pdf")),
        "--tasks-from", str(require_shared("resolutions", "txt", "S-RES-1701(2006).txt")),
        "--budget", str(require_shared("budgets", "xlsx", "A_80_634.xlsx")),
        "-o", str(tmp_path / "unifil.pdf"), "--json", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text("utf-8"))
    assert any(r.endswith(" of 1701 (2006)") for t in doc["tasks"] for r in t["refs"])
    # a missing base is an input error like any other document
    result = CliRunner().invoke(cli, [
        "report", "--mandate", str(require_shared("resolutions", "pdf", "S_RES_2749(2024).pdf")),
        "--tasks-from", str(tmp_path / "nope.pdf"),
        "--budget", str(require_shared("budgets", "xlsx", "A_80_634.xlsx")),
        "-o", str(tmp_path / "again.pdf")])
    assert result.exit_code == 3 and "nope.pdf" in result.stderr
    assert not (tmp_path / "again.pdf").exists()


def test_manifest_tasks_from_holds_several_paths_in_csv_and_json(tmp_path: Path) -> None:
    (tmp_path / "m.csv").write_text(
        "mission,mandate,budget,tasks_from\n"
        'UNIFIL,r.pdf,b.xlsx,"1701.pdf; /abs/425.txt"\nUNMISS,s.pdf,c.xlsx,\n', "utf-8")
    unifil, unmiss = load_manifest(tmp_path / "m.csv").entries
    assert unifil.tasks_from == (tmp_path / "1701.pdf", Path("/abs/425.txt"))
    assert unmiss.tasks_from == ()
    (tmp_path / "m.json").write_text(json.dumps([
        {"mission": "UNIFIL", "mandate": "r.pdf", "budget": "b.xlsx",
         "tasks_from": ["1701.pdf", "/abs/425.txt"]}]), "utf-8")
    (entry,) = load_manifest(tmp_path / "m.json").entries
    assert entry.tasks_from == unifil.tasks_from
    assert entry.inputs()["tasks_from"] == [str(tmp_path / "1701.pdf"), "/abs/425.txt"]


def test_an_output_that_would_overwrite_a_tasks_from_input_is_refused(tmp_path: Path) -> None:
    (tmp_path / "m.csv").write_text("mission,mandate,budget,tasks_from\n"
                                    "UNIFIL,r.pdf,b.xlsx,out/UNIFIL.json\n", "utf-8")
    result = CliRunner().invoke(cli, ["batch", str(tmp_path / "m.csv"), "-o",
                                      str(tmp_path / "out")])
    assert result.exit_code == 3
    assert "the tasks from UNIFIL.json would be overwritten" in result.stderr


def test_a_task_the_resolution_gives_another_mission_is_named_not_counted() -> None:
    merged = for_mission(BASE, "UNXYZ")
    assert [t.ref for t in merged.tasks] == ["11(a)", "11(b)"]
    (note,) = merged.warnings
    assert note.code == "tasks_of_other_missions" and "UNOTHER (para 12)" in note.message
    assert for_mission(BASE, None) is BASE  # no mission known: nothing to choose by


def test_unoci_report_leaves_out_the_task_2101_gives_unmil() -> None:
    resolution = parse_resolution(require_shared("resolutions", "txt", "S-RES-2101(2013).txt"))
    assert {t.mission for t in resolution.tasks} == {"UNOCI", "UNMIL"}
    budget = parse_budget(require_shared("budgets", "xlsx", "A_80_634.xlsx"))
    report = build_report(resolution, budget)
    assert {t.mission for t in report.resolution.tasks} == {"UNOCI"}
    assert any(w.code == "tasks_of_other_missions" and "UNMIL" in w.message
               for _, w in report.warnings)


def test_a_resolution_that_gives_the_mission_no_task_says_so() -> None:
    empty = _resolution("5555 (1964)", "UNXYZ", "Recommends that the function of the Force …")
    (note,) = in_force(RENEWAL, [empty]).warnings
    assert note.severity == "warning"
    assert note.message.startswith("5555 (1964) gives UNXYZ no task the parser could read")


def test_the_report_points_first_at_the_most_cited_then_the_latest_resolution() -> None:
    """A renewal calling for the implementation of many resolutions, each once (MINURSO's 2756
    (2024) 10 lists 21, the oldest first), is pointed at the latest, where its tasks were last
    set; one cited twice still comes first."""
    budget = parse_budget(require_shared("budgets", "xlsx", "A_80_634.xlsx"))
    renewal = _resolution("2756 (2024)", "UNXYZ", "Calls upon the parties to implement "
                          "resolutions 1754 (2007), 1783 (2007), 2602 (2021), 2654 (2022) and "
                          "2703 (2023), and recalls resolution 1783 (2007);")
    report = build_report(renewal, budget)
    assert report.cited_resolutions == ["1783 (2007)", "2703 (2023)", "2654 (2022)",
                                        "2602 (2021)", "1754 (2007)"]


def test_a_report_on_a_renewal_without_tasks_says_so_in_words_not_zeros() -> None:
    """MINURSO's 2756 (2024) restates no task: page 1 said "gives the mission 0 task
    categories (0 flagged as priorities); 0 of them could be linked to budget lines"."""
    budget = parse_budget(require_shared("budgets", "xlsx", "A_80_634.xlsx"))
    renewal = _resolution("2756 (2024)", "UNXYZ", "Decides to extend the mandate of UNXYZ "
                          "until 31 October 2025;")
    html = render_html(build_report(renewal, budget))
    assert "No task of the mission is read from the resolution, so no budget line is " \
        "linked to one." in html
    assert "0 task categories" not in html
    one = render_html(build_report(replace(renewal, tasks=(_task("3", "UNXYZ", "gender"),)),
                                   budget))
    assert "gives the mission 1 task category (0 flagged as priorities)" in one
