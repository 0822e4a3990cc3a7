"""RemoteOK: GET https://remoteok.com/api, an array whose first element is a legal notice."""

from __future__ import annotations

from datetime import datetime

from core.model import Posting
from core.sources.ingest import build
from core.sources.ingest.build import Page, Record
from core.sources.ingest.normalize import parse_date, salary_range
from core.sources.ingest.spec import SourceSpec


def parse(body: bytes, spec: SourceSpec, now: datetime) -> Page:
    """The postings in the array, the legal notice left out."""
    data = build.json_array(body)
    return build.collect(data, lambda record: _posting(record, spec, now), Page())


def _posting(job: Record, spec: SourceSpec, now: datetime) -> Posting | None:
    if "legal" in job.raw and "position" not in job.raw:
        return None
    return build.make_posting(
        spec,
        job.ident("id"),
        job.text("position") or job.text("title"),
        company=job.text("company"),
        location=job.text("location"),
        workplace="remote",
        # 0 means "not given"; salary_range drops non-positive amounts.
        salary=salary_range(job.get("salary_min"), job.get("salary_max"), "USD", "year"),
        url=job.get("url") or job.get("apply_url"),
        description=build.description(job.get("description")),
        tags=build.tags_of(job.texts("tags")),
        posted_at=parse_date(job.get("epoch"), now) or parse_date(job.get("date"), now),
    )
