"""SVG charts drawn from the report's own figures (no plotting library, no fonts fetched).

Each chart is accessible: `role="img"`, a `<title>` and a `<desc>` that states the data.
"""

from __future__ import annotations

from decimal import Decimal
from html import escape

from coherence.findings import money

PALETTE = ("#1f4e79", "#8fb3d9", "#e0a43a", "#6b8e23", "#9b4f96")


def _millions(n: int) -> str:
    return f"{Decimal(n) / Decimal(1_000_000):,.1f}"


def grouped_bars(title: str, categories: list[str], series: list[tuple[str, list[int]]],
                 *, width: int = 640) -> str:
    """Horizontal bars, one group per category and one bar per series (US$ millions)."""
    bar, gap, label_w = 11, 10, 190
    n = max(len(series), 1)
    group_h = n * bar + gap
    legend_rows = (len(series) + 1) // 2
    legend_h = 16 * legend_rows
    height = 20 + legend_h + len(categories) * group_h + 24
    top = max((v for _, values in series for v in values), default=0) or 1
    plot_w = width - label_w - 70
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" class="chart">',
             f"<title>{escape(title)}</title>"]
    desc = "; ".join(
        f"{cat}: " + ", ".join(f"{name} {_millions(values[i])} million"
                               for name, values in series)
        for i, cat in enumerate(categories))
    parts.append(f"<desc>{escape(desc)} (US dollars)</desc>")
    for s, (name, _values) in enumerate(series):
        x = label_w + (s % 2) * 200
        ly = 8 + 16 * (s // 2)
        parts.append(f'<rect x="{x}" y="{ly}" width="10" height="10" fill="{PALETTE[s % 5]}"/>')
        parts.append(f'<text x="{x + 14}" y="{ly + 9}" font-size="10">{escape(name)}</text>')
    y = 16 + legend_h
    for i, cat in enumerate(categories):
        parts.append(f'<text x="{label_w - 6}" y="{y + group_h / 2}" font-size="10" '
                     f'text-anchor="end">{escape(cat)}</text>')
        for s, (_name, values) in enumerate(series):
            v = max(values[i], 0)
            w = int(plot_w * v / top)
            yy = y + s * bar
            parts.append(f'<rect x="{label_w}" y="{yy}" width="{w}" height="{bar - 2}" '
                         f'fill="{PALETTE[s % 5]}"/>')
            parts.append(f'<text x="{label_w + w + 4}" y="{yy + bar - 3}" font-size="8.5">'
                         f"{_millions(values[i])}</text>")
        y += group_h
    parts.append(f'<text x="{label_w}" y="{height - 6}" font-size="9" fill="#555">'
                 "US$ millions</text>")
    parts.append("</svg>")
    return "".join(parts)


def change_bars(title: str, rows: list[tuple[str, int, int]], *, width: int = 640) -> str:
    """Diverging bars: the change from baseline to proposal of each row, each labelled in
    dollars as the report's tables print them (a cut of $20,100 beside one of $3.0 million
    must not read "−0.0")."""
    bar, label_w = 16, 230
    height = 30 + len(rows) * bar + 24
    biggest = max((abs(p - b) for _, b, p in rows), default=0) or 1
    # room on either side for a label as long as "−$123.4 million"
    half = (width - label_w - 160) // 2
    zero = label_w + half + 78
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" class="chart">',
             f"<title>{escape(title)}</title>"]
    desc = "; ".join(f"{name}: from {money(b)} to {money(p)}" for name, b, p in rows)
    parts.append(f"<desc>{escape(desc)} (US dollars)</desc>")
    parts.append(f'<line x1="{zero}" y1="20" x2="{zero}" y2="{height - 22}" stroke="#999"/>')
    y = 26
    for name, baseline, proposed in rows:
        change = proposed - baseline
        w = int(half * abs(change) / biggest)
        x = zero if change >= 0 else zero - w
        colour = PALETTE[3] if change >= 0 else "#b03a2e"
        short = name if len(name) <= 42 else name[:41].rstrip(" ,;") + "…"
        parts.append(f'<text x="{label_w - 6}" y="{y + 11}" font-size="9.5" '
                     f'text-anchor="end">{escape(short)}</text>')
        parts.append(f'<rect x="{x}" y="{y + 2}" width="{max(w, 1)}" height="{bar - 5}" '
                     f'fill="{colour}"/>')
        label_x = zero + w + 4 if change >= 0 else zero - w - 4
        anchor = "start" if change >= 0 else "end"
        parts.append(f'<text x="{label_x}" y="{y + 11}" font-size="8.5" text-anchor="{anchor}">'
                     f"{'+' if change > 0 else ''}{money(change)}</text>")
        y += bar
    parts.append(f'<text x="{zero}" y="{height - 6}" font-size="9" fill="#555" '
                 'text-anchor="middle">change, US dollars</text>')
    parts.append("</svg>")
    return "".join(parts)
