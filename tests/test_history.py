"""The history file: reports recorded by mission and cycle, replaced not doubled, compared.

The real documents give one budget cycle (2026/27), so the earlier cycle a comparison needs
is made here from the real MONUSCO report by changes the tests state: every period a year
earlier, one task not yet mandated, one not yet a priority, one task that has since gone,
a class of expenditure a million dollars lower. The comparison must find exactly those.
"""

from __future__ import annotations

import copy
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from budgets import parse_budget
from coherence.cli import cli
from coherence.codebook import TASKS
from coherence.history import (
    check_history,
    compare,
    compare_documents,
    entries,
    open_history,
    record,
    record_files,
)
from coherence.report import build_report
from coherence.textout import comparison_table
from mandates import parse_resolution
from provenance import InputError
from tests.conftest import require_shared, shared_budget

MONUSCO_GROSS_2026 = 874_790_100  # A/80/624, gross requirements 2026/27


@pytest.fixture(scope="module")
def monusco() -> dict[str, Any]:
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    bud = parse_budget(require_shared("budgets", "xlsx", "A_80_624.xlsx"))
    prev = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2717(2023).pdf"))
    return build_report(res, bud, previous_resolution=prev).to_json()


def _year_earlier(label: str) -> str:
    def back(m: re.Match[str]) -> str:
        start = int(m.group(1)) - 1
        return f"{start}/{(start + 1) % 100:02d}"
    return re.sub(r"\b(\d{4})/\d{2}\b", back, label)


