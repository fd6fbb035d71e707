"""The report: links, findings and their evidence, rendering rules, determinism, overrides."""

from __future__ import annotations

import io
import json
from dataclasses import replace

import pdfplumber
import pytest
from click.testing import CliRunner
from openpyxl import load_workbook
from pdfminer.pdftypes import resolve1

from budgets import parse_budget
from coherence.cli import cli
from coherence.export import xlsx_bytes
from coherence.findings import RULES
from coherence.mapping import load_overrides
from coherence.render import (
    FetchRefused,
    allow_list_fetcher,
    render_html,
    render_pdf,
    unbroken_symbols,
)
from coherence.report import PersonnelRow, UniformedRow, _uniformed_findings, build_report
from mandates import parse_resolution
from provenance import InputError
from tests.conftest import require_shared, shared_budget

PAIRS = [
    ("S_RES_2765(2024).pdf", "A_80_624.xlsx", "S_RES_2717(2023).pdf"),
    ("S_RES_2729(2024).pdf", "A_80_621.xlsx", "S_RES_2677(2023).pdf"),
    ("S_RES_2749(2024).pdf", "A_80_634.xlsx", None),
    ("S_RES_2756(2024).pdf", "A_80_600.xlsx", None),
    ("S_RES_2771(2025).pdf", "A_80_607.xlsx", None),
    ("S_RES_1244(1999).pdf", "A_80_615.xlsx", None),
]


def _report(mandate: str, budget: str, previous: str | None = None, overrides=None):
    res = parse_resolution(require_shared("resolutions", "pdf", mandate))
    bud = parse_budget(require_shared("budgets", "xlsx", budget))
    prev = parse_resolution(require_shared("resolutions", "pdf", previous)) if previous else None
    return build_report(res, bud, previous_resolution=prev, overrides=overrides)


@pytest.fixture(scope="module")
def monusco():
    return _report(*PAIRS[0])


@pytest.mark.parametrize("pair", PAIRS, ids=[p[1] for p in PAIRS])
def test_every_finding_cites_paragraphs_that_exist(pair) -> None:
    report = _report(*pair)
    refs = {p.ref for p in report.resolution.paragraphs}
    if report.previous_resolution is not None:  # a dropped task cites the previous one's
        refs |= {f"{p.ref} of {report.previous_resolution.symbol.removeprefix('S/RES/')}"
                 for p in report.previous_resolution.paragraphs}
    for finding in report.findings:
        assert finding.rule in RULES
        assert set(finding.paragraphs) <= refs, finding
    assert report.headline.startswith("Proposed 2026/27 gross requirements")
    doc = report.to_json()
    assert doc["schema"] == "coherence.report/1"
    json.dumps(doc)  # serialisable without custom encoders


def test_monusco_zero_programmes_are_found(monusco) -> None:
    cuts = {f.title: f for f in monusco.findings if f.rule == "PROGRAMME_CUT"}
    cvr = cuts["Programme 'Community violence reduction' cut to zero"]
    assert cvr.figures == {"baseline": 3_000_000, "proposed": 0}
    assert "Programmatic activities!B12" in cvr.at
    assert "Programme 'Women and peace and security' cut to zero" in cuts
    wps = [f for f in monusco.findings if f.rule == "WPS_WITHOUT_CAPACITY"]
    assert wps and "proposed at $0" in wps[0].title
    # page 1 leads with the cuts to zero, not with the biggest percentage change
    assert monusco.top_findings[0].figures.get("proposed") == 0
    assert 3 <= len(monusco.top_findings) <= 5


def test_monusco_ceilings_match_the_personnel_funded(monusco) -> None:
    by_kind = {p.kind: p for p in monusco.personnel}
    assert by_kind["military"].ceiling == 11500 and by_kind["military"].funded == 11500
    assert by_kind["formed_police_units"].funded == 1270
    # funded equals the ceilings: no gap and no excess (CEILING_CHANGE is about 2717 → 2765)
    assert not [f for f in monusco.findings if f.rule in ("CEILING_GAP", "CEILING_EXCEEDED")]


def test_task_money_is_the_sum_of_its_shares(monusco) -> None:
    rows = {(r.item, "financial_resources"): r for r in monusco.classes if r.role == "item"}
    rows.update({(r.item, "programmatic_activities"): r for r in monusco.programmes})
    for task in monusco.tasks:
        expected = sum(rows[(ln.item, ln.table)].proposed * ln.share for ln in task.links
                       if (ln.item, ln.table) in rows)
        assert abs(task.proposed - expected) <= 1


