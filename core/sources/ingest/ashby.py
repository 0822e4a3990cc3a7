"""Ashby job board API: GET /posting-api/job-board/{board}?includeCompensation=true."""

from __future__ import annotations

from datetime import datetime

from core.model import Posting
from core.sources.ingest import build, normalize
from core.sources.ingest.build import Page, Record
from core.sources.ingest.spec import SourceSpec


def parse(body: bytes, spec: SourceSpec, now: datetime) -> Page:
    """The listed postings of one board: {"jobs": [...]}; unlisted ones are left out."""
    jobs = build.array_at(build.json_object(body), "jobs")
    return build.collect(jobs, lambda record: _posting(record, spec, now), Page())


def _posting(job: Record, spec: SourceSpec, now: datetime) -> Posting | None:
    if job.get("isListed") is False:
        return None
    location = job.text("location")
    secondary = [
        Record(s).text("location") for s in job.items("secondaryLocations") if isinstance(s, dict)
    ]
    title = job.text("title")
    workplace = normalize.workplace_from_label(job.get("workplaceType"))
    if workplace is None and job.get("isRemote") is True:
        workplace = "remote"
    return build.make_posting(
        spec,
        job.ident("id"),
        title,
        location=normalize.join_locations([location, *secondary]),
        workplace=workplace or normalize.workplace_from_text(location, title),
        salary=_salary(job),
        url=job.get("jobUrl"),
        description=build.description(job.get("descriptionHtml"), job.get("descriptionPlain")),
        tags=build.tags_of([job.get("department"), job.get("team"), job.get("employmentType")]),
        posted_at=normalize.parse_date(job.get("publishedAt"), now),
    )


def _salary(job: Record) -> tuple[float | None, float | None, str | None]:
    """The first salary component of compensation.summaryComponents, annualised."""
    for item in job.items("compensation", "summaryComponents"):
        if isinstance(item, dict) and item.get("compensationType") == "Salary":
            part = Record(item)
            found = normalize.salary_range(
                part.get("minValue"),
                part.get("maxValue"),
                part.get("currencyCode"),
                normalize.interval_of(part.get("interval")) or "year",
            )
            if found[0] is not None or found[1] is not None:
                return found
    return None, None, None