def earlier_cycle(doc: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """The report a year earlier, and what was changed to make it."""
    before = copy.deepcopy(doc)
    for key in ("baseline", "proposed"):
        before[key] = _year_earlier(before[key])
    before["columns"] = [_year_earlier(c) for c in before["columns"]]
    for key in ("resources_by_class", "programmes"):
        for row in before[key]:
            row["amounts"] = {_year_earlier(c): v for c, v in row["amounts"].items()}
            row["at"] = {_year_earlier(c): v for c, v in row["at"].items()}
    tasks = before["tasks"]
    new_task = tasks.pop(0)  # mandated only in the later cycle
    now_priority = next(t for t in tasks if t["priority"])
    now_priority["priority"] = False
    used = {t["category"] for t in doc["tasks"]}
    gone = next(t for t in TASKS if t.id not in used)
    tasks.append({**copy.deepcopy(tasks[-1]), "category": gone.id, "label": gone.label,
                  "priority": False, "links": [], "resources": {}})
    row = next(r for r in before["resources_by_class"] if r["role"] == "item" and r["proposed"])
    row["amounts"][before["proposed"]] -= 1_000_000
    changed = {"new_task": new_task["label"], "now_priority": now_priority["label"],
               "gone": gone.label, "class": row["item"], "class_before": row["amounts"][
                   before["proposed"]]}
    return before, changed


def test_a_report_is_stored_whole_with_exact_money(monusco, tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite"
    with open_history(db) as conn:
        done = record(conn, monusco, origin="monusco.json")
        assert (done.mission, done.cycle, done.replaced) == ("MONUSCO", "2026/27", False)
        [entry] = entries(conn)
        assert entry.gross_proposed == MONUSCO_GROSS_2026
        assert entry.tasks == len(monusco["tasks"])
        assert entry.mandate == "S/RES/2765 (2024)" and entry.budget == "A/80/624"
        subtotals = conn.execute(
            "SELECT sum(amount), typeof(sum(amount)) FROM resources WHERE kind = 'class'"
            " AND role = 'subtotal' AND period = '2026/27' AND measure = 'cost estimates'"
        ).fetchone()
        assert subtotals == (MONUSCO_GROSS_2026, "integer")
        # every cell keeps where it came from
        assert conn.execute("SELECT count(*) FROM resources WHERE at IS NULL").fetchone()[0] == 0
        stored = json.loads(conn.execute("SELECT document FROM reports").fetchone()[0])
    assert stored == monusco


def test_recording_a_cycle_again_replaces_it(monusco, tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite"
    with open_history(db) as conn:
        record(conn, monusco)
        counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("reports", "tasks", "resources", "findings", "links")]
        again = record(conn, monusco)
        assert again.replaced
        assert counts == [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                          for t in ("reports", "tasks", "resources", "findings", "links")]


def test_a_malformed_report_leaves_the_entry_it_would_replace(monusco, tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite"
    broken = copy.deepcopy(monusco)
    broken["tasks"][3]["category"] = None
    with open_history(db) as conn:
        record(conn, monusco)
        with pytest.raises(InputError, match="malformed"):
            record(conn, broken)
        [entry] = entries(conn)
        assert entry.tasks == len(monusco["tasks"])


@pytest.mark.parametrize(("part", "value"), [("ref", ["23"]), ("ref", {"paragraph": "23"}),
                                             ("ceiling", 10 ** 30)])
def test_a_field_of_another_type_is_a_malformed_report(monusco, tmp_path: Path, part: str,
                                                         value: object) -> None:
    """A hand-edited report with a list, an object or a 100-bit number where coherence writes
    a value is refused as malformed, not an internal error (found by fuzzing report JSON)."""
    broken = copy.deepcopy(monusco)
    broken["personnel"][0][part] = value
    with open_history(tmp_path / "h.sqlite") as conn:
        with pytest.raises(InputError, match="malformed"):
            record(conn, broken)
        assert entries(conn) == []


def test_compare_finds_exactly_what_changed_between_cycles(monusco, tmp_path: Path) -> None:
    before, changed = earlier_cycle(monusco)
    with open_history(tmp_path / "h.sqlite") as conn:
        record(conn, monusco)
        assert record(conn, before).cycle == "2025/26"
        result = compare(conn, "monusco")
    assert (result.before.cycle, result.after.cycle) == ("2025/26", "2026/27")
    assert result.added == (changed["new_task"],)
    assert result.dropped == (changed["gone"],)
    assert result.made_priority == (changed["now_priority"],)
    assert result.no_longer_priority == ()
    moved = [c for c in result.classes if c.change]
    assert [(c.name, c.before, c.change) for c in moved] == [
        (changed["class"], changed["class_before"], 1_000_000)]
    assert all(c.change == 0 for c in result.tasks if c.change is not None)
    assert result.findings and all(b == a for _, b, a in result.findings)
    document = result.to_json()
    assert document["schema"] == "coherence.history-comparison/1"
    assert document["gross_requirements"]["change"] == 0


def test_compare_needs_two_cycles_and_names_what_is_there(monusco, tmp_path: Path) -> None:
    with open_history(tmp_path / "h.sqlite") as conn:
        record(conn, monusco)
        with pytest.raises(InputError, match="needs two cycles"):
            compare(conn, "MONUSCO")
        with pytest.raises(InputError) as missing:
            compare(conn, "UNMISS")
        assert "MONUSCO" in missing.value.one_line()
        with pytest.raises(InputError, match="2019/20"):
            compare(conn, "MONUSCO", "2019/20", "2026/27")


def test_a_file_that_is_not_a_history_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    text = tmp_path / "notes.sqlite"
    text.write_bytes(b"minutes of a meeting\n" * 200)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE budget (amount INTEGER)")
    for path in (text, other):
        before = path.read_bytes()
        with pytest.raises(InputError, match="not a history"):
            check_history(path)
        with pytest.raises(InputError, match="not a history"), open_history(path):
            pass
        assert path.read_bytes() == before
    with pytest.raises(InputError, match="folder"):
        check_history(tmp_path)


def test_add_records_the_good_files_and_names_the_bad(monusco, tmp_path: Path) -> None:
    good = tmp_path / "MONUSCO.json"
    good.write_text(json.dumps(monusco), encoding="utf-8")
    mandate_json = tmp_path / "mandate.json"
    mandate_json.write_text(json.dumps({"schema": "coherence.mandate/1"}), encoding="utf-8")
    db = tmp_path / "h.sqlite"
    runner = CliRunner()
    result = runner.invoke(cli, ["history", "add", str(db), str(good), str(mandate_json),
                                 str(tmp_path / "missing.json")])
    assert result.exit_code == 4, result.stderr
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 2 and "mandate.json" in errors[0] and "missing.json" in errors[1]
    assert "Traceback" not in result.stderr
    listed = runner.invoke(cli, ["history", "list", str(db), "--format", "json"])
    assert listed.exit_code == 0
    [only] = json.loads(listed.stdout)["reports"]
    assert (only["mission"], only["cycle"], only["gross_proposed"]) == (
        "MONUSCO", "2026/27", MONUSCO_GROSS_2026)


@pytest.mark.parametrize("text", ["{ not json", "[" * 100_000 + "]" * 100_000])
def test_add_with_nothing_recordable_exits_3_and_leaves_no_file(tmp_path: Path,
                                                                text: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(text, encoding="utf-8")
    db = tmp_path / "h.sqlite"
    result = CliRunner().invoke(cli, ["history", "add", str(db), str(bad)])
    assert result.exit_code == 3
    assert result.stderr.count("error:") == 1 and "bad.json" in result.stderr
    assert not db.exists()
    assert record_files(db, [bad]).failed and not db.exists()


def test_list_and_compare_of_a_missing_history_exit_3(tmp_path: Path) -> None:
    for args in (["list"], ["compare"]):
        command = ["history", *args, str(tmp_path / "none.sqlite")] + (
            ["MONUSCO"] if args == ["compare"] else [])
        result = CliRunner().invoke(cli, command)
        assert result.exit_code == 3 and result.stderr.startswith("error:")
        assert not (tmp_path / "none.sqlite").exists()


def test_compare_table_shows_both_cycles_and_the_change(monusco, tmp_path: Path) -> None:
    before, changed = earlier_cycle(monusco)
    db = tmp_path / "h.sqlite"
    with open_history(db) as conn:
        record(conn, monusco)
        record(conn, before)
    result = CliRunner().invoke(cli, ["history", "compare", str(db), "MONUSCO"])
    assert result.exit_code == 0, result.stderr
    assert "2025/26 → 2026/27" in result.stdout
    line = next(ln for ln in result.stdout.splitlines()
                if ln.strip().startswith(changed["class"][:40]))
    assert line.rstrip().endswith("+1,000,000")
    assert changed["new_task"] in result.stdout.split("tasks added:")[1].splitlines()[0]


def test_a_report_run_records_itself_and_an_unusable_history_stops_it_first(
        tmp_path: Path) -> None:
    from importlib.resources import as_file, files

    from coherence.pipeline import run_report

    samples = files("coherence.samples")
    db = tmp_path / "h.sqlite"
    with (as_file(samples / "sample_resolution.txt") as mandate,
          as_file(samples / "sample_budget.xlsx") as budget):
        run_report(mandate=mandate, budget=budget, pdf=None, json_path=tmp_path / "r.json",
                   history=db)
        with open_history(db) as conn:
            [entry] = entries(conn)
            staffing = dict(conn.execute("SELECT office, net_change FROM staffing").fetchall())
        assert (entry.mission, entry.cycle, entry.gross_proposed) == (
            "MONUSCO", "2026/27", MONUSCO_GROSS_2026)
        # the sample's staffing changes: the Joint Human Rights Office loses two, as in A/80/624
        assert staffing["Joint Human Rights Office"] == -2
        assert entry.origin == str(tmp_path / "r.json")
        not_history = tmp_path / "notes.txt"
        not_history.write_text("minutes\n" * 300, encoding="utf-8")
        with pytest.raises(InputError, match="not a history"):
            run_report(mandate=mandate, budget=budget, pdf=None,
                       json_path=tmp_path / "r2.json", history=not_history)
    assert not (tmp_path / "r2.json").exists()


def test_a_history_that_fails_to_record_leaves_the_last_run_s_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.resources import as_file, files

    import coherence.history
    from coherence.pipeline import run_report

    def taken(*_args: object, **_kwargs: object) -> None:
        raise InputError("is locked by another program", path=tmp_path / "h.sqlite")

    samples = files("coherence.samples")
    earlier = tmp_path / "r.json"
    earlier.write_text('{"run": "last cycle"}', encoding="utf-8")
    monkeypatch.setattr(coherence.history, "record", taken)
    with (as_file(samples / "sample_resolution.txt") as mandate,
          as_file(samples / "sample_budget.xlsx") as budget,
          pytest.raises(InputError, match="locked")):
        run_report(mandate=mandate, budget=budget, pdf=None, json_path=earlier,
                   html_path=tmp_path / "r.html", history=tmp_path / "h.sqlite")
    assert earlier.read_text(encoding="utf-8") == '{"run": "last cycle"}'
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite") == ["r.json"]


def test_documents_of_two_missions_or_one_cycle_are_not_compared(monusco) -> None:
    from coherence.history import compare_documents

    other = copy.deepcopy(monusco)
    other["mission"] = "UNMISS"
    with pytest.raises(InputError, match="two missions"):
        compare_documents(other, monusco)
    with pytest.raises(InputError, match="both reports are for 2026/27"):
        compare_documents(monusco, monusco)


def test_a_report_run_sets_the_cycle_before_beside_it(monusco, tmp_path: Path) -> None:
    from coherence.history import previous_document
    from coherence.pipeline import run_report

    before, changed = earlier_cycle(monusco)
    db = tmp_path / "h.sqlite"
    with open_history(db) as conn:
        record(conn, before)
    assert previous_document(db, "monusco", "2026/27")["proposed"] == before["proposed"]
    assert previous_document(db, "MONUSCO", "2025/26") is None
    out = tmp_path / "r.json"
    run_report(mandate=require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"),
               budget=require_shared("budgets", "xlsx", "A_80_624.xlsx"),
               previous_mandate=require_shared("resolutions", "pdf", "S_RES_2717(2023).pdf"),
               pdf=None, json_path=out, html_path=tmp_path / "r.html", history=db)
    since = json.loads(out.read_text("utf-8"))["since_last_cycle"]
    assert (since["before"]["cycle"], since["after"]["cycle"]) == ("2025/26", "2026/27")
    assert since["tasks_added"] == [changed["new_task"]]
    assert since["tasks_dropped"] == [changed["gone"]]
    html = (tmp_path / "r.html").read_text("utf-8")
    assert "Since the last cycle (2025/26)" in html and "Since the 2025/26 report." in html


@pytest.fixture(scope="module")
def unifil() -> dict[str, Any]:
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2749(2024).pdf"))
    bud = parse_budget(require_shared("budgets", "reports", "A_80_634.docx"))
    return build_report(res, bud).to_json()


def test_troops_and_earlier_cycles_are_tables_of_their_own(unifil, tmp_path: Path) -> None:
    with open_history(tmp_path / "h.sqlite") as conn:
        record(conn, unifil)
        troops = conn.execute("SELECT category, approved, proposed, change, end_of_period"
                              " FROM uniformed").fetchall()
        assert troops == [("Military contingents", 13000, 7372, -5628, 1037)]
        cycles = conn.execute("SELECT period, proposed, appropriated, change, documents"
                              " FROM cycles ORDER BY period").fetchall()
        assert cycles[-1] == ("2025/26", 555_820_800, 552_841_800, -2_979_000,
                              "A/79/752, A/79/724/Add.7, A/RES/79/308")
        assert len(cycles) == 2


def test_a_format_1_history_gains_the_new_tables_from_its_reports(
        unifil, tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    with open_history(db) as conn:
        record(conn, unifil)
        # as the previous version wrote it: no troop or cycle tables, format 1
        conn.executescript("DROP TABLE uniformed; DROP TABLE cycles; PRAGMA user_version = 1;")
    with open_history(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert conn.execute("SELECT proposed FROM uniformed").fetchall() == [(7372,)]
        assert conn.execute("SELECT count(*) FROM cycles").fetchone()[0] == 2
        assert len(entries(conn)) == 1


def test_compare_says_what_the_assembly_appropriated_for_the_earlier_cycle(
        tmp_path: Path) -> None:
    res = parse_resolution(require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf"))
    after = build_report(res, shared_budget("budgets", "reports", "A_80_624.docx")).to_json()
    before, _ = earlier_cycle(after)  # a 2025/26 report made from the 2026/27 one
    troops = next(u for u in before["uniformed_personnel"]
                  if u["category"] == "Military contingents")
    troops["proposed"] = 13_000
    c = compare_documents(before, after)
    # A/80/624's legislative history: 869,127,200 appropriated for 2025/26 by A/RES/79/304
    assert (c.appropriated, c.appropriated_by) == (869_127_200, "A/RES/79/304")
    doc = c.to_json()["appropriated_before"]
    assert doc["change"] == 869_127_200 - before_gross(before)
    moved = [ch for ch in c.uniformed if ch.change]
    assert [(ch.name, ch.before, ch.after) for ch in moved] == [
        ("Military contingents", 13_000, 11_500)]
    assert "appropriated for 2025/26: " in comparison_table(c)


def before_gross(document: dict[str, Any]) -> int:
    gross = next(r for r in document["resources_by_class"] if r["item"] == "Gross requirements")
    return int(gross["amounts"][document["proposed"]])
