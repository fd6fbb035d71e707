"""The report with the Advisory Committee's report on the budget (`--acabq`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from budgets import parse_budget
from coherence.batch import load_manifest
from coherence.cli import cli
from coherence.render import render_html
from coherence.report import build_report
from mandates import parse_resolution
from tests.conftest import require_shared


def _report(acabq: str):
    resolution = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    budget = parse_budget(require_shared("budgets", "reports", "A_80_624.docx"))
    advisory = parse_budget(require_shared("budgets", "acabq", acabq))
    return build_report(resolution, budget, acabq=advisory)


@pytest.fixture(scope="module")
def monusco():
    return _report("A_80_604_Add.11.docx")


def test_each_cut_is_set_against_the_class_and_the_tasks_it_serves(monusco) -> None:
    rows = {a.item: a for a in monusco.advisory}
    air = rows["Air operations"]
    assert air.amount == -1_500_000 and air.paragraphs == ("52",)
    classes = {r.item: r for r in monusco.classes if r.role == "item"}
    assert air.proposed == classes["Air operations"].proposed
    assert air.recommended == air.proposed - 1_500_000
    assert "Protection of civilians" in air.tasks and air.priority
    # a class no task is linked to is still listed, and says so
    assert rows["Consultants and consulting services"].tasks == ()
    cuts = {f.title: f for f in monusco.findings if f.rule == "ACABQ_CUT"}
    finding = cuts["Advisory Committee: Air operations cut by $1.5 million"]
    assert finding.severity == "medium"  # it serves a priority task
    assert "A/80/604/Add.11 sect. VI, 1st table, D10" in finding.at
    refs = {p.ref for p in monusco.resolution.paragraphs}
    assert finding.paragraphs and set(finding.paragraphs) <= refs
    assert cuts["Advisory Committee: Consultants and consulting services cut by $60,100"] \
        .severity == "low"


def test_the_recommended_total_leads_page_one(monusco) -> None:
    (total,) = [f for f in monusco.findings if f.rule == "ACABQ_TOTAL"]
    assert total.figures == {"recommended": 866_348_600, "proposed": 874_790_100}
    assert "check that both documents" not in total.detail  # the proposal is the budget's
    html = render_html(monusco)
    summary = html[html.index("In brief"):html.index("Mandated tasks and their resources")]
    assert "recommends $866.3 million, $8.4 million (1.0 %) less than proposed" in summary
    section = html[html.index("The Advisory Committee's recommendations"):]
    assert "10% reduction on new unmanned aircraft systems (52)" in section
    doc = monusco.to_json()
    assert doc["documents"]["acabq"]["document"] == "A/80/604/Add.11"
    changes = doc["advisory_committee"]["changes"]
    assert len(changes) == 6
    assert all(c["recommended"] == c["proposed"] + c["change"] for c in changes)


def test_a_committee_report_on_another_mission_is_flagged() -> None:
    report = _report("A_80_604_Add.2.docx")  # UNFICYP's
    (total,) = [f for f in report.findings if f.rule == "ACABQ_TOTAL"]
    assert "The Committee's report is on UNFICYP, the budget is MONUSCO's" in total.detail
    assert "check that both documents are on the same proposal" in total.detail


def test_report_command_and_manifest_take_the_committees_report(tmp_path: Path) -> None:
    acabq = require_shared("budgets", "acabq", "A_80_604_Add.12.docx")
    out = tmp_path / "unifil.json"
    result = CliRunner().invoke(cli, [
        "report", "--mandate", str(require_shared("resolutions", "pdf", "S_RES_2749(2024).pdf")),
        "--budget", str(require_shared("budgets", "xlsx", "A_80_634.xlsx")),
        "--acabq", str(acabq), "-o", str(tmp_path / "unifil.pdf"), "--json", str(out)])
    assert result.exit_code == 0, result.output
    doc = json.loads(out.read_text("utf-8"))
    assert doc["advisory_committee"]["total"]["recommended"] == 407_625_000
    assert [c["item"] for c in doc["advisory_committee"]["changes"]] == [
        "Official travel", "Facilities and infrastructure"]
    (tmp_path / "m.csv").write_text("mission,mandate,budget,acabq\nUNIFIL,r.pdf,b.xlsx,"
                                    "acabq/Add.12.docx\n", "utf-8")
    (entry,) = load_manifest(tmp_path / "m.csv").entries
    assert entry.acabq == tmp_path / "acabq" / "Add.12.docx"
    assert entry.inputs()["acabq"] == str(tmp_path / "acabq" / "Add.12.docx")


def test_page_one_gives_the_committees_total_once() -> None:
    resolution = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2771(2025).pdf"))
    budget = parse_budget(require_shared("budgets", "xlsx", "A_80_607.xlsx"))
    advisory = parse_budget(require_shared("budgets", "acabq", "A_80_604_Add.2.docx"))
    report = build_report(resolution, budget, acabq=advisory)
    assert any(f.rule == "ACABQ_TOTAL" for f in report.findings)
    # its own line leads page 1; the list of implications below does not repeat it
    assert not any(f.rule == "ACABQ_TOTAL" for f in report.top_findings)
    assert len(report.top_findings) >= 3
