"""The command line with bad surroundings: user files in the output folder, outputs that
would overwrite inputs, folders that cannot be written, histories in use, malformed JSON,
and links files as spreadsheets write them. Each case was found by an adversarial review;
each test fails on the code before its fix."""

from __future__ import annotations

import json
import os
import shutil
import sys
from importlib.resources import as_file, files
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from coherence.cli import cli


def _run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


def _sample(name: str, folder: Path) -> Path:
    with as_file(files("coherence.samples") / name) as path:
        return Path(shutil.copy(path, folder / name))


# --------------------------------------------------------------------------- batch folder


def test_batch_refuses_to_remove_a_users_file_named_after_a_mission(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text(
        "mission,mandate,budget\nUNMISS,missing.pdf,missing.docx\n", encoding="utf-8")
    notes = tmp_path / "UNMISS.html"
    notes.write_text("<p>my notes</p>", encoding="utf-8")
    workbook = _sample("sample_budget.xlsx", tmp_path).rename(tmp_path / "UNMISS.xlsx")
    before = workbook.read_bytes()

    result = _run("batch", str(tmp_path / "manifest.csv"), "-o", str(tmp_path))

    assert result.exit_code == 3, result.output
    assert "UNMISS.xlsx" in result.output or "UNMISS.html" in result.output
    assert "coherence did not write it" in result.output
    assert notes.read_text(encoding="utf-8") == "<p>my notes</p>"
    assert workbook.read_bytes() == before
    assert not (tmp_path / "overview.json").exists()


def test_files_coherence_wrote_are_known_by_their_mark(tmp_path: Path) -> None:
    from coherence.batch import written_by_coherence

    report = tmp_path / "UNMISS.json"
    report.write_text('{\n  "schema": "coherence.report/1"\n}\n', encoding="utf-8")
    page = tmp_path / "UNMISS.html"
    page.write_text('<html><head><meta name="generator" content="coherence">', encoding="utf-8")
    other = tmp_path / "UNMISS.pdf"
    other.write_bytes(b"%PDF-1.4 not a report")
    assert written_by_coherence(report) and written_by_coherence(page)
    assert not written_by_coherence(other)
    assert not written_by_coherence(_sample("sample_budget.xlsx", tmp_path))
    assert not written_by_coherence(tmp_path / "absent.json")


# --------------------------------------------------------------------------- report outputs


def test_report_refuses_an_output_that_would_overwrite_its_budget(tmp_path: Path) -> None:
    mandate = _sample("sample_resolution.txt", tmp_path)
    budget = _sample("sample_budget.xlsx", tmp_path)
    before = budget.read_bytes()
    result = _run("report", "--mandate", str(mandate), "--budget", str(budget),
                  "-o", str(tmp_path / "r.pdf"), "--xlsx", str(budget))
    assert result.exit_code == 3, result.output
    assert result.output.strip() == (f"error: {budget}: is the budget and would be "
                                     "overwritten by an output; write the output under "
                                     "another name")
    assert budget.read_bytes() == before
    assert not (tmp_path / "r.pdf").exists()


def test_report_refuses_two_outputs_with_one_path(tmp_path: Path) -> None:
    mandate = _sample("sample_resolution.txt", tmp_path)
    budget = _sample("sample_budget.xlsx", tmp_path)
    same = tmp_path / "same.pdf"
    result = _run("report", "--mandate", str(mandate), "--budget", str(budget),
                  "-o", str(same), "--json", str(same))
    assert result.exit_code == 3, result.output
    assert "is another output" in result.output
    assert not same.exists()


# --------------------------------------------------------------------------- output folders


def test_report_into_a_file_given_as_a_folder_is_one_line_before_any_work(
        tmp_path: Path) -> None:
    mandate = _sample("sample_resolution.txt", tmp_path)
    budget = _sample("sample_budget.xlsx", tmp_path)
    afile = tmp_path / "afile"
    afile.write_text("notes", encoding="utf-8")
    result = _run("report", "--mandate", str(mandate), "--budget", str(budget),
                  "-o", str(afile / "r.pdf"))
    assert result.exit_code == 3, result.output
    assert result.output.strip() == (f"error: {afile}: is a file, not a folder; choose a "
                                     "folder for the output, or another name")
    assert "reading" not in result.output  # found before the documents were read


def test_demo_into_an_existing_file_is_one_line(tmp_path: Path) -> None:
    afile = tmp_path / "afile"
    afile.write_text("notes", encoding="utf-8")
    result = _run("demo", "-o", str(afile))
    assert result.exit_code == 3, result.output
    assert result.output.startswith(f"error: {afile}: is a file, not a folder")


def test_batch_into_a_folder_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    (tmp_path / "manifest.csv").write_text(
        "mission,mandate,budget\nUNMISS,missing.pdf,missing.docx\n", encoding="utf-8")
    result = _run("batch", str(tmp_path / "manifest.csv"), "-o", "/proc")
    assert result.exit_code == 3, result.output
    assert result.output.startswith("error: /proc: cannot write here")
    assert "[1/1]" not in result.output


def test_a_long_legal_name_is_written_and_a_too_long_one_refused(tmp_path: Path) -> None:
    from coherence.output import write_bytes_atomic
    from provenance import CoherenceError

    legal = tmp_path / ("b" * 250 + ".pdf")  # its temporary name used to pass 255 bytes
    write_bytes_atomic(legal, b"%PDF")
    assert legal.read_bytes() == b"%PDF"
    with pytest.raises(CoherenceError, match="over the 255 the file system allows"):
        write_bytes_atomic(tmp_path / ("b" * 260 + ".pdf"), b"%PDF")
    with pytest.raises(CoherenceError, match="cannot be written"):
        write_bytes_atomic(Path("/proc/no-such-folder/r.pdf"), b"%PDF")
    assert sorted(p.name for p in tmp_path.iterdir()) == [legal.name]


# --------------------------------------------------------------------------- history


@pytest.fixture
def locked_history(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A history another program holds an exclusive lock on (waited for 0.1 s, not 5)."""
    import sqlite3

    from coherence.history import open_history

    path = tmp_path / "history.sqlite"
    with open_history(path):
        pass
    monkeypatch.setattr("coherence.history.BUSY_SECONDS", 0.1, raising=False)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    yield path
    holder.execute("ROLLBACK")
    holder.close()


def test_a_locked_history_is_in_use_and_stops_the_report_before_any_work(
        tmp_path: Path, locked_history: Path) -> None:
    mandate = _sample("sample_resolution.txt", tmp_path)
    budget = _sample("sample_budget.xlsx", tmp_path)
    result = _run("report", "--mandate", str(mandate), "--budget", str(budget),
                  "-o", str(tmp_path / "r.pdf"), "--history", str(locked_history))
    assert result.exit_code == 3, result.output
    assert result.output.strip() == (f"error: {locked_history}: is in use by another "
                                     "program; try again when it is closed")
    assert not (tmp_path / "r.pdf").exists()


def test_history_add_on_a_locked_history_says_it_is_in_use(locked_history: Path) -> None:
    report = locked_history.parent / "report.json"
    report.write_text('{"schema": "coherence.report/1"}', encoding="utf-8")
    result = _run("history", "add", str(locked_history), str(report))
    assert result.exit_code == 3, result.output
    assert "is in use by another program; try again when it is closed" in result.output
    assert "internal error" not in result.output and "not a history file" not in result.output


def test_a_report_whose_recording_fails_leaves_no_output(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from coherence import pipeline
    from provenance import InputError

    class Stub:
        def to_json(self) -> dict[str, object]:
            return {}

    def taken_meanwhile(*_args: object, **_kwargs: object) -> None:
        raise InputError("is in use by another program", path=tmp_path / "h.sqlite")

    monkeypatch.setattr(pipeline, "build_mission_report", lambda **_kwargs: Stub())
    monkeypatch.setattr(pipeline, "since_last_cycle", lambda report, _history: report)
    monkeypatch.setattr(pipeline, "report_files", lambda _report, **kwargs: [
        (kwargs["pdf"], b"%PDF-"), (kwargs["json_path"], b"{}")])
    monkeypatch.setattr("coherence.history.check_history", lambda _path: None)
    monkeypatch.setattr("coherence.history.record", taken_meanwhile)
    with pytest.raises(InputError, match="in use"):
        pipeline.run_report(mandate=tmp_path / "m.txt", budget=tmp_path / "b.xlsx",
                            pdf=tmp_path / "r.pdf", json_path=tmp_path / "r.json",
                            history=tmp_path / "h.sqlite")
    assert not (tmp_path / "r.pdf").exists() and not (tmp_path / "r.json").exists()


# --------------------------------------------------------------------------- malformed JSON


_TOO_LONG = "1" * 5000  # more digits than int() converts


def test_history_add_records_the_good_reports_beside_one_with_a_huge_number(
        tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"schema": "coherence.report/1", "mission": "MONUSCO",
                                "budget": {"proposed": {"period": "2026/27"}}}),
                    encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_text('{"schema": "coherence.report/1", "x": ' + _TOO_LONG + "}",
                   encoding="utf-8")
    result = _run("history", "add", str(tmp_path / "h.sqlite"), str(bad), str(good),
                  "--cycle", "2026/27")
    assert result.exit_code == 4, result.output
    assert f"error: {bad}: not a report (it holds a number too long to read)" in result.output
    assert f"recorded MONUSCO 2026/27 from {good}" in result.output


@pytest.mark.parametrize("command", ["batch", "mandate"])
def test_a_json_input_with_a_huge_number_is_one_line_exit_3(tmp_path: Path,
                                                            command: str) -> None:
    name = "manifest.json" if command == "batch" else "S_RES_9999(2024).json"
    path = tmp_path / name
    path.write_text(f'[{{"mission": {_TOO_LONG}}}]', encoding="utf-8")
    args = [command, str(path)] + (["-o", str(tmp_path / "out")] if command == "batch" else
                                   ["--format", "json"])
    result = _run(*args)
    assert result.exit_code == 3, result.output
    assert result.output.startswith(f"error: {path}: is not a usable JSON list (it holds a "
                                    "number too long to read)")


# --------------------------------------------------------------------------- links files


def test_an_override_that_names_no_budget_line_is_a_warning_not_silence(
        tmp_path: Path) -> None:
    from coherence.pipeline import build_mission_report

    links = tmp_path / "links.csv"
    links.write_text("category,item,action,share\n"
                     "protection_of_civilians,military  contingents,link,1\n"
                     "human_rights,Helicopters of the moon,link,1\n", encoding="utf-8")
    report = build_mission_report(mandate=_sample("sample_resolution.txt", tmp_path),
                                  budget=_sample("sample_budget.xlsx", tmp_path), links=links)
    document = report.to_json()
    overridden = [(ln["category"], ln["item"]) for ln in document["links"]
                  if ln["kind"] == "override"]
    assert overridden == [("protection_of_civilians", "Military contingents")]
    unmatched = [w["message"] for w in document["warnings"]
                 if w["code"] == "override_unmatched"]
    assert len(unmatched) == 1
    assert "row 3: 'Helicopters of the moon' is no item of" in unmatched[0]
    assert "link of human_rights was not applied" in unmatched[0]


@pytest.mark.parametrize(("content", "message"), [
    (b"category,item,action\nprotection_of_civilians,C\xf4te d'Ivoire,link\n",
     "is not UTF-8 text (byte 46)"),
    (b"PK\x03\x04\x00\x00binary", "is not a text file"),
    (b"category,item,action,share\nprotection_of_civilians,Military contingents,link,NaN\n",
     "row 2: share 'NaN' is not a number"),
    (b'["protection_of_civilians"]', "item 1 is not an object"),
    (b'[{"category": "protection_of_civilians", "item": ["Military contingents"]}]',
     "item 1: 'item' must be text, not list"),
])
def test_a_links_file_that_cannot_be_read_is_one_line_exit_3(
        tmp_path: Path, content: bytes, message: str) -> None:
    from coherence.mapping import load_overrides
    from provenance import InputError

    links = tmp_path / ("links.json" if content.startswith(b"[") else "links.csv")
    links.write_bytes(content)
    with pytest.raises(InputError) as caught:
        load_overrides(links)
    assert caught.value.one_line().startswith(f"error: {links}: {message}")


def test_a_links_file_saved_with_semicolons_and_decimal_commas_is_read(tmp_path: Path) -> None:
    from coherence.mapping import load_overrides

    links = tmp_path / "links.csv"
    links.write_text("category;item;action;share\n"
                     "protection_of_civilians;Military contingents;link;0,5\n",
                     encoding="utf-8")
    [entry] = load_overrides(links).entries
    assert (entry.category, entry.item, str(entry.share)) == (
        "protection_of_civilians", "Military contingents", "0.5")
    # … and with the first line Excel writes to name its separator, as a manifest is read
    links.write_text("sep=;\ncategory;item;action;share\n"
                     "protection_of_civilians;Military contingents;link;0,5\n",
                     encoding="utf-8")
    [entry] = load_overrides(links).entries
    assert (entry.category, entry.item, str(entry.share)) == (
        "protection_of_civilians", "Military contingents", "0.5")


# --------------------------------------------------------------------------- manifest cells


def test_a_manifest_name_starting_with_a_tilde_is_in_the_manifests_folder(
        tmp_path: Path) -> None:
    from coherence.batch import load_manifest

    (tmp_path / "manifest.csv").write_text(
        "mission,mandate,budget,acabq\n"
        "UNMISS,~root/res.pdf,~draft budget.docx,~$A_80_621.xlsx\n", encoding="utf-8")
    [entry] = load_manifest(tmp_path / "manifest.csv").entries
    assert entry.mandate == tmp_path / "~root" / "res.pdf"
    assert entry.budget == tmp_path / "~draft budget.docx"
    assert entry.acabq == tmp_path / "~$A_80_621.xlsx"


def test_a_nul_byte_in_a_manifest_cell_names_the_row(tmp_path: Path) -> None:
    manifest = tmp_path / "manifest.csv"
    manifest.write_bytes(b"mission,mandate,budget\nUNMISS,res.pdf,bud\x00get.docx\n")
    result = _run("batch", str(manifest), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3, result.output
    assert result.output.strip() == (f"error: {manifest}: row 2 (UNMISS): the budget holds a "
                                     "NUL byte; retype the cell, or save the sheet again as CSV")


# --------------------------------------------------------------------------- signals

_PARENT = """
import sys, time
from pathlib import Path
import coherence.batch as batch

out = Path(sys.argv[1])

def slow_mission(entry, out_dir, options=None, history=None):
    (out / "started").write_text("")
    time.sleep(1.0)
    (out / "late").write_text("the mission went on after the batch was killed")
    raise SystemExit(0)

batch.run_mission = slow_mission
batch.run_mission_apart(batch.MissionEntry("X", out / "m.txt", out / "b.xlsx"), out)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_mission_process_ends_with_the_batch_killed_by_sigterm(tmp_path: Path) -> None:
    import signal
    import subprocess
    import time

    parent = subprocess.Popen([sys.executable, "-c", _PARENT, str(tmp_path)])
    deadline = time.monotonic() + 20
    while not (tmp_path / "started").exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    assert (tmp_path / "started").exists()
    parent.send_signal(signal.SIGTERM)
    parent.wait(timeout=10)
    time.sleep(1.5)
    assert not (tmp_path / "late").exists()


# --------------------------------------------------------------------------- closed stderr


def test_a_stderr_closed_early_stops_the_notes_not_the_work(tmp_path: Path) -> None:
    import subprocess

    resolution = _sample("sample_resolution.txt", tmp_path)  # its reading gives a note
    # stderr is a pipe whose reader has gone, as after `2>&1 | head -1`
    script = ("import os, sys; r, w = os.pipe(); os.dup2(w, 2); os.close(r); "
              "from coherence.cli import main; sys.argv[1:] = ['mandate', sys.argv[1]]; main()")
    done = subprocess.run([sys.executable, "-c", script, str(resolution)],
                          stdout=subprocess.PIPE, timeout=60)
    assert done.returncode == 0
    assert b"S/RES/" in done.stdout  # the table still comes out


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs Linux's /dev/full")
@pytest.mark.parametrize("command", [["mandate", "sample_resolution.txt", "--format", "json"],
                                     ["mandate", "sample_resolution.txt", "--format", "jsonl"],
                                     ["budget", "sample_budget.xlsx", "--format", "json"]])
def test_a_result_that_cannot_reach_stdout_is_one_line_exit_3(tmp_path: Path,
                                                              command: list[str]) -> None:
    import subprocess

    command[1] = str(_sample(command[1], tmp_path))
    run = [sys.executable, "-m", "coherence", *command]
    with open("/dev/full", "wb") as full:  # a disk with no room left
        done = subprocess.run(run, stdout=full, stderr=subprocess.PIPE, timeout=60)
    assert done.returncode == 3, done.stderr
    assert done.stderr.decode().splitlines()[-1] == (
        "error: standard output: cannot be written (No space left on device); redirect it to "
        "a file on a disk with room")
    assert b"Traceback" not in done.stderr and b"Exception ignored" not in done.stderr
    # stdout closed (`>&-`): refused before any work, where it used to say nothing, exit 0
    closed = subprocess.run(run, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            timeout=60, preexec_fn=lambda: os.close(1))
    assert closed.returncode == 3
    assert closed.stderr.decode().splitlines() == [
        "error: standard output: is closed, so the result would be lost; redirect it to a "
        "file (> result.json)"]


# --------------------------------------------------------------------------- file names


def test_a_folder_name_that_is_not_utf8_gets_an_overview(tmp_path: Path) -> None:
    import os

    from coherence.batch import run_batch

    folder = Path(os.fsdecode(bytes(tmp_path) + b"/cyc_\xff"))  # as Windows archives unzip
    folder.mkdir()
    (folder / "manifest.csv").write_text("mission,mandate,budget\nUNMISS,res.pdf,bud.docx\n",
                                         encoding="utf-8")
    result = run_batch(folder / "manifest.csv", folder / "out")
    overview = json.loads((folder / "out" / "overview.json").read_text(encoding="utf-8"))
    assert overview["manifest"]["path"].endswith("cyc_\ufffd/manifest.csv")
    assert [m.status for m in result.missions] == ["failed"]
    assert (folder / "out" / "overview.csv").read_bytes().decode("utf-8-sig")


# --------------------------------------------------------------------------- one batch a folder


@pytest.mark.skipif(sys.platform == "win32", reason="the lock uses fcntl")
def test_a_second_batch_into_a_folder_in_use_is_refused(tmp_path: Path) -> None:
    import fcntl

    from coherence.batch import LOCK_NAME

    (tmp_path / "manifest.csv").write_text(
        "mission,mandate,budget\nUNMISS,missing.pdf,missing.docx\n", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "UNMISS.json").write_text('{"schema": "coherence.report/1"}', encoding="utf-8")
    with open(out / LOCK_NAME, "a+b") as first:  # a batch running there
        fcntl.flock(first, fcntl.LOCK_EX | fcntl.LOCK_NB)
        result = _run("batch", str(tmp_path / "manifest.csv"), "-o", str(out))
    assert result.exit_code == 3, result.output
    assert result.output.strip() == (f"error: {out}: another coherence batch is writing here; "
                                     "wait until it has finished, or write to another folder "
                                     "with -o")
    assert (out / "UNMISS.json").exists()  # the first batch's report stays


# --------------------------------------------------------------------------- smaller points


def test_an_input_name_too_long_for_the_file_system_is_one_line(tmp_path: Path) -> None:
    long_name = tmp_path / ("b" * 300 + ".txt")
    result = _run("mandate", str(long_name))
    assert result.exit_code == 3, result.output
    assert result.output.startswith(f"error: {long_name}: cannot be opened (File name too long)")


def test_reading_an_empty_file_as_a_history_leaves_it_empty(tmp_path: Path) -> None:
    empty = tmp_path / "history.sqlite"
    empty.write_bytes(b"")
    result = _run("history", "list", str(empty))
    assert result.exit_code == 3, result.output
    assert result.output.startswith(f"error: {empty}: is empty, not a history file")
    assert empty.stat().st_size == 0


def test_history_compare_names_the_history_that_lacks_the_mission(tmp_path: Path) -> None:
    from coherence.history import open_history

    history = tmp_path / "history.sqlite"
    with open_history(history):
        pass
    result = _run("history", "compare", str(history), "MONUSCO")
    assert result.exit_code == 3, result.output
    assert result.output.startswith(f"error: {history}: no report of MONUSCO is recorded")


def test_excels_sep_line_names_the_manifests_separator(tmp_path: Path) -> None:
    from coherence.batch import load_manifest

    manifest = tmp_path / "manifest.csv"
    manifest.write_text("sep=;\nmission;mandate;budget\nUNMISS;res.pdf;bud.docx\n",
                        encoding="utf-8")
    [entry] = load_manifest(manifest).entries
    assert (entry.mission, entry.budget, entry.row) == ("UNMISS", tmp_path / "bud.docx",
                                                        "row 3")


def test_report_records_in_an_empty_history_file_as_in_a_new_one(tmp_path: Path) -> None:
    """`history add` takes an empty file as a new history; `report --history` refused it
    ("is empty, not a history file") after the read-only commands learned to."""
    history = tmp_path / "history.sqlite"
    history.write_bytes(b"")
    result = _run("report", "--mandate", str(_sample("sample_resolution.txt", tmp_path)),
                  "--budget", str(_sample("sample_budget.xlsx", tmp_path)),
                  "-o", str(tmp_path / "r.pdf"), "--history", str(history))
    assert result.exit_code == 0, result.stderr
    assert "recorded MONUSCO 2026/27" in result.stderr
    assert history.stat().st_size > 0 and (tmp_path / "r.pdf").exists()


def test_a_manifest_cell_with_half_a_character_is_a_manifest_error(tmp_path: Path) -> None:
    """A JSON manifest's "\\ud800" (an unpaired surrogate) crashed the batch: exit 1,
    UnicodeEncodeError."""
    manifest = tmp_path / "manifest.json"
    manifest.write_text('[{"mission": "UNMISS", "mandate": "res\\ud800.txt", '
                        '"budget": "bud.xlsx"}]', encoding="utf-8")
    result = _run("batch", str(manifest), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3, result.output
    assert "the mandate holds half of a character" in result.stderr
