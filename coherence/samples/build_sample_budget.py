"""Write `sample_budget.xlsx`: MONUSCO's real 2024/25–2026/27 figures in the UN's layout.

The figures are those of the Secretary-General's budget report A/80/624 (the overall
financial table, the programmatic activities, the quick-impact projects and the
uniformed personnel), in thousands of United States dollars as the report prints them.
The layout follows the UN's tables: a two-row header with merged cells, a row of column
formulas, group headings, an en dash for zero, subtotals printed as rows.

Run `python -m coherence.samples.build_sample_budget` to rebuild the workbook; the
output is byte-stable (fixed workbook properties and timestamps).
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

PERIODS = ("2024/25 apportionment", "2024/25 expenditure", "2025/26 apportionment",
           "2026/27 cost estimates")

#: (group, item, apportionment 2024/25, expenditure 2024/25, apportionment 2025/26,
#: cost estimates 2026/27), thousands of dollars, as printed in A/80/624.
OVERALL: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("Military and police personnel", "Military observers",
     "27457.4", "24616.8", "25758.2", "18418.6"),
    ("Military and police personnel", "Military contingents",
     "343462.0", "336582.4", "332328.6", "327148.5"),
    ("Military and police personnel", "United Nations police",
     "17944.0", "15621.6", "16727.1", "10976.8"),
    ("Military and police personnel", "Formed police units",
     "34215.0", "35870.9", "34669.0", "24140.5"),
    ("Civilian personnel", "International staff",
     "138394.1", "143627.0", "138203.9", "139130.9"),
    ("Civilian personnel", "National Professional Officers",
     "21153.1", "32421.1", "25754.2", "27739.3"),
    ("Civilian personnel", "National General Service staff",
     "52814.9", "63955.5", "52714.3", "54762.6"),
    ("Civilian personnel", "United Nations Volunteers",
     "19635.7", "20454.2", "19724.5", "16428.7"),
    ("Civilian personnel", "General temporary assistance",
     "3047.8", "6194.1", "3610.9", "2980.2"),
    ("Civilian personnel", "Government-provided personnel",
     "2330.5", "1980.7", "2310.1", "2304.8"),
    ("Operational costs", "Civilian electoral observers", "0", "0", "0", "0"),
    ("Operational costs", "Consultants and consulting services",
     "796.7", "173.1", "444.8", "600.9"),
    ("Operational costs", "Official travel", "4618.4", "18144.8", "4691.6", "5284.1"),
    ("Operational costs", "Facilities and infrastructure",
     "45502.5", "47450.6", "46817.3", "67846.2"),
    ("Operational costs", "Ground transportation", "8019.6", "6691.9", "8122.1", "9635.4"),
    ("Operational costs", "Air operations", "97034.9", "57001.5", "81789.1", "92722.3"),
    ("Operational costs", "Marine operations", "1140.0", "378.9", "1370.0", "1382.5"),
    ("Operational costs", "Communications and information technology",
     "37813.9", "38408.2", "35976.1", "43929.2"),
    ("Operational costs", "Medical", "1356.8", "1307.9", "1121.3", "1024.7"),
    ("Operational costs", "Special equipment", "0", "0", "0", "0"),
    ("Operational costs", "Other supplies, services and equipment",
     "49996.2", "41176.1", "35994.1", "27333.9"),
    ("Operational costs", "Quick-impact projects", "1250.0", "1042.1", "1000.0", "1000.0"),
)
STAFF_ASSESSMENT = ("24059.8", "29886.8", "26765.8", "26524.9")

#: (activity, apportionment 2024/25, expenditure 2024/25, cost estimates 2026/27,
#: related expected accomplishments)
PROGRAMMES: tuple[tuple[str, str, str, str, str], ...] = (
    ("Mine detection and mine clearing services", "4155.6", "3940.0", "3944.5", "1.1"),
    ("Rule of law and security sector reform", "4233.3", "1741.7", "2044.4", "1.2, 2.3, 2.4"),
    ("Promotion and protection of human rights", "1540.0", "455.3", "475.0", "1.2, 2.3"),
    ("Community stabilization projects", "2793.9", "1440.9", "612.5", "1.2, 2.3"),
    ("Peace consolidation", "6200.0", "6419.0", "4103.6", "2.3"),
    ("Confidence-building and trust in security institutions", "750.0", "32.7", "169.1",
     "2.3"),
    ("Community violence reduction", "3000.0", "284.8", "0", "1.1"),
    ("Disarmament, demobilization, reintegration and repatriation", "2016.5", "248.4",
     "4433.2", "1.1"),
    ("Women and peace and security", "930.0", "1065.8", "0", "2.2"),
    ("Youth, peace and security", "80.0", "0", "35.9", "2.2"),
    ("Support to national processes, including electoral assistance", "0", "0", "162.9",
     "2.2"),
    ("Small arms and light weapons management", "740.0", "574.0", "315.0", "1.2"),
    ("Sanctions regime", "800.0", "906.7", "400.0", "1.2"),
)

#: (period label, amount, number of projects)
QUICK_IMPACT = (
    ("1 July 2024 to 30 June 2025 (actual)", "1042.1", 26),
    ("1 July 2025 to 30 June 2026 (approved)", "1000.0", 22),
    ("1 July 2026 to 30 June 2027 (proposed)", "1000.0", 20),
)

#: (category, approved 2024/25, actual 2024/25, approved 2025/26, proposed 2026/27)
UNIFORMED = (
    ("I.Military observers", 600, 421, 600, 600),
    ("II.Military contingents", 11500, 10128, 11500, 11500),
    ("III.United Nations police", 443, 281, 443, 443),
    ("IV.Formed police units", 1270, 1048, 1270, 1270),
)

DASH = "–"
FIXED_TIME = datetime(2026, 1, 1)


_STAMP = re.compile(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)")


def _cell(value: Decimal) -> float | str:
    """A thousands figure as the UN prints it: an en dash for zero, else the number."""
    if value == 0:
        return DASH
    return float(value)


def _percent(part: Decimal, whole: Decimal) -> float | str:
    if whole == 0 or part == 0:
        return DASH
    return float((part / whole * 100).quantize(Decimal("0.1")))


def _financial_sheet(wb: Workbook) -> None:
    ws = wb.active
    ws.title = "Financial resources"
    ws.append(["II. Financial resources"])
    ws.append(["A. Overall"])
    ws.append(["(Thousands of United States dollars; budget year is from 1 July to 30 June)"])
    ws.append([])
    ws.append(["Category", *PERIODS[:2], "Variance", None, *PERIODS[2:], "Variance", None])
    ws.append([None, None, None, "Unencumbered balance", "Percentage", None, None, "Amount",
               "Percentage"])
    ws.append([None, "(1)", "(2)", "(3)=(1)-(2)", "(4)=(3)÷(1)", "(5)", "(6)", "(7)=(6)-(5)",
               "(8)=(7÷5)"])
    for rng in ("A5:A7", "B5:B6", "C5:C6", "D5:E5", "F5:F6", "G5:G6", "H5:I5"):
        ws.merge_cells(rng)
    ws.append([])
    gross = [Decimal(0)] * 4
    groups: dict[str, list[tuple[str, list[Decimal]]]] = {}
    for group, item, *values in OVERALL:
        groups.setdefault(group, []).append((item, [Decimal(v) for v in values]))
    for group, items in groups.items():
        ws.append([group])
        subtotal = [Decimal(0)] * 4
        for item, values in items:
            ws.append(_row(item, values))
            subtotal = [a + b for a, b in zip(subtotal, values, strict=True)]
        ws.append(_row("Subtotal", subtotal))
        gross = [a + b for a, b in zip(gross, subtotal, strict=True)]
    assessment = [Decimal(v) for v in STAFF_ASSESSMENT]
    ws.append(_row("Gross requirements", gross))
    ws.append(_row("Staff assessment income", assessment))
    ws.append(_row("Net requirements", [g - a for g, a in zip(gross, assessment, strict=True)]))
    ws.append(_row("Voluntary contributions in kind (budgeted)", [Decimal(0)] * 4))
    ws.append(_row("Total requirements", gross))


def _row(label: str, v: list[Decimal]) -> list[object]:
    balance = v[0] - v[1]
    change = v[3] - v[2]
    return [label, _cell(v[0]), _cell(v[1]), _cell(balance), _percent(balance, v[0]),
            _cell(v[2]), _cell(v[3]), _cell(change), _percent(change, v[2])]


def _programme_sheet(wb: Workbook) -> None:
    ws = wb.create_sheet("Programmatic activities")
    ws.append(["Programmatic activities"])
    ws.append(["(Thousands of United States dollars)"])
    ws.append([])
    ws.append(["Category", "Apportionment (2024/25)", "Expenditure (2024/25)",
               "Cost estimates (2026/27)", "Related expected accomplishment"])
    ws.append([])
    totals = [Decimal(0)] * 3
    for name, *values, accomplishments in PROGRAMMES:
        amounts = [Decimal(v) for v in values]
        totals = [a + b for a, b in zip(totals, amounts, strict=True)]
        ws.append([name, *(_cell(a) for a in amounts), accomplishments])
    ws.append(["Total", *(_cell(a) for a in totals), None])


def _quick_impact_sheet(wb: Workbook) -> None:
    ws = wb.create_sheet("Quick-impact projects")
    ws.append(["Quick-impact projects"])
    ws.append(["(Thousands of United States dollars)"])
    ws.append([])
    ws.append(["Period", "Amount", "Number of projects"])
    ws.append([])
    for label, amount, count in QUICK_IMPACT:
        ws.append([label, _cell(Decimal(amount)), count])


def _human_resources_sheet(wb: Workbook) -> None:
    ws = wb.create_sheet("Human resources")
    ws.append(["Human resources"] + [None] * 15)
    ws.append(["(Number of personnel)"])
    ws.append([])
    ws.append(["Category"] + [None] * 14 + ["Total"])
    ws.append([])
    labels = ("Approved 2024/25", "Actual 2024/25", "Approved 2025/26", "Proposed 2026/27")
    for category, *counts in UNIFORMED:
        ws.append([category])
        for label, count in zip(labels, counts, strict=True):
            ws.append([label] + [None] * 14 + [count])
        change = counts[3] - counts[2]
        ws.append(["Net change"] + [None] * 14 + [change or DASH])


def build() -> bytes:
    """The sample workbook as bytes, identical on every run."""
    wb = Workbook()
    _financial_sheet(wb)
    _programme_sheet(wb)
    _quick_impact_sheet(wb)
    _human_resources_sheet(wb)
    about = wb.create_sheet("About")
    about.append(["Sample workbook for the coherence demo: MONUSCO, the figures of A/80/624 "
                  "(budget for 1 July 2026 to 30 June 2027) in the UN's table layout."])
    wb.properties.creator = "coherence"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    wb.save(raw)
    return _normalize_zip(raw.getvalue())


def _normalize_zip(data: bytes) -> bytes:
    """Rewrite the zip with fixed member timestamps so the bytes do not depend on the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2026, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            body = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                # openpyxl stamps the save time into `modified`; pin it
                body = _STAMP.sub(rb"\g<1>%s\g<2>" % b"2026-01-01T00:00:00Z", body)
            dst.writestr(fixed, body)
    return out.getvalue()


def main() -> None:
    """Rebuild `sample_budget.xlsx` next to this script."""
    target = Path(__file__).with_name("sample_budget.xlsx")
    target.write_bytes(build())
    print(target)


if __name__ == "__main__":
    main()
