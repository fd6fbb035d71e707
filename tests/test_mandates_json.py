"""Resolutions given as the UN's paragraph JSON: read like the other formats, refused clearly
when the JSON is something else.

The made-up resolutions here are in the project's own words; the real files are read from
../shared/data and their facts checked against the PDFs made from them.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from coherence.cli import cli
from mandates import parse_resolution
from mandates.model import Paragraph, ParagraphKind
from mandates.tasks import code_tasks
from provenance import InputError
from tests.conftest import require_shared


def _block(text: str, kind: str = "paragraph", prefix: str | None = None,
           part: str | None = None, **more: object) -> dict[str, object]:
    """One block as the UN's files write it (the fields this reader uses, and some it does not)."""
    return {"text": text, "type": kind, "heading_level": None, "paragraph_type": part,
            "paragraph_level": 1 if prefix else None, "prefix": prefix, "action_verb": None,
            "links": [], **more}


_RUPERTIA = [
    _block("Resolution 9003 (2031)", "title"),
    _block("Adopted by the Security Council at its 12003rd meeting, on 14 July 2031",
           "frontmatter"),
    _block("The Security Council,", part="preambular"),
    _block("Recalling its earlier decisions on the region,", part="preambular"),
    _block("Acting under Chapter VII of the Charter of the United Nations,", part="preambular"),
    _block("Decides to extend the mandate of the United Nations Mission in Rupertia (UNMIRU) "
           "until 15 July 2032;", prefix="1.", part="operative"),
    _block("Decides that the mandate of UNMIRU shall include the following tasks:",
           prefix="2.", part="operative"),
    _block("Protection of civilians", "heading"),
    _block("To protect civilians under threat of physical violence;", prefix="(a)",
           part="operative"),
    _block("To support the disarmament and demobilization of former combatants;",
           prefix="(b)", part="operative"),
    _block("Requests the Secretary-General to report to the Council every 90 days;",
           prefix="3.", part="operative"),
    _block("Decides to remain seized of the matter.", prefix="4.", part="operative"),
]


