"""Checks added on top of the report tests: failing safely on forbidden resources,
reproducible workbooks, and demo samples that keep the facts but not the Council's words."""

from __future__ import annotations

import dataclasses
import io
import json
import re
import zipfile
from importlib.resources import files

import pytest

from budgets import parse_budget
from coherence.export import xlsx_bytes
from coherence.render import RenderError, html_to_pdf
from coherence.report import build_report
from coherence.samples import build_sample_budget
from mandates import CeilingKind, parse_resolution
from tests.conftest import require_shared

SAMPLES = files("coherence.samples")


@pytest.mark.parametrize("src", ["http://example.org/a.png", "file:///etc/hostname",
                                 "https://example.org/font.woff2"])
def test_a_forbidden_resource_stops_rendering_with_an_input_style_error(src: str) -> None:
    html = f'<html lang="en"><body><p>x</p><img src="{src}" alt="x"></body></html>'
    with pytest.raises(RenderError, match="may not read") as info:
        html_to_pdf(html)
    assert info.value.exit_code == 3
    assert info.value.one_line().startswith("error: the report asked for a resource")


def test_the_package_stylesheet_is_allowed() -> None:
    pdf = html_to_pdf('<html lang="en"><head><link rel="stylesheet" href="report.css">'
                      '</head><body><p>x</p></body></html>')
    assert pdf.startswith(b"%PDF-")


@pytest.fixture(scope="module")
def demo_report():  # type: ignore[no-untyped-def]
    res = parse_resolution(str(SAMPLES / "sample_resolution.txt"))
    prev = parse_resolution(str(SAMPLES / "sample_previous_resolution.txt"))
    bud = parse_budget(str(SAMPLES / "sample_budget.xlsx"))
    return build_report(res, bud, previous_resolution=prev)


def test_workbook_carries_no_clock_time(demo_report) -> None:  # type: ignore[no-untyped-def]
    data = xlsx_bytes(demo_report)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode("utf-8")
    stamps = re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]*)<", core)
    assert stamps and set(stamps) == {"2000-01-01T00:00:00Z"}


def test_sample_workbook_rebuilds_to_the_committed_bytes(tmp_path) -> None:
    rebuilt = build_sample_budget.build(tmp_path / "sample.xlsx").read_bytes()
    assert rebuilt == SAMPLES.joinpath("sample_budget.xlsx").read_bytes()


def test_sample_workbook_has_every_figure_of_the_real_overall_table() -> None:
    gold = json.loads(require_shared("gold", "budgets", "A_80_624.json").read_text())
    parsed = parse_budget(str(SAMPLES / "sample_budget.xlsx"))
    got = {(ln.group, ln.item, f"{ln.measure} {ln.period}"): ln.amount
           for ln in parsed.lines if str(ln.table) == "financial_resources"}
    expected = {(row["group"], row["item"], key): value
                for row in gold["overall"] for key, value in row["values"].items()}
    assert {k: (v, got.get(k)) for k, v in expected.items() if got.get(k) != v} == {}


def _shingles(text: str, n: int = 12) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9]+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


@pytest.mark.parametrize("sample,real", [
    ("sample_resolution.txt", "S_RES_2765(2024).pdf"),
    ("sample_previous_resolution.txt", "S_RES_2717(2023).pdf"),
])
def test_sample_resolutions_keep_the_facts_not_the_councils_sentences(sample, real) -> None:
    real_res = parse_resolution(require_shared("resolutions", "pdf", real))
    ours = parse_resolution(str(SAMPLES / sample))
    assert (ours.symbol, ours.adopted, ours.mandate_expires) == \
        (real_res.symbol, real_res.adopted, real_res.mandate_expires)
    assert {(c.kind, c.count) for c in ours.ceilings} == \
        {(c.kind, c.count) for c in real_res.ceilings}
    assert [p.ref for p in ours.operative if p.level == 1] == \
        [p.ref for p in real_res.operative if p.level == 1]
    # the ceilings paragraph lists facts in the Council's own categories: not compared
    facts = {c.ref for c in real_res.ceilings} | {c.ref for c in ours.ceilings}
    theirs = set().union(*(_shingles(p.text) for p in real_res.paragraphs
                           if p.ref not in facts))
    mine = set().union(*(_shingles(p.text) for p in ours.paragraphs if p.ref not in facts))
    shared = sorted(" ".join(s) for s in mine & theirs)
    assert shared == []


def test_a_sharp_fall_in_gross_requirements_is_reported_and_income_is_not_a_class() -> None:
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2749(2024).pdf"))
    bud = parse_budget(require_shared("budgets", "xlsx", "A_80_634.xlsx"))
    findings = build_report(res, bud).to_json()["findings"]
    trend = [f for f in findings if f["id"] == "BUDGET_TREND"]
    # UNIFIL: 2026/27 gross requirements fall 26.2% against the 2025/26 apportionment
    assert len(trend) == 1 and "fall by 26" in trend[0]["title"]
    assert trend[0]["evidence"]["at"]
    assert not [f for f in findings if "Staff assessment" in f["title"]]


def test_a_small_missions_material_class_cut_is_reported() -> None:
    # UNMIK 2026/27: United Nations police $480,100 → $297,700 (−38%), under $1 million
    # but over 0.25% of the $42.0 million gross requirements
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_1244(1999).pdf"))
    bud = parse_budget(require_shared("budgets", "xlsx", "A_80_615.xlsx"))
    titles = [f["title"] for f in build_report(res, bud).to_json()["findings"]
              if f["id"] == "CLASS_CHANGE"]
    assert "United Nations police: spending falls by 38 %" in titles


def test_ceilings_moved_since_the_previous_mandate_are_reported(demo_report) -> None:  # type: ignore[no-untyped-def]
    # S/RES/2717 (2023) already lowered its ceilings to 2765's figures from 1 July 2024, so
    # the demo pair shows no change; a previous mandate with higher ceilings does
    assert not [f for f in demo_report.findings if f.rule == "CEILING_CHANGE"]
    res, bud = demo_report.resolution, demo_report.budget
    higher = tuple(dataclasses.replace(c, count=c.count + 2000, ref="30")
                   for c in res.ceilings if c.kind is CeilingKind.MILITARY)
    previous = dataclasses.replace(res, ceilings=higher)
    changes = {f.title: f for f in build_report(res, bud, previous_resolution=previous).findings
               if f.rule == "CEILING_CHANGE"}
    assert set(changes) == {"Ceiling for military personnel lowered from 13,500 to 11,500"}
    military = changes["Ceiling for military personnel lowered from 13,500 to 11,500"]
    assert military.paragraphs == ("32",)
    assert "funds 11,500" in military.detail
    # each kind named as the people it counts, not "formed police units personnel"
    units = tuple(dataclasses.replace(c, count=c.count - 200, ref="30") for c in res.ceilings
                  if c.kind in (CeilingKind.FORMED_POLICE_UNITS, CeilingKind.MILITARY_OBSERVERS))
    previous = dataclasses.replace(res, ceilings=units)
    assert {f.title for f in build_report(res, bud, previous_resolution=previous).findings
            if f.rule == "CEILING_CHANGE"} == {
        "Ceiling for formed police unit personnel raised from 1,070 to 1,270",
        "Ceiling for military observers and staff officers raised from 400 to 600"}