def test_task_changes_against_previous_mandate(monusco) -> None:
    changes = monusco.task_changes
    assert set(changes) == {"added", "dropped", "made_priority", "now_requested", "kept"}
    assert "protection_of_civilians" in changes["kept"]


def test_overrides_change_links_and_are_reported(tmp_path) -> None:
    links = tmp_path / "links.csv"
    links.write_text("category,item,action,share,note\n"
                     "sexual_violence,Women and peace and security,link,1,protection advisers\n"
                     "peace_process,Peace consolidation,unlink,,\n", encoding="utf-8")
    report = _report(*PAIRS[0], overrides=load_overrides(links))
    sv = next(t for t in report.tasks if t.category == "sexual_violence")
    assert [ln.kind for ln in sv.links] == ["override"]
    assert sv.baseline == 930_000 and sv.proposed == 0
    assert not any(ln.category == "peace_process" and ln.item == "Peace consolidation"
                   for ln in report.links)
    assert "Analyst overrides" in render_html(report)


def test_bad_overrides_file_is_refused(tmp_path) -> None:
    links = tmp_path / "links.csv"
    links.write_text("category,item\nnot_a_task,Medical\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown task category 'not_a_task'"):
        load_overrides(links)


def test_html_escapes_document_text(monusco) -> None:
    html = render_html(monusco)
    assert "<script" not in html
    assert "&#39;" in html or "&amp;" in html or "&lt;" in html


@pytest.mark.parametrize("url", ["https://example.org/x.css", "file:///etc/passwd",
                                 "http://localhost/"])
def test_fetcher_refuses_anything_outside_static(url: str) -> None:
    with pytest.raises(FetchRefused):
        allow_list_fetcher(url)


def test_pdf_is_deterministic_tagged_and_multi_page(monusco) -> None:
    first = render_pdf(monusco)
    assert first == render_pdf(monusco)
    assert first.startswith(b"%PDF-1.7")
    with pdfplumber.open(io.BytesIO(first)) as pdf:
        catalog = pdf.doc.catalog
        assert "StructTreeRoot" in catalog and "MarkInfo" in catalog
        metadata = resolve1(catalog["Metadata"]).get_data()
        assert b"pdfuaid:part" in metadata
        assert len(pdf.pages) >= 2
        fonts = {resolve1(f).get("BaseFont") for page in pdf.pages[:1]
                 for f in resolve1(resolve1(page.page_obj.resources)["Font"]).values()}
        assert all(b"+" in getattr(name, "name", str(name)).encode() for name in fonts)


def test_report_command_writes_all_outputs(tmp_path) -> None:
    res = require_shared("resolutions", "pdf", "S_RES_2756(2024).pdf")
    bud = require_shared("budgets", "xlsx", "A_80_600.xlsx")
    out = tmp_path / "minurso.pdf"
    result = CliRunner().invoke(cli, ["report", "--mandate", str(res), "--budget", str(bud),
                                      "-o", str(out), "--json", str(tmp_path / "r.json"),
                                      "--xlsx", str(tmp_path / "r.xlsx")])
    assert result.exit_code == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")
    doc = json.loads((tmp_path / "r.json").read_text("utf-8"))
    assert doc["mission"] == "MINURSO" and doc["documents"]["budget"]["document"] == "A/80/600"
    assert (tmp_path / "r.xlsx").stat().st_size > 0


def test_report_with_bad_budget_leaves_no_output(tmp_path) -> None:
    res = require_shared("resolutions", "pdf", "S_RES_2756(2024).pdf")
    bad = tmp_path / "budget.xlsx"
    bad.write_bytes(b"not a workbook")
    out = tmp_path / "out.pdf"
    result = CliRunner().invoke(cli, ["report", "--mandate", str(res), "--budget", str(bad),
                                      "-o", str(out), "--json", str(tmp_path / "r.json")])
    assert result.exit_code == 3
    assert list(tmp_path.iterdir()) == [bad]