def _write(tmp_path: Path, blocks: object, name: str = "S_RES_9003(2031).json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(blocks), encoding="utf-8")
    return path


def test_paragraph_json_reads_as_the_printed_resolution(tmp_path) -> None:
    res = parse_resolution(_write(tmp_path, _RUPERTIA))
    assert res.source.format == "json"
    assert res.symbol == "S/RES/9003 (2031)"
    assert (res.adopted, res.meeting) == (date(2031, 7, 14), 12003)
    assert res.chapter_vii and res.missions[0] == "UNMIRU"
    assert res.mandate_expires == date(2032, 7, 15) and res.mandate_expires_ref == "1"
    assert [p.ref for p in res.operative] == ["1", "2", "2(a)", "2(b)", "3", "4"]
    assert res.paragraph("2(a)").heading == "Protection of civilians"
    assert res.paragraph("2(a)").page is None
    assert [p.ref for p in res.paragraphs if p.kind is ParagraphKind.PREAMBULAR] == ["PP1", "PP2"]
    coded = {t.ref: t.categories for t in res.tasks}
    assert "protection_of_civilians" in coded["2(a)"]
    assert "disarmament_demobilization" in coded["2(b)"]
    assert [r.ref for r in res.reporting] == ["3"]


def test_line_breaks_inside_a_block_are_not_paragraph_breaks(tmp_path) -> None:
    blocks = [*_RUPERTIA[:4], _block(
        "Noting the report of the Under-Secretary-General/\nExecutive Director of the Office "
        "on \n14 June 2031,", part="preambular"), *_RUPERTIA[4:]]
    res = parse_resolution(_write(tmp_path, blocks))
    assert res.paragraph("PP2").text == ("Noting the report of the Under-Secretary-General/"
                                         "Executive Director of the Office on 14 June 2031,")
    assert res.paragraph("PP3").text.startswith("Acting under Chapter VII")


def test_markdown_links_read_as_their_words(tmp_path) -> None:
    """One of the UN's files (2577 (2021)) wraps words in Markdown links to the documents they
    cite, the link's end in the middle of a citation; the words read as printed, and the
    resolution cited is still read as one."""
    blocks = [*_RUPERTIA[:5], _block(
        "Decides to extend the mandate of the United Nations Mission in Rupertia (UNMIRU) as "
        "set out in [resolution 9001 (2030), and decides that](https://undocs.org/en/S/RES/"
        "9001(2030)) it shall remain until 15 July 2032;", prefix="1.", part="operative"),
        *_RUPERTIA[6:]]
    res = parse_resolution(_write(tmp_path, blocks))
    assert res.paragraph("1").text == (
        "Decides to extend the mandate of the United Nations Mission in Rupertia (UNMIRU) as "
        "set out in resolution 9001 (2030), and decides that it shall remain until 15 July "
        "2032;")
    note = next(w for w in res.warnings if w.code == "tasks_by_reference")
    assert "S/RES/9001 (2030)" in note.message


def test_a_block_without_text_is_passed_over(tmp_path) -> None:
    blocks = [*_RUPERTIA[:5], {"type": "image", "text": None}, {"type": "figure"}, *_RUPERTIA[5:]]
    res = parse_resolution(_write(tmp_path, blocks))
    assert [p.ref for p in res.operative] == ["1", "2", "2(a)", "2(b)", "3", "4"]


@pytest.mark.parametrize("title", [("301 (1966). Resolution of 9 March 1966", "title"),
                                   ("Resolution 301 (1966) of 9 March 1966", "frontmatter")])
def test_a_yearbook_page_reads_its_english_resolution_and_its_pages(
        tmp_path, title: tuple[str, str]) -> None:
    # the older files are bilingual yearbook pages: the page opens with the meetings before
    # the resolution, gives each block in English and French, marks its pages, and may go
    # on with the next resolution; some files give the title a block of its own, some not
    blocks = [
        _block("<!-- Page 1 -->", "frontmatter", language="english"),
        _block("At its 1204th meeting, on 2 March 1966, the Council decided to invite the "
               "representative of Rupertia.", "frontmatter", language="english"),
        _block("A sa 1204e séance, le 2 mars 1966, le Conseil a décidé d'inviter le "
               "représentant de la Rupertie.", "frontmatter", language="french"),
        _block(title[0], title[1], language="english"),
        _block("301 (1966). Résolution du 9 mars 1966", title[1], language="english"),
        _block("The Security Council,", part="preambular", language="english"),
        _block("Le Conseil de sécurité,", part="preambular", language="french"),
        _block("Noting the report of the Secretary-General on Rupertia,", part="preambular",
               language="english"),
        _block("Prenant note du rapport du Secrétaire général sur la Rupertie,",
               part="preambular", language="french"),
        _block("<!-- Page 2 -->", "footer", language="english"),
        _block("Requests the Secretary-General to keep the Council informed;", prefix="1.",
               part="operative", language="english"),
        _block("Prie le Secrétaire général de tenir le Conseil informé;", prefix="1.",
               part="operative", language="french"),
        _block("Adopted unanimously at the 1206th meeting.", part="preambular",
               language="english"),
        _block("302 (1966). Resolution of 30 March 1966", title[1], language="english"),
        _block("The Security Council,", part="preambular", language="english"),
        _block("Decides to extend the stationing of the observers in Rupertia;", prefix="1.",
               part="operative", language="english"),
        _block("Adopted unanimously at the 1210th meeting.", part="preambular",
               language="english"),
    ]
    res = parse_resolution(_write(tmp_path, blocks, "S_RES_301(1966).json"))
    assert res.adopted == date(1966, 3, 9)
    assert res.meeting == 1206
    assert [p.ref for p in res.operative] == ["1"]
    assert res.paragraph("1").page == 2 and res.paragraph("PP1").page == 1
    assert "Prie" not in res.paragraph("1").text
    assert not any("Conseil" in p.text for p in res.paragraphs)


def test_a_later_meetings_decision_on_the_page_is_not_the_resolutions(tmp_path) -> None:
    """A yearbook page goes on after the adoption line with the Council's later decisions,
    whose lettered points ("regarding: (a) the displaced persons …", 54 (1948)) are no items of
    the resolution's last paragraph."""
    blocks = [
        _block("<!-- Page 1 -->", "frontmatter", language="english"),
        _block("301 (1966). Resolution of 9 March 1966", "title", language="english"),
        _block("The Security Council,", part="preambular", language="english"),
        _block("Noting the report of the Secretary-General on Rupertia,", part="preambular",
               language="english"),
        _block("Requests the Secretary-General to keep the Council informed;", prefix="1.",
               part="operative", language="english"),
        _block("Requests the Secretary-General to provide the necessary funds.", prefix="2.",
               part="operative", language="english"),
        _block("Adopted at the 1206th meeting by 9 votes to 1.", part="preambular",
               language="english"),
        _block("Decisions", part="preambular", language="english"),
        _block("At its 1210th meeting, on 2 April 1966, the Council decided to request "
               "information regarding: (a) the displaced persons; (b) the refugees; (c) possible "
               "assis-", part="preambular", language="english"),
    ]
    res = parse_resolution(_write(tmp_path, blocks, "S_RES_301(1966).json"))
    assert res.meeting == 1206
    assert [p.ref for p in res.operative] == ["1", "2"]
    assert res.paragraph("2").text.endswith("to provide the necessary funds.")
    assert "text_cut" not in [w.code for w in res.warnings]


def test_a_yearbook_page_in_french_only_is_refused_as_french(tmp_path) -> None:
    blocks = [
        _block("<!-- Page 1 -->", "frontmatter", language="english"),
        _block("Le Conseil de sécurité,", part="preambular", language="french"),
        _block("Prenant note du rapport du Secrétaire général sur la situation dans la "
               "région et des lettres reçues des États Membres,", part="preambular",
               language="french"),
        _block("Prie le Secrétaire général de tenir le Conseil informé de l'évolution de la "
               "situation et de lui faire rapport dès que possible;", prefix="1.",
               part="operative", language="french"),
        _block("Décide de rester saisi de la question.", prefix="2.", part="operative",
               language="french"),
    ]
    with pytest.raises(InputError, match="French"):
        parse_resolution(_write(tmp_path, blocks))


@pytest.mark.parametrize("content,message", [
    ("{not json", "is not valid JSON"),
    (json.dumps({"schema": "coherence.mandate/1", "tasks": []}), "must be a JSON list"),
    (json.dumps([]), "not a resolution in the UN's paragraph JSON"),
    (json.dumps([{"type": "title"}, "Resolution 1 (1946)"]),
     "not a resolution in the UN's paragraph JSON"),
    (json.dumps([{"type": "title", "text": 1946}]), "not a resolution in the UN's paragraph JSON"),
    (json.dumps([{"type": "image"}]), "not a resolution in the UN's paragraph JSON"),
])
def test_json_that_is_not_a_paragraph_file_is_refused_in_one_line(tmp_path, content: str,
                                                                   message: str) -> None:
    path = tmp_path / "resolution.json"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(cli, ["mandate", str(path), "--format", "json"])
    assert result.exit_code == 3
    assert result.stdout == ""
    assert result.stderr.startswith(f"error: {path}: ") and message in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_dashed_items_after_a_declaration_stay_the_missions_list() -> None:
    # "… to: – accelerate …; – encourage …, underlines in that regard that …; – promote …":
    # the dashes the UN prints before such items (and its JSON keeps) change nothing
    chapeau = Paragraph("2", ParagraphKind.OPERATIVE, "Decides that the mandate of UNMIRU "
                        "shall include the following tasks:", 1)
    codings = []
    for dash in ("", "\u2013 ", "\u2022 "):
        item = Paragraph("2(a)", ParagraphKind.OPERATIVE, (
            f"Provide advice to the Government, to: {dash}accelerate national ownership of "
            f"security sector reform; {dash}encourage inclusive reform that serves all, "
            f"underlines in that regard that progress is critical; {dash}promote and "
            "facilitate military, police, justice and prison sector reforms;"), 2, parent="2")
        (task,) = code_tasks([chapeau, item], ["UNMIRU"])
        codings.append(set(task.categories))
    assert codings[0] == codings[1] == codings[2]
    assert {"corrections_reform", "justice_reform"} <= codings[1]


@pytest.mark.shared
@pytest.mark.parametrize("name", ["S_RES_2502(2019)", "S_RES_2729(2024)", "S_RES_2765(2024)"])
def test_a_real_json_reads_as_the_pdf_made_from_it(name: str) -> None:
    pdf = parse_resolution(require_shared("resolutions", "pdf", f"{name}.pdf"))
    res = parse_resolution(require_shared("resolutions", "json", f"{name}.json"))
    assert res.source.format == "json"
    for field in ("symbol", "adopted", "meeting", "missions", "chapter_vii",
                  "mandate_expires", "mandate_expires_ref"):
        assert getattr(res, field) == getattr(pdf, field), field
    assert [p.ref for p in res.paragraphs] == [p.ref for p in pdf.paragraphs]
    assert [(t.ref, t.categories) for t in res.tasks] == [(t.ref, t.categories) for t in pdf.tasks]
    assert [(c.kind, c.count) for c in res.ceilings] == [(c.kind, c.count) for c in pdf.ceilings]


@pytest.mark.parametrize("suffix", [".txt", ".json"])
def test_numbering_begun_again_after_the_closing_paragraph_is_an_annex(tmp_path,
                                                                       suffix: str) -> None:
    """An annex the copy prints without its "Annex" heading: its paragraphs are not the
    resolution's, and the parser says it left them out."""
    body = [
        ("Resolution 9004 (2031)", None),
        ("Adopted by the Security Council at its 12004th meeting, on 1 August 2031", None),
        ("The Security Council,", None),
        ("Recalling its earlier decisions on sanctions,", None),
        ("Adopts the review procedure in the document annexed to this resolution;", "1."),
        ("Requests the Secretary-General to set up a focal point for reviews;", "2."),
        ("Decides to remain seized of the matter.", "3."),
        ("Review procedure", None),
        ("The focal point will perform the following tasks:", None),
        ("Receive review requests from a petitioner;", "1."),
        ("Verify whether the request is new;", "2."),
        ("Forward the request to the committee;", "3."),
        ("Inform the petitioner of the outcome.", "4."),
    ]
    path = tmp_path / f"S_RES_9004(2031){suffix}"
    if suffix == ".json":
        path.write_text(json.dumps([_block(text, prefix=prefix) for text, prefix in body]),
                        encoding="utf-8")
    else:
        path.write_text("\n".join(f"{prefix} {text}" if prefix else text
                                  for text, prefix in body), encoding="utf-8")
    res = parse_resolution(path)
    assert [p.ref for p in res.operative] == ["1", "2", "3"]
    assert res.paragraph("3").text == "Decides to remain seized of the matter."
    (annex,) = [w for w in res.warnings if w.code == "annex_skipped"]
    assert annex.message.startswith("6 lines of annex")
