"""/explore from the index over open postings gives the figures the full scan (rank) gives."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import timedelta
from functools import partial

import pytest

from core.explore.commands import (
    index_finds_own,
    indexed_postings,
    matching_postings,
    scanned_titles,
)
from core.explore.figures import READ_AT_MOST, market
from core.explore.model import Market
from core.explore.suggest import near_titles, nearest_roles
from core.matching import parse_query
from core.model import Posting
from core.postings.intake import Intake
from core.postings.sample import sample_postings
from core.store.sqlite import SqliteStore
from tests.conftest import FakeClock
from tests.integrity import QUERIES

BROAD = ("engineer", "software engineer", "developer python", "senior manager", "analyst")
# Roles that read a level, a place, a pay floor or an exclusion as well as the title and skills.
FILTERED = (
    "senior software engineer",
    "backend engineer in berlin",
    "engineer 100k+",
    "software engineer remote 90k+",
    "developer -php",
    "project manager",
)


def _generated(count: int, clock: FakeClock) -> list[Posting]:
    """Copies of the sample with their pay, dates and the case of company names varied."""
    rng = random.Random(7)
    sample = sample_postings()
    out = []
    for n in range(count):
        base = sample[n % len(sample)]
        factor = rng.choice((0.9, 1.0, 1.0, 1.2))
        out.append(
            replace(
                base,
                id=f"gen-{n}",
                company=base.company.upper() if n % 3 == 0 else base.company,
                salary_min=base.salary_min * factor if base.salary_min else None,
                salary_max=base.salary_max * factor if base.salary_max else None,
                posted_at=clock.now() - timedelta(days=rng.uniform(0, 20)),
            )
        )
    return out


async def _markets(store: SqliteStore, intake: Intake, text: str, clock: FakeClock) -> list[Market]:
    """The market for text from the full scan, then from the index."""
    query = parse_query(text)
    scanned = await matching_postings(store, query)
    indexed, analysed = await indexed_postings(store, intake.search_open_postings, query)
    assert [p.id for p in indexed] == [p.id for p in scanned]
    assert all(p.description == "" for p in indexed)  # slim: skills come from the index
    now, understood = clock.now(), query.describe()
    return [
        market(text, understood, scanned, now),
        market(text, understood, indexed, now, analysed),
    ]


def _same(scan: Market, index: Market) -> None:
    assert index == scan
    assert [p.values for p in index.pay] == [p.values for p in scan.pay]  # the chart's too


async def test_the_index_path_equals_the_scan_on_the_bundled_sample(
    store: SqliteStore, clock: FakeClock
) -> None:
    intake = await Intake.load(store, clock)
    await intake.record(sample_postings())
    for text in (*QUERIES, *BROAD):
        scan, index = await _markets(store, intake, text, clock)
        _same(scan, index)


@pytest.fixture
async def generated(store: SqliteStore, clock: FakeClock) -> Intake:
    """1,500 varied postings, every tenth the same job as the one before it."""
    intake = await Intake.load(store, clock)
    postings = _generated(1500, clock)
    await intake.record(postings)
    await store.set_duplicate_of([(f"gen-{n}", f"gen-{n - 1}") for n in range(1, 1500, 10)])
    return intake


async def test_the_index_path_equals_the_scan_on_a_generated_set(
    store: SqliteStore, clock: FakeClock, generated: Intake
) -> None:
    sampled = False
    for text in (*QUERIES, *BROAD, *FILTERED):
        scan, index = await _markets(store, generated, text, clock)
        _same(scan, index)
        sampled |= scan.open > READ_AT_MOST
    assert sampled  # some query read skills from an even sample of its matches


async def test_nearest_roles_from_the_index_equal_those_from_a_scan(
    store: SqliteStore, clock: FakeClock, generated: Intake
) -> None:
    from_index = partial(index_finds_own, generated.search_open_postings)
    titles = await store.open_titles()
    scan_titles, from_scan = scanned_titles(await store.open_postings())
    assert sorted(titles) == sorted(scan_titles)
    offered = 0
    found: set[bool] = set()
    for text in ("senior backend engineer python in tokyo", "data scientst", "zookeeper", "eng"):
        query = parse_query(text)
        near = await nearest_roles(query, titles, from_index)
        assert near == await nearest_roles(query, scan_titles, from_scan)
        offered += len(near)
        near_by = near_titles(query, titles)[:8]  # candidates; each role against each title
        for key, _, _ in near_by:
            for _, shown, _ in near_by:
                role = parse_query(shown)
                own = await from_index(key, role)
                assert own == await from_scan(key, role), (key, shown)
                found.add(own)
    assert offered
    assert found == {True, False}  # a role finds some titles' postings and not others'
