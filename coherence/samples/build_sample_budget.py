"""Build `sample_budget.xlsx`: MONUSCO's 2024/25–2026/27 figures in the UN's table layout.

The figures are MONUSCO's, as published in A/80/624 (thousands of US dollars); the layout
follows the report's tables (caption rows, a three-row header with merged "Variance"
cells and the `(3)=(1)-(2)` formula row, group headings, subtotals). Run from the
repository root to regenerate the workbook shipped with the package:

    python -m coherence.samples.build_sample_budget
"""

from __future__ import annotations

import io
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from coherence.export import pinned_xlsx

OUT = Path(__file__).with_name("sample_budget.xlsx")

# item: (2024/25 apportionment, 2024/25 expenditure, 2025/26 apportionment,
#        2026/27 cost estimates), thousands of US dollars; None prints as an en dash
FINANCIAL: list[tuple[str, list[tuple[str, tuple[str | None, ...]]]]] = [
    ("Military and police personnel", [
        ("Military observers", ("27457.4", "24616.8", "25758.2", "18418.6")),
        ("Military contingents", ("343462.0", "336582.4", "332328.6", "327148.5")),
        ("United Nations police", ("17944.0", "15621.6", "16727.1", "10976.8")),
        ("Formed police units", ("34215.0", "35870.9", "34669.0", "24140.5")),
    ]),
    ("Civilian personnel", [
        ("International staff", ("138394.1", "143627.0", "138203.9", "139130.9")),
        ("National Professional Officers", ("21153.1", "32421.1", "25754.2", "27739.3")),
        ("National General Service staff", ("52814.9", "63955.5", "52714.3", "54762.6")),
        ("United Nations Volunteers", ("19635.7", "20454.2", "19724.5", "16428.7")),
        ("General temporary assistance", ("3047.8", "6194.1", "3610.9", "2980.2")),
        ("Government-provided personnel", ("2330.5", "1980.7", "2310.1", "2304.8")),
    ]),
    ("Operational costs", [
        ("Civilian electoral observers", (None, None, None, None)),
        ("Consultants and consulting services", ("796.7", "173.1", "444.8", "600.9")),
        ("Official travel", ("4618.4", "18144.8", "4691.6", "5284.1")),
        ("Facilities and infrastructure", ("45502.5", "47450.6", "46817.3", "67846.2")),
        ("Ground transportation", ("8019.6", "6691.9", "8122.1", "9635.4")),
        ("Air operations", ("97034.9", "57001.5", "81789.1", "92722.3")),
        ("Marine operations", ("1140.0", "378.9", "1370.0", "1382.5")),
        ("Communications and information technology",
         ("37813.9", "38408.2", "35976.1", "43929.2")),
        ("Medical", ("1356.8", "1307.9", "1121.3", "1024.7")),
        ("Special equipment", (None, None, None, None)),
        ("Other supplies, services and equipment", ("49996.2", "41176.1", "35994.1", "27333.9")),
        ("Quick-impact projects", ("1250.0", "1042.1", "1000.0", "1000.0")),
    ]),
]
STAFF_ASSESSMENT = ("24059.8", "29886.8", "26765.8", "26524.9")

# programme: (2024/25 apportionment, 2024/25 expenditure, 2026/27 cost estimates, EAs)
PROGRAMMES = [
    ("Mine detection and mine clearing services", "4155.6", "3940.0", "3944.5", "1.1"),
    ("Rule of law and security sector reform", "4233.3", "1741.7", "2044.4", "1.2, 2.3, 2.4"),
    ("Promotion and protection of human rights", "1540.0", "455.3", "475.0", "1.2, 2.3"),
    ("Community stabilization projects", "2793.9", "1440.9", "612.5", "1.2, 2.3"),
    ("Peace consolidation", "6200.0", "6419.0", "4103.6", "2.3"),
    ("Confidence-building and trust in security institutions", "750.0", "32.7", "169.1", "2.3"),
    ("Community violence reduction", "3000.0", "284.8", None, "1.1"),
    ("Disarmament, demobilization, reintegration and repatriation", "2016.5", "248.4",
     "4433.2", "1.1"),
    ("Women and peace and security", "930.0", "1065.8", None, "2.2"),
    ("Youth, peace and security", "80.0", None, "35.9", "2.2"),
    ("Support to national processes, including electoral assistance", None, None, "162.9",
     "2.2"),
    ("Small arms and light weapons management", "740.0", "574.0", "315.0", "1.2"),
    ("Sanctions regime", "800.0", "906.7", "400.0", "1.2"),
]