def test_framework_links_follow_expected_accomplishments() -> None:
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    bud = parse_budget(require_shared("budgets", "reports", "A_80_624.docx"))
    report = build_report(res, bud)
    framework = {(ln.category, ln.item): ln for ln in report.links if ln.kind == "framework"}
    cvr = framework[("protection_of_civilians", "Community violence reduction")]
    assert cvr.accomplishments == ("1.1",) and "Component 1" in cvr.reason
    assert any("table" in at for at in cvr.at)
    # one-word cues ("security") do not tie programmes to unrelated tasks
    assert not any(cat == "protection_of_un_personnel" for cat, _ in framework)


def test_one_word_cues_must_open_the_item_name(monusco) -> None:
    from coherence.mapping import _cue_matches

    assert not _cue_matches("security", "Women and peace and security")
    assert _cue_matches("security", "Security section")
    assert _cue_matches("human rights", "Promotion and protection of human rights")
    wps_links = {ln.category for ln in monusco.links if ln.item == "Women and peace and security"}
    assert "protection_of_un_personnel" not in wps_links and "gender" in wps_links


def test_page_one_says_when_tasks_are_set_by_reference(tmp_path) -> None:
    res = parse_resolution(require_shared("resolutions", "txt", "S-RES-745(1992).txt"))
    assert any(w.code == "tasks_by_reference" for w in res.warnings)
    bud = parse_budget(require_shared("budgets", "xlsx", "A_80_624.xlsx"))
    html = render_html(build_report(res, bud))
    summary = html[html.index("In brief"):html.index("Mandated tasks and their resources")]
    assert "Tasks set by reference." in summary and "S/23613" in summary


def test_a_renewal_that_restates_no_task_says_so_instead_of_an_empty_table() -> None:
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2749(2024).pdf"))
    assert not res.tasks  # UNIFIL's renewal: "extend the present mandate", nothing restated
    bud = parse_budget(require_shared("budgets", "reports", "A_80_634.docx"))
    html = render_html(build_report(res, bud))
    section = html[html.index("Mandated tasks and their resources"):
                   html.index("Resources by class of expenditure")]
    assert "No task to show." in section and "1701 (2006)" in section
    assert "<table" not in section


def test_task_changes_are_shown_with_their_labels(monusco) -> None:
    html = render_html(monusco)
    section = html[html.index("Changes since the previous mandate"):]
    section = section[:section.index("</section>")]
    assert "protection_of_civilians" not in section and "_" not in section.split("Added:")[1]


def test_documents_of_two_missions_are_refused(tmp_path) -> None:
    res = parse_resolution(require_shared("resolutions", "txt", "S-RES-1509(2003).txt"))
    bud = parse_budget(require_shared("budgets", "reports", "A_80_621.docx"))
    with pytest.raises(InputError) as caught:
        build_report(res, bud)
    assert caught.value.one_line() == (
        "error: A_80_621.docx: is UNMISS's budget (A/80/621), but S/RES/1509 (2003) is on "
        "UNMIL, UNOL; give UNMIL's budget, or the resolution on UNMISS")
    # the matching resolution is read
    unmiss = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2729(2024).pdf"))
    assert build_report(unmiss, bud).mission == "UNMISS"


def test_a_budget_that_names_no_mission_is_read_as_the_resolutions_and_says_so(
        monusco) -> None:
    """A workbook carries no mission name, so a budget of another mission given by mistake
    cannot be told: the report says whose budget it assumed, as a data warning."""
    from dataclasses import replace

    [note] = [w for _, w in monusco.warnings if w.code == "budget_mission_assumed"]
    assert "read as MONUSCO's" in note.message and note.severity == "warning"
    assert note.at is not None and note.at.path == "A_80_624.xlsx"
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    bud = parse_budget(require_shared("budgets", "xlsx", "A_80_624.xlsx"))
    named = build_report(res, replace(bud, mission="MONUSCO"))
    assert not [w for _, w in named.warnings if w.code == "budget_mission_assumed"]


def test_a_workbook_budget_says_which_analyses_it_cannot_feed(monusco) -> None:
    """A workbook of a report's tables carries neither its frameworks nor its staffing
    changes; the report built on it says which links and findings are missing."""
    from budgets.model import ExpectedAccomplishment
    from provenance import SourceRef

    [note] = [w for _, w in monusco.warnings if w.code == "budget_sections_missing"]
    assert "frameworks" in note.message and "staffing changes" in note.message
    assert note.at is not None and note.at.path == "A_80_624.xlsx"
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    bud = parse_budget(require_shared("budgets", "xlsx", "A_80_624.xlsx"))
    framed = replace(bud, accomplishments=(ExpectedAccomplishment(
        "1.1", "Component 1: protection of civilians", "Improved security for civilians",
        SourceRef(path="A_80_624.docx", table="table 20", cell="A2")),))
    [partial] = [w for _, w in build_report(res, framed).warnings
                 if w.code == "budget_sections_missing"]
    assert "frameworks" not in partial.message and "staffing changes" in partial.message
    report = shared_budget("budgets", "reports", "A_80_624.docx")
    assert not [w for _, w in build_report(res, report).warnings
                if w.code == "budget_sections_missing"]


