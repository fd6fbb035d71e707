"""What the report tells a delegate holds against the documents it cites: links that a
hyphen does not break, findings that cite what supports them, periods and sources named."""

from __future__ import annotations

from dataclasses import replace
from html import unescape

import pytest

from coherence.mapping import _cue_matches
from coherence.render import render_html
from coherence.report import build_report
from mandates import parse_resolution
from tests.conftest import require_shared, shared_budget


@pytest.fixture(scope="module")
def unmiss():
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2729(2024).pdf"))
    return build_report(res, shared_budget("budgets", "reports", "A_80_621.docx"))


@pytest.mark.parametrize(("cue", "item"), [
    ("mine detection and mine clearing", "Mine detection and mine-clearing services"),
    ("mine detection and mine clearing", "Mine Detection and Mine\u2013Clearing Service"),
    ("women's protection", "Women\u2019s  protection advisers"),
])
def test_a_cue_matches_whatever_the_hyphens_case_quotes_and_plural(cue: str, item: str) -> None:
    assert _cue_matches(cue, item)


def test_unmiss_mine_clearing_programme_serves_the_mine_action_task(unmiss) -> None:
    # A/80/621 prints "mine-clearing"; the codebook's cue is "mine clearing"
    [mine] = [t for t in unmiss.tasks if t.category == "mine_action"]
    assert [ln.item for ln in mine.links] == ["Mine detection and mine-clearing services"]
    assert mine.baseline == mine.proposed == 27_345_600


@pytest.fixture(scope="module")
def monusco():
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    previous = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2717(2023).pdf"))
    return build_report(res, shared_budget("budgets", "reports", "A_80_624.docx"),
                        previous_resolution=previous)


def test_a_dropped_task_cites_the_previous_resolutions_paragraphs(monusco) -> None:
    dropped = {f.title: f for f in monusco.findings if f.rule == "TASK_DROPPED"}
    electoral = dropped["Task no longer mandated: Electoral security"]
    assert electoral.paragraphs == ("35 of 2717 (2023)",)
    assert all(f.paragraphs for f in dropped.values())
    html = render_html(monusco)
    assert "para 35 of 2717 (2023)" in html


def test_a_priority_claim_cites_only_priority_paragraphs_its_own_first(monusco) -> None:
    # 2765 para 27 mentions child protection outside the priority tasks (paras 36-45)
    priority = {t.ref for t in monusco.resolution.tasks if t.priority}
    claims = [f for f in monusco.findings if f.rule == "PRIORITY_UNFUNDED"]
    assert claims and all(set(f.paragraphs) <= priority for f in claims)
    [child] = [f for f in claims if "'Child protection'" in f.title]
    assert child.paragraphs[:2] == ("36(ii)(m)", "39") and "27" not in child.paragraphs
    assert "(para 36(ii)(m), 39, " in child.detail
    # the women, peace and security findings lead with the paragraph on that task
    wps = [f for f in monusco.findings if f.rule in ("WPS_WITHOUT_CAPACITY",
                                                     "GENDER_CAPACITY_CUT")]
    assert wps and all(f.paragraphs[0] == "40" for f in wps)


def test_programme_findings_and_task_baselines_say_which_periods_they_span(monusco) -> None:
    # A/80/624 prints programmes for 2024/25 and 2026/27 only, classes for 2025/26 too
    [cvr] = [f for f in monusco.findings if f.rule == "PROGRAMME_CUT"
             and "'Community violence reduction'" in f.title]
    assert ("$3.0 million (2024/25 apportionment) to $0 (2026/27 cost estimates)"
            in cvr.detail)
    assert "no 2025/26 figures for programmes" in cvr.detail
    [wps] = [f for f in monusco.findings if f.rule == "WPS_WITHOUT_CAPACITY"]
    assert "proposed at $0 for 2026/27" in wps.title and "2024/25 apportionment" in wps.detail
    [poc] = [t for t in monusco.tasks if t.category == "protection_of_civilians"]
    assert poc.mixed_baseline and poc.baseline_columns == (
        "2025/26 apportionment", "2024/25 apportionment")
    html = render_html(monusco)
    table = html[html.index("Mandated tasks and their resources"):
                 html.index("Resources by class of expenditure")]
    assert "$119.3 million<sup>*</sup>" in table
    assert "the 2025/26 apportionment for classes of expenditure and the 2024/25 " \
           "apportionment for programmes" in table


