"""Exactness of the kin credit (title_kin.tsv: data ~ machine learning ~ ml for scientists):
_title_base memoises a title key's credit by key while the kin counts only where the role nouns
agree, so searches and titles mixing role nouns with the kin keys are generated and both indexes
(Matcher, PostingIndex) and the snapshot held to exhaustive scoring at every sensitivity."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.model import SENSITIVITIES, Posting, Sensitivity
from core.postings.sample import sample_postings
from tests.unit.matching.exactness import assert_indexes_exact

NOUNS = ["engineer", "scientist", "analyst", "developer", "manager"]
KIN = ["data", "machine learning", "ml", "applied", "research"]
LEVELS = ["", "senior", "lead", "junior"]

kin_words = st.lists(st.sampled_from(KIN), min_size=0, max_size=2, unique=True)
# A role noun with kin keys before it ("applied ml scientist") or after a dash ("Scientist -
# Machine Learning"), a level now and then; sometimes two role nouns ("data scientist manager").
searches = st.builds(
    lambda level, kin, nouns: " ".join(w for w in [level, *kin, *nouns] if w),
    st.sampled_from(LEVELS),
    kin_words,
    st.lists(st.sampled_from(NOUNS), min_size=1, max_size=2, unique=True),
)
titles = st.one_of(
    st.builds(
        lambda level, kin, noun: " ".join(w for w in [level, *kin, noun] if w).title(),
        st.sampled_from(LEVELS),
        kin_words,
        st.sampled_from(NOUNS),
    ),
    st.builds(
        lambda noun, kin: f"{noun.title()} - {' '.join(kin).title()}",
        st.sampled_from(NOUNS),
        st.lists(st.sampled_from(KIN), min_size=1, max_size=2, unique=True),
    ),
)
TEXT = "We build machine learning models and data pipelines in Python; research and analysis."


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(searches, min_size=1, max_size=5),
    named=st.lists(titles, min_size=1, max_size=8),
    sensitivity=st.sampled_from(SENSITIVITIES),
)
def test_kin_keys_across_role_nouns_stay_exact_in_both_indexes(
    texts: list[str], named: list[str], sensitivity: Sensitivity
) -> None:
    pool = [Posting(id=f"p{i}", title=t, description=TEXT) for i, t in enumerate(named)]
    assert_indexes_exact(texts, pool, sensitivity)


def test_an_engineer_search_leaves_the_scientist_kin_credit_to_scientist_searches() -> None:
    # Found by the property above: "data machine learning engineer" memoised the posting's
    # "machine learning" credit without the kin (engineer is not scientist), then "machine
    # learning scientist" read that 0 for the Data Scientist: the Matcher had it at 37.2 loose
    # and left it out strict, exhaustive scoring 76.3.
    pool = [Posting(id="p0", title="Data Scientist", description=TEXT)]
    texts = ["data machine learning engineer", "machine learning scientist"]
    for sensitivity in SENSITIVITIES:
        assert_indexes_exact(texts, pool, sensitivity)


def test_a_search_naming_a_tool_keeps_its_own_title_part_beside_the_same_title_without() -> None:
    # Found by test_typos6's property: "va manager" memoised the title part of a Senior Product
    # Manager, then "va manager postgress" (technology work: another field's title is lowered)
    # read it: 40.2 in the Matcher against 34.7 loose, and a Key Account Manager let in.
    pool = [p for p in sample_postings() if p.id in ("sample:0021", "sample:0026")]
    for sensitivity in SENSITIVITIES:
        assert_indexes_exact(["va manager", "va manager postgress"], pool, sensitivity)
        assert_indexes_exact(["va manager postgress", "va manager"], pool, sensitivity)
