"""A posting's declared occupation: the federal occupational series in its tags counts as title
evidence, below a title saying as much."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from core.errors import ConfigError
from core.matching import Matcher, parse_query, rank
from core.matching.features import declared_series, features
from core.matching.meaning import search_result
from core.matching.postings_index import PostingIndex
from core.matching.scoring import score_posting, threshold_for
from core.matching.vocab import load_vocabulary, vocabulary
from core.model import Posting
from tests.conftest import FULL_TESTS

AGENT = Posting(id="agent", title="Special Agent", tags=("1811 - Criminal Investigation",))


def passes(query: str, posting: Posting) -> bool:
    """Whether the posting passes the search at normal sensitivity."""
    result = score_posting(parse_query(query), posting)
    return result.passed and result.score >= threshold_for("normal")


def test_a_declared_series_finds_a_title_that_does_not_say_it() -> None:
    assert passes("criminal investigator", AGENT)
    lineman = Posting(id="l", title="Lineman", tags=("2810 - High Voltage Electrician",))
    assert passes("electrician", lineman)
    assert passes("air traffic controller", Posting(id="a", title="Developmental", tags=("2152",)))
    assert passes("lawyer", Posting(id="j", title="Assistant United States", tags=("0905",)))
    assert passes("nurse", Posting(id="n", title="Clinical Coordinator", tags=("0610",)))


def test_the_reasons_name_the_series() -> None:
    result = score_posting(parse_query("criminal investigator"), AGENT)
    assert result.reasons[0].startswith(
        'occupation series 1811 Criminal Investigation ≈ "criminal investigator"'
    )


def test_the_code_is_read_whatever_name_the_tag_gives() -> None:
    assert declared_series(("0343 - Program Analyst",)) == ("0343",)
    assert declared_series(("0601",)) == ("0601",)
    assert declared_series(("python", "2024 summer", "1234 - Not A Series")) == ()
    # a catch-all series names no one occupation: no titles, nothing declared
    assert declared_series(("0301 - Miscellaneous Administration And Program",)) == ()


def test_a_title_saying_as_much_ranks_first() -> None:
    titled = Posting(id="t", title="Criminal Investigator", tags=("1811",))
    found = rank(parse_query("criminal investigator"), [AGENT, titled])
    assert [p.id for p, _ in found] == ["t", "agent"]
    assert found[0][1].score > found[1][1].score


def test_generic_series_and_head_nouns_alone_do_not_pass() -> None:
    program = Posting(
        id="p",
        title="Program Specialist",
        tags=("0301 - Miscellaneous Administration And Program",),
    )
    assert not passes("program analyst", program)
    hr = Posting(id="h", title="Staffing Lead", tags=("0201 - Human Resources Management",))
    assert not passes("contract specialist", hr)
    assert not passes("cybersecurity specialist", Posting(id="i", title="IT", tags=("2210",)))
    assert not passes("software engineer", Posting(id="i", title="IT Spec", tags=("2210",)))
    assert passes("program analyst", Posting(id="m", title="Management Analyst", tags=("0343",)))


def test_postings_without_a_series_are_scored_as_before() -> None:
    plain = Posting(id="x", title="Special Agent", tags=("python", "backend"))
    assert features(plain).series == ()
    assert score_posting(parse_query("criminal investigator"), plain).score == 0.0


def test_both_indexes_find_a_declared_occupation() -> None:
    query = parse_query("criminal investigator")
    matcher = Matcher()
    matcher.add(1, query)
    assert [sid for sid, _ in matcher.match(AGENT)] == [1]
    index = PostingIndex()
    index.put(AGENT)
    index.put(Posting(id="other", title="Special Agent"))
    found = index.search(query)
    assert [p.id for p, _ in found.matches] == ["agent"]


def test_a_corrupt_series_table_fails_at_start(tmp_path: Path) -> None:
    data = resources.files("core.matching").joinpath("data")
    for item in data.iterdir():
        if item.is_file():
            (tmp_path / item.name).write_bytes(item.read_bytes())
    (tmp_path / "occupational_series.tsv").write_text("18x1\tCriminal Investigation\tagent\n")
    with pytest.raises(ConfigError, match=r"occupational_series\.tsv"):
        load_vocabulary(tmp_path)  # type: ignore[arg-type]


def test_the_table_covers_every_series_in_the_federal_sample() -> None:
    from tests.eval.real.sets import federal_rows, series_codes

    table = vocabulary().series
    missing = {c for row in federal_rows() for c in series_codes(row)} - table.keys()
    assert not missing


def test_both_indexes_equal_exhaustive_scoring_on_federal_postings() -> None:
    """The dev federal queries at every sensitivity against federal postings with their series
    tags: the reverse and forward indexes return exactly what scoring every pair returns. In
    `make test` on every 36th posting (a third of the nightly pool, CONCIERGE_FULL_TESTS=1:
    every 12th): scoring each pair is most of the suite's slowest test."""
    from core.model import SENSITIVITIES
    from tests.eval.real.sets import federal

    judged = federal("dev")
    every = 12 if FULL_TESTS else 36
    pool = [p for i, p in enumerate(judged.postings) if i % every == 0]
    queries = [parse_query(q.text) for q in judged.queries]
    queries += [parse_query(t) for t in ("criminal investigator", "program analyst", "lawyer")]
    matcher = Matcher()
    searches = {}
    for i, query in enumerate(queries):
        for j, sensitivity in enumerate(SENSITIVITIES):
            searches[i * 3 + j] = (query, sensitivity)
            matcher.add(i * 3 + j, query, sensitivity)
    for posting in pool:
        want = []
        for sid, (query, sensitivity) in searches.items():
            result = search_result(query, posting, sensitivity)
            if result is not None:
                want.append((sid, result))
        want.sort(key=lambda r: (-r[1].score, r[0]))
        assert matcher.match(posting) == want, posting.title
    index = PostingIndex()
    for posting in pool:
        index.put(posting)
    for query in queries:
        for sensitivity in SENSITIVITIES:
            found = index.search(query, sensitivity)
            ranked = rank(query, pool, sensitivity)
            # the same postings and scores (ties are ordered differently: see search)
            assert sorted((p.id, r.score) for p, r in found.matches) == sorted(
                (p.id, r.score) for p, r in ranked
            )
