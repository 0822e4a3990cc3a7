"""The chart: a PNG from the figures, or one line when matplotlib cannot draw it."""

from __future__ import annotations

import math
import sys
from dataclasses import replace
from datetime import UTC, datetime

import pytest

from core.explore.chart import draw
from core.explore.figures import market
from core.model import Posting

NOW = datetime(2026, 12, 1, tzinfo=UTC)
POSTINGS = [
    Posting(
        id=f"p{n}",
        title="Backend Engineer",
        description="Python and Kafka.",
        salary_min=90_000 + 10_000 * n,
        currency="EUR",
    )
    for n in range(8)
]


def test_the_chart_is_a_png() -> None:
    chart = draw(market("backend", "x", POSTINGS, NOW))
    assert chart.png.startswith(b"\x89PNG\r\n\x1a\n") and len(chart.png) > 5000
    assert chart.missing == ""


def test_too_few_or_no_pay_still_draws() -> None:
    assert draw(market("backend", "x", POSTINGS[:2], NOW)).png
    unpaid = [Posting(id="u", title="Backend Engineer")]
    assert draw(market("backend", "x", unpaid, NOW)).png


def test_without_matplotlib_there_is_one_line_instead(monkeypatch: pytest.MonkeyPatch) -> None:
    # None in sys.modules makes the import fail, as on a machine without the package.
    monkeypatch.setitem(sys.modules, "matplotlib.backends.backend_agg", None)
    chart = draw(market("backend", "x", POSTINGS, NOW))
    assert chart.png == b""
    assert chart.missing == (
        "Chart missing: matplotlib is not available here. The figures above are complete."
    )


def test_a_drawing_error_is_one_line_too() -> None:
    figures = market("backend", "x", POSTINGS, NOW)
    broken = replace(figures, pay=(replace(figures.pay[0], values=(1.0, math.inf)),))
    chart = draw(broken)  # a histogram of an infinite range cannot be drawn
    assert chart.png == b""
    assert chart.missing == (
        "Chart missing: it could not be drawn (ValueError). The figures above are complete."
    )


def test_long_skill_labels_and_percentile_labels_stay_clear() -> None:
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.patches import Rectangle

    from core.explore.chart import figure

    drf = [
        Posting(
            id=f"d{n}",
            title="Backend Engineer",
            description="Python with Django REST framework and PostgreSQL.",
            salary_min=60_000 + 1_000 * (n % 5),
            currency="EUR",
        )
        for n in range(30)
    ]
    figures = market("python backend", "x", drf, NOW)
    assert any(s.name == "Django REST framework" for s in figures.skills)
    drawn = figure(figures, Figure, FigureCanvasAgg)
    renderer = drawn.canvas.get_renderer()  # type: ignore[attr-defined]
    skills_axes, pay_axes = drawn.axes
    for label in skills_axes.get_yticklabels():
        assert label.get_window_extent(renderer).x0 >= 0, label.get_text()  # was cut off
    bars = [p.get_window_extent(renderer) for p in pay_axes.patches if isinstance(p, Rectangle)]
    labels = [t.get_window_extent(renderer) for t in pay_axes.texts]
    assert len(labels) == 3  # p25, median, p75
    for text in labels:
        assert not any(text.overlaps(bar) and bar.height > 1 for bar in bars)  # was on top
