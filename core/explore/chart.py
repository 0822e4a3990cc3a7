"""The exploration chart as PNG bytes: top skills as bars, the pay distribution as a histogram.

The one module that imports matplotlib, and only when a chart is drawn (it takes about 0.3 s
to import; the bot's start and every other command go without it). It draws on a Figure with
the Agg canvas, never through pyplot, whose global state is not safe in worker threads.
"""

from __future__ import annotations

import io
import logging
import textwrap
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.explore.model import Market
from core.explore.text import amount, percent

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

log = logging.getLogger(__name__)

MISSING = "Chart missing: {why}. The figures above are complete."
# matplotlib's object API is safe per figure, but its font and text caches are shared: one
# drawing at a time (about 0.1 s of CPU) is cheap insurance for concurrent /explore threads.
_DRAWING = threading.Lock()
PERCENTILE_ROOM = 0.4  # of the pay axes' height, kept above the bars for the labels


@dataclass(frozen=True, slots=True)
class Chart:
    """A drawn chart (PNG bytes), or the one line saying why there is none."""

    png: bytes = b""
    missing: str = ""


def draw(m: Market) -> Chart:
    """Draw the chart; any failure (no matplotlib, no backend, a drawing error) is one line."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as exc:
        log.warning("no chart: matplotlib cannot be imported (%s)", exc)
        return Chart(missing=MISSING.format(why="matplotlib is not available here"))
    try:
        out = io.BytesIO()
        with _DRAWING:
            figure(m, Figure, FigureCanvasAgg).savefig(out, format="png")
    except Exception as exc:  # a chart is an extra: its failure must not cost the answer
        log.warning("no chart: drawing failed", exc_info=True)
        return Chart(missing=MISSING.format(why=f"it could not be drawn ({type(exc).__name__})"))
    return Chart(png=out.getvalue())


def figure(m: Market, make: type[Figure], canvas: type[FigureCanvasAgg]) -> Figure:
    """The chart's figure, drawn: skills on the left, pay on the right."""
    # A fixed layout and few ticks: tick and layout text is most of the drawing time.
    drawn = make(figsize=(8, 3.4), dpi=90)
    canvas(drawn)
    skills_axes, pay_axes = drawn.subplots(1, 2, width_ratios=(1, 1.1))
    drawn.subplots_adjust(left=0.17, right=0.98, bottom=0.1, top=0.9, wspace=0.14)
    _skills(skills_axes, m)
    _pay(pay_axes, m)
    return drawn


SKILL_LABEL = 13  # characters a line of a skill's label holds left of its bar (at 8 pt)


def _skills(ax: Axes, m: Market) -> None:
    """Horizontal bars: the share of postings naming each top skill, the largest on top."""
    skills = list(reversed(m.skills))
    ax.set_title("Skills in demand (share of postings)", fontsize=10)
    if not skills:
        ax.text(0.5, 0.5, "no skills named", ha="center", va="center")
        ax.set_axis_off()
        return
    shares = [s.share * 100 for s in skills]
    # A long name wraps ("Django REST / framework"): cut at the figure's edge it said less.
    names = [textwrap.fill(s.name, SKILL_LABEL, break_long_words=True) for s in skills]
    bars = ax.barh(range(len(skills)), shares, color="#3b7dd8", tick_label=names)
    ax.bar_label(bars, labels=[percent(s.share) for s in skills], fontsize=8, padding=2)
    ax.set_xlim(0, max(100.0, max(shares) * 1.15))
    ax.xaxis.set_visible(False)  # each bar is labelled with its share
    ax.tick_params(labelsize=8)


def _pay(ax: Axes, m: Market) -> None:
    """A histogram of the main currency's annual pay, quartiles marked when there are enough."""
    import numpy as np
    from matplotlib.ticker import MaxNLocator

    main = m.pay[0] if m.pay else None
    if main is None:
        ax.set_title("Pay a year", fontsize=10)
        ax.text(0.5, 0.5, "no posting states pay", ha="center", va="center")
        ax.set_axis_off()
        return
    name = main.currency or "currency not stated"
    ax.set_title(f"Pay a year, {name} (n={main.n})", fontsize=10)
    if main.p50 is None:  # too few for a distribution: each posting's pay as a dot
        ax.scatter(main.values, [0.0] * len(main.values), s=60, color="#7fb069")
        ax.get_yaxis().set_visible(False)
    else:
        # An array: given a tuple, matplotlib checks tens of thousands of values one by one.
        values = np.asarray(main.values, dtype=float)
        counts, _, _ = ax.hist(values, bins=min(20, max(3, main.n // 3)), color="#7fb069")
        ax.yaxis.set_major_locator(MaxNLocator(4, integer=True))
        # Headroom over the tallest bar for the percentile labels hanging from the top.
        ax.set_ylim(0, max(1.0, float(np.max(counts))) / (1 - PERCENTILE_ROOM))
    for label, value in (("p25", main.p25), ("median", main.p50), ("p75", main.p75)):
        if value is not None:
            ax.axvline(value, color="#333333", linestyle="--" if label != "median" else "-")
            ax.annotate(
                f"{label} {amount(value, main.currency)}",
                (value, 1),
                xycoords=("data", "axes fraction"),
                rotation=90,
                fontsize=7,
                va="top",
                ha="right",
            )
    ax.xaxis.set_major_locator(MaxNLocator(5))
    ax.tick_params(labelsize=8)
    ax.xaxis.set_major_formatter(lambda x, _pos: amount(x, main.currency) if x > 0 else "0")
