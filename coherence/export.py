"""The analysts' workbook: tasks, links, findings, the budget lines and the report's other
tables (the Committee's cuts, staffing changes, uniformed personnel, earlier cycles), one
sheet each."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Font

from coherence.report import Report

_EPOCH = datetime(2000, 1, 1)


def xlsx_bytes(report: Report) -> bytes:
    """The report's tables as an xlsx workbook, identical bytes for identical inputs."""
    wb = Workbook()
    sheets: dict[str, tuple[list[str], list[list[object]]]] = {
        "Tasks": (["category", "label", "priority", "paragraphs", "modality", "strength",
                   "baseline_usd", "proposed_usd", "change_usd", "links"],
                  [[t.category, t.label, t.priority, ", ".join(t.refs), t.modality, t.strength,
                    t.baseline, t.proposed, t.change, len(t.links)] for t in report.tasks]),
        "Links": (["category", "table", "group", "item", "kind", "share", "confidence",
                   "reason", "paragraphs", "accomplishments", "at"],
                  [[ln.category, ln.table, ln.group, ln.item, ln.kind, float(ln.share),
                    ln.confidence, ln.reason, ", ".join(ln.paragraphs),
                    ", ".join(ln.accomplishments), ", ".join(ln.at)] for ln in report.links]),
        "Findings": (["id", "severity", "title", "detail", "area", "paragraphs", "at"],
                     [[f.rule, f.severity, f.title, f.detail, f.area, ", ".join(f.paragraphs),
                       ", ".join(f.at)] for f in report.findings]),
        "Budget lines": (["table", "component", "group", "item", "measure", "period", "amount",
                          "unit", "at"],
                         [[str(ln.table), ln.component, ln.group, ln.item, str(ln.measure),
                           ln.period, ln.amount, ln.unit, ln.at.label()]
                          for ln in report.budget.lines]),
    }
    if report.acabq is not None:
        sheets["Advisory Committee"] = (
            ["item", "group", "committee_paragraphs", "recommendation", "proposed_usd",
             "change_usd", "recommended_usd", "tasks_served", "resolution_paragraphs", "at"],
            [[a.item, a.group, ", ".join(a.paragraphs), a.text, a.proposed, a.amount,
              a.recommended, ", ".join(a.tasks), ", ".join(a.refs), a.at]
             for a in report.advisory])
    if report.budget.staffing_changes:
        served = {o.office: ", ".join(o.labels) for o in report.staffing}
        sheets["Staffing changes"] = (
            ["component", "office", "type", "category", "number", "level", "functional_title",
             "action", "from_to", "changes_staffing_level", "office_serves", "table", "at"],
            [[c.component, c.office, c.kind, c.category, c.number, c.level, c.title,
              c.action, c.from_to, c.changes_level, served.get(c.office, ""), c.table,
              c.at.label()] for c in report.budget.staffing_changes])
    if report.uniformed:
        sheets["Uniformed personnel"] = (
            ["category", "approved", "approved_column", "proposed", "proposed_column", "change",
             "later_phases", "at"],
            [[u.category, u.approved, u.approved_label, u.proposed, u.proposed_label, u.change,
              "; ".join(f"{n} ({label})" for label, n in u.phases), ", ".join(u.at)]
             for u in report.uniformed])
    if report.cycles:
        sheets["Earlier cycles"] = (
            ["period", "proposed_usd", "recommended_usd", "appropriated_usd", "change_usd",
             "change_pct", "documents", "appropriated_on", "at"],
            [[c.period, c.proposed, c.recommended, c.appropriated, c.cut,
              float(c.cut_pct) if c.cut_pct is not None else None,
              ", ".join(c.documents.values()), c.appropriated_on, ", ".join(c.at)]
             for c in report.cycles])
    # every warning and note, one row each (the annex groups repeats; a table need not)
    sheets["Data warnings"] = (
        ["document", "code", "severity", "message", "at"],
        [[doc, w.code, w.severity, w.message, w.at.label() if w.at else ""]
         for doc, w in report.warnings])
    first = True
    for name, (header, rows) in sheets.items():
        ws = wb.active if first else wb.create_sheet(name)
        ws.title = name
        first = False
        ws.append(header)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append(row)
        ws.freeze_panes = "A2"
    wb.properties.created = _EPOCH
    wb.properties.modified = _EPOCH
    wb.properties.creator = "coherence"
    buffer = io.BytesIO()
    wb.save(buffer)
    return pinned_xlsx(buffer.getvalue())


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def pinned_xlsx(data: bytes) -> bytes:
    """The workbook (or any Office Open XML file) with fixed zip timestamps and document dates.

    openpyxl writes the save time into `docProps/core.xml` (whatever `modified` says) and
    every zip member carries the clock's time, so two saves differ; both are pinned here.
    """
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=(2000, 1, 1, 0, 0, 0))
            member.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                body = _STAMP.sub(rb"\g<1>2000-01-01T00:00:00Z\g<2>", body)
            dst.writestr(member, body)
    return out.getvalue()
