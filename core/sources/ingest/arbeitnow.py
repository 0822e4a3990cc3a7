"""Arbeitnow: GET https://www.arbeitnow.com/api/job-board-api, paginated by links.next."""

from __future__ import annotations

from datetime import datetime

from core.model import Posting
from core.sources.ingest import build
from core.sources.ingest.build import Page, Record
from core.sources.ingest.normalize import canonical_url, parse_date, workplace_from_text
from core.sources.ingest.spec import SourceSpec


def parse(body: bytes, spec: SourceSpec, now: datetime) -> Page:
    """One page: {"data": [...], "links": {"next": url | null}, "meta": {...}}."""
    data = build.json_object(body)
    jobs = build.array_at(data, "data")
    page = build.collect(jobs, lambda record: _posting(record, spec, now), Page())
    links = data.get("links")
    if isinstance(links, dict) and isinstance(links.get("next"), str):
        page.next_url = canonical_url(links["next"]) or None
    return page


def _posting(job: Record, spec: SourceSpec, now: datetime) -> Posting:
    location = job.text("location")
    title = job.text("title")
    remote = job.get("remote")
    return build.make_posting(
        spec,
        job.ident("slug"),
        title,
        company=job.text("company_name"),
        location=location,
        workplace="remote" if remote is True else workplace_from_text(location, title),
        url=job.get("url"),
        description=build.description(job.get("description")),
        tags=build.tags_of([*job.texts("tags"), *job.texts("job_types")]),
        posted_at=parse_date(job.get("created_at"), now),
    )
