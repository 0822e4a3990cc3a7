"""`concierge search QUERY --json` on the bundled sample and constructed postings: remote work
open to a country ("remote us") against remote or in it ("remote or us"), who may apply to a
remote posting ("Remote (US)", "Remote – EU", "Remote, UK only", "anywhere"), skills named
as alternatives ("python or go", "java/kotlin") and shifts preferred ("nights")."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from core.postings.sample import SAMPLE_FILE
from tests.e2e.test_cli import ROOT, concierge

GO = "We build Go services. Golang, gRPC and PostgreSQL."
NODE = "Node.js backend services, TypeScript and PostgreSQL."
OWN = [
    ("go-remote-us", "Golang Developer", "Remote (US)", True, GO, None),
    ("go-anywhere", "Golang Developer", "Remote - anywhere", True, GO, None),
    ("go-remote-eu", "Golang Developer", "Remote – EU", True, GO, None),
    ("go-remote-uk", "Golang Developer", "Remote, UK only", True, GO, None),
    ("go-onsite-us", "Golang Developer", "Austin, TX", False, GO, None),
    ("go-unstated-us", "Golang Developer", "Denver, CO", None, GO, None),
    ("be-remote-us", "Backend Engineer", "Remote (US)", True, NODE, 200_000),
    ("be-remote-uk", "Backend Engineer", "Remote, UK only", True, NODE, 95_000),
    ("be-london", "Backend Engineer", "London, UK", False, NODE, 90_000),
    ("be-europe", "Backend Engineer", "Remote – Europe", True, NODE, None),
    ("be-anywhere", "Backend Engineer", "Remote - anywhere", True, NODE, None),
    ("node-remote", "Node.js Backend Developer", "Remote", True, NODE, None),
    ("node-remote-us", "Node.js Backend Developer", "Remote (US)", True, NODE, None),
    ("node-emea", "Node.js Backend Developer", "EMEA", True, NODE, None),
    ("py-be", "Backend Engineer", "Remote (US)", True, "Python services on Django.", None),
    ("java-be", "Backend Engineer", "Remote (US)", True, "Java services on Spring.", None),
    ("kotlin-be", "Backend Engineer", "Remote (US)", True, "Kotlin services on Ktor.", None),
    ("rn-days", "Registered Nurse", "Denver, CO", False, "Med-surg unit, day shift.", None),
    ("rn-nights", "Registered Nurse", "Denver, CO", False, "Med-surg unit, night shift.", None),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database holding the bundled sample and the postings above."""
    where = tmp_path_factory.mktemp("regions")
    db = where / "regions.db"
    feed = where / "own.jsonl"
    rows = [
        {
            "id": pid,
            "title": title,
            "company": "Acme",
            "location": place,
            "remote": remote,
            "description": text,
            "salary_min": pay,
            "currency": "GBP" if pay else None,
            "url": f"https://x.example/{pid}",
        }
        for pid, title, place, remote, text, pay in OWN
    ]
    feed.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    for path in (ROOT / "core" / "data" / SAMPLE_FILE, feed):
        imported = concierge("import", str(path), db=db)
        assert imported.returncode == 0, imported.stderr
    return db


def _search(db: Path, query: str) -> list[dict[str, Any]]:
    result = concierge("search", query, "--json", "--limit", "200", db=db)
    assert result.returncode == 0, result.stderr
    found: list[dict[str, Any]] = json.loads(result.stdout)
    return found


def _ids(found: list[dict[str, Any]]) -> list[str]:
    return [row["posting_id"].removeprefix("import:") for row in found]


@pytest.mark.parametrize(
    "query",
    [
        "golang developer remote us",
        "golang developer us remote",
        "golang developer remote in the us",
        "golang developer, remote, usa",
    ],
)
def test_remote_with_a_country_is_remote_work_open_to_it(db: Path, query: str) -> None:
    ids = _ids(_search(db, query))
    assert {"go-remote-us", "go-anywhere", "go-unstated-us"} <= set(ids)
    assert not {"go-remote-eu", "go-remote-uk", "go-onsite-us"} & set(ids)
    # For the place itself first, then open to anywhere, then in it without saying remote.
    assert ids.index("go-remote-us") < ids.index("go-anywhere") < ids.index("go-unstated-us")


