"""`coherence batch`: every mission of a cycle, one bad mission never stopping the others.

Rendering costs a second or more a PDF, so the runs are few and shared: one good batch
from a CSV manifest (two missions), one partial batch from a JSON manifest in the same
folder (one good mission, two broken ones), and one run on the real documents. Every
bad-manifest case fails before anything is rendered.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from importlib.resources import as_file, files
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from click.testing import CliRunner, Result

from budgets import parse_budget
from coherence.batch import (
    BatchResult,
    Manifest,
    ManifestError,
    MissionEntry,
    MissionResult,
    MissionSummary,
    load_manifest,
    overview_csv,
    summarize,
)
from coherence.cli import cli
from coherence.report import build_report
from mandates import parse_resolution
from mandates.task_model import TaskModel
from provenance import sha256_of
from tests.conftest import require_shared, shared_budget
from tests.layout import overlapping_characters, text_outside_margins

SAMPLE_GROSS_2026 = 874_790_100  # gross requirements 2026/27 of the sample (A/80/624)

GOOD_CSV = """\
mission,mandate,budget,previous_mandate,previous_budget,links
MONUSCO,docs/sample_resolution.txt,docs/sample_budget.xlsx,docs/sample_previous_resolution.txt,,
MONUSCO-2023,docs/sample_previous_resolution.txt,docs/sample_budget.xlsx,,,
"""

PARTIAL_JSON = [
    {"mission": "MONUSCO", "mandate": "docs/sample_resolution.txt",
     "budget": "docs/sample_budget.xlsx",
     "previous_mandate": "docs/sample_previous_resolution.txt"},
    {"mission": "UNMISS", "mandate": "docs/S_RES_2729(2024).pdf",
     "budget": "docs/sample_budget.xlsx"},
    {"mission": "UNIFIL", "mandate": "docs/not_a_resolution.pdf",
     "budget": "docs/sample_budget.xlsx", "previous_mandate": None},
]


def _pdf_pages(path: Path) -> tuple[int, str]:
    """Page count and the text of every page of a PDF (after checking its magic)."""
    assert path.read_bytes()[:5] == b"%PDF-"
    pdf = pdfium.PdfDocument(str(path))
    try:
        text = "\n".join(page.get_textpage().get_text_range() for page in pdf)
        return len(pdf), text
    finally:
        pdf.close()


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture(scope="module")
def cycle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A cycle folder: the package's samples under docs/, the manifests beside them."""
    folder = tmp_path_factory.mktemp("cycle")
    docs = folder / "docs"
    docs.mkdir()
    samples = files("coherence.samples")
    for name in ("sample_resolution.txt", "sample_previous_resolution.txt",
                 "sample_budget.xlsx"):
        with as_file(samples / name) as path:
            shutil.copy(path, docs / name)
    (docs / "not_a_resolution.pdf").write_text("Minutes of a meeting, saved as text.\n")
    (folder / "manifest.csv").write_text(GOOD_CSV, encoding="utf-8")
    (folder / "manifest.json").write_text(json.dumps(PARTIAL_JSON), encoding="utf-8")
    return folder


