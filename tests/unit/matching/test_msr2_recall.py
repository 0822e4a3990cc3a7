"""Microsoft recall (msr2): general causes of misses on the judged Microsoft postings.

A generic software title whose text mentions backend work is a backend engineer's posting
(backend is what a developer search means by default); data and machine learning scientists
are one job (O*NET 15-2051 lists both titles: title_kin.tsv); a whole posting asking no years of
experience fits a junior search as it fits a mid-level one.
"""

from __future__ import annotations

import pytest

from core.matching import Matcher, parse_query, rank, score_posting, threshold_for
from core.matching.features import SILENT, features
from core.matching.scoring import KIN, compile_query, title_base
from core.matching.vocab import vocabulary
from core.model import SENSITIVITIES, Posting, Sensitivity
from tests.unit.matching.exactness import assert_indexes_exact

ML_TEXT = (
    "We train machine learning models for ranking and build the features that use them. You "
    "will work with our APIs. 5+ years of software engineering experience with Python. "
    "Qualifications: BS in Computer Science."
)


def passes(query: str, found: Posting) -> bool:
    """Whether the posting passes the search at normal, by score_posting and by the Matcher."""
    result = score_posting(parse_query(query), found)
    scored = result.passed and result.score >= threshold_for("normal")
    matcher = Matcher()  # the index agrees with the scorer
    matcher.add(1, parse_query(query))
    assert bool(matcher.match(found, explain=False)) is scored
    return scored


def test_generic_software_title_mentioning_backend_is_backend_work() -> None:
    found = Posting(id="p", title="Senior Software Engineer", description=ML_TEXT)
    assert "backend" in features(found).mentions
    assert passes("senior backend engineer python", found)


def test_a_title_naming_another_stack_gets_no_default() -> None:
    """The default is for titles naming no skill: an Angular Developer is frontend work."""
    found = Posting(id="p", title="Angular Developer", description=ML_TEXT)
    result = score_posting(parse_query("backend developer"), found)
    generic = score_posting(
        parse_query("backend developer"),
        Posting(id="q", title="Software Developer", description=ML_TEXT),
    )
    assert result.score < generic.score


def test_scientist_kin_read_from_onet() -> None:
    assert "ml" in vocabulary().kin[("scientist", "data")]
    assert "data" in vocabulary().kin[("scientist", "ml")]
    assert ("eng", "data") not in vocabulary().kin  # a data engineer is no ML engineer


SCIENCE = (
    "Build machine learning models with Python for Bing ranking; run experiments and statistics."
)


def test_data_scientist_for_a_machine_learning_scientist_search() -> None:
    data = Posting(id="d", title="Principal Data Scientist", description=SCIENCE)
    assert passes("machine learning scientist", data)
    for title in ("Applied Scientist II", "Machine Learning Scientist"):
        assert passes("data scientist python", Posting(id="m", title=title, description=SCIENCE))


def test_the_title_named_ranks_first() -> None:
    postings = [
        Posting(id="data", title="Data Scientist", description=SCIENCE),
        Posting(id="ml", title="Machine Learning Scientist", description=SCIENCE),
    ]
    found = [p.id for p, _ in rank(parse_query("machine learning scientist"), postings)]
    assert found == ["ml", "data"]
    found = [p.id for p, _ in rank(parse_query("data scientist"), postings)]
    assert found == ["data", "ml"]


def test_data_engineer_is_no_ml_engineer() -> None:
    found = Posting(id="p", title="Data Engineer", description="Build Spark pipelines.")
    assert not passes("machine learning engineer", found)


SILENT_TEXT = (
    "Build and ship features of Azure services in C#. " * 30
    + "Qualifications: BS in Computer Science or related field."
)


def test_a_posting_asking_no_years_fits_a_junior_search() -> None:
    found = Posting(id="p", title="Software Engineer", description=SILENT_TEXT)
    assert features(found).years == SILENT
    assert passes("junior software engineer", found)
    assert not passes("senior software engineer", found)


def test_kin_counts_only_between_titles_of_the_same_role_noun() -> None:
    """A Machine Learning Engineer earns no "data" credit from a data scientist search."""
    cq = compile_query(parse_query("data scientist"))
    engineer = features(Posting(id="p", title="Senior Machine Learning Engineer"))
    scientist = features(Posting(id="q", title="Senior Machine Learning Scientist"))
    assert title_base(cq, engineer).credits[:1] in ((), (0.0,))  # no credit: no title at all
    assert title_base(cq, scientist).credits[0] == KIN


@pytest.mark.parametrize("sensitivity", SENSITIVITIES)
def test_kin_credits_stay_exact_when_role_nouns_differ(sensitivity: Sensitivity) -> None:
    # A title's key credits are memoised per title shape while the kin (data ~ machine learning)
    # counts only where the role nouns agree: searches of other role nouns over the same keys
    # must not take each other's credit in either index.
    pool = [
        Posting(id=t, title=t, description="Models in Python on big data.")
        for t in (
            "Machine Learning Scientist",
            "Data Scientist",
            "Applied Scientist",
            "ML Engineer",
            "Data Engineer",
            "Research Scientist - Machine Learning",
        )
    ]
    texts = [
        "data scientist",
        "data engineer",
        "machine learning scientist",
        "ml engineer",
        "data analyst",
        "data architect",
        "scientist",
        "data science manager",
        "machine learning engineer",
    ]
    assert_indexes_exact(texts, pool, sensitivity)
