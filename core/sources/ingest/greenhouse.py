"""Greenhouse job board API: GET /v1/boards/{token}/jobs?content=true."""

from __future__ import annotations

import html
from datetime import datetime

from core.model import Posting
from core.sources.ingest import build
from core.sources.ingest.build import Page, Record
from core.sources.ingest.normalize import join_locations, parse_date, workplace_from_text
from core.sources.ingest.spec import SourceSpec


def parse(body: bytes, spec: SourceSpec, now: datetime) -> Page:
    """The postings of one board response: {"jobs": [...], "meta": {...}}."""
    jobs = build.array_at(build.json_object(body), "jobs")
    return build.collect(jobs, lambda record: _posting(record, spec, now), Page())


def _posting(job: Record, spec: SourceSpec, now: datetime) -> Posting:
    location = job.text("location", "name")
    offices = [Record(o).text("name") for o in job.items("offices") if isinstance(o, dict)]
    departments = [Record(d).text("name") for d in job.items("departments") if isinstance(d, dict)]
    content = job.get("content")
    # The board API escapes the HTML once more: "&lt;p&gt;" stands for "<p>".
    text = build.description(html.unescape(content) if isinstance(content, str) else None)
    title = job.text("title")
    return build.make_posting(
        spec,
        job.ident("id"),
        title,
        company=job.text("company_name"),
        location=location or join_locations(offices),
        workplace=workplace_from_text(location, title),
        url=job.get("absolute_url"),
        description=text,
        tags=[d for d in departments if d],
        posted_at=parse_date(job.get("first_published"), now)
        or parse_date(job.get("updated_at"), now),
    )