def test_page_one_counts_data_warnings_apart_from_notes_on_reading(monusco) -> None:
    from dataclasses import replace

    from provenance import DataWarning, SourceRef

    def summary(report) -> str:
        html = render_html(report)
        return html[html.index("In brief"):html.index("Mandated tasks and their resources")]

    note = DataWarning("tasks_set_aside", "the task filter set aside 1 coding: 12 gender",
                       SourceRef(path="r.pdf", paragraph="12"), severity="info")
    problem = DataWarning("subtotal_mismatch", "a subtotal does not add up",
                          SourceRef(path="b.xlsx"))
    only_notes = replace(monusco, resolution=replace(monusco.resolution, warnings=(note,)),
                         budget=replace(monusco.budget, warnings=()),
                         previous_resolution=replace(monusco.previous_resolution, warnings=()))
    assert "1 note on how the documents were read is in the annex" in summary(only_notes)
    assert "data warning" not in summary(only_notes)
    both = replace(only_notes, budget=replace(monusco.budget, warnings=(problem,)))
    assert "1 data warning was recorded" in summary(both)
    two = replace(both, budget=replace(monusco.budget, warnings=(problem, problem)))
    assert "2 data warnings were recorded" in summary(two)


def test_the_annex_lists_a_warning_a_document_repeats_once_with_where(monusco) -> None:
    from provenance import DataWarning, SourceRef

    def annex(report) -> str:
        html = render_html(report)
        return html[html.index("<h3>Data warnings"):html.index("Made by coherence")]

    bullets = tuple(DataWarning("label_inferred", f"sub-paragraph 34({x}) is printed without "
                                "its letter", SourceRef(path="r.pdf", paragraph=f"34({x})"))
                    for x in "abcdef")
    budget_gap = DataWarning("label_inferred", "a line printed without its label",
                             SourceRef(path="b.xlsx", sheet="S", cell="A9"))
    report = replace(monusco, resolution=replace(monusco.resolution, warnings=bullets),
                     budget=replace(monusco.budget, warnings=(budget_gap,)),
                     previous_resolution=replace(monusco.previous_resolution, warnings=()))
    text = annex(report)
    assert text.count("<li>") == 2  # the resolution's six, and the budget's own
    assert "label_inferred (6×): sub-paragraph 34(a) is printed without its letter" in text
    assert "the same at 34(b), 34(c), 34(d), 34(e), 34(f)</li>" in text
    assert "a line printed without its label" in text
    few = replace(report, resolution=replace(report.resolution, warnings=bullets[:3]))
    assert annex(few).count("<li>") == 4  # three stay one entry each
    assert len(report.warnings) == 7  # the count on page one is of every warning
    # a note (severity info) says it is one, beside the warnings
    noted = replace(report, budget=replace(report.budget, warnings=(
        budget_gap, DataWarning("expiry_estimated", "counted from the adoption",
                                SourceRef(path="b.xlsx"), severity="info"))))
    assert "<h3>Data warnings and notes</h3>" in render_html(noted)
    assert "<em>note</em> expiry_estimated: counted from the adoption" in annex(noted)
    assert "<em>note</em> label_inferred" not in annex(noted)


def test_links_annex_names_tasks_by_label_and_each_sheet_once(monusco) -> None:
    html = render_html(monusco)
    annex = html[html.index("Links between tasks and budget lines"):html.index("<h3>Documents")]
    assert "Protection of civilians" in annex and "protection_of_civilians" not in annex
    # a link read from two cells of one sheet names the sheet once
    cells = [ln.at for ln in monusco.links if len(ln.at) > 1]
    assert cells
    sheet = cells[0][0].rpartition("!")[0]
    assert html.count(f"{sheet}!") < sum(len(at) for at in cells)


