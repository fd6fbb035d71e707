"""The command line with bad surroundings: user files in the output folder, outputs that
would overwrite inputs, folders that cannot be written, histories in use, malformed JSON,
and links files as spreadsheets write them. Each case was found by an adversarial review;
each test fails on the code before its fix."""

from __future__ import annotations

import shutil
from importlib.resources import as_file, files
from pathlib import Path

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
