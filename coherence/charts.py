"""Small SVG charts drawn here, so the report needs no plotting library and no network.

Each function takes plain figures and returns an SVG string with a `<title>` and a
`<desc>` for screen readers; the same figures go into the report's JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from html import escape

PALETTE = ("#9bb7d4", "#5b7fa6", "#c9d6e3", "#1f3b5c")
FALL, RISE = "#b5482f", "#3f7d4e"


def _millions(amount: int) -> str:
    value = (Decimal(amount) / Decimal(1_000_000)).quantize(Decimal("0.1"))
    return f"{value:,}"


def _svg(width: int, height: int, title: str, desc: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'
            f"<title>{escape(title)}</title><desc>{escape(desc)}</desc>"
            + "".join(body) + "</svg>")


def grouped_bars(title: str, groups: Sequence[str], series: Sequence[str],
                 values: Sequence[Sequence[int]], *, width: int = 640,
                 height: int = 240) -> str:
    """Vertical bars: one cluster per group, one bar per series (amounts in dollars)."""
    top = max((v for row in values for v in row), default=0) or 1
    left, bottom, legend_h = 48, 40, 22
    plot_h = height - bottom - legend_h - 10
    plot_w = width - left - 10
    cluster = plot_w / max(len(groups), 1)
    bar = min(28.0, cluster * 0.8 / max(len(series), 1))
    body = [f'<line x1="{left}" y1="{legend_h + plot_h + 10}" x2="{width - 10}" '
            f'y2="{legend_h + plot_h + 10}" stroke="#444" stroke-width="0.8"/>']
    for i, name in enumerate(series):
        x = left + i * 150
        body.append(f'<rect x="{x}" y="4" width="10" height="10" '
                    f'fill="{PALETTE[i % len(PALETTE)]}"/>'
                    f'<text x="{x + 14}" y="13" font-size="9">{escape(name)}</text>')
    for g, group in enumerate(groups):
        x0 = left + g * cluster + (cluster - bar * len(series)) / 2
        for s in range(len(series)):
            v = values[g][s] if s < len(values[g]) else 0
            h = plot_h * v / top
            y = legend_h + 10 + plot_h - h
            body.append(f'<rect x="{x0 + s * bar:.1f}" y="{y:.1f}" width="{bar - 2:.1f}" '
                        f'height="{h:.1f}" fill="{PALETTE[s % len(PALETTE)]}"/>')
            body.append(f'<text x="{x0 + s * bar + (bar - 2) / 2:.1f}" y="{y - 2:.1f}" '
                        f'font-size="7" text-anchor="middle">{_millions(v)}</text>')
        body.append(f'<text x="{left + g * cluster + cluster / 2:.1f}" '
                    f'y="{legend_h + plot_h + 24}" font-size="9" text-anchor="middle">'
                    f"{escape(group)}</text>")
    body.append(f'<text x="4" y="{legend_h + 16}" font-size="8">$ million</text>')
    desc = "; ".join(
        f"{group}: " + ", ".join(f"{s} {_millions(values[g][i])} million"
                                 for i, s in enumerate(series) if i < len(values[g]))
        for g, group in enumerate(groups))
    return _svg(width, height, title, desc, body)


def paired_bars(title: str, labels: Sequence[str], before: Sequence[int],
                after: Sequence[int], names: tuple[str, str], *, width: int = 640) -> str:
    """Horizontal pairs of bars, earlier figure above the proposed one (dollars)."""
    row_h, label_w, top_pad = 26, 250, 24
    height = top_pad + row_h * len(labels) + 8
    top = max([*before, *after, 1])
    plot_w = width - label_w - 70
    body = []
    for i, name in enumerate(names):
        x = label_w + i * 170
        body.append(f'<rect x="{x}" y="4" width="10" height="10" fill="{PALETTE[i * 3]}"/>'
                    f'<text x="{x + 14}" y="13" font-size="9">{escape(name)}</text>')
    for i, label in enumerate(labels):
        y = top_pad + i * row_h
        text = label if len(label) <= 48 else label[:46] + "…"
        body.append(f'<text x="{label_w - 6}" y="{y + 14}" font-size="8.5" '
                    f'text-anchor="end">{escape(text)}</text>')
        for j, v in enumerate((before[i], after[i])):
            w = plot_w * v / top
            body.append(f'<rect x="{label_w}" y="{y + 2 + j * 11}" width="{w:.1f}" '
                        f'height="10" fill="{PALETTE[j * 3]}"/>')
            mark = _millions(v) if v else "–"
            body.append(f'<text x="{label_w + w + 3:.1f}" y="{y + 10 + j * 11}" '
                        f'font-size="7.5">{mark}</text>')
    desc = "; ".join(f"{label}: {names[0]} {_millions(b)} million, {names[1]} "
                     f"{_millions(a)} million" for label, b, a in zip(labels, before, after,
                                                                      strict=True))
    return _svg(width, height, title, desc, body)


def diverging_bars(title: str, labels: Sequence[str], changes: Sequence[Decimal | None],
                   *, width: int = 640, cap: int = 100) -> str:
    """Horizontal bars of percentage change around zero, capped at ±`cap`%."""
    row_h, label_w = 18, 230
    height = 14 + row_h * len(labels) + 8
    half = (width - label_w - 60) / 2
    zero = label_w + 30 + half
    body = [f'<line x1="{zero:.1f}" y1="8" x2="{zero:.1f}" y2="{height - 4}" '
            'stroke="#444" stroke-width="0.8"/>']
    for i, (label, change) in enumerate(zip(labels, changes, strict=True)):
        y = 12 + i * row_h
        text = label if len(label) <= 44 else label[:42] + "…"
        body.append(f'<text x="{label_w}" y="{y + 11}" font-size="8.5" text-anchor="end">'
                    f"{escape(text)}</text>")
        if change is None:
            body.append(f'<text x="{zero + 4:.1f}" y="{y + 11}" font-size="8">no earlier '
                        "figure</text>")
            continue
        c = max(-cap, min(cap, float(change)))
        w = half * abs(c) / cap
        x = zero if c >= 0 else zero - w
        body.append(f'<rect x="{x:.1f}" y="{y + 2}" width="{w:.1f}" height="12" '
                    f'fill="{RISE if c >= 0 else FALL}"/>')
        sign = "+" if change > 0 else ""
        tx = zero + w + 3 if c >= 0 else zero - w - 3
        anchor = "start" if c >= 0 else "end"
        body.append(f'<text x="{tx:.1f}" y="{y + 11}" font-size="8" '
                    f'text-anchor="{anchor}">{sign}{change}%</text>')
    desc = "; ".join(f"{label}: {'no earlier figure' if c is None else f'{c}%'}"
                     for label, c in zip(labels, changes, strict=True))
    return _svg(width, height, title, desc, body)
