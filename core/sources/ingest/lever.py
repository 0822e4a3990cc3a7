"""Lever postings API: GET /v0/postings/{site}?mode=json (a bare array; api.eu.lever.co too)."""

from __future__ import annotations

from datetime import datetime

from core.model import Posting
from core.sources.ingest import build, normalize
from core.sources.ingest.build import Page, Record
from core.sources.ingest.html import html_to_text
from core.sources.ingest.spec import SourceSpec


def parse(body: bytes, spec: SourceSpec, now: datetime) -> Page:
    """The postings of one site response: a JSON array of postings."""
    data = build.json_array(body)
    return build.collect(data, lambda record: _posting(record, spec, now), Page())


def _posting(job: Record, spec: SourceSpec, now: datetime) -> Posting:
    location = job.text("categories", "location")
    locations = [location, *job.texts("categories", "allLocations")]
    title = job.text("text")
    salary = job.get("salaryRange")
    pay = Record(salary) if isinstance(salary, dict) else None
    return build.make_posting(
        spec,
        job.ident("id"),
        title,
        location=normalize.join_locations(locations),
        workplace=normalize.workplace_from_label(job.get("workplaceType"))
        or normalize.workplace_from_text(location, title),
        salary=normalize.salary_range(
            pay.get("min"),
            pay.get("max"),
            pay.get("currency"),
            normalize.interval_of(pay.get("interval")),
        )
        if pay is not None
        else (None, None, None),
        url=job.get("hostedUrl"),
        description=_description(job),
        tags=build.tags_of([job.get("categories", "team"), job.get("categories", "commitment")]),
        posted_at=normalize.parse_date(job.get("createdAt"), now),
    )


def _description(job: Record) -> str:
    """descriptionPlain, then each list ("Requirements", ...) and the closing text."""
    parts = [build.description(job.get("description"), job.get("descriptionPlain"))]
    for item in job.items("lists"):
        if isinstance(item, dict):
            entry = Record(item)
            content = entry.get("content")
            body = html_to_text(content) if isinstance(content, str) else ""
            parts.append(f"{entry.text('text')}\n{body}".strip())
    parts.append(build.description(job.get("additional"), job.get("additionalPlain")))
    return build.description(plain="\n\n".join(part for part in parts if part))
