"""Remotive: GET https://remotive.com/api/remote-jobs, {"jobs": [...]}."""

from __future__ import annotations

from datetime import datetime

from core.model import Posting
from core.sources.ingest import build
from core.sources.ingest.build import Page, Record
from core.sources.ingest.normalize import parse_date, parse_salary_text
from core.sources.ingest.spec import SourceSpec


def parse(body: bytes, spec: SourceSpec, now: datetime) -> Page:
    """The postings of {"job-count": n, "jobs": [...]}."""
    jobs = build.array_at(build.json_object(body), "jobs")
    return build.collect(jobs, lambda record: _posting(record, spec, now), Page())


def _posting(job: Record, spec: SourceSpec, now: datetime) -> Posting:
    job_type = job.text("job_type").replace("_", " ")
    return build.make_posting(
        spec,
        job.ident("id"),
        job.text("title"),
        company=job.text("company_name"),
        location=job.text("candidate_required_location"),
        workplace="remote",
        salary=parse_salary_text(job.get("salary")),
        url=job.get("url"),
        description=build.description(job.get("description")),
        tags=build.tags_of([*job.texts("tags"), job.text("category"), job_type]),
        posted_at=parse_date(job.get("publication_date"), now),
    )
