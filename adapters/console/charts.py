"""Charts in the terminal: the PNG written to a file, and one line saying where (or why not)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from core.chat.replies import Exploration

ChartWriter = Callable[[Exploration], str]  # writes a chart; returns the line to show


def _missing(where: Path | str, exc: OSError) -> str:
    return (
        f"Chart missing: I couldn't write {where} ({exc.strerror or exc}). "
        "The figures above are complete."
    )


def write_chart(message: Exploration, path: Path) -> str:
    """Write the chart to path: 'Chart: PATH', or the one line saying why there is none."""
    if not message.chart:
        return message.chart_missing
    try:
        path.write_bytes(message.chart)
    except OSError as exc:
        return _missing(path, exc)
    return f"Chart: {path}"


def to_new_files(folder: Path | None = None) -> ChartWriter:
    """A writer putting each chart in a new file in folder (the system's temporary folder)."""

    def write(message: Exploration) -> str:
        if not message.chart:
            return message.chart_missing
        try:
            handle, name = tempfile.mkstemp(prefix="explore-", suffix=".png", dir=folder)
        except OSError as exc:
            return _missing(folder or tempfile.gettempdir(), exc)
        os.close(handle)
        return write_chart(message, Path(name))

    return write
