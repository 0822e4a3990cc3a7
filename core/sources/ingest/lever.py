"""Lever postings API: GET /v0/postings/{site}?mode=json (a bare array; api.eu.lever.co too)."""

from __future__ import annotations

from datetime import datetime

from core.model import Posting
from core.sources.ingest.build import (
    Page,
    Record,
    collect,
    description,
    expect,
    json_body,
    make_posting,
    tags_of,
)
from core.sources.ingest.html import html_to_text
from core.sources.ingest.normalize import (
    interval_of,
    join_locations,
    parse_date,
    salary_range,
    workplace_from_label,
    workplace_from_text,
)
from core.sources.ingest.spec import SourceSpec


def parse(body: bytes, spec: SourceSpec, now: datetime) -> Page:
    """The postings of one site response: a JSON array of postings."""
    data = json_body(body)
    expect(data, list, "the response")
    assert isinstance(data, list)
    return collect(data, lambda record: _posting(record, spec, now), Page())


def _posting(job: Record, spec: SourceSpec, now: datetime) -> Posting:
    location = job.text("categories", "location")
    locations = [location, *job.texts("categories", "allLocations")]
    title = job.text("text")
    salary = job.get("salaryRange")
    pay = Record(salary) if isinstance(salary, dict) else None
    return make_posting(
        spec,
        job.ident("id"),
        title,
        location=join_locations(locations),
        workplace=workplace_from_label(job.get("workplaceType"))
        or workplace_from_text(location, title),
        salary=salary_range(
            pay.get("min"), pay.get("max"), pay.get("currency"), interval_of(pay.get("interval"))
        )
        if pay is not None
        else (None, None, None),
        url=job.get("hostedUrl"),
        description=_description(job),
        tags=tags_of([job.get("categories", "team"), job.get("categories", "commitment")]),
        posted_at=parse_date(job.get("createdAt"), now),
    )


def _description(job: Record) -> str:
    """descriptionPlain, then each list ("Requirements", ...) and the closing text."""
    parts = [description(job.get("description"), job.get("descriptionPlain"))]
    for item in job.items("lists"):
        if isinstance(item, dict):
            entry = Record(item)
            content = entry.get("content")
            body = html_to_text(content) if isinstance(content, str) else ""
            parts.append(f"{entry.text('text')}\n{body}".strip())
    parts.append(description(job.get("additional"), job.get("additionalPlain")))
    return description(plain="\n\n".join(part for part in parts if part))
