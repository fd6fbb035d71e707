"""`coherence manifest`: a batch manifest drafted from a folder of the cycle's documents."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from coherence.batch import load_manifest
from coherence.cli import cli
from tests.conftest import require_shared

DOCUMENTS = {
    "resolutions/S_RES_2765(2024).pdf": ("resolutions", "pdf", "S_RES_2765(2024).pdf"),
    "resolutions/S_RES_2717(2023).pdf": ("resolutions", "pdf", "S_RES_2717(2023).pdf"),
    "resolutions/S_RES_2749(2024).pdf": ("resolutions", "pdf", "S_RES_2749(2024).pdf"),
    "resolutions/S-RES-1701(2006).txt": ("resolutions", "txt", "S-RES-1701(2006).txt"),
    "resolutions/S-RES-1718(2006).txt": ("resolutions", "txt", "S-RES-1718(2006).txt"),
    "budgets/A_80_624.docx": ("budgets", "reports", "A_80_624.docx"),
    "budgets/A_80_624.pdf": ("budgets", "reports", "A_80_624.pdf"),
    "budgets/A_80_634.docx": ("budgets", "reports", "A_80_634.docx"),
    "budgets/A_80_604_Add.11.docx": ("budgets", "acabq", "A_80_604_Add.11.docx"),
}


def _linked(folder: Path, documents: dict[str, tuple[str, ...]]) -> Path:
    """A folder of links to the real documents (nothing is copied), by name in the folder."""
    for name, parts in documents.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).symlink_to(require_shared(*parts))
    return folder


def _cycle(folder: Path) -> Path:
    """A cycle's folder of links to the real documents, and a file that is none of them."""
    _linked(folder, DOCUMENTS)
    (folder / "notes.odt").write_bytes(b"not a document of the cycle")
    return folder


