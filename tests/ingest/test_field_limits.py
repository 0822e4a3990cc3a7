"""A polled source and a file import cut a posting's fields to the same documented limits."""

from __future__ import annotations

from core.postings.importing import posting_from_record
from core.sources.ingest.build import make_posting, tags_of
from core.sources.ingest.spec import SourceSpec

TAGS = [f"skill-{n}" for n in range(70)]


def test_a_polled_posting_keeps_as_many_tags_as_an_imported_one() -> None:
    imported = posting_from_record({"id": "1", "title": "Engineer", "tags": TAGS})
    polled = tags_of(TAGS)
    assert len(imported.tags) == len(polled) == 50  # README: tags 50 each and 50 in all
    assert polled == imported.tags


def test_a_polled_title_and_company_are_cut_where_an_imported_one_is() -> None:
    long_title, long_company = "T" * 400, "C" * 400
    imported = posting_from_record(
        {"id": "1", "title": long_title, "company": long_company, "tags": ["x" * 80]}
    )
    spec = SourceSpec.parse("greenhouse", "acme")
    polled = make_posting(spec, "1", long_title, company=long_company, tags=tags_of(["x" * 80]))
    assert (len(polled.title), len(polled.company)) == (300, 200)
    assert (polled.title, polled.company, polled.tags) == (
        imported.title,
        imported.company,
        imported.tags,
    )
