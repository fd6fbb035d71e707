"""Corpus mode: many files in one process, one JSON line each, failures do not stop the rest."""

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
