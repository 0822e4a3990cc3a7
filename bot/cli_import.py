"""`concierge import FILE...`: stream postings files into the store and match them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tqdm import tqdm

from bot.bootstrap import open_app
from bot.config import Settings
from core.errors import ImportFileError
from core.model import Posting
from core.plurals import count
from core.postings.importing import (
    DATE_NOT_READ,
    PAY_NOT_READ,
    PROGRESS_MIN_BYTES,
    ProgressCallback,
    RepeatedNotes,
    RowError,
    RowNote,
    iter_postings,
    under_source,
)
from core.postings.intake import Intake, IntakeSummary

BATCH = 500
# Notes of a field left out, the record kept: each counted in the summary line as this.
_KEPT_WITHOUT = {PAY_NOT_READ: "kept without pay", DATE_NOT_READ: "kept without a date"}


async def import_files(settings: Settings, files: list[Path], source: str) -> int:
    """Import every file; exit status 1 only when nothing could be read at all."""
    totals = IntakeSummary(0, 0, 0, 0)
    skipped = read = cut = unreadable = 0
    kept = dict.fromkeys(_KEPT_WITHOUT, 0)
    async with open_app(settings) as app:
        empty = settings.load_sample and await app.store.count_open_postings() == 0
        intake = await app.intake()
        for path in files:
            try:
                with _progress_bar(path) as on_progress:
                    rows = iter_postings(path, default_source=source, on_progress=on_progress)
                    summary, bad, noted, without = await _import_rows(intake, path, rows)
            except ImportFileError as exc:
                print(f"concierge import: {exc}", file=sys.stderr)
                unreadable += 1
                continue
            totals = _add(totals, summary)
            skipped += bad
            cut += noted
            kept = {kind: kept[kind] + without[kind] for kind in kept}
            read += summary.new + summary.updated + summary.unchanged + bad
    shortened = f", {cut} with a field cut to fit (noted above)" if cut else ""
    shortened += "".join(
        f", {kept[kind]} {said} (noted above)" for kind, said in _KEPT_WITHOUT.items() if kept[kind]
    )
    closed = (
        f" ({totals.closed} of them closed: their closing date has passed)" if totals.closed else ""
    )
    files_read = count(len(files), "file", "files")
    imported = f"{len(files) - unreadable} of {files_read}" if unreadable else files_read
    print(
        f"Imported {imported}: {totals.new} new, {totals.updated} updated, "
        f"{totals.unchanged} unchanged{closed}, {skipped} skipped{shortened}; "
        f"{count(totals.matches, 'new match', 'new matches')}."
    )
    if empty and totals.new:
        _no_sample_note()
    return 0 if read else 1


def _no_sample_note() -> None:
    """Say that `concierge run` will not load the sample into a store this import filled."""
    from core.postings.sample import sample_file

    print(
        "note: the bundled sample postings load only into an empty store, so `concierge run` "
        "will not add them to this one; to have them as well: "
        f"concierge import {sample_file()} --source sample",
        file=sys.stderr,
    )


async def _import_rows(
    intake: Intake, path: Path, rows: Iterator[Posting | RowError | RowNote]
) -> tuple[IntakeSummary, int, int, dict[str, int]]:
    """Record the good rows in batches; report bad rows and cut fields on stderr (each kind of
    cut at its first row, then once with how many more rows had it).

    Returns the summary, the rows skipped, the rows imported with a field cut and, by note
    kind (_KEPT_WITHOUT), those imported without their pay or date (which could not be read).
    """
    summary = IntakeSummary(0, 0, 0, 0)
    bad = 0
    noted: set[int] = set()
    without: dict[str, set[int]] = {kind: set() for kind in _KEPT_WITHOUT}
    notes = RepeatedNotes()
    batch: dict[str, Posting] = {}
    for row in rows:
        if isinstance(row, RowError):
            bad += 1
            print(f"{path}:{row.line}: {row.reason}", file=sys.stderr)
            continue
        if isinstance(row, RowNote):
            without.get(row.kind, noted).add(row.line)
            if notes.first(row):
                print(f"{path}:{row.line}: note: {row.note}", file=sys.stderr)
            continue
        posting = under_source(row)
        batch[posting.id] = posting  # a later row with the same id wins, as a re-import would
        if len(batch) >= BATCH:
            summary = _add(summary, await intake.record(list(batch.values())))
            batch.clear()
    if batch:
        summary = _add(summary, await intake.record(list(batch.values())))
    for line in notes.summary():
        print(f"{path}: note: {line}", file=sys.stderr)
    return summary, bad, len(noted), {kind: len(lines) for kind, lines in without.items()}


def _add(a: IntakeSummary, b: IntakeSummary) -> IntakeSummary:
    """Sum two summaries."""
    return IntakeSummary(
        a.new + b.new,
        a.updated + b.updated,
        a.unchanged + b.unchanged,
        a.matches + b.matches,
        a.closed + b.closed,
    )


@contextmanager
def _progress_bar(path: Path) -> Iterator[ProgressCallback | None]:
    """A byte progress bar on stderr for large files when a person is watching."""
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    if size < PROGRESS_MIN_BYTES or not sys.stderr.isatty():
        yield None
        return
    with tqdm(total=size, unit="B", unit_scale=True, desc=path.name, file=sys.stderr) as bar:

        def on_progress(done: int, total: int) -> None:
            if bar.total != total:  # a gzip file gives more bytes than it holds
                bar.total = total
            bar.update(done - bar.n)

        yield on_progress
