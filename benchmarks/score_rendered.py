"""Segmentation on every UN paragraph-JSON resolution laid out as the UN prints it.

The ten shared PDFs were made from the UN's paragraph JSON in the UN's page layout (masthead,
symbol at the top of every later page, job number and `n/N` at the foot, italic preambular
verbs, items hanging under their letters). The resolutions the project will meet as PDFs
are likely made the same way, so ten are few to learn from. This lays out each of the 307
shared JSON resolutions in that layout with WeasyPrint, parses the PDF, and scores it
against the JSON it came from: operative refs (as `score_segmentation` does), symbol,
adoption date and meeting.

    python -m benchmarks.score_rendered [--sample N] [--seed S] [--show 20] [--keep DIR]
                                        [--layout un|larger|narrow|letter-sans]
                                        [--format pdf|docx|docx-pdf|html|html-lists|
                                                  html-lists-pdf]

The layout is measured from the shared PDFs (margins 74 pt, first-line indent 36 pt, items
hanging 36 pt per level, DejaVu Serif 10.5 pt), not copied from the UN's own files, so the
score is of PDFs like those; resolutions whose JSON has no operative paragraph (the JSON
left the text as front matter) are skipped, as `score_segmentation` skips them.

`--format docx` writes Word documents numbered by Word instead, `docx-pdf` those documents
turned into PDFs by LibreOffice (a PDF as a Word user saves one; needs `soffice`), `html` web
pages as Word saves them (the UN document system's HTML), `html-lists` web pages whose
paragraphs and items are nested `<ol>` lists that the browser numbers, `html-lists-pdf`
those pages printed to PDF by LibreOffice (which numbers some nested lists "i." or with
bullets whatever their type, so such a PDF prints other labels than the JSON's).
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from benchmarks import pema
from benchmarks.score_layouts import differences
from benchmarks.score_segmentation import _number_year
from mandates import ParagraphKind, parse_resolution
from mandates.segment import roman_value
from provenance import InputError

_CSS = """
@page {
  size: A4; margin: 72pt 74pt 60pt 74pt;
  @top-right { content: "%(symbol)s"; font: bold 10pt "DejaVu Serif"; vertical-align: bottom; }
  @bottom-left { content: "%(job)s"; font: 8pt "DejaVu Serif"; }
  @bottom-center { content: counter(page) "/" counter(pages); font: 9pt "DejaVu Serif"; }
}
@page :first { @top-right { content: none; } @bottom-center { content: none; } }
body { font: 10.5pt/13pt "DejaVu Serif"; margin: 0; }
p { margin: 0 0 6pt 0; }
.masthead { display: flex; justify-content: space-between; align-items: baseline;
            border-bottom: 1pt solid black; padding-bottom: 4pt; }