@pytest.fixture(scope="module", autouse=True)
def _filter_that_sets_aside() -> Iterator[None]:
    """Every batch here codes tasks with a filter that sets aside every civil-society coding:
    the samples name civil society, so each report carries a note of what was set aside,
    whatever the shipped filter has learned."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("mandates.tasks.MODEL",
                      TaskModel({}, -5.0, 0.5, frozenset({"civil_society"})))
        yield


@pytest.fixture(scope="module")
def good_run(cycle: Path) -> tuple[Result, Path]:
    out = cycle / "out-good"
    result = CliRunner().invoke(cli, ["batch", str(cycle / "manifest.csv"), "-o", str(out)])
    return result, out


@pytest.fixture(scope="module")
def partial_run(cycle: Path) -> tuple[Result, Path]:
    out = cycle / "out-partial"
    out.mkdir()
    # an earlier run's files that must not survive: a report of a mission that now fails,
    # and an overview (HTML, not asked for this time) describing that earlier run
    (out / "UNMISS.pdf").write_bytes(b"%PDF- an earlier run's report")
    (out / "overview.html").write_text("<p>an earlier run</p>")
    result = CliRunner().invoke(cli, ["batch", str(cycle / "manifest.json"), "-o", str(out),
                                      "--history", str(cycle / "history.sqlite")])
    return result, out


# ------------------------------------------------------------------ every mission completes


def test_good_batch_exits_0_with_a_pdf_and_json_per_mission(good_run) -> None:
    result, out = good_run
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert _listing(out) == ["MONUSCO-2023.json", "MONUSCO-2023.pdf", "MONUSCO.json",
                             "MONUSCO.pdf", "overview.csv", "overview.json", "overview.pdf"]
    for mission in ("MONUSCO", "MONUSCO-2023"):
        pages, text = _pdf_pages(out / f"{mission}.pdf")
        assert pages >= 2
        assert "MONUSCO: what the 2026/27 budget means" in text
        report = json.loads((out / f"{mission}.json").read_text("utf-8"))
        assert report["schema"] == "coherence.report/1"


def test_progress_is_one_stderr_line_per_mission_in_manifest_order(good_run, cycle) -> None:
    result, out = good_run
    lines = result.stderr.splitlines()
    assert re.fullmatch(r"\[1/2\] MONUSCO ok \(\d+\.\d s\)", lines[0])
    assert re.fullmatch(r"\[2/2\] MONUSCO-2023 ok \(\d+\.\d s\)", lines[1])
    assert lines[2:] == [f"wrote {out / name}"
                         for name in ("overview.pdf", "overview.json", "overview.csv")]


def test_overview_json_counts_what_each_report_holds(good_run, cycle) -> None:
    _, out = good_run
    overview = json.loads((out / "overview.json").read_text("utf-8"))
    assert overview["schema"] == "coherence.batch/1"
    assert overview["manifest"]["path"] == str(cycle / "manifest.csv")
    assert overview["periods"] == ["2026/27"]
    assert [m["mission"] for m in overview["missions"]] == ["MONUSCO", "MONUSCO-2023"]
    for entry in overview["missions"]:
        report = json.loads((out / f"{entry['mission']}.json").read_text("utf-8"))
        assert entry["status"] == "ok" and entry["error"] is None
        assert entry["outputs"] == [f"{entry['mission']}.json", f"{entry['mission']}.pdf"]
        summary = entry["report"]
        assert summary["tasks"] == len(report["tasks"])
        assert summary["priority_tasks"] == sum(t["priority"] for t in report["tasks"])
        severities = Counter(f["severity"] for f in report["findings"])
        assert summary["findings"] == {s: severities.get(s, 0)
                                       for s in ("high", "medium", "low", "info")}
        assert summary["gross_requirements"]["proposed"] == SAMPLE_GROSS_2026
        assert summary["resolution"] == report["documents"]["resolution"]["symbol"]
    first, second = overview["missions"]
    # the previous mandate was given on the first row only
    assert first["report"]["resolution"] != second["report"]["resolution"]
    assert overview["totals"] == {
        "missions": 2, "ok": 2, "failed": 0,
        "findings": {s: first["report"]["findings"][s] + second["report"]["findings"][s]
                     for s in ("high", "medium", "low", "info")},
        "gross_requirements": {
            "baseline": 2 * first["report"]["gross_requirements"]["baseline"],
            "proposed": 2 * SAMPLE_GROSS_2026, "recommended": None,
            "missions_without_total": 0},
        "staffing": {"net_change": first["report"]["staffing_net_change"]
                     + second["report"]["staffing_net_change"], "missions": 2},
        "uniformed": {
            key: sum(m["report"]["uniformed_personnel"][key] for m in (first, second))
            for key in ("approved", "proposed")} | {"missions": 2},
        # the sample workbook carries A/80/624's legislative history
        "last_cycle": {"periods": ["2025/26"], "proposed": 2 * 914_501_700,
                       "appropriated": 2 * 869_127_200, "missions": 2}}
    # each mission's sum is its report's uniformed personnel, every kind together
    report = json.loads((out / "MONUSCO.json").read_text("utf-8"))
    assert first["report"]["uniformed_personnel"] == {
        "approved": sum(u["approved"] for u in report["uniformed_personnel"]),
        "proposed": sum(u["proposed"] for u in report["uniformed_personnel"])}
    assert report["uniformed_personnel"]


def test_relative_paths_are_read_from_the_manifests_folder(good_run, cycle) -> None:
    _, out = good_run
    assert not (Path.cwd() / "docs" / "sample_resolution.txt").exists()
    overview = json.loads((out / "overview.json").read_text("utf-8"))
    assert overview["missions"][0]["inputs"] == {
        "mandate": str(cycle / "docs" / "sample_resolution.txt"),
        "budget": str(cycle / "docs" / "sample_budget.xlsx"),
        "previous_mandate": str(cycle / "docs" / "sample_previous_resolution.txt"),
        "previous_budget": None, "links": None, "acabq": None, "tasks_from": []}
    report = json.loads((out / "MONUSCO.json").read_text("utf-8"))
    read = report["documents"]["previous_resolution"]["source"]
    assert read["sha256"] == sha256_of(cycle / "docs" / "sample_previous_resolution.txt")


def test_overview_csv_and_pdf_carry_the_same_rows(good_run) -> None:
    _, out = good_run
    overview = json.loads((out / "overview.json").read_text("utf-8"))
    text = (out / "overview.csv").read_bytes().decode("utf-8")
    assert text.startswith("\ufeff")  # so that Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert [(r["mission"], r["status"]) for r in rows] == [("MONUSCO", "ok"),
                                                          ("MONUSCO-2023", "ok")]
    for row, entry in zip(rows, overview["missions"], strict=True):
        assert int(row["gross_proposed_usd"]) == SAMPLE_GROSS_2026
        assert int(row["findings_high"]) == entry["report"]["findings"]["high"]
        assert int(row["tasks"]) == entry["report"]["tasks"]
    pages, pdf_text = _pdf_pages(out / "overview.pdf")
    assert pages <= 3
    assert "Budget cycle 2026/27: 2 missions" in pdf_text
    assert "2 of 2 complete" in pdf_text
    assert "MONUSCO-2023" in pdf_text and "874.8" in pdf_text


# ------------------------------------------------------------------ one mission fails


def test_a_broken_mission_fails_alone_with_exit_4(partial_run, cycle) -> None:
    result, out = partial_run
    assert result.exit_code == 4, result.stderr
    assert result.stdout == ""
    missing = cycle / "docs" / "S_RES_2729(2024).pdf"
    lines = result.stderr.splitlines()
    assert re.fullmatch(r"\[1/3\] MONUSCO ok \(\d+\.\d s\)", lines[0])
    assert lines[1] == f"[2/3] UNMISS failed: error: {missing}: file not found; check the path"
    assert lines[2].startswith(f"[3/3] UNIFIL failed: error: {cycle / 'docs'}/"
                               "not_a_resolution.pdf: is not a PDF file")
    assert lines[-1] == (f"error: 2 of 3 missions failed (UNMISS, UNIFIL); the others are "
                         f"complete; see {out / 'overview.pdf'}")
    assert "Traceback" not in result.stderr


def _misbehaving(monkeypatch: pytest.MonkeyPatch, mission: str, act) -> None:
    """Make `run_mission` `act` for `mission` in the process it runs in, which must not be
    this one (the test would end with it)."""
    import os

    from coherence import batch

    here, real = os.getpid(), batch.run_mission

    def run_mission(entry, *args):
        if entry.mission == mission:
            assert os.getpid() != here, "the mission ran in the test's own process"
            act()
        return real(entry, *args)

    monkeypatch.setattr(batch, "run_mission", run_mission)


def test_a_mission_whose_reader_crashes_the_process_fails_alone(cycle, tmp_path,
                                                                monkeypatch) -> None:
    """pdfium or calamine crashing, or the memory running out, ends the process without an
    exception: the mission's own process ends, the batch goes on."""
    import os
    import signal

    from coherence.batch import run_batch

    _misbehaving(monkeypatch, "MONUSCO", lambda: os.kill(os.getpid(), signal.SIGKILL))
    done = run_batch(cycle / "manifest.csv", tmp_path / "out")
    crashed, good = done.missions
    assert (crashed.status, good.status, int(done.exit_code)) == ("failed", "ok", 4)
    assert crashed.error == ("the process reading its documents ended (signal 9): a document "
                             "crashed a reader library or exhausted the memory; run `coherence "
                             "mandate` and `coherence budget` on each to find which")
    assert crashed.exit_code == 3
    assert _listing(tmp_path / "out") == ["MONUSCO-2023.json", "MONUSCO-2023.pdf",
                                          "overview.csv", "overview.json", "overview.pdf"]


