"""The report's links and findings as a workbook for analysts (openpyxl).

Sheets: Summary, Findings, Links, Tasks, Resources by class, Personnel. Amounts are
whole dollars (numbers, not text) so analysts can sort and sum them. The workbook's
properties and zip timestamps are fixed, so the same report gives the same bytes.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.worksheet import Worksheet

from coherence.report import CoherenceReport

_FIXED = datetime(2020, 1, 1)


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _sheet(wb: Workbook, title: str, header: list[str], rows: list[list[Any]]) -> Worksheet:
    ws = wb.create_sheet(title)
    ws.append(header)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        ws.append(row)
    ws.freeze_panes = "A2"
    for i, _ in enumerate(header, start=1):
        letter = ws.cell(row=1, column=i).column_letter
        longest = max((len(str(r[i - 1])) for r in rows if i - 1 < len(r) and r[i - 1]),
                      default=10)
        ws.column_dimensions[letter].width = min(60, max(10, longest + 2))
    return ws


def xlsx_bytes(report: CoherenceReport) -> bytes:
    """The analysts' workbook for `report`, byte-reproducible."""
    data = report.to_json()
    wb = Workbook()
    summary = wb.active
    summary.title = "Summary"
    docs = data["documents"]
    summary.append(["Mission", data["mission"]])
    for name, doc in docs.items():
        if doc:
            summary.append([name.replace("_", " ").capitalize(),
                            doc.get("symbol") or doc.get("document") or doc["source"]["path"],
                            doc["source"]["sha256"]])
    summary.append(["Budget change", data["budget_change"]["sentence"]])
    summary.append(["Overrides used", "yes" if data["overrides"]["used"] else "no",
                    data["overrides"]["file"] or ""])
    summary.column_dimensions["A"].width = 20
    summary.column_dimensions["B"].width = 90
    _sheet(wb, "Findings",
           ["id", "rule", "severity", "area", "title", "detail", "paragraphs", "at",
            "amount"],
           [[f["id"], f["rule"], f["severity"], f["area"], f["title"], f["detail"],
             ", ".join(f["evidence"]["paragraphs"]), ", ".join(f["evidence"]["at"]),
             f["amount"]] for f in data["findings"]])
    _sheet(wb, "Links",
           ["category", "task", "paragraphs", "resource", "table", "basis", "confidence",
            "share", "attributed proposed ($)", "attributed earlier ($)", "reason",
            "evidence"],
           [[ln["category"], ln["label"], ", ".join(ln["task_refs"]), ln["item"],
             ln["table"], ln["basis"], ln["confidence"], float(ln["share"]),
             ln["current"], ln["previous"], ln["reason"], ", ".join(ln["evidence"])]
            for ln in data["links"]])
    _sheet(wb, "Tasks",
           ["ref", "category", "categories", "strength", "priority", "page", "text"],
           [[t["ref"], t["category"], ", ".join(t["categories"]), t["strength"],
             t["priority"], t["page"], t["text"]] for t in data["tasks"]])
    by_class = data["resources_by_class"]
    cols = by_class["columns"]
    _sheet(wb, "Resources by class",
           ["group", "item", "role", *[c["label"] for c in cols], "variance", "variance %"],
           [[r["group"], r["item"], r["role"], *[r["values"].get(c["key"]) for c in cols],
             r["variance"], float(r["variance_pct"]) if r["variance_pct"] else None]
            for r in by_class["rows"]])
    _sheet(wb, "Personnel",
           ["ceiling", "para", "previous ceiling", "ceiling count", "funded", "actual",
            "budget line", "at"],
           [[p["kind"], p["ref"], p["previous_ceiling"], p["ceiling"], p["funded"],
             p["actual"], p["group"], p["funded_at"]] for p in data["personnel"]])
    wb.properties.creator = "coherence"
    wb.properties.created = _FIXED
    wb.properties.modified = _FIXED
    raw = io.BytesIO()
    wb.save(raw)
    return _fixed_zip(raw.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into `modified`; pin it
                body = _STAMP.sub(rb"\g<1>%s\g<2>" % b"2020-01-01T00:00:00Z", body)
            dst.writestr(member, body)
    return out.getvalue()
