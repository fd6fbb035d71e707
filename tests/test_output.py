"""A failed run leaves no partial output file behind."""

from __future__ import annotations

import pytest

from coherence.output import atomic_path, write_text_atomic


def test_failure_leaves_target_untouched_and_no_temp_files(tmp_path) -> None:
    target = tmp_path / "report.pdf"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half-written")
        raise RuntimeError("render failed")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]


def test_success_replaces_target(tmp_path) -> None:
    target = tmp_path / "out" / "report.json"
    write_text_atomic(target, '{"a": 1}')
    assert target.read_text() == '{"a": 1}'
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]


def test_outputs_get_ordinary_permissions(tmp_path) -> None:
    import os

    from coherence.output import write_text_atomic

    target = tmp_path / "report.json"
    write_text_atomic(target, "{}")
    mask = os.umask(0)
    os.umask(mask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~mask


def test_repeated_warnings_are_one_line_that_says_where() -> None:
    from coherence.textout import warning_lines
    from provenance import DataWarning, SourceRef

    inferred = [DataWarning("label_inferred", f"sub-paragraph 34({x}) is printed without its "
                            "letter", SourceRef(path="r.pdf", paragraph=f"34({x})"))
                for x in "abcde"]
    other = DataWarning("expiry_estimated", "counted from adoption",
                        SourceRef(path="r.pdf", paragraph="2"))
    lines = warning_lines([*inferred, other])
    assert lines[0].startswith("label_inferred (5×): sub-paragraph 34(a)")
    assert lines[0].endswith("also at 34(b), 34(c), 34(d), 34(e)")
    assert lines[1] == "expiry_estimated: counted from adoption (para 2)"
    assert len(warning_lines(inferred[:3])) == 3  # a few stay one per line


def test_a_set_of_outputs_is_written_whole_or_not_at_all(tmp_path) -> None:
    from coherence.pipeline import write_all

    (tmp_path / "report.pdf").mkdir()  # the PDF cannot be written over a folder
    with pytest.raises(OSError):
        write_all([(tmp_path / "report.json", b"{}"), (tmp_path / "report.pdf", b"%PDF-")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]
    assert write_all([(tmp_path / "a.json", b"{}")]) == [tmp_path / "a.json"]


@pytest.mark.parametrize("folder_first", [False, True])
def test_a_failed_set_leaves_the_reports_of_an_earlier_run(tmp_path, folder_first) -> None:
    from coherence.pipeline import write_all

    (tmp_path / "report.json").write_bytes(b'{"run": 1}')
    (tmp_path / "report.pdf").mkdir()
    outputs = [(tmp_path / "report.json", b'{"run": 2}'), (tmp_path / "report.pdf", b"%PDF-")]
    with pytest.raises(OSError):
        write_all(outputs[::-1] if folder_first else outputs)
    assert (tmp_path / "report.json").read_bytes() == b'{"run": 1}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.json", "report.pdf"]