def test_a_mission_that_runs_past_the_time_limit_is_stopped(cycle, tmp_path,
                                                            monkeypatch) -> None:
    import time

    def hang() -> None:
        # a report half written when the process is stopped: its temporary file goes too
        (tmp_path / "out" / ".MONUSCO-2023.pdf.abc123.tmp").write_bytes(b"%PDF-")
        time.sleep(120)

    _misbehaving(monkeypatch, "MONUSCO-2023", hang)
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(GOOD_CSV.splitlines()[0] + "\n"
                        + GOOD_CSV.splitlines()[2].replace("docs/", f"{cycle / 'docs'}/") + "\n",
                        encoding="utf-8")
    started = time.perf_counter()
    result = CliRunner().invoke(cli, ["batch", str(manifest), "-o", str(tmp_path / "out"),
                                      "--timeout", "3"])
    assert time.perf_counter() - started < 60
    assert result.exit_code == 4
    assert result.stderr.startswith("[1/1] MONUSCO-2023 failed: error: stopped after 3 s: "
                                    "reading or rendering its documents took too long")
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


def test_the_history_records_the_missions_that_completed(partial_run, cycle) -> None:
    from coherence.history import entries, open_history

    result, _ = partial_run
    with open_history(cycle / "history.sqlite", create=False) as conn:
        recorded = entries(conn)
    assert [(e.mission, e.cycle, e.gross_proposed) for e in recorded] == [
        ("MONUSCO", "2026/27", SAMPLE_GROSS_2026)]
    assert "recorded 1 report (2026/27)" in result.stderr


