"""Title evidence by meaning: loose searches rank related titles, normal and strict never move."""

from __future__ import annotations

from core.matching import Matcher, PostingIndex, meaning, parse_query, rank, score_posting
from core.matching.scoring import threshold_for
from core.model import SENSITIVITIES, Posting

LAWYER = Posting(id="lawyer", title="Lawyer", source="test", location="Boston, MA")
POOL = [
    LAWYER,
    Posting(id="nurse", title="Registered Nurse", source="test"),
    Posting(id="backend", title="Senior Backend Engineer (Python)", source="test"),
]


def test_a_title_close_in_meaning_passes_a_loose_search_and_says_so() -> None:
    result = score_posting(parse_query("attorney"), LAWYER)
    assert threshold_for("loose") <= result.score <= meaning.TOP < threshold_for("normal")
    assert result.reasons[0].startswith('title close in meaning to "attorney" (cosine 0.8')
    assert not any(r.startswith("title ≈") for r in result.reasons)  # no word in common
    assert any("close in meaning" in line for line in result.breakdown)
    assert [p.id for p, _ in rank(parse_query("attorney"), POOL, "loose")] == ["lawyer"]
    assert rank(parse_query("attorney"), POOL, "normal") == []


def test_other_parts_that_fit_raise_a_score_by_meaning_within_its_bound() -> None:
    here = score_posting(parse_query("attorney boston"), LAWYER).score
    elsewhere = score_posting(parse_query("attorney chicago"), LAWYER).score
    assert elsewhere == 0.0  # the place filter still leaves it out
    title_only = score_posting(parse_query("attorney"), LAWYER).score
    assert title_only < here <= meaning.TOP


def test_unrelated_titles_get_no_credit_by_meaning() -> None:
    result = score_posting(parse_query("registered nurse"), POOL[2])
    assert result.score == 0.0
    assert not any("meaning" in r for r in result.reasons)


def test_no_score_by_meaning_reaches_the_normal_bar() -> None:
    """Normal and strict searches match exactly as by words alone: a score by meaning (cosine
    1, every other part fitting) stays below their bars."""
    posting = Posting(
        id="p", title="Attorney", source="test", location="Remote", salary_min=200_000
    )
    query = parse_query("attorney remote $100k+")
    assert meaning.part(1.0) == meaning.HIGH
    best = meaning.TOP
    assert best < min(threshold_for(s) for s in SENSITIVITIES if s != "loose")
    assert score_posting(query, posting).score >= threshold_for("normal")  # by words


def test_both_indexes_find_titles_by_meaning_for_loose_searches_only() -> None:
    matcher = Matcher()
    for sid, sensitivity in enumerate(SENSITIVITIES):
        matcher.add(sid, parse_query("attorney"), sensitivity)
    found = matcher.match(LAWYER)
    assert [sid for sid, _ in found] == [SENSITIVITIES.index("loose")]
    assert found[0][1].reasons[0].startswith('title close in meaning to "attorney"')
    index = PostingIndex()
    for posting in POOL:
        index.put(posting)
    assert [p.id for p, _ in index.search(parse_query("attorney"), "loose").matches] == ["lawyer"]
    assert index.search(parse_query("attorney"), "normal").matches == []


def test_a_title_the_words_find_another_role_gets_no_credit_by_meaning() -> None:
    """ "QA Engineer (Backend)" is close in meaning to "backend engineer" (cosine above 0.8) but
    its words name another role: no loose match, in the scorer and both indexes alike."""
    qa = Posting(id="qa", title="QA Engineer (Backend)", source="test")
    query = parse_query("backend engineer")
    words = meaning.cosine(meaning.vector(query.title), meaning.vector(("qa", "engineer")))
    assert words > meaning.FLOOR
    assert score_posting(query, qa).score < threshold_for("loose")
    matcher = Matcher()
    matcher.add(1, query, "loose")
    assert matcher.match(qa) == []
    index = PostingIndex()
    index.put(qa)
    assert index.search(query, "loose").matches == []
