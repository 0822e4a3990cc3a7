"""A new search's extra passes, made cheaper at volume (tips4), say what they said: the sector
left-out pass judges postings alike in score key once, a tip's relaxed searches share the title
parts of title shapes (PostingIndex.counter), and a tip is counted within tips.SECONDS or not
said (never one not measured against every other part). Real index, real SQLite."""

from __future__ import annotations

import time
from functools import cache

import pytest

from core.chat.service import build_concierge
from core.matching import ParsedQuery, PostingIndex, parse_query, silent, tips
from core.matching.tips import COUNTED, best_gain, relaxations
from core.model import Posting, Sensitivity
from core.postings.lookup import stored_gain
from core.postings.sample import sample_postings
from core.store.sqlite import SqliteStore
from tests.conftest import FakeClock

# Titles and texts alike but for naming the sector or specialty asked (or a kind of it), many
# times over: postings sharing a score key, some left out, some passing, some not candidates.
TITLES = ("Backend Engineer", "Senior Backend Developer (Go)", "Registered Nurse", "Paralegal")
TEXTS = (
    "Go services for a fintech moving money across Europe.",
    "C# services for our retail banking app.",
    "Rust services for our grocery deliveries, on PostgreSQL.",
    "Nights on our 12-bed ICU. Remote-friendly rota.",
    "Care for pupils at a primary school.",
    "Divorce and child custody files.",
    "Residential conveyancing files.",
)
SECTORED = (
    "backend engineer fintech",
    "backend engineer fintech banking",
    "senior backend engineer fintech remote",
    "icu nurse",
    "registered nurse icu",
    "icu or er nurse",
    "family law paralegal",
    "backend engineer fintech -php",
)
RELAXED = (
    "python backend hybrid amsterdam",
    "data analyst hybrid",
    "principal data engineer",
    "data engineer 300k",
    "data engineer contract",
    "data engineer spark elixir",
    "frontend engineer e-commerce",
    "rabbitmq kafka",
    "nurse oncology",
    "backend engineer contract",
    "senior backend engineer python go remote berlin 150k+",
    "registered nurse icu amsterdam",
    "paralegal or legal assistant family law london",
)


@cache
def _pool() -> list[Posting]:
    alike = [
        Posting(id=f"alike:{n}:{t}:{x}", title=title, description=text, company=f"Firm {n % 3}")
        for n in range(6)
        for t, title in enumerate(TITLES)
        for x, text in enumerate(TEXTS)
    ]
    return [*sample_postings(), *alike]


@cache
def _index() -> PostingIndex:
    index = PostingIndex()
    for posting in _pool():
        index.put(posting)
    return index


@pytest.mark.parametrize("sensitivity", ["normal", "strict"])
def test_the_left_out_pass_finds_what_judging_every_posting_finds(
    sensitivity: Sensitivity,
) -> None:
    said = 0
    for text in SECTORED:
        query = parse_query(text)
        found = sorted(p.id for p in _index().left_out(query, sensitivity))
        assert found == sorted(silent.left_out(query, _pool(), sensitivity)), text
        said += len(found)
    assert said >= 50  # postings alike, many of them left out: the pass is exercised


def _alone(query: ParsedQuery, sensitivity: Sensitivity) -> tuple[int, bool]:
    found = _index().search(query, sensitivity, COUNTED, False)
    return found.total, found.complete


def test_relaxed_searches_counted_together_count_as_each_alone() -> None:
    count = _index().counter(COUNTED)  # one for all: title parts shared across searches
    for text in RELAXED:
        query = parse_query(text)
        for sensitivity in ("normal", "strict"):
            for r in relaxations(query, sensitivity):
                assert count(r.query, r.sensitivity) == _alone(r.query, r.sensitivity), r
            found = _index().search(query, sensitivity).total
            together = best_gain(query, sensitivity, found, _index().counter(COUNTED))
            assert together == best_gain(query, sensitivity, found, _alone), text


def test_a_tip_past_its_time_limit_is_not_said() -> None:
    query = parse_query("python backend hybrid amsterdam")
    count = _index().counter(COUNTED)
    gain = best_gain(query, "normal", 0, count, time.monotonic() + 60)
    assert gain is not None and gain.postings > 0
    assert best_gain(query, "normal", 0, count, time.monotonic() - 1) is None

    def slow(q: ParsedQuery, sensitivity: Sensitivity) -> tuple[int, bool]:
        time.sleep(0.05)
        return count(q, sensitivity)

    # the place counted, the rest not in time: no tip rather than one not weighed against them
    assert best_gain(query, "normal", 0, slow, time.monotonic() + 0.01) is None


async def test_concierge_search_says_no_tip_past_the_time_limit(
    store: SqliteStore, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tips, "STORED_SECONDS", 600.0)  # first the counts, on a busy machine
    service = await build_concierge(store, clock)
    await service.intake.record(_pool())
    query = parse_query("python backend hybrid amsterdam")
    gain = await stored_gain(store, query, "normal", 0)
    assert gain == best_gain(query, "normal", 0, _alone)
    monkeypatch.setattr(tips, "STORED_SECONDS", 0.0)
    assert await stored_gain(store, query, "normal", 0) is None


def test_the_left_out_pass_past_its_time_limit_counts_none() -> None:
    query = parse_query("registered nurse icu")
    assert _index().left_out(query, "normal", time.monotonic() + 60)
    assert _index().left_out(query, "normal", time.monotonic() - 1) is None