def test_a_failed_mission_leaves_no_file_and_the_good_one_is_complete(partial_run) -> None:
    _, out = partial_run
    # the earlier run's UNMISS.pdf is gone: the folder never shows a report that failed
    assert _listing(out) == ["MONUSCO.json", "MONUSCO.pdf", "overview.csv", "overview.json",
                             "overview.pdf"]
    pages, _ = _pdf_pages(out / "MONUSCO.pdf")
    assert pages >= 2


def test_overview_records_each_failure_with_its_error_line(partial_run, cycle) -> None:
    _, out = partial_run
    overview = json.loads((out / "overview.json").read_text("utf-8"))
    by_mission = {m["mission"]: m for m in overview["missions"]}
    assert [m["status"] for m in overview["missions"]] == ["ok", "failed", "failed"]
    unmiss = by_mission["UNMISS"]
    assert unmiss["error"] == f"{cycle / 'docs' / 'S_RES_2729(2024).pdf'}: file not found; " \
                              "check the path"
    assert unmiss["exit_code"] == 3 and unmiss["outputs"] == [] and unmiss["report"] is None
    assert unmiss["manifest_row"] == "item 2"
    assert "is not a PDF file" in by_mission["UNIFIL"]["error"]
    assert overview["totals"]["failed"] == 2 and overview["totals"]["ok"] == 1
    rows = list(csv.DictReader(io.StringIO((out / "overview.csv").read_text("utf-8-sig"))))
    assert rows[1]["status"] == "failed" and rows[1]["error"] == unmiss["error"]
    _, text = _pdf_pages(out / "overview.pdf")
    flat = " ".join(text.split())
    assert "1 of 3 complete; 2 failed" in flat
    assert "S_RES_2729(2024).pdf: file not found; check the path" in flat