def test_a_gender_cut_says_how_many_posts_or_positions_go(monusco) -> None:
    # A/80/624 abolishes one position (a Women Protection Advisor, UNV), not "posts"
    [cut] = [f for f in monusco.findings if f.rule == "GENDER_CAPACITY_CUT"]
    assert cut.title.startswith("Gender and women protection: 1 position abolished while")
    assert "posts cut" not in cut.title


def test_a_phased_proposal_is_not_called_the_years_strength() -> None:
    # A/80/634 p.17: 7,372 for the operational period (July-December 2026), 1,037 at
    # 30 June 2027; the budget's net change is 11,963
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2749(2024).pdf"))
    report = build_report(res, shared_budget("budgets", "reports", "A_80_634.docx"))
    [troops] = [f for f in report.findings if f.rule == "UNIFORMED_CHANGE"
                and f.title.startswith("Military contingents")]
    assert "7,372 proposed for 2026/27" not in troops.detail
    assert "7,372 for the first part of 2026/27" in troops.detail
    assert "a net change of −11,963 by the end of the period" in troops.detail


def test_a_police_ceiling_that_includes_corrections_advisers_is_not_a_false_gap(
        unmiss) -> None:
    # 2729 para 4: "police ceiling of 2,101 personnel, including 88 justice and corrections
    # advisors"; A/80/621 funds 733 police and 1,280 in formed units, and 88 seconded
    [police] = [p for p in unmiss.personnel if p.kind == "police"]
    assert (police.ceiling, police.funded, police.uncounted, police.gap) == (2101, 2013, 88, 0)
    assert "88 justice and corrections advisers" in police.funded_label
    # where the tables give the government-provided personnel, they count against it
    [unpol] = [ln for ln in unmiss.budget.lines if ln.table == "human_resources"
               and ln.group == "United Nations police" and ln.item == "Total"
               and ln.period == "2026/27"]
    seconded = replace(unpol, group="Government-provided personnel", amount=88)
    budget = replace(unmiss.budget, lines=(*unmiss.budget.lines, seconded))
    counted = build_report(unmiss.resolution, budget)
    [police] = [p for p in counted.personnel if p.kind == "police"]
    assert (police.funded, police.uncounted, police.gap) == (2101, 0, 0)
    [corrections] = [p for p in counted.personnel if p.kind == "corrections"]
    assert (corrections.funded, corrections.gap) == (88, 0)


def test_a_ceiling_finding_quotes_the_part_of_the_ceiling_it_compares(unmiss) -> None:
    """With 50 more formed police funded, the finding read "Budget funds 2,063 police
    personnel; the ceiling is 2,101", though 2,063 < 2,101: the budget is set against the
    2,013 of the ceiling that are not the 88 advisers, and the finding must say so."""
    [fpu] = [ln for ln in unmiss.budget.lines if ln.table == "human_resources"
             and ln.group == "Formed police units" and ln.item == "Total"
             and ln.period == "2026/27"]
    more = replace(unmiss.budget, lines=tuple(replace(ln, amount=ln.amount + 50) if ln is fpu
                                              else ln for ln in unmiss.budget.lines))
    report = build_report(unmiss.resolution, more)
    [over] = [f for f in report.findings if f.rule == "CEILING_EXCEEDED"]
    assert over.title == ("Budget funds 2,063 police personnel; the ceiling is 2,101 (2,013 "
                          "without the 88 justice and corrections advisers it includes)")
    assert over.figures["compared_with"] == 2013


