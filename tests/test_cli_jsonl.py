"""Corpus mode: many files in one call, one JSON line each, failures do not stop the rest."""

from __future__ import annotations

import json

from click.testing import CliRunner

from coherence.cli import cli
from tests.conftest import require_shared


def test_each_failure_is_a_line_and_the_exit_code_is_4(tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(cli, ["mandate", str(empty), str(missing), "--format", "jsonl"])
    assert result.exit_code == 4
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["source"]["path"] for line in lines] == [str(empty), str(missing)]
    assert lines[0]["error"].startswith(f"{empty}: file is empty")
    assert lines[1]["error"] == f"{missing}: file not found; check the path"
    assert all(line["exit_code"] == 3 for line in lines)
    assert result.stderr.startswith("error: 2 of 2 files could not be read")


def test_good_files_are_parsed_between_bad_ones(tmp_path) -> None:
    txt = require_shared("resolutions", "txt")
    good = sorted(txt.glob("S-RES-1*(199*).txt"))[:2]
    missing = tmp_path / "missing.txt"
    args = ["mandate", str(good[0]), str(missing), str(good[1]), "--format", "jsonl"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 4
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3
    assert lines[0]["schema"] == "coherence.mandate/1"
    assert "error" in lines[1]
    assert lines[2]["schema"] == "coherence.mandate/1"
    assert lines[2]["source"]["path"] == good[1].name


def test_csv_has_a_row_per_task_category_and_names_a_bad_file(tmp_path) -> None:
    import csv
    import io

    from mandates import parse_resolution

    good = [require_shared("resolutions", "txt", "S-RES-1701(2006).txt"),
            require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf")]
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(cli, ["mandate", str(good[0]), str(missing), str(good[1]),
                                      "--format", "csv"])
    assert result.exit_code == 4
    assert result.stderr.splitlines()[0] == f"error: {missing}: file not found; check the path"
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    for path in good:
        res = parse_resolution(path)
        mine = [r for r in rows if r["file"] == path.name]
        assert len(mine) == sum(len(t.categories) for t in res.tasks)
        assert {r["symbol"] for r in mine} == {res.symbol}
        # one main category per task, and PEMA's key beside ours where the codebook has one
        assert sum(int(r["main"]) for r in mine) == len(res.tasks)
    assert any(r["category"] == "ceasefire" and r["pema_key"] == "Ceasefire" for r in rows)


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    import subprocess
    import sys

    txt = require_shared("resolutions", "txt", "S-RES-1701(2006).txt")
    # thirty copies: the output outlasts the pipe's buffer long after `head` has gone
    files = " ".join([f'"{txt}"'] * 30)
    done = subprocess.run(f'"{sys.executable}" -m coherence mandate {files} --format csv | head -1',
                          shell=True, capture_output=True, text=True, timeout=120)
    assert done.stdout.startswith("file,symbol,")
    assert "Traceback" not in done.stderr and "internal error" not in done.stderr
