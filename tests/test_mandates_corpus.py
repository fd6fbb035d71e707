"""Many resolutions in one call: read ahead in a second process, in order, one bad file alone."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

import mandates.parse as parse
from mandates import Resolution, parse_resolution, parse_resolutions
from tests.conftest import ROOT

SAMPLES = ROOT / "coherence" / "samples"
NOW = SAMPLES / "sample_resolution.txt"
BEFORE = SAMPLES / "sample_previous_resolution.txt"


def _documents(outcomes: list[tuple[Path, Resolution | Exception]]) -> list[object]:
    return [res.to_json() if isinstance(res, Resolution) else type(res).__name__
            for _, res in outcomes]


def test_a_corpus_reads_as_its_files_one_by_one(tmp_path) -> None:
    missing = tmp_path / "missing.txt"
    not_pdf = tmp_path / "notes.pdf"
    not_pdf.write_text("minutes of a meeting", encoding="utf-8")
    paths = [NOW, missing, not_pdf, BEFORE, NOW]
    out = list(parse_resolutions(paths))
    assert [p for p, _ in out] == paths
    assert _documents(out) == [parse_resolution(NOW).to_json(), "InputError", "InputError",
                               parse_resolution(BEFORE).to_json(),
                               parse_resolution(NOW).to_json()]
    assert "file not found" in out[1][1].one_line()  # type: ignore[union-attr]
    assert "is not a PDF file" in out[2][1].one_line()  # type: ignore[union-attr]


def test_a_file_that_kills_the_reading_process_fails_alone(tmp_path, monkeypatch) -> None:
    main = os.getpid()
    real = parse.read_lines

    def reader(path: Path):  # the forked reader inherits this
        if path.name.startswith("crash") and os.getpid() != main:
            os._exit(70)  # as pdfium does on a PDF that crashes it
        return real(path)

    monkeypatch.setattr(parse, "read_lines", reader)
    assert threading.active_count() == 1, "a thread left running keeps the reader in-process"
    crash = tmp_path / "crash.txt"
    crash.write_bytes(NOW.read_bytes())
    paths = [NOW, crash, BEFORE, NOW, crash, crash, BEFORE]
    out = list(parse_resolutions(paths))
    assert [p for p, _ in out] == paths
    now, before = parse_resolution(NOW).to_json(), parse_resolution(BEFORE).to_json()
    assert _documents(out) == [now, "InputError", before, now, "InputError", "InputError",
                               before]
    assert "crash" in out[1][1].one_line()  # type: ignore[union-attr]
    assert threading.active_count() == 1  # the pools were shut down


def test_with_another_thread_running_files_are_read_here(monkeypatch) -> None:
    def no_fork(*args, **kwargs):
        raise AssertionError("forked while another thread was running")

    monkeypatch.setattr(parse, "ProcessPoolExecutor", no_fork)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        out = list(parse_resolutions([NOW, BEFORE]))
    finally:
        stop.set()
        other.join()
    assert _documents(out) == [parse_resolution(NOW).to_json(),
                               parse_resolution(BEFORE).to_json()]


def test_where_no_process_can_be_made_files_are_read_here(monkeypatch) -> None:
    def no_semaphores(*args, **kwargs):
        raise OSError(38, "Function not implemented")  # no /dev/shm in some sandboxes

    monkeypatch.setattr(parse, "ProcessPoolExecutor", no_semaphores)
    out = list(parse_resolutions([BEFORE, NOW]))
    assert _documents(out) == [parse_resolution(BEFORE).to_json(),
                               parse_resolution(NOW).to_json()]


@pytest.mark.parametrize("count", [0, 1])
def test_none_or_one_file_forks_nothing(monkeypatch, count: int) -> None:
    def no_fork(*args, **kwargs):
        raise AssertionError("forked a reader for fewer than two files")

    monkeypatch.setattr(parse, "ProcessPoolExecutor", no_fork)
    out = list(parse_resolutions([NOW][:count]))
    assert _documents(out) == [parse_resolution(NOW).to_json()][:count]


def test_a_pdf_read_in_the_other_process_parses_as_one_read_here() -> None:
    # lines, pages and indents all cross from the reading process (texts have no pages)
    from tests.conftest import require_shared

    pdf = require_shared("resolutions", "pdf", "S_RES_2765(2024).pdf")
    out = list(parse_resolutions([pdf, NOW]))
    assert _documents(out)[0] == parse_resolution(pdf).to_json()