def test_notes_flag_a_row_whose_documents_are_another_missions() -> None:
    summary = MissionSummary(
        mission_read="MONUSCO", resolution="S/RES/2765 (2024)", budget_document="A/80/624",
        baseline="2025/26 apportionment", proposed="2026/27 cost estimates", tasks=2,
        priority_tasks=0, linked_tasks=0, findings={"high": 1}, gross_baseline=10,
        gross_proposed=8, headline="", warnings=0)
    row = MissionEntry("UNMISS", Path("m.pdf"), Path("b.xlsx"), links=Path("x/links.csv"),
                       row="row 3")
    result = MissionResult(row, "ok", seconds=3.14, summary=summary)
    assert result.notes == ["the documents are for MONUSCO, not UNMISS",
                            "few tasks restated (the mandate is set elsewhere; name it in "
                            "tasks_from)",
                            "links changed by hand (links.csv)"]
    assert result.progress_line(2, 6).startswith("[2/6] UNMISS ok (3.1 s); note: the "
                                                 "documents are for MONUSCO, not UNMISS; ")
    renamed = MissionResult(MissionEntry("MONUSCO-2026", Path("m"), Path("b")), "ok",
                            summary=summary)
    assert not any("documents are for" in n for n in renamed.notes)
    # a renewal read with the resolution that set its tasks: no advice to give one
    read_with = MissionResult(MissionEntry("MONUSCO", Path("m"), Path("b"),
                                           tasks_from=(Path("x/S_RES_1925.pdf"),)), "ok",
                              summary=summary)
    assert read_with.notes == ["tasks also read from S_RES_1925.pdf"]
    # with the Advisory Committee's report, what it recommends
    advised = replace(summary, recommended=866_348_600, recommended_change=-8_441_500)
    noted = MissionResult(MissionEntry("MONUSCO", Path("m"), Path("b"),
                                       tasks_from=(Path("x/S_RES_1925.pdf"),)), "ok",
                          summary=advised)
    assert noted.notes[-1] == "Advisory Committee recommends $8.4 million less"
    manifest = Manifest(Path("m.csv"), "0" * 64, (noted.entry,))
    rows = list(csv.reader(io.StringIO(overview_csv(BatchResult(manifest, Path("out"),
                                                                (noted,))))))
    header, values = rows[0], rows[1]
    assert values[header.index("acabq_recommended_usd")] == "866348600"
    assert values[header.index("acabq_change_usd")] == "-8441500"
    assert summary.period == "2026/27" and summary.gross_change == -2


def test_csv_and_json_manifests_give_the_same_report(good_run, partial_run) -> None:
    # the same documents, listed in a CSV and in a JSON manifest: the same bytes
    _, good = good_run
    _, partial = partial_run
    for name in ("MONUSCO.json", "MONUSCO.pdf"):
        assert (good / name).read_bytes() == (partial / name).read_bytes(), name


def test_csv_and_json_manifests_read_the_same(cycle: Path, tmp_path: Path) -> None:
    as_json = [{k: v for k, v in row.items() if v}
               for row in csv.DictReader(io.StringIO(GOOD_CSV))]
    (cycle / "same.json").write_text(json.dumps(as_json), encoding="utf-8")
    from_csv = load_manifest(cycle / "manifest.csv").entries
    from_json = load_manifest(cycle / "same.json").entries
    assert [(e.mission, e.mandate, e.budget, e.previous_mandate) for e in from_csv] == \
           [(e.mission, e.mandate, e.budget, e.previous_mandate) for e in from_json]
    assert from_csv[0].mandate == cycle / "docs" / "sample_resolution.txt"
    assert (from_csv[0].row, from_json[0].row) == ("row 2", "item 1")