def test_compact_cells_groups_references_by_sheet() -> None:
    from coherence.render import compact_cells

    assert compact_cells(["Costs!B7", "Costs!C7", "Posts!A1", "p. 3"]) == (
        "Costs!B7, C7; Posts!A1; p. 3")
    assert compact_cells(["table 28, B3", "table 28, C3", "p.4, table 2, F9"]) == (
        "table 28, B3, C3; p.4, table 2, F9")
    assert compact_cells([]) == ""


def _coded(symbol: str, *tasks: tuple[str, bool, str]):
    """A resolution whose tasks are given: (category, priority, strength)."""
    from mandates.model import Modality, Paragraph, ParagraphKind, Resolution, Strength, Task
    from provenance import SourceDocument

    coded = tuple(Task(str(i + 1), "UNXYZ", c, (c,), Modality.ASSIST, Strength(s), p, "…")
                  for i, (c, p, s) in enumerate(tasks))
    return Resolution(SourceDocument(f"{symbol}.txt", "0" * 64, "txt"), f"S/RES/{symbol}",
                      missions=("UNXYZ",), tasks=coded,
                      paragraphs=tuple(Paragraph(t.ref, ParagraphKind.OPERATIVE, "…", level=1)
                                       for t in coded))


def test_a_task_made_a_priority_or_requested_is_strengthened() -> None:
    from coherence.report import strengthened

    before = _coded("1 (2023)", ("human_rights", False, "encouraged"),
                    ("gender", False, "requested"), ("youth", True, "encouraged"))
    after = _coded("2 (2024)", ("human_rights", False, "requested"),
                   ("gender", True, "requested"), ("youth", True, "encouraged"),
                   ("mine_action", True, "requested"))
    assert strengthened(after, before) == {"human_rights": ["requested (was encouraged)"],
                                           "gender": ["now a priority"]}
    assert strengthened(before, after) == {}


def test_a_strengthened_task_whose_money_falls_is_a_finding() -> None:
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2729(2024).pdf"))
    prev = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2677(2023).pdf"))
    report = build_report(res, parse_budget(require_shared("budgets", "reports",
                                                           "A_80_621.docx")),
                          previous_resolution=prev)
    found = {f.title.split(" strengthened")[0]: f for f in report.findings
             if f.rule == "TASK_STRENGTHENED"}
    rows = {t.label: t for t in report.tasks}
    assert found and all(rows[name].change < 0 and rows[name].links for name in found)
    made = {rows[name].category for name in found}
    assert made <= set(report.task_changes["made_priority"]) | set(
        report.task_changes["now_requested"])


def test_unifil_drawdown_of_troops_leads_page_one() -> None:
    # A/80/634: 13,000 troops approved for 2025/26; 7,372 to 31 December 2026, 1,037 at
    # 30 June 2027. The resolution sets no ceiling, so only the budget's tables say so.
    report = _report("S_RES_2749(2024).pdf", "A_80_634.xlsx")
    rows = {u.category: u for u in report.uniformed}
    troops = rows["Military contingents"]
    assert (troops.approved, troops.proposed, troops.change) == (13000, 7372, -5628)
    assert [n for _, n in troops.phases] == [1037]
    first = report.top_findings[0]
    assert first.rule == "UNIFORMED_CHANGE" and first.severity == "high"
    assert first.figures == {"approved": 13000, "proposed": 7372, "end": 1037}
    assert report.to_json()["uniformed_personnel"][0]["phases"][0]["count"] == 1037


def test_unchanged_troops_are_listed_but_raise_no_finding(monusco) -> None:
    rows = {u.category: (u.approved, u.proposed) for u in monusco.uniformed}
    assert rows["Military contingents"] == (11500, 11500)
    assert rows["Formed police units"] == (1270, 1270)
    assert not [f for f in monusco.findings if f.rule == "UNIFORMED_CHANGE"]


@pytest.mark.parametrize(("proposed", "phases", "severity"), [
    (910, (), None), (900, (), "medium"), (1500, (), "high"), (1000, (("end", 400),), "high"),
    (950, (("end", 960),), None)])
def test_uniformed_change_thresholds(proposed: int, phases, severity: str | None) -> None:
    row = UniformedRow("United Nations police", 1000, "2025/26 approved", proposed,
                       "2026/27 cost estimates", phases, ("table 1, N5",))
    found = _uniformed_findings([row], [])
    assert [f.severity for f in found] == ([severity] if severity else [])


