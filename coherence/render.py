"""The report as HTML (Jinja2) and as a tagged PDF/UA-1 document (WeasyPrint).

Templates live in the `report_templates` package. Autoescaping is on and undefined
variables are errors. WeasyPrint may read only the package's own `static/` folder: any
other URL, local or remote, is refused, so a report never touches the network or the
user's files while rendering.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

import jinja2
from markupsafe import Markup, escape

from coherence import charts
from coherence.codebook import A4PArea
from coherence.codebook import label as codebook_label
from coherence.findings import plural, signed_count
from coherence.report import Report, group_rows, money
from provenance import CoherenceError

STATIC = Path(str(files("report_templates"))) / "static"


class FetchRefused(Exception):
    """Raised by the URL fetcher for anything outside the package's static folder."""


def allow_list_fetcher(url: str, timeout: int = 10, ssl_context: Any = None) -> dict[str, Any]:
    """WeasyPrint URL fetcher that serves only files under report_templates/static."""
    if not url.startswith("file://"):
        raise FetchRefused(f"refused to fetch {url!r}: only the report's own files are read")
    path = Path(url[len("file://"):]).resolve()
    if STATIC.resolve() not in path.parents:
        raise FetchRefused(f"refused to read {path}: outside the report's static folder")
    mime = {".css": "text/css", ".svg": "image/svg+xml", ".png": "image/png"}.get(
        path.suffix, "application/octet-stream")
    return {"string": path.read_bytes(), "mime_type": mime, "redirected_url": url}


class RenderError(CoherenceError):
    """The report could not be rendered: it asked for a resource it may not read."""


def _fetcher() -> Any:
    """`allow_list_fetcher` as the URL fetcher object WeasyPrint (66 and later) expects.

    WeasyPrint calls `fetch` and, because `fail_on_errors` is set, turns a refusal into a
    fatal error that stops the rendering instead of leaving a silent gap in the PDF. A plain
    function fetcher is not enough: WeasyPrint 70 looks up `_fail_on_errors` on it.
    """
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class AllowListFetcher(URLFetcher):
        def __init__(self) -> None:
            super().__init__(fail_on_errors=True, allowed_protocols=("file",))

        def fetch(self, url: str, headers: Any = None) -> Any:
            served = allow_list_fetcher(url)
            return URLFetcherResponse(served["redirected_url"], served["string"],
                                      headers={"Content-Type": served["mime_type"]})

    return AllowListFetcher()


_SHEET_CELL = re.compile(r"^(.*)(!)([^!]+)$")
_TABLE_CELL = re.compile(r"^(.*)(, )([A-Z]{1,3}\d+)$")


