"""The same job on two sources is linked; distinct roles never are."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.model import Posting
from core.sources.ingest import FetchState, IngestClient, SourceSpec, poll
from core.sources.ingest.dedup import duplicate_key, find_duplicates, same_job
from tests.ingest.conftest import NOW, Server


def _pair(
    title_a: str,
    title_b: str,
    *,
    location_a: str = "Berlin",
    location_b: str = "Berlin",
    company_a: str = "Acme",
    company_b: str = "Acme Inc.",
) -> bool:
    a = Posting("greenhouse:acme:1", title_a, "greenhouse:acme", company_a, location_a)
    b = Posting("remoteok:remoteok:9", title_b, "remoteok:remoteok", company_b, location_b)
    return same_job(a, b) and same_job(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sr. Backend Engineer", "Senior Backend Engineer"),
        ("Senior Backend Engineer (m/f/d)", "Sr Backend Engineer"),
        ("Software Engineer, Backend", "Backend Software Engineer"),
        ("Software Engineer 2", "Software Engineer II"),
        ("Data Engineer - Remote", "Data Engineer"),
        ("Frontend Engineer (React)", "Frontend Engineer, React"),
    ],
)
def test_same_job_links(a: str, b: str) -> None:
    assert _pair(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Software Engineer II", "Software Engineer III"),
        ("Software Engineer I", "Software Engineer II"),
        ("Intern Summer 2026", "Intern Fall 2026"),
        ("Intern Summer 2026", "Intern Summer 2027"),
        ("Senior Backend Engineer", "Junior Backend Engineer"),
        ("Senior Backend Engineer", "Backend Engineer"),
        ("Staff Engineer", "Principal Engineer"),
        ("Backend Engineer", "Frontend Engineer"),
        ("Backend Engineer, Payments", "Backend Engineer"),
        ("Product Manager", "Product Designer"),
    ],
)
def test_distinct_roles_never_link(a: str, b: str) -> None:
    assert not _pair(a, b)


def test_locations_must_agree() -> None:
    title = "Backend Engineer"
    assert not _pair(title, title, location_b="Munich")
    assert not _pair(title, title, location_a="San Francisco, CA", location_b="San Jose, CA")
    assert _pair(title, title, location_a="Berlin, Germany", location_b="Berlin")
    assert _pair(title, title, location_a="Berlin / Munich", location_b="Munich, DE")
    assert _pair(title, title, location_a="", location_b="Berlin")
    assert _pair(title, title, location_a="Remote", location_b="Remote, Worldwide")


def test_companies_must_agree() -> None:
    title = "Backend Engineer"
    assert not _pair(title, title, company_b="Globex")
    assert not _pair(title, title, company_a="", company_b="")
    assert _pair(title, title, company_a="ACME GmbH", company_b="acme")


def test_same_source_and_same_id_are_not_duplicates() -> None:
    a = Posting("lever:acme:1", "Engineer", "lever:acme", "Acme", "Berlin")
    b = Posting("lever:acme:2", "Engineer", "lever:acme", "Acme", "Berlin")
    assert find_duplicates(a, [a, b]) == []


def test_duplicate_key_blocks_by_company() -> None:
    assert duplicate_key(Posting("x", "t", company="Acme, Inc.")) == "acme"
    assert duplicate_key(Posting("x", "t", company="The Acme Company")) == "acme"
    assert duplicate_key(Posting("x", "t")) is None


@given(st.text(max_size=60), st.text(max_size=60), st.text(max_size=30))
def test_dedup_is_total_and_symmetric(a: str, b: str, place: str) -> None:
    one = Posting("s1:1", a or "x", "s1", "Acme", place)
    two = Posting("s2:1", b or "x", "s2", "Acme", place)
    assert same_job(one, two) == same_job(two, one)


async def test_dedup_across_real_sources(server: Server, client: IngestClient) -> None:
    server.fixture("/v1/boards/acme/jobs", "greenhouse.json")
    remoteok_url = server.fixture("/api", "remoteok.json")
    arbeitnow_url = server.fixture("/api/job-board-api", "arbeitnow_1.json")
    specs = [
        SourceSpec.parse("greenhouse", "acme", server.base),
        SourceSpec.parse("remoteok", "remoteok", remoteok_url),
        SourceSpec.parse("arbeitnow", "arbeitnow", arbeitnow_url),
    ]
    postings: list[Posting] = []
    for spec in specs:
        postings += (await poll(spec, client, FetchState(), NOW)).postings
    senior = next(p for p in postings if p.id == "greenhouse:acme:4012345")
    # RemoteOK's "Sr. Backend Engineer" at "Acme Inc." in Berlin is the same job; Arbeitnow's
    # "Backend Engineer (m/w/d)" at Acme GmbH is not senior, so it is another role.
    assert find_duplicates(senior, postings) == ["remoteok:remoteok:1089999"]