# category: (approved 2024/25, actual 2024/25, approved 2025/26, proposed 2026/27)
PERSONNEL = [
    ("I. Military observers", (600, 421, 600, 600)),
    ("II. Military contingents", (11500, 10128, 11500, 11500)),
    ("III. United Nations police", (443, 335, 443, 443)),
    ("IV. Formed police units", (1270, 1243, 1270, 1270)),
]


def _d(value: str | None) -> Decimal:
    return Decimal(value) if value is not None else Decimal(0)


def _cell(value: Decimal | None) -> float | str:
    if value is None or value == 0:
        return "–"
    return float(value)


def _financial(ws) -> None:
    ws.append(["Budget for the United Nations Organization Stabilization Mission in the "
               "Democratic Republic of the Congo (MONUSCO) for 1 July 2026 to 30 June 2027 "
               "(A/80/624) — sample made by coherence from the report's figures"])
    ws.append(["II. Financial resources"])
    ws.append(["A. Overall"])
    ws.append(["(Thousands of United States dollars; budget year is from 1 July to 30 June)"])
    ws.append([])
    ws.append(["Category", "2024/25 apportionment", "2024/25 expenditure", "Variance", None,
               "2025/26 apportionment", "2026/27 cost estimates", "Variance", None])
    ws.append([None, None, None, "Unencumbered balance", "Percentage", None, None, "Amount",
               "Percentage"])
    ws.append([None, "(1)", "(2)", "(3)=(1)-(2)", "(4)=(3)÷(1)", "(5)", "(6)", "(7)=(6)-(5)",
               "(8)=(7÷5)"])
    ws.merge_cells("D5:E5")
    ws.merge_cells("H5:I5")
    ws.append([])
    gross = [Decimal(0)] * 4
    for group, items in FINANCIAL:
        ws.append([group])
        sub = [Decimal(0)] * 4
        for item, values in items:
            amounts = [_d(v) for v in values]
            sub = [a + b for a, b in zip(sub, amounts, strict=True)]
            ws.append(_row(item, amounts))
        gross = [a + b for a, b in zip(gross, sub, strict=True)]
        ws.append(_row("Subtotal", sub))
    assessment = [_d(v) for v in STAFF_ASSESSMENT]
    ws.append(_row("Gross requirements", gross))
    ws.append(_row("Staff assessment income", assessment))
    ws.append(_row("Net requirements", [g - s for g, s in zip(gross, assessment, strict=True)]))
    ws.append(_row("Voluntary contributions in kind (budgeted)", [Decimal(0)] * 4))
    ws.append(_row("Total requirements", gross))


def _row(label: str, a: list[Decimal]) -> list[object]:
    variance1 = a[0] - a[1]
    variance2 = a[3] - a[2]
    pct1 = (variance1 * 100 / a[0]).quantize(Decimal("0.1")) if a[0] else None
    pct2 = (variance2 * 100 / a[2]).quantize(Decimal("0.1")) if a[2] else None
    return [label, _cell(a[0]), _cell(a[1]), _cell(variance1), _cell(pct1), _cell(a[2]),
            _cell(a[3]), _cell(variance2), _cell(pct2)]