def test_a_group_heading_printed_with_dashes_still_names_its_lines() -> None:
    # A/80/634 prints "Civilian personnel" with dashes: read as a line of military and
    # police personnel, it would put the staff lines (and a second subtotal) under that group
    report = _report("S_RES_2749(2024).pdf", "A_80_634.xlsx")
    groups = {r.item: r.group for r in report.classes if r.role == "item"}
    assert groups["Military contingents"] == "Military and police personnel"
    assert groups["International staff"] == "Civilian personnel"
    assert groups["Facilities and infrastructure"] == "Operational costs"
    names = [name for name, _ in report.class_subtotals]
    assert names == ["Military and police personnel", "Civilian personnel", "Operational costs"]
    assert list(report.chart_data()["budget_by_class"]["groups"]) == names
    staff = [f for f in report.findings if f.title.startswith("National General Service")]
    assert staff and "(Civilian personnel)" in staff[0].detail


def test_a_performance_report_is_not_read_as_a_proposal_of_nothing() -> None:
    # A/80/590 reports MINUSMA's 2024/25 expenditure after its closure and proposes no budget:
    # its tasks' resources must not "fall to $0"
    res = parse_resolution(require_shared("resolutions", "txt", "S-RES-2227(2015).txt"))
    report = build_report(res, parse_budget(require_shared("budgets", "reports",
                                                           "A_80_590.docx")))
    assert report.proposed is None
    assert report.headline.startswith("A/80/590 proposes no budget")
    assert "$164.8 million against the $202.8 million apportioned (81.3 % used)" in \
        report.headline
    linked = [t for t in report.tasks if t.links]
    assert linked and all(t.proposed is None and t.change is None for t in linked)
    assert all(t.baseline is not None for t in linked)
    assert report.chart_data()["task_resources"] == []
    html = render_html(report)
    assert "in the 2024/25 apportionment (the budget proposes no later period)" in html
    assert "−$" not in html.split("Resources by class")[0]  # no fall to zero in the tasks


def test_documents_given_in_the_wrong_roles_lead_page_one() -> None:
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    committee = parse_budget(require_shared("budgets", "acabq", "A_80_604_Add.11.docx"))
    as_budget = build_report(res, committee)
    assert as_budget.top_findings[0].rule == "DOCUMENT_ROLE"
    assert "A/80/604/Add.11 is the Advisory Committee's report" in as_budget.top_findings[0].title
    budget = parse_budget(require_shared("budgets", "xlsx", "A_80_624.xlsx"))
    other = parse_budget(require_shared("budgets", "reports", "A_80_621.docx"))
    wrong = build_report(res, budget, acabq=other)
    first = wrong.top_findings[0]
    assert first.rule == "DOCUMENT_ROLE" and "recommends nothing" in first.title
    assert "UNMISS's budget report" in first.detail
    right = build_report(res, budget, acabq=committee)
    assert not [f for f in right.findings if f.rule == "DOCUMENT_ROLE"]


@pytest.mark.parametrize(("mandate", "previous", "said"), [
    ("S_RES_2765(2024).pdf", "S_RES_2677(2023).pdf", "is UNMISS's"),
    ("S_RES_2717(2023).pdf", "S_RES_2765(2024).pdf", "is later than the current one")])
def test_a_previous_mandate_that_cannot_be_compared_is_named_not_compared(
        mandate: str, previous: str, said: str) -> None:
    # compared, UNMISS's 2677 (2023) would make all 31 of MONUSCO's tasks "added"
    report = _report(mandate, "A_80_624.xlsx", previous)
    first = report.top_findings[0]
    assert first.rule == "DOCUMENT_ROLE" and said in first.title
    assert report.task_changes == {}
    assert not [f for f in report.findings if f.rule.startswith(("TASK_", "CEILING_CHANGE"))]
    assert report.previous_resolution is not None  # still listed among the documents read


def test_a_previous_budget_of_another_mission_is_named() -> None:
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    budget = parse_budget(require_shared("budgets", "reports", "A_80_624.docx"))
    other = parse_budget(require_shared("budgets", "reports", "A_80_600.docx"))
    report = build_report(res, budget, previous_budget=other)
    assert report.top_findings[0].title == "The previous budget given, A/80/600, is MINURSO's"


