"""Links, findings and the report object, on small resolutions and budgets built here.

The documents are invented for the tests (our own words and round figures); the
expected figures are worked out by hand from them, not copied from the code's output.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from budgets.model import Budget, LineRole, Measure, ResourceLine, TableKind
from coherence.findings import CATALOGUE, RULES
from coherence.mapping import Overrides, build_mapping, load_overrides
from coherence.report import SCHEMA, build_report
from mandates.model import (
    CeilingKind,
    Modality,
    Paragraph,
    ParagraphKind,
    PersonnelCeiling,
    Resolution,
    Strength,
    Task,
)
from provenance import InputError, SourceDocument, SourceRef

FR, PA, HR = (TableKind.FINANCIAL_RESOURCES, TableKind.PROGRAMMATIC_ACTIVITIES,
              TableKind.HUMAN_RESOURCES)
APP, EXP, EST = Measure.APPORTIONMENT, Measure.EXPENDITURE, Measure.COST_ESTIMATES


def _task(ref: str, *categories: str, priority: bool = True,
          strength: Strength = Strength.REQUESTED) -> Task:
    return Task(ref=ref, mission="TESTMIS", category=categories[0], categories=categories,
                modality=Modality.ASSIST, strength=strength, priority=priority,
                text=f"The mission shall work on {categories[0]}.")


def resolution(tasks: tuple[Task, ...], *, ceilings: tuple[PersonnelCeiling, ...] = (),
               symbol: str = "S/RES/9001 (2031)") -> Resolution:
    paragraphs = tuple(Paragraph(t.ref, ParagraphKind.OPERATIVE, t.text, level=1)
                       for t in tasks) + tuple(
        Paragraph(c.ref, ParagraphKind.OPERATIVE, c.text or "ceiling", level=1)
        for c in ceilings)
    return Resolution(source=SourceDocument("test.txt", "0" * 64, "txt"), symbol=symbol,
                      missions=("TESTMIS",), ceilings=ceilings, paragraphs=paragraphs,
                      tasks=tasks)


def _line(table: TableKind, item: str, measure: Measure, period: str, amount: int,
          cell: str, *, group: str = "Operational costs", role: LineRole = LineRole.ITEM,
          unit: str = "USD", accomplishments: tuple[str, ...] = ()) -> ResourceLine:
    return ResourceLine(table=table, group=group, item=item, measure=measure, period=period,
                        amount=amount, at=SourceRef(sheet=table.value, cell=cell), unit=unit,
                        role=role, accomplishments=accomplishments)


def budget(*extra: ResourceLine) -> Budget:
    lines = [
        # a class serving two mandated tasks (protection and use of force)
        _line(FR, "Military contingents", APP, "2030/31", 100_000_000, "B5",
              group="Military and police personnel"),
        _line(FR, "Military contingents", EST, "2031/32", 60_000_000, "C5",
              group="Military and police personnel"),
        _line(FR, "Gross requirements", APP, "2030/31", 200_000_000, "B9",
              role=LineRole.TOTAL),
        _line(FR, "Gross requirements", EST, "2031/32", 150_000_000, "C9",
              role=LineRole.TOTAL),
        # a programme that goes to zero, serving the women, peace and security task
        _line(PA, "Women and peace and security", APP, "2029/30", 930_000, "B3",
              group="Programmatic activities", accomplishments=("2.2",)),
        _line(PA, "Women and peace and security", EXP, "2029/30", 400_000, "C3",
              group="Programmatic activities", accomplishments=("2.2",)),
        _line(PA, "Women and peace and security", EST, "2031/32", 0, "D3",
              group="Programmatic activities", accomplishments=("2.2",)),
        # uniformed personnel against the ceiling
        _line(HR, "Total", Measure.APPROVED, "2030/31", 9_000, "P5",
              group="Military contingents", unit="people", role=LineRole.TOTAL),
        _line(HR, "Total", EXP, "2030/31", 7_000, "P6", group="Military contingents",
              unit="people", role=LineRole.TOTAL),
        _line(HR, "Total", EST, "2031/32", 10_500, "P8", group="Military contingents",
              unit="people", role=LineRole.TOTAL),
        *extra,
    ]
    return Budget(source=SourceDocument("budget.xlsx", "1" * 64, "xlsx"), mission="TESTMIS",
                  document="A/99/100", lines=tuple(lines), budget_period="2031/32")


TASKS = (
    _task("3", "protection_of_civilians"),
    _task("4", "use_of_force"),
    _task("5", "gender"),
    _task("6", "child_protection"),
)
CEILING = PersonnelCeiling("TESTMIS", CeilingKind.MILITARY, 10_000, "2",
                           text="10,000 military personnel")


def test_a_class_serving_two_tasks_is_split_in_stated_equal_shares() -> None:
    mapping = build_mapping(resolution(TASKS), budget())
    links = [ln for ln in mapping.links if ln.resource == "financial_resources/"
             "Military contingents"]
    assert {ln.category for ln in links} == {"protection_of_civilians", "use_of_force"}
    assert all(ln.share == Decimal("0.5") and ln.confidence == "low" for ln in links)
    assert all("assumed share 1/2" in ln.reason for ln in links)
    assert all("financial_resources!C5" in ln.evidence for ln in links)


def test_a_programme_links_to_its_task_with_high_confidence() -> None:
    mapping = build_mapping(resolution(TASKS), budget())
    [link] = [ln for ln in mapping.links if ln.category == "gender"]
    assert link.basis == "programme" and link.confidence == "high"
    assert link.share == Decimal(1)
    assert "para 5" in link.evidence
    assert "2.2" in link.reason


def _findings(**kwargs):  # type: ignore[no-untyped-def]
    res = kwargs.pop("res", resolution(TASKS, ceilings=(CEILING,)))
    report = build_report(res, kwargs.pop("bud", budget()), **kwargs)
    return {f["id"]: f for f in report.to_json()["findings"]}


def test_programme_to_zero_is_a_high_finding_with_both_cells_and_the_paragraph() -> None:
    found = _findings()
    f = found["programme_cut:women-and-peace-and-security"]
    assert f["severity"] == "high"
    assert f["evidence"]["paragraphs"] == ["5"]
    assert f["evidence"]["at"] == ["programmatic_activities!B3",
                                   "programmatic_activities!D3"]
    assert "$930,000" in f["detail"] and "to $0" in f["detail"]


def test_gender_mandated_with_nothing_funded_is_flagged() -> None:
    found = _findings()
    assert found["wps_capacity:gender"]["severity"] == "high"
    assert found["wps_capacity:gender"]["area"] == "Women, peace and security"


def test_priority_task_without_any_link_is_high() -> None:
    found = _findings()
    f = found["unresourced_priority_task:child_protection"]
    assert f["severity"] == "high"
    assert f["evidence"]["paragraphs"] == ["6"]
    # protection has a shared class only: a weaker finding
    assert found["unresourced_priority_task:protection_of_civilians"]["severity"] == "medium"


def test_budget_funding_more_personnel_than_the_ceiling_is_high() -> None:
    found = _findings()
    f = found["ceiling_vs_funded:military"]
    assert f["severity"] == "high"
    assert "10,500" in f["detail"] and "10,000" in f["detail"]
    assert f["evidence"]["paragraphs"] == ["2"]
    # 7,000 deployed is 70% of the ceiling: more than 10% below
    assert found["ceiling_vs_funded:military:actual"]["severity"] == "low"


def test_class_cut_by_forty_percent_is_reported() -> None:
    found = _findings()
    f = found["class_cut:military-contingents"]
    assert "−40.0%" in f["detail"]
    assert f["amount"] == 40_000_000


def test_task_added_while_its_resources_fall_is_high() -> None:
    previous = resolution((_task("3", "protection_of_civilians"), _task("4", "use_of_force"),
                           _task("6", "child_protection")), symbol="S/RES/8999 (2030)")
    found = _findings(previous_resolution=previous)
    f = found["mandate_change:added:gender"]
    assert f["severity"] == "high"
    assert "S/RES/8999 (2030)" in f["detail"]
    assert "fall from $930,000 to $0" in f["detail"]


def test_task_dropped_is_reported_without_current_paragraphs() -> None:
    previous = resolution((*TASKS, _task("9", "mine_action")))
    found = _findings(previous_resolution=previous)
    f = found["mandate_change:dropped:mine_action"]
    assert f["evidence"]["paragraphs"] == []
    assert f["severity"] == "low"


def test_every_finding_paragraph_exists_in_the_resolution() -> None:
    res = resolution(TASKS, ceilings=(CEILING,))
    refs = {p.ref for p in res.paragraphs}
    report = build_report(res, budget())
    for f in report.to_json()["findings"]:
        assert set(f["evidence"]["paragraphs"]) <= refs, f["id"]


def test_report_json_has_schema_and_the_budget_sentence() -> None:
    data = build_report(resolution(TASKS), budget()).to_json()
    assert data["schema"] == SCHEMA
    json.dumps(data)  # serializable as it stands
    assert data["budget_change"]["change"] == -50_000_000
    assert data["budget_change"]["sentence"] == (
        "TESTMIS's proposed budget for 2031/32 is $150.0 million, $50.0 million (−25.0%) "
        "less than the $200.0 million apportioned for 2030/31.")
    assert 3 <= len(data["implications"]) <= 5
    assert {f["severity"] for f in data["implications"]} <= {"high", "medium", "low"}


def test_catalogue_rules_have_thresholds_and_sources() -> None:
    assert {"unresourced_priority_task", "programme_cut", "class_cut", "ceiling_vs_funded",
            "mandate_change", "wps_capacity", "transition_trend",
            "underspent_priority_line"} <= set(RULES)
    for rule in CATALOGUE:
        assert rule.threshold and rule.source and rule.severity in (
            "high", "medium", "low", "info")


def test_transition_with_a_growing_budget_is_flagged() -> None:
    tasks = (*TASKS, _task("7", "transition", priority=False))
    grow = budget()
    kept = [ln for ln in grow.lines if ln.item != "Gross requirements"]
    lines = (*kept,
             _line(FR, "Gross requirements", APP, "2030/31", 100_000_000, "B9",
                   role=LineRole.TOTAL),
             _line(FR, "Gross requirements", EST, "2031/32", 103_000_000, "C9",
                   role=LineRole.TOTAL))
    bud = Budget(grow.source, grow.mission, grow.document, lines, budget_period="2031/32")
    found = _findings(res=resolution(tasks), bud=bud)
    assert found["transition_trend"]["evidence"]["paragraphs"] == ["7"]
    assert "+3.0%" in found["transition_trend"]["detail"]


# --- overrides --------------------------------------------------------------------------


def test_override_file_removes_and_adds_links_and_the_report_says_so(tmp_path) -> None:
    path = tmp_path / "links.csv"
    path.write_text("category,resource,action,share,reason\n"
                    "use_of_force,Military contingents,remove,,not a cost driver\n"
                    "child_protection,Military contingents,add,0.1,escorts for monitors\n",
                    encoding="utf-8")
    overrides = load_overrides(path)
    report = build_report(resolution(TASKS), budget(), overrides=overrides).to_json()
    cats = {(ln["category"], ln["item"]): ln for ln in report["links"]}
    assert ("use_of_force", "Military contingents") not in cats
    added = cats[("child_protection", "Military contingents")]
    assert added["basis"] == "override" and added["share"] == "0.1"
    assert added["current"] == 6_000_000  # a tenth of $60,000,000
    assert report["overrides"]["used"] is True
    assert report["overrides"]["file"] == "links.csv"
    assert len(report["overrides"]["applied"]) == 2


@pytest.mark.parametrize("content,message", [
    ("task,resource\nx,y\n", "needs a header with 'category' and 'resource'"),
    ("category,resource\nnot_a_task,Medical\n", "unknown task category 'not_a_task'"),
    ("category,resource,share\ngender,Medical,1.5\n", "share 1.5 is outside 0–1"),
    ("category,resource,action\ngender,Medical,swap\n", "action must be 'add' or 'remove'"),
])
def test_bad_override_file_is_an_input_error_naming_the_row(tmp_path, content,
                                                            message) -> None:
    path = tmp_path / "links.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as info:
        load_overrides(path)
    assert info.value.exit_code == 3


def test_json_override_file_is_read(tmp_path) -> None:
    path = tmp_path / "links.json"
    path.write_text(json.dumps([{"category": "gender", "resource": "Military contingents",
                                 "share": "0.05"}]), encoding="utf-8")
    overrides = load_overrides(path)
    assert overrides == Overrides("links.json", overrides.entries)
    assert overrides.entries[0].share == Decimal("0.05")