def _programmes(ws) -> None:
    ws.append(["Programmatic activities"])
    ws.append(["(Thousands of United States dollars)"])
    ws.append([])
    ws.append(["Category", "Apportionment (2024/25)", "Expenditure (2024/25)",
               "Cost estimates (2026/27)", "Related expected accomplishment"])
    ws.append([])
    totals = [Decimal(0)] * 3
    for name, a, e, c, ea in PROGRAMMES:
        values = [_d(a), _d(e), _d(c)]
        totals = [t + v for t, v in zip(totals, values, strict=True)]
        ws.append([name, *[_cell(v) for v in values], ea])
    ws.append(["Total", *[_cell(t) for t in totals], None])


def _quick_impact(ws) -> None:
    ws.append(["Quick-impact projects"])
    ws.append(["(Thousands of United States dollars)"])
    ws.append([])
    ws.append(["Period", "Amount", "Number of projects"])
    ws.append([])
    ws.append(["1 July 2024 to 30 June 2025 (actual)", 1042.1, 26])
    ws.append(["1 July 2025 to 30 June 2026 (approved)", 1000.0, 22])
    ws.append(["1 July 2026 to 30 June 2027 (proposed)", 1000.0, 20])


def _human_resources(ws) -> None:
    ws.append(["Human resources"])
    ws.append(["(Number of personnel)"])
    ws.append([])
    ws.append(["Category", "Total"])
    for category, (a, b, c, d) in PERSONNEL:
        ws.append([category])
        ws.append(["Approved 2024/25", a])
        ws.append(["Actual 2024/25", b])
        ws.append(["Approved 2025/26", c])
        ws.append(["Proposed 2026/27", d])
        ws.append(["Net change", d - c if d != c else "–"])


# A/80/624's legislative history: (stage as printed, [(report, date, thousands of US dollars)]
# for 2024/25 and 2025/26)
HISTORY = (
    ("Proposed budget – Secretary-General", [("A/78/741", "29 January 2024", "918458.0"),
                                             ("A/79/744", "23 January 2025", "914501.7")]),
    ("Recommendation – Advisory Committee on Administrative and Budgetary Questions",
     [("A/78/744/Add.9", "5 April 2024", "913483.5"),
      ("A/79/724/Add.9", "15 April 2025", "837627.2")]),
    ("Appropriation – General Assembly", [("A/RES/78/301", "28 June 2024", "907983.5"),
                                          ("A/RES/79/304", "30 June 2025", "869127.2")]),
    ("Appropriation (net)", [("", "", "883923.7"), ("", "", "842361.4")]),
)


def _history(ws) -> None:
    ws.append(["Legislative history"])
    ws.append(["(Thousands of United States dollars)"])
    ws.append([])
    ws.append(["", "2024/25", "", "", "2025/26"])
    ws.append(["", "Report", "Date", "Amount", "Report", "Date", "Amount"])
    for stage, cycles in HISTORY:
        row: list[object] = [stage]
        for report, day, amount in cycles:
            row += [report or None, day or None, _cell(_d(amount))]
        ws.append(row)


