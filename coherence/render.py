"""Render the report object as HTML (Jinja2) and as a tagged, accessible PDF (WeasyPrint).

Safety and reproducibility:
- Jinja2 autoescapes everything and treats an undefined variable as an error.
- WeasyPrint fetches nothing but the package's own `report_templates/static` files: the
  fetcher below refuses every other URL (network, other local files, data URLs), and a
  refusal stops the rendering instead of leaving a silent gap.
- The PDF is PDF/UA-1 (tagged), its fonts embedded, its metadata dates and identifier
  fixed from the inputs, so the same inputs give the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import logging
import mimetypes
import os
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import jinja2

from coherence import __version__ as VERSION
from coherence.findings import money, pct
from coherence.report import CoherenceReport
from provenance import CoherenceError

TEMPLATE_PACKAGE = "report_templates"
#: Timestamp written into embedded fonts (2020-01-01), so PDFs are byte-reproducible.
FIXED_EPOCH = "1577836800"


class RenderError(CoherenceError):
    """The report could not be rendered (a template or resource problem)."""


def static_dir() -> Path:
    """The folder of static files the renderer may read (CSS, fonts, images)."""
    return Path(str(files(TEMPLATE_PACKAGE) / "static")).resolve()


def _templates_dir() -> Path:
    return Path(str(files(TEMPLATE_PACKAGE))).resolve()


def _thousands(value: int | None) -> str:
    """Dollars shown in thousands with one decimal, as the UN's tables do; – for zero."""
    if value is None:
        return ""
    if value == 0:
        return "–"
    sign = "−" if value < 0 else ""
    whole, rest = divmod(abs(value), 1000)
    tenth = (rest + 50) // 100
    if tenth == 10:
        whole, tenth = whole + 1, 0
    return f"{sign}{whole:,}.{tenth}"


def _count(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


def _signed_pct(value: str | None) -> str:
    if value is None:
        return ""
    from decimal import Decimal

    return pct(Decimal(value))


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_templates_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["money"] = money
    env.filters["thousands"] = _thousands
    env.filters["count"] = _count
    env.filters["pct"] = _signed_pct
    return env


def render_html(report: CoherenceReport, *, standalone: bool = True) -> str:
    """The report as HTML; `standalone` inlines the CSS so the page needs no other file."""
    env = _environment()
    css = (static_dir() / "report.css").read_text(encoding="utf-8")
    data = report.to_json()
    try:
        return env.get_template("report.html.j2").render(
            r=data, standalone=standalone, css=css, version=VERSION)
    except jinja2.TemplateError as exc:
        raise RenderError(f"the report template failed: {exc}",
                          hint="this is a bug in coherence; report it") from exc


def _fetcher_class() -> type:
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    root = static_dir()

    class StaticOnlyFetcher(URLFetcher):  # type: ignore[misc]
        """Serves files under the package's static folder; refuses everything else."""

        def __init__(self) -> None:
            super().__init__(fail_on_errors=True, allowed_protocols=("file",))

        def fetch(self, url: str, headers: Any = None) -> Any:
            parsed = urlparse(url)
            if parsed.scheme != "file":
                raise ValueError(f"refused to fetch {url!r}: only the report's static "
                                 "files may be read")
            path = Path(unquote(parsed.path)).resolve()
            if not path.is_relative_to(root) or not path.is_file():
                raise ValueError(f"refused to fetch {url!r}: outside the report's static "
                                 "folder")
            kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(path.as_uri(), path.read_bytes(),
                                      headers={"Content-Type": kind})

    return StaticOnlyFetcher


def static_only_fetcher() -> Any:
    """A WeasyPrint URL fetcher that serves only `report_templates/static` files."""
    return _fetcher_class()()


def _identifier(report: CoherenceReport) -> bytes:
    digest = hashlib.sha256(json.dumps(report.to_json(), sort_keys=True,
                                       ensure_ascii=True).encode("ascii")).hexdigest()
    return digest[:32].encode("ascii")


def render_pdf(report: CoherenceReport) -> bytes:
    """The report as a PDF/UA-1 document: tagged, fonts embedded, byte-reproducible."""
    html = render_html(report, standalone=False)
    return html_to_pdf(html, identifier=_identifier(report))


def html_to_pdf(html: str, *, identifier: bytes = b"coherence") -> bytes:
    """Lay out report HTML with WeasyPrint under the static-only fetcher."""
    import weasyprint
    from weasyprint.urls import FatalURLFetchingError

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    base = static_dir().as_uri() + "/"
    # fontTools stamps each embedded font subset with the clock unless SOURCE_DATE_EPOCH
    # is set; fix it for the duration of the rendering so the bytes do not depend on time.
    saved = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = FIXED_EPOCH
    try:
        document = weasyprint.HTML(string=html, base_url=base,
                                   url_fetcher=static_only_fetcher())
        pdf = document.write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=identifier,
                                 uncompressed_pdf=False)
    except FatalURLFetchingError as exc:
        raise RenderError(f"the report tried to load a resource it may not: {exc}",
                          hint="only files of report_templates/static can be used") from exc
    finally:
        if saved is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = saved
    assert isinstance(pdf, bytes)
    return pdf