def test_spreadsheet_habits_are_read(tmp_path: Path) -> None:
    # semicolons (some locales), a byte-order mark, a spaced header, blank and absolute rows
    manifest = tmp_path / "cycle.csv"
    manifest.write_text("\ufeffMission;Mandate;Budget;Previous mandate\n"
                        ";;;\n"
                        "UNMISS;/data/S_RES_2729(2024).pdf;A_80_621.xlsx;\n", encoding="utf-8")
    (entry,) = load_manifest(manifest).entries
    assert entry.mission == "UNMISS" and entry.row == "row 3"
    assert entry.mandate == Path("/data/S_RES_2729(2024).pdf")
    assert entry.budget == tmp_path / "A_80_621.xlsx"
    assert entry.previous_mandate is None


def test_debug_shows_the_failed_missions_traceback(cycle: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "one.csv"
    manifest.write_text(f"mission,mandate,budget\nUNMISS,{cycle}/docs/nope.pdf,"
                        f"{cycle}/docs/sample_budget.xlsx\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(manifest), "-o", str(out), "--debug"])
    assert result.exit_code == 4
    assert "Traceback" in result.stderr and "InputError" in result.stderr
    assert "1 of 1 missions failed (UNMISS); no mission completed" in result.stderr
    assert _listing(out) == ["overview.csv", "overview.json", "overview.pdf"]


# ------------------------------------------------------------------ the manifest is wrong


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.csv", None, "file not found; check the path"),
    ("empty.csv", "", "file is empty"),
    ("blank.csv", "mission,mandate,budget\n,,\n", "lists no missions"),
    ("nobudget.csv", "mission,mandate\nMONUSCO,a.pdf\n", "has no 'budget' column"),
    ("unknown.csv", "mission,mandate,budget,note\nMONUSCO,a.pdf,b.xlsx,x\n",
     "unknown column 'note' (row 1, column D)"),
    ("duplicate.csv", "mission,mandate,budget\nMONUSCO,a.pdf,b.xlsx\nUNMISS,c.pdf,d.xlsx\n"
     "monusco,e.pdf,f.xlsx\n", "row 4 (monusco): the mission is already listed on row 2"),
    ("novalue.csv", "mission,mandate,budget\nMONUSCO,a.pdf,\n",
     "row 2 (MONUSCO): no budget given"),
    ("badname.csv", "mission,mandate,budget\n../etc,a.pdf,b.xlsx\n",
     "row 2 (../etc): the mission name cannot be a file name"),
    ("reserved.csv", "mission,mandate,budget\noverview,a.pdf,b.xlsx\n", "is reserved"),
    ("notjson.json", '[{"mission": "MONUSCO",', "is not valid JSON"),
    ("object.json", '{"mission": "MONUSCO"}', "must be a JSON list of missions"),
    ("deep.json", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("longname.csv", "mission,mandate,budget\n" + "M" * 5000 + ",a.pdf,b.xlsx\n",
     "row 2 (" + "M" * 40 + "…): the mission name cannot be a file name"),
    ("unknown.json", '[{"mission": "A", "mandate": "a", "budget": "b", "cycle": "x"}]',
     "item 1: unknown key 'cycle'"),
    ("sheet.xlsx", "PK", "unsupported manifest type '.xlsx'"),
])
def test_a_bad_manifest_is_one_error_line_exit_3_and_writes_nothing(
        tmp_path: Path, name: str, content: str | None, message: str) -> None:
    manifest = tmp_path / name
    if content is not None:
        manifest.write_text(content, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(manifest), "-o", str(out)])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {manifest}: ")
    assert message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert not out.exists()