# proposed staffing changes of A/80/624 for seven offices: (component, office, rows), each row
# (type as printed, category, number, level, functional title, action, from/to)
STAFFING: list[tuple[str, str, list[tuple[str, str, int, str, str, str, str]]]] = [
    ("Executive direction and management", "Gender Affairs Unit", [
        ("Positions", "International", -1, "UNV", "Gender Affairs Officer", "Conversion",
         "To national UNV"),
        ("", "National", 1, "UNV", "Gender Affairs Officer", "Conversion",
         "From international UNV")]),
    ("Component 1: protection of civilians", "Joint Human Rights Office", [
        ("Posts", "International", 1, "P-5", "Senior Human Rights Officer", "Reassignment",
         "From Political Affairs Division"),
        ("", "International", -2, "P-3", "Human Rights Officer", "Conversion", "To NPO"),
        ("", "National", 2, "NPO", "Human Rights Officer", "Conversion", "From P-3"),
        ("", "National", -1, "NPO", "Associate Human Rights Officer", "Abolishment", ""),
        ("", "National", -1, "NGS", "Human Rights Assistant", "Abolishment", ""),
        ("Position", "International", -1, "UNV", "Women Protection Advisor", "Abolishment", "")]),
    ("Component 1: protection of civilians", "Civil Affairs Office", [
        ("Posts", "International", -1, "P-4", "Civil Affairs Officer", "Reclassification",
         "To P-3"),
        ("", "International", 1, "P-3", "Civil Affairs Officer", "Reclassification",
         "From P-4"),
        ("", "National", -3, "NGS", "Liaison Assistant", "Abolishment", "")]),
    ("Component 1: protection of civilians", "Child Protection Section", [
        ("Posts", "International", -1, "P-3", "Child Protection Officer", "Conversion",
         "To NPO"),
        ("", "National", 1, "NPO", "Child Protection Officer", "Conversion", "From P-3"),
        ("", "National", -1, "NPO", "Associate Child Protection Officer", "Abolishment", "")]),
    ("Component 2: support for stabilization and State institutions",
     "Disarmament, Demobilization and Reintegration Section", [
        ("Positions", "National", 12, "NGS", "Disarmament, Demobilization and Reintegration "
         "Assistant", "Continuation", ""),
        ("", "National", -18, "NGS", "Disarmament, Demobilization and Reintegration Assistant",
         "Abolishment", "")]),
    ("Component 2: support for stabilization and State institutions", "Radio Okapi", [
        ("Posts", "National", -7, "NGS", "Communications Assistant", "Abolishment", ""),
        ("", "National", -4, "NGS", "Broadcast Technology Technician", "Abolishment", ""),
        ("", "National", -2, "NGS", "Radio Production Assistant", "Abolishment", "")]),
    ("Component 2: support for stabilization and State institutions",
     "Justice Support Section", [
        ("Posts", "International", -1, "D-1", "Coordination Officer", "Abolishment", ""),
        ("", "National", -1, "NGS", "Programme Management Assistant", "Abolishment", "")]),
]


def _printed(number: int) -> str:
    return f"({-number})" if number < 0 else (str(number) if number else "–")


def _staffing(ws) -> None:
    ws.append(["Human resources: proposed changes"])
    ws.append(["(Posts and positions, by office)"])
    ws.append([])
    ws.append(["Component/office/section/unit", "Type", "Number", "Level", "Functional title",
               "Action", "From/to"])
    component = ""
    total = 0
    for heading, office, rows in STAFFING:
        if heading != component:
            ws.append([heading])
            component = heading
        ws.append([office])
        for kind, category, number, level, title, action, from_to in rows:
            ws.append([kind, category, _printed(number), level, title, action, from_to])
        net = sum(r[2] for r in rows if r[5] != "Continuation")
        total += net
        ws.append(["Net change", "", _printed(net)])
    ws.append(["Total", "", _printed(total)])


def build(path: Path = OUT) -> Path:
    """Write the sample workbook with fixed metadata, so the file is reproducible."""
    wb = Workbook()
    sheets = (("Financial resources", _financial), ("Programmatic activities", _programmes),
              ("Quick-impact projects", _quick_impact), ("Human resources", _human_resources),
              ("Staffing changes", _staffing), ("Legislative history", _history))
    for index, (name, fill) in enumerate(sheets):
        ws = wb.active if index == 0 else wb.create_sheet(name)
        ws.title = name
        fill(ws)
        ws.column_dimensions["A"].width = 48
        for row in ws.iter_rows(min_row=1, max_row=3):
            for cell in row:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(wrap_text=False)
    wb.properties.creator = "coherence"
    wb.properties.created = datetime(2000, 1, 1)
    wb.properties.modified = datetime(2000, 1, 1)
    buffer = io.BytesIO()
    wb.save(buffer)
    path.write_bytes(pinned_xlsx(buffer.getvalue()))
    return path


if __name__ == "__main__":
    print(build())
