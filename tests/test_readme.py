"""The README documents every command and the two commands a new user needs."""

from __future__ import annotations

import re

from coherence.cli import cli
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented() -> None:
    for name in cli.commands:
        assert re.search(rf"coherence {name}\b", README), f"README does not show `coherence {name}`"


def test_install_and_test_commands_match_ci() -> None:
    assert "pip install . && coherence demo" in README
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = "pip install '.[test]' && python -m pytest"
    assert test_command in README
    assert test_command in ci
