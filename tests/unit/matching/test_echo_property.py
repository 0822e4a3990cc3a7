"""Every exclusion the echo shows changes the results exactly as it says, on the sample postings."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from core.matching import MatchResult, parse_query, rank
from core.matching.features import features, has_phrase
from core.matching.vocab import tokens
from core.model import Posting
from core.postings.sample import sample_postings

BASES = [
    "backend engineer",
    "senior software engineer",
    "python developer",
    "golang k8s",
    "data engineer",
    "product manager",
    "backend remote or berlin",
    "java developer 80k+",
]
Violates = Callable[[Posting], bool]


def _workplace(name: str) -> Violates:
    return lambda p: features(p).workplace == name


def _level(*names: str) -> Violates:
    return lambda p: features(p).seniority in names


def _skill(key: str) -> Violates:
    return lambda p: key in features(p).skills


def _word(word: str) -> Violates:
    def violates(p: Posting) -> bool:
        f = features(p)
        return word in set(tokens(p.title)) | f.all_words or any(
            has_phrase(" ".join(tokens(text)), word) for text in (p.company, p.location)
        )

    return violates


def _company(name: str) -> Violates:
    return lambda p: has_phrase(" ".join(tokens(p.company)), name)


# (how it is typed, how the echo shows it, what a posting it drops has)
EXCLUSIONS: list[tuple[str, str, Violates]] = [
    ("-remote", "not remote", _workplace("remote")),
    ("not onsite", "not onsite", _workplace("onsite")),
    ("no hybrid", "not hybrid", _workplace("hybrid")),
    (
        "not senior",
        "not senior, lead, staff or principal level",
        _level("senior", "lead", "staff", "principal"),
    ),
    ("-junior", "not intern, apprentice or junior level", _level("intern", "apprentice", "junior")),
    ("no PHP", "not PHP", _skill("php")),
    ("-java", "not Java", _skill("java")),
    ("not Fernhill", 'not "fernhill" in title, company or place', _word("fernhill")),
    ("-london", 'not "london" in title, company or place', _word("london")),
    ("-company:Acme", "not company Acme", _company("acme")),
]


def _echoed(shown: str, echo: str) -> bool:
    """Whether the echo says an exclusion; skills left out are said in one list ("not PHP,
    Java")."""
    parts = [part.strip() for part in echo.split("·")]
    name = shown.removeprefix("not ")
    return shown in parts or any(
        part.startswith("not ") and name in part[4:].split(", ") for part in parts
    )


@cache
def _postings() -> tuple[Posting, ...]:
    return tuple(sample_postings())


@cache
def _results(text: str) -> dict[str, MatchResult]:
    return {p.id: r for p, r in rank(parse_query(text), _postings())}


@settings(max_examples=60, deadline=None)
@given(
    base=st.sampled_from(BASES),
    picked=st.lists(st.sampled_from(range(len(EXCLUSIONS))), min_size=1, max_size=3, unique=True),
)
def test_each_echoed_exclusion_drops_exactly_what_it_says(base: str, picked: list[int]) -> None:
    chosen = [EXCLUSIONS[i] for i in picked]
    text = " ".join([base, *(typed for typed, _, _ in chosen)])
    query = parse_query(text)
    echo = query.describe()
    # What the base asks for and an exclusion leaves out ("senior … not senior") is a
    # contradiction: answered by a note, neither kept (test_query_contradictions).
    contradicted = [shown for _, shown, _ in chosen if not _echoed(shown, echo)]
    assert not contradicted or any("either way" in note for note in query.notes)
    assume(not contradicted)
    with_all = _results(text)
    by_id = {p.id: p for p in _postings()}
    for dropped_index, (_, shown, violates) in enumerate(chosen):
        assert _echoed(shown, echo)
        others = [t for i, (t, _, _) in enumerate(chosen) if i != dropped_index]
        without = _results(" ".join([base, *others]))
        assert with_all.keys() <= without.keys()
        for posting_id, result in without.items():
            if posting_id in with_all:
                assert with_all[posting_id].score == result.score
                assert not violates(by_id[posting_id])
            else:  # dropped: this filter or another one that was echoed rejects it
                assert any(v(by_id[posting_id]) for _, _, v in chosen)