.un { font-size: 11pt; } .sym { font: bold 18pt "DejaVu Serif"; }
.council { font: bold 16pt "DejaVu Serif"; margin: 8pt 0 0 0; }
.distr { font-size: 9.5pt; text-align: right; line-height: 12pt; margin: 0 0 16pt 0; }
.title { font: bold 13pt "DejaVu Serif"; margin: 0 0 4pt 0; }
.adopted { font-style: italic; margin: 0 0 14pt 0; }
.pp { text-indent: 36pt; }
.n { display: inline-block; width: 36pt; text-indent: 0; }
.l2 { padding-left: 72pt; text-indent: -36pt; }
.l3 { padding-left: 108pt; text-indent: -36pt; }
.l4 { padding-left: 144pt; text-indent: -36pt; }
.h { font-style: italic; margin-left: 36pt; }
.h1 { font-weight: bold; text-align: center; }
"""

#: the UN's layout, and variants that wrap every line elsewhere (`--layout`)
LAYOUTS = {
    "un": "",
    "larger": "body { font-size: 12pt; line-height: 15pt; }",
    "narrow": "@page { margin-right: 150pt; }",
    "letter-sans": "@page { size: letter; } body { font-family: 'DejaVu Sans'; }",
}

_ADOPTED = re.compile(r"at its (\d+)\w*\s+meeting,?\s+on\s+(\d{1,2}\s+[A-Z][a-z]+\s+\d{4})")


def _printed(path: Path) -> tuple[str, list[dict]]:
    """The symbol of the JSON resolution at `path` and the blocks a printed copy shows: its
    title, adoption line, headings and paragraphs (not the page furniture and other front
    matter some files keep)."""
    key = _number_year(path.name)
    if key is None:
        raise ValueError(f"{path.name} names no resolution")
    blocks = [b for b in json.loads(path.read_text(encoding="utf-8"))
              if str(b.get("text") or "").strip()
              and b.get("type") in ("title", "frontmatter", "heading", "paragraph")
              and (b.get("type") != "frontmatter" or str(b["text"]).strip().startswith("Adopted"))]
    return f"S/RES/{key[0]} ({key[1]})", blocks


def _adoption(blocks: list[dict]) -> tuple[int, date] | None:
    """(meeting, date) from the JSON's "Adopted by the Security Council at its …" line (older
    files cite other meetings in their front matter, which are not the adoption)."""
    for block in blocks:
        text = re.sub(r"\s+", " ", str(block.get("text") or "")).strip()
        m = _ADOPTED.search(text) if text.startswith("Adopted") else None
        if m:
            try:
                return int(m.group(1)), datetime.strptime(m.group(2), "%d %B %Y").date()
            except ValueError:
                return None
    return None


def _paragraph(block: dict) -> str:
    text = html.escape(str(block.get("text") or "").strip())
    prefix = html.escape(str(block.get("prefix") or "").strip())
    level = block.get("paragraph_level")
    if block.get("paragraph_type") == "preambular" and not level:
        verb = str(block.get("action_verb") or "")
        if verb and text.startswith(html.escape(verb)):
            text = f"<i>{html.escape(verb)}</i>{text[len(html.escape(verb)):]}"
        return f"<p class='pp'>{text}</p>"
    if not prefix:
        return f"<p>{text}</p>"
    depth = 1 if re.fullmatch(r"\d+\.", prefix) else min(max(int(level or 2), 2), 4)
    css = "" if depth == 1 else f" class='l{depth}'"
    return f"<p{css}><span class='n'>{prefix}</span>{text}</p>"


def layout_html(path: Path, layout: str = "un") -> str:
    """The JSON resolution at `path` as an HTML page in the UN's layout (or a variant)."""
    symbol, blocks = _printed(path)
    adoption = _adoption(blocks)
    year = symbol[-5:-1]
    day = f"{adoption[1].day} {adoption[1]:%B %Y}" if adoption else year
    job = _job_number(symbol)
    body = [f"<div class='masthead'><span class='un'>United Nations</span>"
            f"<span class='sym'>{symbol}</span></div>",
            "<p class='council'>Security Council</p>",
            f"<p class='distr'>Distr.: General<br>{day}</p>"]
    for block in blocks:
        kind = block.get("type")
        text = html.escape(str(block["text"]).strip())
        if kind == "title":
            body.append(f"<p class='title'>{text}</p>")
        elif kind == "frontmatter":
            body.append(f"<p class='adopted'>{text}</p>")
        elif kind == "heading":
            css = "h h1" if block.get("heading_level") == 1 else "h"
            body.append(f"<p class='{css}'>{text}</p>")
        else:
            body.append(_paragraph(block))
    css = _CSS % {"symbol": symbol, "job": job} + LAYOUTS[layout]
    return f"<html><head><style>{css}</style></head><body>{''.join(body)}</body></html>"


def render(path: Path, out: Path, layout: str = "un") -> Path:
    """Write the JSON resolution at `path` as a PDF at `out` in the UN's layout (or a variant
    of `LAYOUTS`)."""
    from weasyprint import HTML

    HTML(string=layout_html(path, layout)).write_pdf(out)
    return out


def as_docx(path: Path, out: Path) -> Path:
    """Write the JSON resolution at `path` as a DOCX at `out`: one Word paragraph per block,
    the operative paragraphs numbered by Word itself (the "List Number" style), other labels
    typed, line breaks inside a block kept as Word line breaks, as the UN's files have them;
    from the second page on, the symbol at the head of the page and the job number and
    `page/pages` at its foot, so that a PDF Word or LibreOffice makes of it has the UN's
    page furniture."""
    import docx

    symbol, blocks = _printed(path)
    document = docx.Document()
    section = document.sections[0]
    section.different_first_page_header_footer = True
    section.header.paragraphs[0].text = symbol
    section.header.paragraphs[0].alignment = 2  # right
    footer = section.footer.paragraphs[0]
    footer.add_run(f"{_job_number(symbol)}\t")
    _field(footer, "PAGE")
    footer.add_run("/")
    _field(footer, "NUMPAGES")
    document.add_paragraph(symbol)
    counted = 0  # the numbers Word has given: a block numbered otherwise keeps its own
    for block in blocks:
        text, kind = str(block["text"]).strip(), block.get("type")
        prefix = str(block.get("prefix") or "").strip()
        numbered = kind == "paragraph" and block.get("paragraph_type") == "operative" \
            and prefix == f"{counted + 1}."
        counted += numbered
        if kind == "paragraph" and prefix and not numbered:
            text = f"{prefix}\t{text}"
        paragraph = document.add_paragraph(style="List Number" if numbered else None)
        for n, piece in enumerate(text.split("\n")):
            run = paragraph.add_run(piece)
            if n < text.count("\n"):
                run.add_break()
    document.save(str(out))
    return out