def test_a_budget_of_another_named_mission_is_an_error_with_no_output(tmp_path) -> None:
    from click.testing import CliRunner

    from coherence.cli import cli

    out = tmp_path / "r.pdf"
    result = CliRunner().invoke(cli, [
        "report", "--mandate", str(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf")),
        "--budget", str(require_shared("budgets", "reports", "A_80_621.docx")),
        "-o", str(out), "--json", str(tmp_path / "r.json")])
    assert result.exit_code == 3
    errors = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert errors == ["error: A_80_621.docx: is UNMISS's budget (A/80/621), but S/RES/2765 "
                      "(2024) is on MONUSCO; give MONUSCO's budget, or the resolution on UNMISS"]
    assert not list(tmp_path.iterdir())


def test_a_budget_whose_mission_is_assumed_says_so_on_page_one_and_in_its_findings() -> None:
    # A/80/621.xlsx is UNMISS's budget and names no mission; given with MONUSCO's resolution
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    report = build_report(res, shared_budget("budgets", "xlsx", "A_80_621.xlsx"))
    html = unescape(render_html(report))
    brief = html[html.index("In brief"):html.index("Mandated tasks and their resources")]
    assert "Whose budget?" in brief and "names no mission, so it is read as MONUSCO's" in brief
    assert "16,758 military personnel against a ceiling of 11,500" in brief
    comparing = [f for f in report.findings if f.rule.startswith(("CEILING_", "PRIORITY_"))]
    assert comparing and all(f.assumption == "A/80/621 is MONUSCO's budget"
                             for f in comparing)
    [first] = [ln for ln in brief.splitlines() if "16,758 military personnel;" in ln]
    assert "(if <span class=\"symbol\">A/80/621</span> is MONUSCO's budget)" in first
    assert report.to_json()["findings"][0]["assumption"] == "A/80/621 is MONUSCO's budget"
    # the budget's own trend compares nothing with the resolution: stated as it is
    assert not [f for f in report.findings if f.rule == "BUDGET_TREND" and f.assumption]
    # a budget that names its mission carries no such mark
    assert not report_of_named(res).mission_assumed


def report_of_named(res):
    return build_report(res, shared_budget("budgets", "reports", "A_80_624.docx"))


def _shifted(budget, years: int):
    """The budget with every period moved by `years` (a budget of another cycle)."""
    def move(period: str) -> str:
        start = int(period[:4]) + years
        return f"{start}/{(start + 1) % 100:02d}"
    return replace(budget, lines=tuple(replace(ln, period=move(ln.period))
                                       for ln in budget.lines))


@pytest.mark.parametrize(("years", "said"), [
    (0, "it proposes for 2026/27, the same cycle as A/80/624 (2026/27)"),
    (2, "it proposes for 2028/29, a later cycle than A/80/624 (2026/27)"),
    (-1, "its columns 2023/24 apportionment, 2023/24 expenditure, 2025/26 cost estimates "
         "are not in A/80/624"),
])
def test_a_previous_budget_that_is_not_used_says_so_and_is_not_listed_as_a_source(
        monusco, years: int, said: str) -> None:
    budget = monusco.budget
    report = build_report(monusco.resolution, budget,
                          previous_budget=_shifted(shared_budget("budgets", "reports",
                                                                 "A_80_624.pdf"), years))
    assert report.previous_budget_unused.startswith(said)
    [note] = [w for _, w in report.warnings if w.code == "previous_budget_unused"]
    assert said in note.message
    doc = report.to_json()["documents"]["previous_budget"]
    assert doc["used"] is False and doc["not_used_because"].startswith(said)
    assert ("previous budget, given but not used", report.previous_budget) \
        in report.documents_read
    header = unescape(render_html(report)).split("In brief")[0]
    assert "given, not used (" in header
