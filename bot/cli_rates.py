"""`concierge rates update FILE`: load a newer ECB euro reference rates file."""

from __future__ import annotations

import os
import sys
import zipfile
from pathlib import Path

from bot.config import Settings
from core.matching.money import RatesError, load_rates


def update(settings: Settings, source: Path) -> int:
    """Check that FILE parses as ECB rates, then keep it where the bot loads its rates from."""
    target = settings.rates_file
    try:
        table = load_rates(source)
    except RatesError as exc:
        print(f"concierge rates update: {exc}", file=sys.stderr)
        return 2
    if not target.parent.is_dir():
        print(f"concierge rates update: the folder {target.parent} does not exist", file=sys.stderr)
        return 2
    partial = target.with_name(target.name + ".partial")
    _write(source, partial, zipped=target.suffix.lower() == ".zip")
    os.replace(partial, target)
    count = len(table.per_euro)
    print(
        f"Saved the ECB rates of {table.date.isoformat()} ({count} currencies) to {target}; "
        "the bot uses them from its next start."
    )
    return 0


def _write(source: Path, target: Path, zipped: bool) -> None:
    """Copy the rates, as a zip when the target is one (the loader goes by the name)."""
    source_zipped = zipfile.is_zipfile(source)
    if zipped == source_zipped:
        target.write_bytes(source.read_bytes())
    elif zipped:
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.write(source, arcname="eurofxref-hist.csv")
    else:
        with zipfile.ZipFile(source) as archive:
            target.write_bytes(archive.read(archive.namelist()[0]))
