"""The command line's contract for bad input: one `error:` line, exit 3, no traceback."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from coherence.cli import cli


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.mark.parametrize("command", ["mandate", "budget"])
def test_missing_file_is_one_line_exit_3(runner: CliRunner, tmp_path, command: str) -> None:
    missing = tmp_path / "nope.pdf"
    result = runner.invoke(cli, [command, str(missing)])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr == f"error: {missing}: file not found; check the path\n"


@pytest.mark.parametrize("command", ["mandate", "budget"])
def test_empty_file_is_refused(runner: CliRunner, tmp_path, command: str) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    result = runner.invoke(cli, [command, str(empty)])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"error: {empty}: file is empty")
    assert result.stderr.count("\n") == 1


@pytest.mark.parametrize("name", ["huge.txt", "huge.html", "huge.json"])
def test_a_resolution_text_far_larger_than_any_is_refused_unread(runner, tmp_path, name) -> None:
    """Reading a text takes about 2 s a megabyte: a 20 MB text holds a batch for a minute;
    a PDF or DOCX of that size (images) is still read."""
    from mandates.parse import MAX_TEXT_BYTES

    huge = tmp_path / name
    with huge.open("wb") as f:
        f.truncate(MAX_TEXT_BYTES + 1)  # a sparse file: nothing written
    result = runner.invoke(cli, ["mandate", str(huge)])
    assert result.exit_code == 3
    assert result.stderr == (f"error: {huge}: file is {MAX_TEXT_BYTES + 1:,} bytes, over the "
                             f"{MAX_TEXT_BYTES:,}-byte limit; check that this is the document "
                             "meant: none of its kind is near that size\n")
    as_pdf = huge.rename(huge.with_suffix(".pdf"))
    result = runner.invoke(cli, ["mandate", str(as_pdf)])
    assert result.exit_code == 3
    assert "is not a PDF file" in result.stderr


@pytest.mark.parametrize("name,data", [
    ("bom.txt", b"\xef\xbb\xbf"),
    ("spaces.txt", b"  \r\n\r\n\t \n"),
    ("shell.html", b"<html><body><p> </p></body></html>"),
])
def test_a_file_of_blank_space_says_it_holds_no_text(runner, tmp_path, name, data) -> None:
    blank = tmp_path / name
    blank.write_bytes(data)
    result = runner.invoke(cli, ["mandate", str(blank)])
    assert result.exit_code == 3
    assert result.stderr == (f"error: {blank}: holds no text, only blank space; supply the "
                             "complete document\n")


@pytest.mark.parametrize("command,suffix", [("mandate", ".xls"), ("budget", ".odt")])
def test_unsupported_type_names_the_supported_ones(runner, tmp_path, command, suffix) -> None:
    odd = tmp_path / f"doc{suffix}"
    odd.write_bytes(b"not really")
    result = runner.invoke(cli, [command, str(odd)])
    assert result.exit_code == 3
    assert f"unsupported file type '{suffix}'" in result.stderr
    assert "Traceback" not in result.stderr


def test_debug_shows_the_traceback(runner: CliRunner, tmp_path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(cli, ["--debug", "mandate", str(missing)])
    assert result.exit_code != 0
    assert result.exception is not None
    assert type(result.exception).__name__ == "InputError"


def test_usage_error_is_exit_2(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["mandate"])
    assert result.exit_code == 2


def test_several_files_need_jsonl(runner: CliRunner, tmp_path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    result = runner.invoke(cli, ["mandate", str(a), str(b), "--format", "json"])
    assert result.exit_code == 2
    assert "--format jsonl" in result.stderr


def test_a_corrigendum_is_refused_and_names_the_resolution(runner: CliRunner, tmp_path) -> None:
    corrigendum = tmp_path / "corr.txt"
    corrigendum.write_text(
        "S/RES/2999 (2031)/Corr.1\n\nCorrigendum\n\nResolution 2999 (2031) adopted by the "
        "Security Council at its 9999th meeting, on 3 March 2031\n\nOperative paragraph 5, "
        "second line\nFor 30 June 2032 read 31 July 2032\n", encoding="utf-8")
    result = runner.invoke(cli, ["mandate", str(corrigendum)])
    assert result.exit_code == 3
    assert result.stderr.startswith(f"error: {corrigendum}: is a corrigendum to S/RES/2999 "
                                    "(2031), not the text of the resolution")
    assert result.stderr.count("\n") == 1
    # a reissued resolution that prints the corrigendum's symbol keeps its paragraphs
    reissued = tmp_path / "reissued.txt"
    reissued.write_text(
        "S/RES/2999 (2031)/Corr.1\n\nResolution 2999 (2031)\n\nAdopted by the Security Council "
        "at its 9999th meeting, on 3 March 2031\n\nThe Security Council,\n\nRecalling its "
        "previous resolutions,\n\n1. Decides to extend the mandate of UNMIR until 31 July "
        "2032;\n\n2. Decides to remain seized of the matter.\n", encoding="utf-8")
    result = runner.invoke(cli, ["mandate", str(reissued), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert '"mandate_expires": "2032-07-31"' in result.stdout
