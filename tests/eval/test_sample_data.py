"""The bundled sample postings (core/data/sample_postings.jsonl) and their generator."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path

import pytest

from core.matching import parse_query, rank
from core.postings.currencies import ISO_4217
from core.postings.sample import sample_postings
from scripts import build_sample_data as build_data
from tests.eval import harness

SAMPLE = build_data.SAMPLE_OUT
REMOTE_VALUES = (True, False, "hybrid", "remote", "onsite", None)


def rows() -> list[dict[str, object]]:
    with SAMPLE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_sample_postings_follow_the_import_schema() -> None:
    data = rows()
    # 340 judged (the evaluation pool's), 98 of common roles outside tech, then first searches'.
    assert len(data) == build_data.JUDGED_SAMPLE + 98 + len(build_data.FIRST_SEARCHES) + len(
        build_data.FIRST_SEARCHES_2
    )
    assert len({r["id"] for r in data}) == len(data)
    for r in data:
        assert re.fullmatch(r"sample:\d{4}", str(r["id"]))
        assert r["source"] == "sample"
        assert r["title"] and r["company"] and r["description"]
        assert r["remote"] in REMOTE_VALUES
        assert r["currency"] is None or r["currency"] in ISO_4217
        lo, hi = r["salary_min"], r["salary_max"]
        assert (lo is None) == (hi is None) == (r["currency"] is None)
        if isinstance(lo, int) and isinstance(hi, int):
            assert 10_000 <= lo <= hi <= 1_000_000
        assert str(r["url"]).startswith("https://example.com/jobs/")
        assert isinstance(r["tags"], list) and all(isinstance(t, str) for t in r["tags"])
        assert len(str(r["description"])) <= 1500
        posted = str(r["posted_at"])
        assert posted.endswith("Z")
        moment = datetime.fromisoformat(posted.replace("Z", "+00:00"))
        assert (moment.year, moment.month) in ((2026, 10), (2026, 11))


def test_sample_postings_load_as_postings() -> None:
    postings = harness.load_postings(SAMPLE)
    assert all(p.posted_at is not None for p in postings)
    assert {p.workplace for p in postings} == {"remote", "hybrid", "onsite", None}


def test_pool_contains_every_judged_sample_posting_and_no_later_one() -> None:
    pool = {p.id for p in harness.load_postings()}
    judged = {f"sample:{n:04d}" for n in range(1, build_data.JUDGED_SAMPLE + 1)}
    assert judged <= pool
    # The postings of roles outside tech added after them are not judged: not in the pool.
    assert {str(r["id"]) for r in rows()} - judged
    assert not ({str(r["id"]) for r in rows()} - judged) & pool


def test_every_common_role_a_new_user_tries_finds_sample_postings() -> None:
    postings = sample_postings()
    for role in ("attorney", "paralegal", "air traffic controller", "teacher", "truck driver"):
        assert rank(parse_query(role), postings), role
    for role in ("pharmacist", "Rechtsanwalt", "Lehrer", "camionero", "farmacéutico", "cashier"):
        assert rank(parse_query(role), postings), role


@pytest.mark.skipif(
    not (build_data.shared_dir() / "usajobs" / "postings.jsonl.gz").exists(),
    reason="shared reference data not available",
)
def test_generator_reproduces_the_shipped_files() -> None:
    sample, pool, meta = build_data.build()
    assert build_data.dump(sample) == Path(build_data.SAMPLE_OUT).read_text(encoding="utf-8")
    assert build_data.dump(pool) == Path(build_data.POOL_OUT).read_text(encoding="utf-8")
    shipped = Path(build_data.SOURCES_OUT).read_text(encoding="utf-8")
    assert build_data.sources_md(meta) == shipped