def test_a_bad_manifest_leaves_an_existing_folder_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "MONUSCO.pdf").write_bytes(b"%PDF- last cycle")
    manifest = tmp_path / "m.csv"
    manifest.write_text("mission,mandate,budget\nMONUSCO,a.pdf,\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(manifest), "-o", str(out)])
    assert result.exit_code == 3
    assert _listing(out) == ["MONUSCO.pdf"]
    assert (out / "MONUSCO.pdf").read_bytes() == b"%PDF- last cycle"


def test_a_report_that_would_overwrite_an_input_is_refused(tmp_path: Path) -> None:
    # mandates named after their mission, and -o the same folder: MONUSCO.pdf is both
    (tmp_path / "MONUSCO.pdf").write_bytes(b"%PDF- the resolution")
    manifest = tmp_path / "m.csv"
    manifest.write_text("mission,mandate,budget\nMONUSCO,MONUSCO.pdf,b.xlsx\n",
                        encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(manifest), "-o", str(tmp_path)])
    assert result.exit_code == 3
    assert "row 2 (MONUSCO): the mandate MONUSCO.pdf would be overwritten" in result.stderr
    assert (tmp_path / "MONUSCO.pdf").read_bytes() == b"%PDF- the resolution"
    assert _listing(tmp_path) == ["MONUSCO.pdf", "m.csv"]