def test_page_one_says_what_the_assembly_did_with_the_last_proposal() -> None:
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    report = build_report(res, shared_budget("budgets", "reports", "A_80_624.docx"))
    assert report.last_cycle_note == (
        "For 2025/26 the General Assembly appropriated $869.1 million (A/RES/79/304, "
        "2025-06-30), $45.4 million (5.0 %) less than the $914.5 million the "
        "Secretary-General proposed (A/79/744); the Advisory Committee had recommended "
        "$837.6 million.")
    assert [c.period for c in report.cycles] == ["2024/25", "2025/26"]
    assert report.cycles[0].cut == 907_983_500 - 918_458_000
    cycles = report.to_json()["earlier_cycles"]
    assert cycles[1]["documents"] == {"proposed": "A/79/744", "recommended": "A/79/724/Add.9",
                                      "appropriated": "A/RES/79/304"}
    assert "Last cycle." in render_html(report)


def test_no_legislative_history_no_last_cycle(monusco) -> None:
    # the workbooks are built from the reports' tables and do not carry it
    assert monusco.cycles == () and monusco.last_cycle_note is None
    assert "Last cycle." not in render_html(monusco)


def test_the_analysts_workbook_carries_troops_and_earlier_cycles() -> None:
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2749(2024).pdf"))
    report = build_report(res, shared_budget("budgets", "reports", "A_80_634.docx"))
    book = load_workbook(io.BytesIO(xlsx_bytes(report)))
    troops = [[c.value for c in row] for row in book["Uniformed personnel"].iter_rows()]
    assert troops[1][:6] == ["Military contingents", 13000, "2025/26 approved", 7372,
                             "2026/27 cost estimates", -5628]
    assert troops[1][6].startswith("1037 (Drawdown")
    cycles = [[c.value for c in row] for row in book["Earlier cycles"].iter_rows()]
    assert cycles[2][:5] == ["2025/26", 555_820_800, 553_841_800, 552_841_800, -2_979_000]
    assert "A/RES/79/308" in cycles[2][6]
    # … and every data warning and note of the documents read, each where it was found
    rows = [[c.value for c in row] for row in book["Data warnings"].iter_rows()]
    assert rows[0] == ["document", "code", "severity", "message", "at"]
    assert len(rows) == 1 + len(report.warnings)
    assert {(r[0], r[1], r[2]) for r in rows[1:]} == {
        (doc, w.code, w.severity) for doc, w in report.warnings}
    assert any(r[2] == "info" for r in rows[1:])


def test_page_one_lists_fewer_implications_only_down_to_three(monusco) -> None:
    assert len(monusco.top_findings) == 5
    assert len(replace(monusco, top_limit=4).top_findings) == 4
    assert len(replace(monusco, top_limit=3).top_findings) == 3


def test_a_uniformed_change_cites_the_ceiling_of_its_own_kind() -> None:
    rows = [UniformedRow(kind, 1000, "2025/26 approved", 500, "2026/27 cost estimates", (),
                         ("t, N1",)) for kind in ("Military observers", "Military contingents",
                                                  "Formed police units")]
    ceilings = [PersonnelRow("military", 11500, "32", 12, 11500, "", ()),
                PersonnelRow("military_observers", 600, "33", 12, 600, "", ()),
                PersonnelRow("police", 1713, "34", 12, 1713, "", ())]
    cited = {f.title.split(" fall")[0]: f.paragraphs for f in _uniformed_findings(rows, ceilings)}
    assert cited == {"Military observers": ("33",), "Military contingents": ("32",),
                     "Formed police units": ("34",)}


def test_document_symbols_keep_to_one_line_and_text_stays_escaped() -> None:
    html = str(unbroken_symbols("appropriated <b>$869.1 million</b> (A/RES/79/304); "
                                "proposed by A/79/744 and S/RES/2765 (2024)"))
    assert "&lt;b&gt;" in html and "<b>" not in html
    assert ('<span class="symbol">A/RES/79/304</span>' in html
            and '<span class="symbol">A/79/744</span>' in html
            and '<span class="symbol">S/RES/2765 (2024)</span>' in html)


def test_counts_are_written_in_the_right_number_not_with_a_bracketed_s() -> None:
    from coherence.findings import plural

    assert plural(1, "mandated task") == "1 mandated task"
    assert plural(3, "mandated task") == "3 mandated tasks"
    assert plural(1_204, "mission") == "1,204 missions"
    assert plural(1, "data warning was", "data warnings were") == "1 data warning was"
    assert plural(0, "data warning was", "data warnings were") == "0 data warnings were"