def _field(paragraph: Any, code: str) -> None:
    """Append a Word field (PAGE, NUMPAGES) to a paragraph: Word and LibreOffice fill it in."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    run = paragraph.add_run()
    for tag, value in (("w:fldChar", "begin"), ("w:instrText", f" {code} "),
                       ("w:fldChar", "separate"), ("w:t", "1"), ("w:fldChar", "end")):
        element = OxmlElement(tag)
        if tag == "w:fldChar":
            element.set(qn("w:fldCharType"), value)
        else:
            element.text = value
        run._r.append(element)


def _job_number(symbol: str) -> str:
    """A made-up UN job number for the foot of the page: `24-12345 (E)`."""
    year, number = symbol[-5:-1], int(symbol[6:].split()[0])
    return f"{year[2:]}-{number * 7 % 100000:05d} (E)"


_NBSP = "\u00a0"


def _word_html_label(label: str) -> str:
    """A list label as Word's "Save as Web Page" writes it: the label a browser without list
    support shows, padded with no-break spaces, inside a conditional section."""
    return (f"<![if !supportLists]><span style='mso-list:Ignore'>{label}<span style='font:7.0pt "
            f"\"Times New Roman\"'>{_NBSP * 6} </span></span><![endif]>")


def as_html(path: Path, out: Path, style: str = "word") -> Path:
    """Write the JSON resolution at `path` as an HTML page at `out`.

    `word`: as Word saves a document as a web page (the UN document system's HTML): one
    `<p class=MsoNormal>` per block, operative numbers from Word's list as `mso-list:Ignore`
    spans padded with no-break spaces, other labels typed before a tab span, italic
    preambular verbs, line breaks inside a block as `<br>`, the source wrapped at 76
    columns. `lists`: semantic HTML, operative paragraphs and their items as nested `<ol>`.
    """
    symbol, blocks = _printed(path)
    body: list[str] = [f"<p class=MsoNormal align=right style='text-align:right'><b>{symbol}"
                       "</b></p>"]
    open_lists: list[list] = []  # `lists`: [kind, last value] of each list open
    for block in blocks:
        kind = block.get("type")
        text = html.escape(str(block["text"]).strip()).replace("\n", "<br>\n")
        prefix = html.escape(str(block.get("prefix") or "").strip())
        level = block.get("paragraph_level")
        operative = kind == "paragraph" and block.get("paragraph_type") == "operative"
        if kind == "paragraph" and block.get("paragraph_type") == "preambular" and not level:
            verb = html.escape(str(block.get("action_verb") or ""))
            if verb and text.startswith(verb):
                text = f"<i>{verb}</i>{text[len(verb):]}"
        if style == "lists":
            # the labels a browser prints for a list: "3." and "(c)"; others stay typed
            if operative and re.fullmatch(r"\d+\.|\([a-z]{1,5}\)|[-\u2013\u2022]", prefix):
                body.append(_list_item(open_lists, prefix.strip("()."), text))
                continue
            while open_lists:
                body.append(_close_list(open_lists))
            body.append(f"<p>{prefix} {text}</p>" if kind == "paragraph" and prefix
                        else f"<p>{text}</p>")
            continue
        if operative and re.fullmatch(r"\d+\.", prefix):
            body.append("<p class=MsoListParagraph style='margin-left:0cm;text-indent:36.0pt;"
                        f"mso-list:l0 level1 lfo1'>{_word_html_label(prefix)}{text}</p>")
        elif kind == "paragraph" and prefix:
            body.append("<p class=MsoNormal style='margin-left:72.0pt;text-indent:-36.0pt'>"
                        f"{prefix}<span style='mso-tab-count:1'>{_NBSP * 8} </span>{text}</p>")
        elif kind == "heading":
            body.append(f"<p class=MsoNormal style='margin-left:36.0pt'><i>{text}</i></p>")
        else:
            body.append(f"<p class=MsoNormal>{text}</p>")
        body.append(f"<p class=MsoNormal><o:p>{_NBSP}</o:p></p>")
    while open_lists:
        body.append(_close_list(open_lists))
    charset = "windows-1252" if style == "word" else "utf-8"
    page = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><head><meta "
            f"http-equiv=Content-Type content=\"text/html; charset={charset}\"><style>"
            "p.MsoNormal {margin:0cm; font-size:12.0pt; font-family:\"Times New Roman\"}"
            f"</style></head><body lang=EN-GB><div class=WordSection1>{''.join(body)}</div>"
            "</body></html>")
    if style == "word":
        page = "\n".join(_wrap_source(line) for line in page.split("\n"))
        out.write_bytes(page.encode("cp1252", errors="xmlcharrefreplace"))
    else:
        out.write_text(page, encoding="utf-8")
    return out


def _list_item(open_lists: list[list], label: str, text: str) -> str:
    """The HTML that puts an item labelled `label` ("12", "c", "iv", "-") in the nested lists
    `open_lists` ([kind, last value] of each `<ol type=kind>` or `<ul>` open), nested as a
    publisher nests them: by the kind of label, not by the JSON's level, which some files
    give upside down."""
    if label.isdigit():
        kind = "1"
    elif not label.isalnum():
        kind = "ul"
    else:
        letters = next((entry for entry in open_lists if entry[0] == "a"), None)
        # "(i)" after "(h)" is a letter
        roman = re.fullmatch(r"[ivxl]+", label) is not None and not (
            len(label) == 1 and letters is not None
            and letters[1] == (_ordinal(label, False) or 0) - 1)
        kind = "i" if roman else "a"
    value = None if kind == "ul" else _ordinal(label, kind == "i")
    html_out: list[str] = []
    kinds = [entry[0] for entry in open_lists]
    if kind == "ul" and kinds and kinds[-1] != "ul":
        open_lists.append(["ul", None])  # a bullet hangs under the item before it
        html_out.append("<ul>")
    elif kind in kinds:
        while open_lists[-1][0] != kind:
            html_out.append(_close_list(open_lists))
        html_out.append("</li>")
    else:
        if kind != "1" and not open_lists:
            open_lists.append(["1", None])
            html_out.append("<ol type=1>")
        open_lists.append([kind, None])
        html_out.append("<ul>" if kind == "ul" else f"<ol type={kind}>")
    open_lists[-1][1] = value
    html_out.append(f"<li value={value}>{text}" if value else f"<li>{text}")
    return "".join(html_out)


def _close_list(open_lists: list[list]) -> str:
    """Close the innermost list open (and its last item)."""
    return f"</li></{'ul' if open_lists.pop()[0] == 'ul' else 'ol'}>"


def _ordinal(label: str, roman: bool) -> int | None:
    """The number a list label stands for: `12` 12, `c` 3, `iv` 4 (None if none)."""
    if label.isdigit():
        return int(label)
    low = label.lower()
    if roman and re.fullmatch(r"[ivxl]+", low):
        return roman_value(low)
    if re.fullmatch(r"[a-z]", low):
        return ord(low) - 96
    return None


def _wrap_source(line: str, width: int = 76) -> str:
    """Word's HTML source lines: broken at a space near `width` columns."""
    pieces: list[str] = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= 0:
            break
        pieces.append(line[:cut])
        line = line[cut + 1:]
    return "\n".join([*pieces, line])


def as_pdf_by_libreoffice(documents: list[Path], folder: Path, batch: int = 50) -> None:
    """Make PDFs of `documents` in `folder` with LibreOffice, as a Word user's "Save as PDF"
    would: the lists numbered, the header and footer on every page (web pages: as printed
    from a browser). A few dozen documents per run of soffice, which does not always finish a
    long list."""
    web = bool(documents) and documents[0].suffix == ".htm"
    target = "pdf:writer_web_pdf_Export" if web else "pdf"
    for start in range(0, len(documents), batch):
        subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", str(folder),
                        *map(str, documents[start:start + batch])],
                       check=True, capture_output=True, timeout=600)


