"""The bundled sample postings, loaded into an empty store so first searches find jobs."""

from __future__ import annotations

import logging
from functools import cache
from importlib import resources

from core.model import Posting
from core.postings.importing import RowError, iter_postings

log = logging.getLogger(__name__)

SAMPLE_FILE = "sample_postings.jsonl"


def sample_file() -> str:
    """Where the shipped sample file is, for `concierge import` to name it."""
    return str(resources.files("core.data").joinpath(SAMPLE_FILE))


def sample_postings() -> list[Posting]:
    """The sample postings shipped inside the package, a fresh list each call."""
    return list(_read_sample())


@cache  # the shipped file never changes while running; postings are frozen
def _read_sample() -> tuple[Posting, ...]:
    """Read the sample postings shipped inside the package."""
    ref = resources.files("core.data").joinpath(SAMPLE_FILE)
    with resources.as_file(ref) as path:
        rows = list(iter_postings(path, default_source="sample"))
    bad = [row for row in rows if isinstance(row, RowError)]
    for row in bad:
        log.warning("sample posting on line %d skipped: %s", row.line, row.reason)
    return tuple(row for row in rows if isinstance(row, Posting))
