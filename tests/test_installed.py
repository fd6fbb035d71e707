"""The installed console script, run as a real subprocess."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from coherence import __version__


def _coherence() -> str:
    candidate = Path(sys.executable).with_name("coherence")
    found = str(candidate) if candidate.exists() else shutil.which("coherence")
    if not found:
        pytest.fail("the `coherence` command is not installed; run `pip install '.[test]'`")
    return found


def test_version_and_help() -> None:
    done = subprocess.run([_coherence(), "--version"], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0
    assert done.stdout.strip() == f"coherence, version {__version__}"
    helped = subprocess.run([_coherence(), "report", "-h"], capture_output=True, text=True,
                            timeout=60)
    assert helped.returncode == 0
    assert "--previous-mandate" in helped.stdout


def test_missing_input_exits_3_with_one_line(tmp_path) -> None:
    missing = tmp_path / "S_RES_9999(2030).pdf"
    done = subprocess.run([_coherence(), "mandate", str(missing), "--format", "json"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 3
    assert done.stdout == ""
    assert done.stderr == f"error: {missing}: file not found; check the path\n"


def test_reading_a_budget_does_not_load_the_resolution_parser() -> None:
    """Compiling the resolution parser's patterns takes most of a second; `coherence budget`
    needs none of them (it took 1.05 s on a workbook, 0.33 s without them)."""
    import coherence

    budget = Path(coherence.__file__).parent / "samples" / "sample_budget.xlsx"
    probe = ("import sys; from coherence.cli import cli\n"
             "try:\n    cli(['budget', sys.argv[1], '--format', 'json'])\n"
             "except SystemExit as done:\n    code = done.code\n"
             "print('mandates' in sys.modules, code, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", probe, str(budget)], capture_output=True,
                          text=True, timeout=60)
    assert '"Military contingents"' in done.stdout
    assert done.stderr.strip().splitlines()[-1] == "False 0"