def test_remote_us_on_the_sample_leaves_out_onsite_us_jobs_that_remote_or_us_keeps(
    db: Path,
) -> None:
    remote_us = _search(db, "golang developer remote us")
    either = _ids(_search(db, "golang developer remote or us"))
    assert "go-onsite-us" in either and "go-remote-us" in either
    assert set(_ids(remote_us)) < set(either)
    sample = [row for row in remote_us if row["posting_id"].startswith("sample:")]
    assert sample  # the sample's remote US Go job, and those in the US not saying remote
    for row in sample:
        said = " ".join(row["reasons"])
        assert "workplace not stated" in said or "United States ✓" in said, row


def test_the_echo_says_remote_open_to_the_country_and_how_to_ask_for_either(db: Path) -> None:
    result = concierge("search", "golang developer remote us", db=db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith('Query: title "developer" · skills Go · remote open to US (')
    assert '("golang developer remote or US" also takes jobs in US)' in result.stdout
    either = concierge("search", "golang developer remote or us", db=db).stdout
    assert "remote open to US, or in US" in either.splitlines()[0]


@pytest.mark.parametrize(
    "query",
    ["backend engineer remote in the UK", "backend engineer uk remote", "node.js backend london"],
)
def test_remote_in_a_country_ranks_it_then_regions_around_it_then_anywhere(
    db: Path, query: str
) -> None:
    rows = _search(db, query)
    score = dict(zip(_ids(rows), (row["score"] for row in rows), strict=True))
    assert score["be-remote-uk"] > score["be-europe"] > score["be-anywhere"]
    assert "be-remote-us" not in score
    ids = _ids(rows)
    assert ids.index("be-remote-uk") < ids.index("be-europe") < ids.index("be-anywhere")


def test_a_uk_search_leaves_out_remote_us_jobs(db: Path) -> None:
    found = _search(db, "backend engineer £80k+ uk")
    ids = _ids(found)
    assert {"be-remote-uk", "be-london"} <= set(ids)
    assert "be-remote-us" not in ids
    for row in found:
        assert "(US)" not in " ".join(row["reasons"]), row


def test_a_city_search_leaves_out_remote_postings_not_open_to_it(db: Path) -> None:
    ids = _ids(_search(db, "node.js backend london"))
    assert "node-emea" in ids
    assert not {"node-remote", "node-remote-us"} & set(ids)


def test_skills_named_with_or_are_any_of_them(db: Path) -> None:
    rows = _search(db, "python or go backend engineer remote")
    found = dict(zip(_ids(rows), rows, strict=True))
    assert {"py-be", "go-remote-us"} <= found.keys()
    assert not {"java-be", "be-remote-us"} & found.keys()  # neither Python nor Go
    assert "Python: in the text only" in found["py-be"]["reasons"]
    assert "skills: Go" in found["go-remote-us"]["reasons"]
    each = _search(db, "python go backend engineer remote")  # both count: Go is missing
    score = dict(zip(_ids(each), (row["score"] for row in each), strict=True))
    assert score["py-be"] < found["py-be"]["score"]


def test_a_slash_between_skills_is_any_of_them_and_echoed(db: Path) -> None:
    ids = _ids(_search(db, "java/kotlin backend engineer"))
    assert {"java-be", "kotlin-be"} <= set(ids) and "py-be" not in ids
    result = concierge("search", "java/kotlin backend engineer", db=db)
    assert 'title "backend engineer" · any of: Java, Kotlin' in result.stdout.splitlines()[0]


def test_a_shift_ranks_postings_naming_it_first_and_leaves_none_out(db: Path) -> None:
    plain = _ids(_search(db, "registered nurse denver"))
    rows = _search(db, "registered nurse nights denver")
    ids = _ids(rows)
    assert set(ids) >= set(plain) >= {"rn-days", "rn-nights"}
    assert ids.index("rn-nights") < ids.index("rn-days")
    assert "names nights ✓" in rows[ids.index("rn-nights")]["reasons"]
    echo = concierge("search", "registered nurse nights denver", db=db).stdout.splitlines()[0]
    assert "preferring nights in the text" in echo
