"""Charts in the terminal: the PNG written to a file, and one line saying where (or why not)."""

from __future__ import annotations

import atexit
import os
import shutil
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
    """A writer putting each chart in a new file in folder; without one, in a folder of this
    run in the system's temporary folder, made at the first chart and removed at exit (so
    that each /explore leaves no file behind)."""
    made: list[Path] = []

    def write(message: Exploration) -> str:
        if not message.chart:
            return message.chart_missing
        where = folder
        try:
            if where is None:
                if not made:
                    made.append(Path(tempfile.mkdtemp(prefix="concierge-charts-")))
                    atexit.register(shutil.rmtree, made[0], ignore_errors=True)
                where = made[0]
            handle, name = tempfile.mkstemp(prefix="explore-", suffix=".png", dir=where)
        except OSError as exc:
            return _missing(where or tempfile.gettempdir(), exc)
        os.close(handle)
        shown = write_chart(message, Path(name))
        return (
            f"{shown} (removed when the chat ends)"
            if made and shown.startswith("Chart:")
            else shown
        )

    return write
