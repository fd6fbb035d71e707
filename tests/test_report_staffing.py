"""Proposed staffing changes in the report: offices tied to tasks, cuts turned into findings.

Facts asserted are the documents' own: MONUSCO's 2765 (2024) with A/80/624, UNMISS's 2729
(2024) with A/80/621 (its Gender Affairs Unit loses an Associate Gender Affairs Officer and a
Gender Affairs Officer).
"""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from budgets import parse_budget
from coherence.export import xlsx_bytes
from coherence.render import render_html
from coherence.report import build_report
from coherence.staffing import office_rows, staffing_findings, tasks_of
from mandates import parse_resolution
from tests.conftest import require_shared


@pytest.fixture(scope="module")
def monusco():
    return build_report(
        parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf")),
        parse_budget(require_shared("budgets", "reports", "A_80_624.docx")))


@pytest.fixture(scope="module")
def unmiss():
    return build_report(
        parse_resolution(require_shared("resolutions", "pdf", "S_RES_2729(2024).pdf")),
        parse_budget(require_shared("budgets", "reports", "A_80_621.docx")))


@pytest.mark.parametrize(("name", "expected"), [
    ("Joint Human Rights Office", {"human_rights"}),
    ("Women Protection Advisor", {"sexual_violence"}),
    ("Senior Women Protection Adviser", {"sexual_violence"}),
    ("Legal Affairs Office", set()),
    ("Health Services Section", set()),
    ("Security and Safety Section", {"protection_of_un_personnel"}),
    ("Rule of Law and Security Institutions Section", {"justice_reform", "military_reform"}),
    ("Disarmament, Demobilization and Reintegration Section",
     {"disarmament_demobilization", "reintegration"}),
])
def test_office_names_and_titles_name_their_tasks(name: str, expected: set[str]) -> None:
    assert set(tasks_of(name)) == expected


def test_each_office_is_added_up_and_continuations_change_nothing(monusco) -> None:
    rows = {o.office: o for o in monusco.staffing}
    rights = rows["Joint Human Rights Office"]
    assert (rights.net, rights.abolished) == (-2, 3)
    assert "human_rights" in rights.tasks and rights.by_name
    assert "Women Protection Advisor (UNV)" in rights.posts_abolished
    ddr = rows["Disarmament, Demobilization and Reintegration Section"]
    # 17 positions continued, 18 abolished: the level falls by 18, not by 1
    assert (ddr.net, ddr.continued) == (-18, 17)
    assert sum(o.net for o in monusco.staffing) == sum(
        c.number for c in monusco.budget.staffing_changes if c.changes_level)


def test_an_office_tied_only_by_a_posts_title_gets_no_staff_cut(monusco) -> None:
    cut_offices = {f.title.split(" loses ")[0] for f in monusco.findings
                   if f.rule == "STAFF_CUT"}
    by_title = [o for o in monusco.staffing if o.tasks and not o.by_name and o.net < 0]
    assert by_title, "A/80/624 has offices tied to tasks only by a post's title"
    assert not cut_offices & {o.office for o in by_title}
    assert "Joint Human Rights Office" in cut_offices


def test_gender_posts_abolished_while_mandated_is_a_high_finding(unmiss) -> None:
    [finding] = [f for f in unmiss.findings if f.rule == "GENDER_CAPACITY_CUT"]
    assert finding.severity == "high" and finding.figures["net_change"] == -2
    assert "Gender Affairs Unit" in finding.detail and finding.at
    assert finding in unmiss.top_findings


def test_no_gender_finding_when_the_resolution_mandates_no_gender_work(unmiss) -> None:
    tasks = [t for t in unmiss.tasks if t.category not in ("gender", "sexual_violence")]
    rows = office_rows(unmiss.budget, tasks)
    assert not [f for f in staffing_findings(unmiss.budget, rows, tasks)
                if f.rule == "GENDER_CAPACITY_CUT"]
    # and no office cut is a finding when no task is mandated at all
    assert staffing_findings(unmiss.budget, office_rows(unmiss.budget, []), []) == []


def test_a_priority_task_without_money_names_the_office_that_does_it(unmiss) -> None:
    [child] = [f for f in unmiss.findings if f.rule == "PRIORITY_UNFUNDED"
               and "Child protection" in f.title]
    assert "Child Protection Unit" in child.detail and child.at


def test_the_report_shows_the_offices_and_the_workbook_every_change(monusco) -> None:
    html = render_html(monusco)
    section = html[html.index("Staffing changes by office"):]
    section = section[:section.index("</section>")]
    assert "Joint Human Rights Office" in section and "−2" in section
    document = monusco.to_json()
    assert {o["office"] for o in document["staffing"]} == {o.office for o in monusco.staffing}
    sheet = load_workbook(io.BytesIO(xlsx_bytes(monusco)))["Staffing changes"]
    assert sheet.max_row - 1 == len(monusco.budget.staffing_changes)


def test_the_task_table_names_the_staff_that_do_a_task(unmiss) -> None:
    html = render_html(unmiss)
    table = html[html.index("Mandated tasks and their resources"):
                 html.index("Resources by class of expenditure")]
    row = table[table.index("Child protection"):]
    row = row[:row.index("</tr>")]
    # the change stays on the line of the office's last word
    assert "nothing linked" in row and "staff: Child Protection Unit&nbsp;−4" in row


def test_gender_without_a_programme_names_the_gender_unit_the_staffing_shows(monusco) -> None:
    [wps] = [f for f in monusco.findings if f.rule == "WPS_WITHOUT_CAPACITY"
             and f.title.startswith("Women, peace and security")]
    assert "Gender Affairs Unit (no net change)" in wps.detail


def test_a_staff_cut_says_whether_posts_or_positions_go(monusco) -> None:
    titles = {f.title for f in monusco.findings if f.rule == "STAFF_CUT"}
    # Radio Okapi: 17 national posts abolished; the DDR Section: 18 positions
    assert "Radio Okapi loses 17 posts" in titles
    assert "Disarmament, Demobilization and Reintegration Section loses 18 positions" in titles
    assert not any("(s)" in t for t in titles)