def as_text(path: Path) -> str:
    """The JSON resolution at `path` as a plain text, one block per line, labels in front:
    what a reader of text files gets, to set against the reading of the laid-out PDF."""
    symbol, blocks = _printed(path)
    lines = [symbol]
    for block in blocks:
        text, prefix = str(block["text"]).strip(), str(block.get("prefix") or "").strip()
        lines.append(f"{prefix} {text}" if prefix and block.get("type") == "paragraph"
                     else text)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Lay out, parse, score, report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=0, help="JSON files to use (0: all)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=20, help="worst files to list")
    parser.add_argument("--keep", type=Path, help="write the PDFs here instead of a temp dir")
    parser.add_argument("--layout", choices=sorted(LAYOUTS), default="un",
                        help="the UN's layout, or a variant that wraps lines elsewhere")
    parser.add_argument("--format", choices=("pdf", "docx", "docx-pdf", "html", "html-lists",
                                             "html-lists-pdf"), default="pdf",
                        help="docx: Word documents numbered by Word; docx-pdf: those documents "
                             "made PDFs by LibreOffice (needs soffice); html: web pages as Word "
                             "saves them; html-lists: web pages with <ol> lists; "
                             "html-lists-pdf: those pages printed by LibreOffice")
    args = parser.parse_args(argv)
    files = sorted(pema.JSON_DIR.glob("*.json"))
    if not files:
        print(f"no shared JSON resolutions at {pema.JSON_DIR}", file=sys.stderr)
        return 1
    if args.sample:
        files = sorted(random.Random(args.seed).sample(files, min(args.sample, len(files))))
    started = time.perf_counter()
    tp = fp = fn = 0
    rows: list[tuple[float, str, list[str], list[str], list[str]]] = []
    skipped = 0
    metadata_ok = dated = 0
    unlike_text: list[str] = []
    by_libreoffice = args.format.endswith("-pdf")
    if by_libreoffice and shutil.which("soffice") is None:
        print(f"--format {args.format} needs LibreOffice's soffice on the PATH (Debian: "
              "libreoffice-writer-nogui)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if args.format == "docx-pdf":
            as_pdf_by_libreoffice([as_docx(source, folder / f"{source.stem}.docx")
                                   for source in files], folder)
        elif args.format == "html-lists-pdf":
            as_pdf_by_libreoffice([as_html(source, folder / f"{source.stem}.htm", "lists")
                                   for source in files], folder)
        for source in files:
            gold = {p.ref for p in pema.paragraphs_from_json(source)
                    if not re.search(r"\(\d+\)$", p.ref)}
            if not gold:
                skipped += 1
                continue
            if args.format == "docx":
                pdf = as_docx(source, folder / f"{source.stem}.docx")
            elif by_libreoffice:
                pdf = folder / f"{source.stem}.pdf"
            elif args.format.startswith("html"):
                pdf = as_html(source, folder / f"{source.stem}.htm",
                              "lists" if args.format == "html-lists" else "word")
            else:
                pdf = render(source, folder / f"{source.stem}.pdf", args.layout)
            symbol, printed = _printed(source)
            adoption = _adoption(printed)
            try:
                res = parse_resolution(pdf)
            except InputError as exc:
                rows.append((0.0, source.stem, [], sorted(gold)[:6], [f"refused: {exc}"]))
                fn += len(gold)
                continue
            text_file = folder / f"{source.stem}.txt"
            text_file.write_text(as_text(source), encoding="utf-8")
            try:
                found = differences(parse_resolution(text_file), res)
            except InputError as exc:
                found = [f"the text is refused: {exc}"]
            if found:
                unlike_text.append(f"{source.stem}: {'; '.join(found)}")
            ours = {p.ref for p in res.paragraphs if p.kind is ParagraphKind.OPERATIVE}
            t, f_p, f_n = len(gold & ours), len(ours - gold), len(gold - ours)
            tp, fp, fn = tp + t, fp + f_p, fn + f_n
            wrong = []
            if res.symbol != symbol:
                wrong.append(f"symbol {res.symbol}")
            dated += adoption is not None
            if adoption and (res.meeting, res.adopted) != adoption:
                wrong.append(f"adopted {res.meeting} {res.adopted}")
            metadata_ok += not wrong
            rows.append((2 * t / (2 * t + f_p + f_n), source.stem, sorted(ours - gold)[:6],
                         sorted(gold - ours)[:6], wrong))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"resolutions laid out and parsed: {len(rows)} ({time.perf_counter() - started:.0f} s);"
          f" skipped {skipped} whose JSON has no operative paragraph")
    print(f"operative refs: precision {precision:.3f} recall {recall:.3f} F1 {f1:.3f} "
          f"(tp {tp}, fp {fp}, fn {fn})")
    print(f"files exact: {sum(1 for r in rows if r[0] == 1.0)}/{len(rows)}; "
          f"symbol, adoption date and meeting right: {metadata_ok}/{len(rows)} (the JSON "
          f"gives the adoption line of {dated})")
    print(f"read otherwise than the same blocks as a text file (paragraphs, tasks, expiry, "
          f"reporting …, as score_layouts compares them): {len(unlike_text)}/{len(rows)}")
    for line in unlike_text[:args.show]:
        print(f"  {line}")
    for f1_file, name, extra, missing, wrong in [r for r in sorted(rows)
                                                 if r[0] < 1.0 or r[4]][:args.show]:
        print(f"  {f1_file:.3f} {name}: extra {extra} missing {missing} {'; '.join(wrong)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