def test_the_draft_pairs_each_missions_documents(tmp_path: Path) -> None:
    folder = _cycle(tmp_path / "cycle")
    out = folder / "manifest.csv"
    result = CliRunner().invoke(cli, ["manifest", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = {r["mission"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert set(rows) == {"MONUSCO", "UNIFIL"}
    assert rows["MONUSCO"] == {
        "mission": "MONUSCO", "mandate": "resolutions/S_RES_2765(2024).pdf",
        "budget": "budgets/A_80_624.docx",  # the DOCX edition, not the PDF
        "previous_mandate": "resolutions/S_RES_2717(2023).pdf", "tasks_from": "",
        "acabq": "budgets/A_80_604_Add.11.docx"}
    # 2749 (2024) restates no task and cites 1701 (2006), which sets them; 1701 is not
    # UNIFIL's previous mandate, and no Committee report on UNIFIL is in the folder
    assert rows["UNIFIL"]["tasks_from"] == "resolutions/S-RES-1701(2006).txt"
    assert rows["UNIFIL"]["previous_mandate"] == "" and rows["UNIFIL"]["acabq"] == ""
    assert "notes.odt: neither resolutions nor budget documents" in result.stderr
    # nothing in the folder is passed over without a word: a resolution on no peace
    # operation (sanctions on the DPRK) and the edition not used
    assert "S-RES-1718(2006).txt: S/RES/1718 (2006) names no peace operation" in result.stderr
    assert "A_80_624.pdf: another edition of the same document; A_80_624.docx is used" \
        in result.stderr
    manifest = load_manifest(out)  # batch takes it as it is
    assert [e.mission for e in manifest.entries] == ["MONUSCO", "UNIFIL"]
    assert manifest.entries[0].budget == folder / "budgets" / "A_80_624.docx"


def test_nothing_to_pair_exits_3_and_writes_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "budgets-only"
    folder.mkdir()
    (folder / "A_80_634.docx").symlink_to(require_shared("budgets", "reports", "A_80_634.docx"))
    out = tmp_path / "manifest.csv"
    result = CliRunner().invoke(cli, ["manifest", str(folder), "-o", str(out)])
    assert result.exit_code == 3
    assert "UNIFIL: budget A/80/634 but no resolution" in result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("error: ")
    assert not out.exists()


def test_a_successor_established_beside_a_final_period_is_paired_with_its_budget(
        tmp_path: Path) -> None:
    """A resolution that gives MINUSTAH a final period and establishes MINUJUSTH with a period
    of its own mandates both: MINUJUSTH's budget is paired with it, not left out for want of
    a resolution."""
    import dataclasses
    from importlib.resources import files

    from budgets import parse_budget
    from coherence.manifest import _pair
    from mandates import parse_resolution

    path = tmp_path / "9026.txt"
    path.write_text(
        "S/RES/9026 (2026)\nResolution 9026 (2026)\nAdopted by the Security Council at its "
        "12026th meeting, on 13 April 2026\nThe Security Council,\nRecalling its earlier "
        "decisions,\n1. Decides to extend the mandate of MINUSTAH for a final period until 15 "
        "October 2026;\n2. Decides to establish a follow-on operation, the United Nations "
        "Mission for Justice Support in Haiti (MINUJUSTH), for an initial period until 15 "
        "April 2027;\n3. Requests MINUJUSTH to support the Haitian National Police;\n",
        encoding="cp1252")
    resolution = parse_resolution(path)
    sample = parse_budget(str(files("coherence.samples") / "sample_budget.xlsx"))
    budget = dataclasses.replace(sample, mission="MINUJUSTH")
    draft = _pair([(resolution, path)], [(budget, tmp_path / "budget.xlsx")], [])
    assert draft.missions == ["MINUJUSTH"]
    assert draft.rows[0]["mandate"] == path
    assert not any("MINUJUSTH" in note for note in draft.notes)


def test_a_resolution_given_as_json_and_pdf_is_read_from_its_pdf_and_the_json_named(
        tmp_path: Path) -> None:
    """The PDF prints the pages the report cites; the UN's JSON of the same resolution is
    another edition, said so, and whichever order the folder lists them in."""
    folder = tmp_path / "cycle"
    (folder / "resolutions").mkdir(parents=True)
    for name, parts in (("S_RES_2765(2024).json", ("resolutions", "json")),
                        ("S_RES_2765(2024).pdf", ("resolutions", "pdf"))):
        (folder / "resolutions" / name).symlink_to(require_shared(*parts, name))
    (folder / "A_80_624.docx").symlink_to(require_shared("budgets", "reports", "A_80_624.docx"))
    out = folder / "manifest.csv"
    result = CliRunner().invoke(cli, ["manifest", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["mission"], r["mandate"]) for r in rows] == [
        ("MONUSCO", "resolutions/S_RES_2765(2024).pdf")]
    assert ("S_RES_2765(2024).json: another edition of the same resolution; "
            "S_RES_2765(2024).pdf is used") in result.stderr


def test_a_resolution_that_only_tasks_the_mission_in_passing_is_not_its_mandate(
        tmp_path: Path) -> None:
    """The South Sudan sanctions renewal 2731 (2024), a month after UNMISS's renewal 2729
    (2024), asks UNMISS to assist the Panel of Experts: the manifest took it for UNMISS's
    mandate. MONUSCO's 2746 (2024) adds support to SAMIDRC between two renewals: it was
    taken for the previous mandate instead of 2717 (2023)."""
    folder = _linked(tmp_path / "cycle", {
        **{f"S_RES_{n}.pdf": ("resolutions", "pdf", f"S_RES_{n}.pdf")
           for n in ("2729(2024)", "2677(2023)", "2717(2023)", "2765(2024)")},
        **{f"S_RES_{n}.json": ("resolutions", "json", f"S_RES_{n}.json")
           for n in ("2731(2024)", "2746(2024)")},
        **{f"{n}.docx": ("budgets", "reports", f"{n}.docx") for n in ("A_80_621", "A_80_624")},
    })
    out = folder / "manifest.csv"
    result = CliRunner().invoke(cli, ["manifest", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = {r["mission"]: r for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert (rows["UNMISS"]["mandate"], rows["UNMISS"]["previous_mandate"]) == (
        "S_RES_2729(2024).pdf", "S_RES_2677(2023).pdf")
    assert (rows["MONUSCO"]["mandate"], rows["MONUSCO"]["previous_mandate"]) == (
        "S_RES_2765(2024).pdf", "S_RES_2717(2023).pdf")
    assert "UNMISS: S/RES/2731 (2024) gives the mission tasks after S/RES/2729 (2024)" \
        in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_a_broken_link_or_a_pipe_in_the_folder_is_named(tmp_path: Path) -> None:
    folder = _cycle(tmp_path / "cycle")
    (folder / "resolutions" / "S_RES_2731(2024).pdf").symlink_to(tmp_path / "gone.pdf")
    os.mkfifo(folder / "budgets" / "A_80_999.xlsx")  # reading it would wait for ever
    out = folder / "manifest.csv"
    result = CliRunner().invoke(cli, ["manifest", str(folder), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "S_RES_2731(2024).pdf: not read as a resolution" in result.stderr
    assert "gone.pdf, which is not there" in result.stderr
    assert "A_80_999.xlsx: not read as a budget" in result.stderr
    assert "not a regular file but a pipe" in result.stderr
    rows = {r["mission"] for r in csv.DictReader(out.open(encoding="utf-8"))}
    assert rows == {"MONUSCO", "UNIFIL"}
