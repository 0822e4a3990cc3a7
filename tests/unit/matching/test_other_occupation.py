"""A search naming one occupation's official title: a posting declaring only other series, none
of whose titles says as much, is another occupation whatever its title's words."""

from __future__ import annotations

from core.matching import Matcher, parse_query, rank
from core.matching.features import named_occupation
from core.matching.postings_index import PostingIndex
from core.matching.scoring import compile_query, score_posting, threshold_for
from core.model import Posting

OTHER = Posting(id="0501", title="Financial Analyst", tags=("0501 - Financial Administration",))
OWN = Posting(id="1160", title="Financial Analyst", tags=("1160 - Financial Analysis",))


def passes(query: str, posting: Posting) -> bool:
    """Whether the posting passes the search at normal sensitivity."""
    result = score_posting(parse_query(query), posting)
    return result.passed and result.score >= threshold_for("normal")


def test_a_title_in_another_declared_series_is_another_occupation() -> None:
    assert passes("financial analyst", OWN)
    assert not passes("financial analyst", OTHER)
    assert not passes("accountant", Posting(id="a", title="Senior Accountant", tags=("1160",)))
    assert not passes("budget analyst", Posting(id="b", title="Budget Analyst", tags=("0110",)))
    hr = Posting(id="h", title="Human Resources Specialist", tags=("2210",))
    assert not passes("hr specialist", hr)


def test_it_stays_a_loose_match_explained() -> None:
    result = score_posting(parse_query("financial analyst"), OTHER)
    assert threshold_for("loose") <= result.score < threshold_for("normal")
    assert any("not occupation series 1160 Financial Analysis" in b for b in result.breakdown)


def test_a_series_whose_title_has_every_word_asked_for_is_kept() -> None:
    practical = Posting(id="p", title="Practical Nurse", tags=("0620 - Practical Nurse",))
    assert passes("nurse", practical)
    patent = Posting(id="pa", title="Patent Attorney", tags=("1222",))
    assert passes("attorney", patent)


def test_postings_without_a_titled_series_are_scored_as_before() -> None:
    assert passes("financial analyst", Posting(id="n", title="Financial Analyst"))
    catch_all = Posting(id="c", title="Financial Analyst", tags=("0301 - Misc Administration",))
    assert passes("financial analyst", catch_all)


def test_a_title_several_series_give_names_no_one_occupation() -> None:
    assert named_occupation(compile_query(parse_query("financial analyst")).title_keys) == "1160"
    assert named_occupation(compile_query(parse_query("software engineer")).title_keys) is None
    assert named_occupation(compile_query(parse_query("it project manager")).title_keys) is None
    assert named_occupation(compile_query(parse_query("engineer")).title_keys) is None
    assert passes("engineer", Posting(id="c", title="Civil Engineer", tags=("0810",)))
    assert passes("software engineer", Posting(id="s", title="Software Developer", tags=("2210",)))


def test_a_technology_title_names_no_one_occupation() -> None:
    cyber = Posting(id="c", title="Cybersecurity Specialist", tags=("2210",))
    assert passes("cybersecurity specialist", cyber)
    assert passes("information security specialist", cyber)
    assert compile_query(parse_query("data scientist")).occupation is None


def test_both_indexes_leave_the_other_occupation_out() -> None:
    query = parse_query("financial analyst")
    matcher = Matcher()
    matcher.add(1, query)
    assert [sid for sid, _ in matcher.match(OWN)] == [1]
    assert matcher.match(OTHER) == []
    index = PostingIndex()
    for posting in (OWN, OTHER):
        index.put(posting)
    assert [p.id for p, _ in index.search(query).matches] == ["1160"]
    assert [p.id for p, _ in rank(query, [OWN, OTHER])] == ["1160"]