def compact_cells(labels: Iterable[str]) -> str:
    """Cell references with each sheet or table named once.

    `Costs!B7`, `Costs!C7` → `Costs!B7, C7`; `table 28, B3`, `table 28, C3` → `table 28, B3, C3`;
    references of different sheets or tables are separated by semicolons.
    """
    by_place: dict[tuple[str, str], list[str]] = {}
    for label in labels:
        m = _SHEET_CELL.match(label) or _TABLE_CELL.match(label)
        place, cell = ((m.group(1), m.group(2)), m.group(3)) if m else (("", ""), label)
        by_place.setdefault(place, []).append(cell)
    return "; ".join(f"{name}{sep}" + ", ".join(cells) for (name, sep), cells in by_place.items())


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The Jinja2 environment: package templates, autoescape, strict undefined."""
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("report_templates", ""),
        autoescape=jinja2.select_autoescape(("html", "j2", "html.j2"), default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["money"] = money
    env.filters["cells"] = compact_cells
    env.filters["task_label"] = codebook_label
    env.filters["thousands"] = lambda n: "–" if n is None else (
        f"{Decimal(n) / 1000:,.1f}".replace("-", "−"))
    env.filters["pct"] = lambda p: "–" if p is None else str(p).replace("-", "−")
    env.filters["count"] = lambda n: "–" if n is None else f"{n:,}"
    env.filters["signed_count"] = signed_count
    env.filters["plural"] = plural
    env.filters["signed"] = lambda n: "–" if n is None else (
        ("+" if n > 0 else "−" if n < 0 else "") + money(abs(n)))
    env.filters["symbols"] = unbroken_symbols
    return env


#: a UN document symbol: A/80/624, A/80/604/Add.11, A/RES/79/304, S/RES/2765 (2024)
_SYMBOL = re.compile(r"\b[AS]/(?:RES/)?\d+(?:/\d+)?(?:/Add\.\d+)?(?: \(\d{4}\))?")


def unbroken_symbols(text: str) -> Markup:
    """The text, escaped, with each document symbol kept on one line (a reader does not
    find `A/` at a line's end and `79/744` on the next)."""
    return Markup(_SYMBOL.sub(lambda m: f'<span class="symbol">{m.group(0)}</span>',
                              str(escape(text))))


def _charts(report: Report) -> dict[str, str]:
    out: dict[str, str] = {}
    subtotals = report.class_subtotals
    columns = [c for c in report.columns]
    if subtotals and columns:
        out["budget_by_class"] = charts.grouped_bars(
            "Budget by class of expenditure across periods",
            [name for name, _ in subtotals],
            [(c.label, [r.amounts.get(c.label, 0) for _, r in subtotals]) for c in columns])
    if report.task_changes_charted:
        out["task_change"] = charts.change_bars(
            "Change in resources linked to each task, last apportionment to proposal",
            report.task_changes_charted)
    if report.programme_changes_charted:
        out["programme_change"] = charts.change_bars(
            "Change in programmatic activities", report.programme_changes_charted)
    return out


def render_html(report: Report, *, standalone: bool = True) -> str:
    """The report as one HTML document (the stylesheet inlined when `standalone`)."""
    css = (STATIC / "report.css").read_text(encoding="utf-8")
    by_area: dict[str, list[Any]] = {}
    for finding in report.findings:
        by_area.setdefault(finding.area or "Other", []).append(finding)
    areas = [a.value for a in A4PArea if a.value in by_area] + (
        ["Other"] if "Other" in by_area else [])
    return environment().get_template("report.html.j2").render(
        r=report, css=css if standalone else None, charts=_charts(report),
        findings_by_area=[(a, by_area[a]) for a in areas],
        class_groups=group_rows(report.classes), rules=report.to_json()["rules"],
        warnings=report.warning_entries)


def render_pdf(report: Report, *, fitted: bool = False) -> bytes:
    """The report as a tagged PDF/UA-1 document, identical bytes for identical inputs.

    Page 1 is fitted to its page first (`fit_page_one`) unless `fitted` says the caller has
    done so already.
    """
    html = render_html(report, standalone=True) if fitted else _fitted(report)[1]
    return _write(_layout(html))


def fit_page_one(report: Report) -> Report:
    """The report with as many implications on page 1 as fit on the printed page.

    Page 1 is the delegate's summary and must fit on its page: when its notes leave too
    little room, it lists fewer implications (down to three) and the rest stay in the
    findings section. The HTML, the batch overview and the PDF made from the returned report
    list the same ones.
    """
    return _fitted(report)[0]


def _fitted(report: Report) -> tuple[Report, str]:
    html = render_html(report, standalone=True)
    while report.top_limit > 3 and len(_layout(_page_one(html)).pages) > 1:
        report = replace(report, top_limit=report.top_limit - 1)
        html = render_html(report, standalone=True)
    return report, html


_TASKS_SECTION = '<section class="tasks" id="tasks">'


def _page_one(html: str) -> str:
    """The report up to the section after the summary (the tasks, which open a page), to lay
    out on its own: far quicker than the whole report, and the same first page."""
    cut = html.find(_TASKS_SECTION)
    return html if cut < 0 else html[:cut] + "</body></html>"


def html_to_pdf(html: str) -> bytes:
    """Lay out report HTML as PDF/UA-1 under the allow-list fetcher; fail on any refusal."""
    return _write(_layout(html))


@contextmanager
def _pinned_clock() -> Iterator[None]:
    # fontTools stamps subset fonts with the current time unless SOURCE_DATE_EPOCH is set
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = saved or "946684800"  # 2000-01-01
    try:
        yield
    finally:
        if saved is None:
            del os.environ["SOURCE_DATE_EPOCH"]


def _layout(html: str) -> Any:
    """The laid-out WeasyPrint document of the HTML (pages, anchors), not yet a PDF."""
    import weasyprint
    from weasyprint.urls import FatalURLFetchingError

    source = weasyprint.HTML(string=html, base_url=str(STATIC) + "/", url_fetcher=_fetcher())
    with _pinned_clock():
        try:
            return source.render(pdf_variant="pdf/ua-1")
        except FatalURLFetchingError as exc:
            raise RenderError(f"the report asked for a resource it may not read ({exc})",
                              hint="only files of report_templates/static can be used") from exc


def _write(document: Any) -> bytes:
    with _pinned_clock():
        pdf: bytes = document.write_pdf(pdf_variant="pdf/ua-1")
    return pdf