def test_output_folder_that_is_a_file_is_refused(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("mission,mandate,budget\nMONUSCO,a.pdf,b.xlsx\n", encoding="utf-8")
    target = tmp_path / "reports"
    target.write_text("not a folder")
    result = CliRunner().invoke(cli, ["batch", str(manifest), "-o", str(target)])
    assert result.exit_code == 3
    assert result.stderr == f"error: {target}: is a file, not a folder; give -o a folder " \
                            "for the reports\n"


def test_manifest_errors_are_input_errors_with_exit_3(tmp_path: Path) -> None:
    manifest = tmp_path / "m.csv"
    manifest.write_text("mission,mandate,budget,mandate\n", encoding="utf-8")
    with pytest.raises(ManifestError) as caught:
        load_manifest(manifest)
    assert int(caught.value.exit_code) == 3
    assert "column 'mandate' appears twice (row 1, column D)" in caught.value.one_line()


# ------------------------------------------------------------------ the real documents


@pytest.mark.shared
def test_batch_over_two_real_missions(tmp_path: Path) -> None:
    resolutions = require_shared("resolutions", "pdf")
    workbooks = require_shared("budgets", "xlsx")
    gold = json.loads(require_shared("gold", "budgets", "A_80_624.json").read_text("utf-8"))
    manifest = tmp_path / "cycle.csv"
    manifest.write_text(
        "mission,mandate,budget,previous_mandate\n"
        f'MONUSCO,"{resolutions}/S_RES_2765(2024).pdf",{workbooks}/A_80_624.xlsx,'
        f'"{resolutions}/S_RES_2717(2023).pdf"\n'
        f'UNMISS,"{resolutions}/S_RES_2729(2024).pdf",{workbooks}/A_80_621.xlsx,\n',
        encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["batch", str(manifest), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    overview = json.loads((out / "overview.json").read_text("utf-8"))
    monusco, unmiss = overview["missions"]
    assert monusco["report"]["resolution"] == "S/RES/2765 (2024)"
    assert unmiss["report"]["resolution"] == "S/RES/2729 (2024)"
    assert monusco["report"]["mission_read"] == "MONUSCO" and monusco["notes"] == []
    assert unmiss["report"]["mission_read"] == "UNMISS"
    gross = next(row for row in gold["overall"] if row["item"] == "Gross requirements")
    assert monusco["report"]["gross_requirements"]["proposed"] == \
        gross["values"]["cost_estimates 2026/27"]
    for entry in (monusco, unmiss):
        assert entry["report"]["tasks"] >= 10
        assert entry["report"]["findings"]["high"] >= 1
    _, text = _pdf_pages(out / "overview.pdf")
    assert "S/RES/2765 (2024)" in text and "A/80/621" in text
    # the overview, the report's JSON and its PDF's page 1 list the same implications (page 1
    # lists fewer when they do not fit; the overview once listed five beside a page of four)
    for entry in (monusco, unmiss):
        name = entry["mission"]
        report = json.loads((out / f"{name}.json").read_text("utf-8"))
        picked = [report["findings"][i]["title"] for i in report["page_one_findings"]]
        assert [f["title"] for f in entry["report"]["top_findings"]] == picked
        with pdfplumber.open(out / f"{name}.pdf") as pdf:  # it reads the list's numbers
            page_one = pdf.pages[0].extract_text() or ""
        assert len(re.findall(r"^\s*\d\. (?:HIGH|MEDIUM|LOW|INFO) ", page_one, re.M)) == \
            len(picked)
        flat = " ".join(page_one.split())
        assert all(" ".join(title.split())[:40] in flat for title in picked)
    # real budgets fill the narrow columns: nothing printed over its neighbour or in a margin
    for name in ("MONUSCO.pdf", "UNMISS.pdf", "overview.pdf"):
        assert overlapping_characters(out / name) == [], name
        assert text_outside_margins(out / name) == [], name


def test_the_overview_counts_warnings_not_notes_on_reading(good_run: tuple[Result, Path]) -> None:
    result, out = good_run
    assert result.exit_code == 0, result.output
    overview = json.loads((out / "overview.json").read_text(encoding="utf-8"))
    noted = 0
    for row in overview["missions"]:
        report = json.loads((out / f"{row['mission']}.json").read_text(encoding="utf-8"))
        severities = [w.get("severity", "warning") for w in report["warnings"]]
        noted += severities.count("info")
        assert row["report"]["warnings"] == sum(1 for s in severities if s != "info")
    assert noted  # the notes of what the filter set aside are there, and were not counted


def test_the_overview_gives_each_missions_net_change_in_staff(good_run) -> None:
    _, out = good_run
    with as_file(files("coherence.samples") / "sample_budget.xlsx") as path:
        sample = parse_budget(path)
    expected = sum(c.number for c in sample.staffing_changes if c.changes_level)
    assert expected < 0
    rows = list(csv.DictReader(io.StringIO((out / "overview.csv").read_text("utf-8"))))
    assert {r["staffing_net_change"] for r in rows} == {str(expected)}
    overview = json.loads((out / "overview.json").read_text("utf-8"))
    assert {m["report"]["staffing_net_change"] for m in overview["missions"]} == {expected}
    page_one = _pdf_pages(out / "overview.pdf")[1]
    assert f"a net change of {2 * expected:+,}".replace("-", "−") in page_one


def test_a_missions_summary_carries_its_last_cycle() -> None:
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    summary = summarize(build_report(res, shared_budget("budgets", "reports", "A_80_624.docx")))
    assert summary.to_json()["last_cycle"] == {
        "period": "2025/26", "proposed": 914_501_700, "appropriated": 869_127_200}


def test_a_workbook_budget_is_the_mission_the_manifest_names_not_an_assumption() -> None:
    """A workbook names no mission: alone, the report assumes it is the resolution's and
    marks every finding that rests on that; in a batch the manifest names the mission, so
    the budget is that mission's, with a note, and no finding is marked."""
    from coherence.pipeline import build_mission_report

    mandate = require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf")
    budget = require_shared("budgets", "xlsx", "A_80_624.xlsx")
    named = build_mission_report(mandate=mandate, budget=budget, mission="Monusco").to_json()
    assert [f["id"] for f in named["findings"] if f.get("assumption")] == []
    assert "budget_mission_given" in {w["code"] for w in named["warnings"]}
    assumed = build_mission_report(mandate=mandate, budget=budget).to_json()
    assert [f["id"] for f in assumed["findings"] if f.get("assumption")]
    # a row's label that names no mission ("monusco-2025") leaves the budget assumed, as
    # alone, and does not fail the mission
    labelled = build_mission_report(mandate=mandate, budget=budget,
                                    mission="monusco-2025").to_json()
    assert labelled["findings"] == assumed["findings"]
