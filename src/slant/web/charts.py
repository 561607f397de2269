"""Charts as inline SVG, drawn on the server (no external script or font is ever loaded).

Every text and attribute value goes through :func:`markupsafe.escape`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from markupsafe import Markup, escape

from slant.storage import DensityPoint, SourceMix
from slant.taxonomy import technique, technique_color

_FONT = "font-family:system-ui,sans-serif;font-size:12px"


def _el(tag: str, attrs: dict[str, object], *children: Markup | str) -> Markup:
    rendered = "".join(f' {name.replace("_", "-")}="{escape(value)}"'
                       for name, value in attrs.items() if value is not None)
    inner = Markup("").join(child if isinstance(child, Markup) else escape(child)
                            for child in children)
    return Markup(f"<{tag}{rendered}>") + inner + Markup(f"</{tag}>")


def _svg(width: int, height: int, label: str, body: Iterable[Markup], css: str) -> Markup:
    return _el("svg", {"xmlns": "http://www.w3.org/2000/svg", "viewBox": f"0 0 {width} {height}",
                       "width": width, "height": height, "role": "img", "aria_label": label,
                       "class": css}, _el("title", {}, label), *body)


def technique_name(label: str) -> str:
    entry = technique(label)
    return entry.name if entry else label


def bar_chart(values: dict[str, float], *, label: str, max_value: float | None = None,
              colors: dict[str, str] | None = None, percent: bool = True, width: int = 360,
              css: str = "chart bars", left: int = 150) -> Markup:
    """Horizontal bars, one per item, largest first."""
    items = sorted(values.items(), key=lambda kv: -kv[1])
    row = 22
    height = max(row * len(items) + 6, 28)
    top = max_value if max_value else max((v for _, v in items), default=1.0) or 1.0
    parts: list[Markup] = []
    for i, (name, value) in enumerate(items):
        y = 4 + i * row
        bar = max(0.0, (width - left - 52) * (value / top))
        text = f"{100 * value:.0f}%" if percent else f"{value:g}"
        parts.append(_el("text", {"x": left - 6, "y": y + 14, "text_anchor": "end",
                                  "style": _FONT}, name[: left // 6]))
        parts.append(_el("rect", {"x": left, "y": y + 2, "width": f"{bar:.1f}", "height": 15,
                                  "fill": (colors or {}).get(name, "#5B7DB1"), "rx": 2},
                         _el("title", {}, f"{name}: {text}")))
        parts.append(_el("text", {"x": left + bar + 4, "y": y + 14, "style": _FONT}, text))
    return _svg(width, height, label, parts, css)


def source_mix_chart(mix: Sequence[SourceMix], *, width: int = 720) -> Markup:
    """One 100%-stacked bar per source: the share of each technique among its spans."""
    rows = [m for m in mix if m.techniques]
    row, left = 26, 170
    techniques = sorted({t for m in rows for t in m.techniques})
    legend_rows = (len(techniques) + 2) // 3
    height = max(row * len(rows) + 10 + 18 * legend_rows + 10, 40)
    parts: list[Markup] = []
    span = width - left - 10
    for i, item in enumerate(rows):
        y = 6 + i * row
        total = sum(item.techniques.values()) or 1
        parts.append(_el("text", {"x": left - 6, "y": y + 15, "text_anchor": "end",
                                  "style": _FONT}, f"{item.source[:22]} ({item.articles})"))
        x = float(left)
        for name, count in sorted(item.techniques.items(), key=lambda kv: -kv[1]):
            w = span * count / total
            parts.append(_el("rect", {"x": f"{x:.1f}", "y": y + 2, "width": f"{w:.1f}",
                                      "height": 18, "fill": technique_color(name),
                                      "data_technique": name},
                             _el("title", {}, f"{item.source}: {technique_name(name)} "
                                              f"{count} ({100 * count / total:.0f}%)")))
            x += w
    base = 10 + row * len(rows)
    for j, name in enumerate(techniques):
        x = 10 + (j % 3) * (width // 3)
        y = base + (j // 3) * 18
        parts.append(_el("rect", {"x": x, "y": y, "width": 12, "height": 12,
                                  "fill": technique_color(name)}))
        parts.append(_el("text", {"x": x + 16, "y": y + 11, "style": _FONT},
                         technique_name(name)[:34]))
    return _svg(width, height, "Technique mix by source", parts, "chart mix")


def density_chart(points: Sequence[DensityPoint], *, width: int = 720,
                  height: int = 220) -> Markup:
    """Propaganda density (technique characters per 1,000) per period, as columns."""
    left, bottom, top_pad = 48, 40, 12
    plot_w, plot_h = width - left - 10, height - bottom - top_pad
    peak = max((p.density for p in points), default=0.0) or 1.0
    parts: list[Markup] = [
        _el("line", {"x1": left, "y1": top_pad + plot_h, "x2": width - 10,
                     "y2": top_pad + plot_h, "stroke": "#555"}),
        _el("line", {"x1": left, "y1": top_pad, "x2": left, "y2": top_pad + plot_h,
                     "stroke": "#555"}),
        _el("text", {"x": left - 6, "y": top_pad + 10, "text_anchor": "end", "style": _FONT},
            f"{peak:.0f}"),
        _el("text", {"x": left - 6, "y": top_pad + plot_h, "text_anchor": "end",
                     "style": _FONT}, "0"),
        _el("text", {"x": 12, "y": top_pad + plot_h / 2, "style": _FONT,
                     "transform": f"rotate(-90 12 {top_pad + plot_h / 2:.0f})",
                     "text_anchor": "middle"}, "per 1,000 chars"),
    ]
    step = plot_w / max(len(points), 1)
    label_every = max(1, len(points) // 12)
    for i, point in enumerate(points):
        h = plot_h * point.density / peak
        x = left + i * step + step * 0.15
        parts.append(_el("rect", {"x": f"{x:.1f}", "y": f"{top_pad + plot_h - h:.1f}",
                                  "width": f"{step * 0.7:.1f}", "height": f"{h:.1f}",
                                  "fill": "#B8433A", "data_period": point.period},
                         _el("title", {}, f"{point.period}: {point.density:.1f} per 1,000 "
                                          f"characters, {point.articles} articles")))
        if i % label_every == 0:
            parts.append(_el("text", {"x": f"{x + step * 0.35:.1f}",
                                      "y": top_pad + plot_h + 16, "text_anchor": "middle",
                                      "style": _FONT}, point.period))
    return _svg(width, height, "Propaganda density over time", parts, "chart density")
