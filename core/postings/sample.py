"""The bundled sample postings, loaded into an empty store so first searches find jobs."""

from __future__ import annotations

import logging
from importlib import resources

from core.model import Posting
from core.postings.importing import RowError, iter_postings

log = logging.getLogger(__name__)

SAMPLE_FILE = "sample_postings.jsonl"


def sample_postings() -> list[Posting]:
    """Read the sample postings shipped inside the package."""
    ref = resources.files("core.data").joinpath(SAMPLE_FILE)
    with resources.as_file(ref) as path:
        rows = list(iter_postings(path, default_source="sample"))
    bad = [row for row in rows if isinstance(row, RowError)]
    for row in bad:
        log.warning("sample posting on line %d skipped: %s", row.line, row.reason)
    return [row for row in rows if isinstance(row, Posting)]