def test_a_draft_resolution_is_named_as_a_draft_in_the_report(tmp_path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(
        "United Nations S/2031/812\nSecurity Council Distr.: General\n12 December 2031\n\n"
        "France: draft resolution\n\nThe Security Council,\n\nRecalling its previous "
        "resolutions,\n\n1. Decides to extend the mandate of MONUSCO until 20 December 2032;\n\n"
        "2. Requests MONUSCO to ensure the effective protection of civilians;\n\n"
        "3. Decides to remain seized of the matter.\n", encoding="utf-8")
    res = parse_resolution(draft)
    assert (res.symbol, res.adopted, res.draft) == (None, None, "S/2031/812")
    assert res.title == "draft resolution S/2031/812"
    # (the one request is not the whole mandate: tasks_partly_restated says so)
    assert [w.code for w in res.warnings] == ["draft_resolution", "tasks_partly_restated"]
    from coherence.textout import resolution_table
    assert resolution_table(res).splitlines()[0].endswith("draft resolution S/2031/812")
    report = build_report(res, parse_budget(require_shared("budgets", "xlsx", "A_80_624.xlsx")))
    html = render_html(report)
    row = html[html.index('<th scope="row">Mandate</th>'):]
    assert row[:row.index("</tr>")].count("draft resolution S/2031/812; mandate until 2032-12-20")
    assert report.to_json()["documents"]["resolution"]["draft"] == "S/2031/812"
    assert "The draft resolution would give the mission" in html
    # an adopted resolution is no draft
    adopted = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2771(2025).pdf"))
    assert adopted.draft is None and adopted.title == "S/RES/2771 (2025)"


def test_a_finding_on_the_expiry_cites_the_paragraph_that_sets_it() -> None:
    """An expiry counted from a period prints no date: the finding still cites the paragraph
    the parser read it from."""
    from datetime import date

    from coherence.report import _expiry_ref
    from mandates.model import Paragraph, ParagraphKind, Resolution
    from provenance import SourceDocument

    renewal = Resolution(SourceDocument("9018.txt", "0" * 64, "txt"), "S/RES/9018 (2031)",
                         missions=("UNXYZ",), mandate_expires=date(2032, 1, 5),
                         mandate_expires_ref="2",
                         paragraphs=(Paragraph("2", ParagraphKind.OPERATIVE, "Decides to extend "
                                               "the mandate of UNXYZ for six months;", 1),))
    assert _expiry_ref(renewal) == "2"


def test_a_request_for_more_in_another_paragraphs_report_says_which() -> None:
    """1814 (2008) asks for a report by 14 July 2008 (para 5) and, in paragraphs 8, 13 and 14,
    for more "in the report referred to in paragraph 5 above": one report, not four."""
    res = parse_resolution(require_shared("resolutions", "txt", "S-RES-1814(2008).txt"))
    bud = parse_budget(require_shared("budgets", "xlsx", "A_80_624.xlsx"))
    html = render_html(build_report(res, bud))
    row = html[html.index("Reports requested"):]
    row = row[:row.index("</tr>")]
    assert "by 2008-07-14 (para 5);" in row
    assert "by 2008-07-14 (para 13, in the report of para 5)" in row


def test_head_counts_per_component_keep_their_component_in_table_and_workbook() -> None:
    """A/80/624 prints its table of posts once per component: the table view showed one
    component's counts only (its rows keyed by group and item), and the analysts' workbook
    had no column saying whose counts a line holds."""
    from coherence.textout import budget_table

    budget = shared_budget("budgets", "reports", "A_80_624.docx")
    shown = budget_table(budget).splitlines()
    first_row = [n for n, line in enumerate(shown) if line.startswith("  Posts – USG–ASG")]
    components = {ln.component for ln in budget.lines if ln.component}
    printed = {(ln.component, ln.group) for ln in budget.lines if ln.item == "Posts – USG–ASG"}
    assert len(first_row) == len(printed) >= len(components) > 1
    assert shown[first_row[0] - 1].strip() == "Executive direction and management"
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    book = load_workbook(io.BytesIO(xlsx_bytes(build_report(res, budget))))
    rows = [[c.value for c in row] for row in book["Budget lines"].iter_rows()]
    assert rows[0][:3] == ["table", "component", "group"]
    assert {r[1] for r in rows[1:] if r[1]} == components
