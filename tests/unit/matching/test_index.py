"""The candidate index returns exactly what exhaustive scoring returns."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.errors import QueryError
from core.matching import Matcher, MatchResult, ParsedQuery, index, meaning, parse_query
from core.matching.features import features
from core.matching.meaning import search_result
from core.matching.scoring import compile_query, reads_text, title_base
from core.model import SENSITIVITIES, Posting, Sensitivity
from tests.conftest import FULL_TESTS

WORDS = [
    "senior",
    "junior",
    "staff",
    "lead",
    "intern",
    "student",
    "trainee",
    "computer",
    "backend",
    "frontend",
    "fullstack",
    "full-stack",
    "software",
    "engineer",
    "developer",
    "dev",
    "sre",
    "devops",
    "data",
    "qa",
    "manager",
    "sales",
    "civil",
    "platform",
    "mobile",
    "ios",
    "ml",
    "analyst",
    "scientist",
    "architect",
    "iii",
    "ii",
    "python",
    "golang",
    "go",
    "java",
    "k8s",
    "postgres",
    "react",
    "kafka",
    "aws",
    "php",
    "rust",
    "remote",
    "hybrid",
    "onsite",
    "berlin",
    "london",
    "maryland",
    "huntsville",
    "columbus ohio",
    "columbus, oh",
    "bay area",
    "us",
    "eu",
    "emea",
    "senior",
    "principal",
    "junior",
    "sde ii",  # a ladder rung: only titles stating a level (graded), unlike "mid-level"
    "mid-level",
    "-php",
    "-company:acme",
    "not java",
    "-remote",
    "not onsite",
    "not fernhill",
    "not senior",
    "or",
    "¥10000000",
    "5000k+",
    "120k+",
    "€90k",
    "$150k",
    "zorblax",
    "backedn",
    "pyhton",
    "enginer",
    "services",
    "core",
    "spark",
    "pytorch",
    # federal titles and the occupations their series declare (features.declared_series)
    "criminal",
    "investigator",
    "special",
    "agent",
    "nurse",
    "program",
    "specialist",
    "contract",
    "it",
    "attorney",
    "electrician",
    "hr",
]
SERIES_TAGS = [
    "1811 - Criminal Investigation",
    "0610",
    "0343 - Program Analyst",
    "0301 - Miscellaneous Administration And Program",
    "2210 - Information Technology Management",
    "0201",
    "2810",
    "0905 - General Attorney",
    "0854",
    "1102 - Contracting",
    "1234 - Not A Series",
]
# "python or pytorch": a skills-only search leaning to a field of its own (developer_role)
ANY_OF = ["python or go", "java/kotlin", "aws or gcp", "or rust", "go/rust", "python or pytorch"]
SHIFT_WORDS = ["nights", "per diem", "weekends"]  # preferences: points when the text names them
TITLE_WORDS = [w for w in WORDS if w[0].isalpha() and w not in ("remote", "hybrid", "onsite")]
WORDS += ANY_OF + SHIFT_WORDS
TITLE_WORDS += ["(Go)", "(Python/Django)", "–", "Sr.", "Back-End", "Sales", "Manager", "II"]
TITLE_WORDS += ["Principal", "Software", "Machine Learning", "Data Engineer"]


def query_texts() -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)


def postings() -> st.SearchStrategy[Posting]:
    return st.builds(
        Posting,
        id=st.uuids().map(str),
        title=st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=6).map(" ".join),
        company=st.sampled_from(["", "Acme", "Globex", "Fernhill Health"]),
        location=st.sampled_from(
            [
                "",
                "Berlin",
                "London, UK",
                "Paris",
                "Baltimore, MD",
                "Remote – EU",
                "Remote (US)",
                "Remote - anywhere",
                "Anywhere in the U.S. (remote job), United States",
                "Location Negotiable After Selection, United States",
                "Redstone Arsenal, Alabama, United States",
                "Columbus, OH",
                "Columbus, Georgia, United States",
                "Mountain View, CA",
            ]
        ),
        workplace=st.sampled_from([None, "remote", "hybrid", "onsite"]),
        salary_max=st.sampled_from([None, 50_000.0, 100_000.0, 160_000.0, 20_000_000.0]),
        currency=st.sampled_from([None, "EUR", "USD", "JPY", "SEK", "UAH"]),
        description=st.lists(
            st.sampled_from(
                [
                    "We use",
                    "Python",
                    "Kafka",
                    "Go",
                    "and",
                    "AWS.",
                    "GCP",
                    "Kotlin",
                    "Rust",
                    "Night shift,",
                    "PRN.",
                    "PHP",
                    "Java",
                    "React",
                    "1+ years of coding experience.",
                    "5+ years of experience",
                    "machine learning",
                    "PyTorch",
                    "Spark",
                ]
            ),
            max_size=8,
        ).map(" ".join),
        tags=st.lists(
            st.sampled_from(["python", "k8s", "php", "backend", "golang", *SERIES_TAGS]),
            max_size=3,
        ).map(tuple),
    )


def parse(text: str) -> ParsedQuery | None:
    try:
        return parse_query(text)
    except QueryError:
        return None


def exhaustive(
    searches: dict[int, tuple[ParsedQuery, Sensitivity]], posting: Posting
) -> list[tuple[int, MatchResult]]:
    out = []
    for sid, (query, sensitivity) in searches.items():
        result = search_result(query, posting, sensitivity)
        if result is not None:
            out.append((sid, result))
    return sorted(out, key=lambda r: (-r[1].score, r[0]))


def indexed(searches: dict[int, tuple[ParsedQuery, Sensitivity]]) -> Matcher:
    """A Matcher holding these searches."""
    matcher = Matcher()
    for sid, (query, sensitivity) in searches.items():
        matcher.add(sid, query, sensitivity)
    return matcher


ops = st.lists(
    st.tuples(
        st.sampled_from(["add", "add", "add", "remove"]),
        st.integers(0, 15),
        query_texts(),
        st.sampled_from(SENSITIVITIES),
    ),
    min_size=1,
    max_size=30,
)


def replay(
    ops: list[tuple[str, int, str, Sensitivity]],
) -> tuple[Matcher, dict[int, tuple[ParsedQuery, Sensitivity]]]:
    """Apply adds and removes to a new Matcher; also return what should be live."""
    matcher = Matcher()
    live: dict[int, tuple[ParsedQuery, Sensitivity]] = {}
    for op, sid, text, sensitivity in ops:
        query = parse(text)
        if op == "remove" or query is None:
            matcher.remove(sid)
            live.pop(sid, None)
        else:
            matcher.add(sid, query, sensitivity)
            live[sid] = (query, sensitivity)
    return matcher, live


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=ops, posts=st.lists(postings(), min_size=1, max_size=6))
def test_index_equals_exhaustive_scoring(
    ops: list[tuple[str, int, str, Sensitivity]], posts: list[Posting]
) -> None:
    matcher, live = replay(ops)
    assert len(matcher) == len(live)
    assert all(sid in matcher for sid in live)
    for posting in posts:
        assert matcher.match(posting) == exhaustive(live, posting)


def without_reasons(found: list[tuple[int, MatchResult]]) -> list[tuple[int, float, bool]]:
    return [(sid, result.score, result.passed) for sid, result in found]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=ops, posts=st.lists(postings(), min_size=1, max_size=6))
def test_fast_path_equals_explained_and_exhaustive(
    ops: list[tuple[str, int, str, Sensitivity]], posts: list[Posting]
) -> None:
    """match(p, explain=False): the same ids, order and exact scores, and no reasons at all."""
    matcher, live = replay(ops)
    for posting in [*posts, *posts]:  # twice: the second pass reads the kept title bases
        fast = matcher.match(posting, explain=False)
        explained = matcher.match(posting)
        assert without_reasons(fast) == without_reasons(explained)
        assert without_reasons(fast) == without_reasons(exhaustive(live, posting))
        assert explained == exhaustive(live, posting)
        assert all(r.passed and r.reasons == () and r.breakdown == () for _, r in fast)
        by_id = sorted((sid, r.score) for sid, r in exhaustive(live, posting))
        ids, scores = matcher.passing_by_id(posting)
        assert list(zip(ids, scores, strict=True)) == by_id  # ingest's rows: ids ascending
        for (_, a), (_, b) in zip(fast, explained, strict=True):
            assert a.score == b.score and str(a.score) == str(b.score)  # the same float


TEXTS = ["", "Build backend services in Python.", "Night shift, PRN.", "Build iOS apps in Kotlin."]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    pool=st.lists(
        st.tuples(postings(), query_texts()).map(lambda p: replace(p[0], title=p[1].title())),
        min_size=1,
        max_size=3,
    ),
    steps=st.lists(
        st.one_of(
            st.tuples(
                st.sampled_from(["add", "add", "remove"]),
                st.integers(0, 5),
                query_texts(),
                st.sampled_from(SENSITIVITIES),
            ),
            st.tuples(st.just("match"), st.integers(0, 2), st.integers(0, len(TEXTS) - 1)),
        ),
        min_size=1,
        max_size=40,
    ),
)
@example(  # the case an import beside another process met: a freed slot read its old value
    pool=[Posting(id="a", title="Payroll Accountant"), Posting(id="n", title="Nurse")],
    steps=[
        ("add", 1, "accountant", "normal"),
        ("match", 0, 0),
        ("match", 1, 1),
        ("match", 1, 3),
        ("remove", 1, "", "normal"),
        ("add", 2, "payroll accountant", "normal"),
        ("match", 0, 0),
    ],
)
def test_searches_added_and_removed_between_postings_with_tiny_memos_match_as_exhaustive(
    pool: list[Posting], steps: list[tuple[object, ...]]
) -> None:
    """Memos filled, evicted and slots reused between postings never leak an old search's value."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(index, "TITLE_MEMOS", 2)
        patch.setattr(index, "ROLE_MEMOS", 2)
        matcher = Matcher()
        live: dict[int, tuple[ParsedQuery, Sensitivity]] = {}
        for step in steps:
            if step[0] == "match":
                which, text = step[1], step[2]
                assert isinstance(which, int) and isinstance(text, int)
                posting = replace(pool[which % len(pool)], description=TEXTS[text])
                assert matcher.match(posting) == exhaustive(live, posting)
                by_id = sorted((sid, r.score) for sid, r in exhaustive(live, posting))
                assert list(zip(*matcher.passing_by_id(posting), strict=True)) == by_id
                continue
            op, sid, words, sensitivity = step
            assert isinstance(sid, int) and isinstance(words, str)
            query = parse(words)
            if op == "remove" or query is None:
                matcher.remove(sid)
                live.pop(sid, None)
            else:
                matcher.add(sid, query, sensitivity)  # type: ignore[arg-type]
                live[sid] = (query, sensitivity)  # type: ignore[assignment]


def test_fast_path_on_shared_queries_and_filters() -> None:
    """Ids fanned out per score, ties by id, filters and skill-only searches without reasons."""
    matcher = Matcher()
    texts = [
        "senior backend python",
        "backend python remote 120k+",
        "backend python -company:acme",
        "python remote",
        "senior backend engineer -php",
        "junior backend engineer",
    ]
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {}
    for sid in range(60):
        sensitivity: Sensitivity = SENSITIVITIES[sid % len(SENSITIVITIES)]
        searches[sid] = (parse_query(texts[sid % len(texts)]), sensitivity)
        matcher.add(sid, *searches[sid])
    for posting in [
        Posting(id="a", title="Nurse", description="We use Python daily.", workplace="remote"),
        Posting(id="b", title="Senior Backend Engineer", company="Acme", description="Python"),
        Posting(id="c", title="Senior Backend Engineer (PHP)", workplace="remote"),
        Posting(id="d", title="Junior Backend Developer", tags=("python",), salary_max=150e3),
        Posting(id="e", title="Sr. Back-End Developer (Python/Django)", workplace="remote"),
    ]:
        fast = matcher.match(posting, explain=False)
        assert without_reasons(fast) == without_reasons(exhaustive(searches, posting))
        assert all(r.reasons == () and r.breakdown == () for _, r in fast)


def test_flagship_postings_are_found_through_the_index() -> None:
    matcher = Matcher()
    matcher.add(1, parse_query("senior backend python"))
    matcher.add(2, parse_query("backend golang"), "loose")
    matcher.add(3, parse_query("senior backend python"))
    matcher.add(4, parse_query("civil engineer"))
    found = matcher.match(Posting(id="p", title="Sr. Back-End Developer (Python/Django)"))
    assert [sid for sid, _ in found] == [1, 3]  # a Go search: Python in the title conflicts
    matcher.remove(3)
    matcher.remove(99)
    assert [sid for sid, _ in matcher.match(Posting(id="q", title="Backend (Go) Engineer"))] == [2]
    assert 3 not in matcher
    assert len(matcher) == 3


shared_ops = st.lists(
    st.tuples(
        st.sampled_from(["add", "add", "remove"]),
        st.integers(0, 40),
        st.sampled_from(["backend python", "python remote", "senior backend engineer", "qa"]),
        st.sampled_from(SENSITIVITIES),
    ),
    min_size=1,
    max_size=60,
)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ops=shared_ops, posts=st.lists(postings(), min_size=1, max_size=4))
def test_identical_queries_shared_by_many_searches(
    ops: list[tuple[str, int, str, Sensitivity]], posts: list[Posting]
) -> None:
    """Many ids on few queries, thresholds mixed: bins and titles come and go with them."""
    matcher = Matcher()
    live: dict[int, tuple[ParsedQuery, Sensitivity]] = {}
    for op, sid, text, sensitivity in ops:
        if op == "remove":
            matcher.remove(sid)
            live.pop(sid, None)
        else:
            matcher.add(sid, parse_query(text), sensitivity)
            live[sid] = (parse_query(text), sensitivity)
        for posting in posts[:1]:  # match between changes: the lazily refreshed bars stay right
            assert matcher.match(posting) == exhaustive(live, posting)
    for posting in posts:
        assert matcher.match(posting) == exhaustive(live, posting)


def test_skill_only_and_filtered_searches() -> None:
    """A search passing on skills alone, one without title words, and hard filters."""
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {
        1: (parse_query("python remote"), "loose"),
        2: (parse_query("backend python remote 120k+"), "loose"),
        3: (parse_query("backend python -company:acme"), "normal"),
        4: (parse_query("senior backend engineer -php"), "strict"),
        5: (parse_query("junior backend engineer"), "loose"),
    }
    matcher = indexed(searches)
    for posting in [
        Posting(id="a", title="Nurse", description="We use Python daily.", workplace="remote"),
        Posting(id="b", title="Senior Backend Engineer", company="Acme", description="Python"),
        Posting(id="c", title="Senior Backend Engineer (PHP)", workplace="remote"),
        Posting(id="d", title="Junior Backend Developer", tags=("python",)),
    ]:
        assert matcher.match(posting) == exhaustive(searches, posting)


def eval_pool() -> tuple[list[Posting], list[ParsedQuery]]:
    """The eval pool postings and the judged queries, with filters and extras added: in `make
    test` each judged query with one extra in turn (every extra still asked of a third of
    them), with CONCIERGE_FULL_TESTS=1 each with every extra."""
    from tests.eval.harness import load_judged, load_postings

    texts = [j.text for j in load_judged()]
    extras = ("remote", "120k+ -php", "senior")
    texts += [
        f"{t} {extra}"
        for i, t in enumerate(texts)
        for j, extra in enumerate(extras)
        if FULL_TESTS or i % len(extras) == j
    ]
    queries = [q for q in map(parse, texts) if q is not None]
    return load_postings(), list(dict.fromkeys(queries))


@cache
def _eval_postings() -> tuple[Posting, ...]:
    from tests.eval.harness import load_postings

    return tuple(load_postings())


@cache  # the postings index and snapshot tests compare against the same scan of the pool
def eval_ranked(
    query: ParsedQuery, sensitivity: Sensitivity
) -> tuple[tuple[str, float, tuple[str, ...]], ...]:
    """rank() of one search over the eval pool, as (posting id, score, reasons), best first."""
    found = index.rank(query, _eval_postings(), sensitivity)
    return tuple((p.id, r.score, r.reasons) for p, r in found)


def test_title_credit_needs_a_shared_index_key() -> None:
    """The index skips titles sharing no key with the posting: their title score must be 0."""
    from core.matching.features import features
    from core.matching.scoring import NO_TITLE, compile_query, title_base

    pool, queries = eval_pool()
    compiled = [compile_query(q) for q in queries if q.title]
    for posting in pool:
        f = features(posting)
        for cq in compiled:
            if title_base(cq, f) is not NO_TITLE:
                keys = f.keys | f.series_keys  # a declared occupation's titles: their own keys
                assert any("t:" + k in keys for k in cq.title_keys), (posting.id, cq.query)


def test_index_equals_exhaustive_scoring_on_the_eval_pool() -> None:
    """Every sensitivity of every eval query against the pool, fast path and explained."""
    pool, queries = eval_pool()
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {}
    matcher = Matcher()
    for i, query in enumerate(queries):
        for j, sensitivity in enumerate(SENSITIVITIES):
            sid = i * len(SENSITIVITIES) + j
            searches[sid] = (query, sensitivity)
            matcher.add(sid, query, sensitivity)
    for posting in pool:
        want = exhaustive(searches, posting)
        assert without_reasons(matcher.match(posting, explain=False)) == without_reasons(want)
        assert matcher.match(posting) == want


def test_a_conflicting_title_with_no_credit_still_passes_on_skills_and_place() -> None:
    """A role noun the search does not share gates only a title that earned some credit."""
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {
        0: (parse_query("python london enginer manager"), "loose")
    }
    matcher = indexed(searches)
    posting = Posting(id="p", title="python", location="London, UK")
    # its words score 40.0, below the normal bar: a loose search ranks it by meaning
    score = meaning.loose_score(40.0, meaning.cosine(searches[0][0], posting.title))
    assert without_reasons(matcher.match(posting, explain=False)) == [(0, score, True)]
    assert matcher.match(posting) == exhaustive(searches, posting)


def test_passing_groups_ids_by_query_and_sensitivity_best_first() -> None:
    matcher = Matcher()
    searches: list[tuple[str, Sensitivity]] = [
        ("backend python", "normal"),
        ("backend python", "normal"),
        ("backend python", "loose"),
        ("senior backend engineer", "normal"),
        ("civil engineer", "loose"),
    ]
    for sid, (text, sensitivity) in enumerate(searches):
        matcher.add(sid, parse_query(text), sensitivity)
    found = matcher.passing(Posting(id="p", title="Senior Backend Engineer (Python)"))
    assert sorted(ids for _, ids in found) == [(0, 1), (2,), (3,)]
    scores = [score for score, _ in found]
    assert scores == sorted(scores, reverse=True)
    matcher.remove(1)
    found = matcher.passing(Posting(id="p", title="Senior Backend Engineer (Python)"))
    assert sorted(ids for _, ids in found) == [(0,), (2,), (3,)]


def test_passing_by_id_gives_every_search_passing_ascending_with_its_score() -> None:
    matcher = Matcher()
    searches = ["backend python", "senior backend engineer", "backend python", "civil engineer"]
    for sid, text in zip((40, 7, 3, 12), searches, strict=True):
        matcher.add(sid, parse_query(text), "loose")
    posting = Posting(id="p", title="Senior Backend Engineer (Python)")
    pairs = sorted((sid, score) for score, ids in matcher.passing(posting) for sid in ids)
    ids, scores = matcher.passing_by_id(posting)
    assert ids == [3, 7, 40] and list(zip(ids, scores, strict=True)) == pairs
    assert matcher.passing_by_id(Posting(id="q", title="Technical Recruiter")) == ([], [])


def test_searches_of_skills_alone_skip_other_roles_through_the_index() -> None:
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {
        0: (parse_query("golang"), "loose"),
        1: (parse_query("golang k8s remote"), "normal"),
        2: (parse_query("product manager golang"), "loose"),
    }
    matcher = indexed(searches)
    for posting in [
        Posting(id="a", title="Technical Recruiter", description="Hiring Golang engineers."),
        Posting(id="b", title="Product Manager", description="Our stack: Go, Kubernetes."),
        Posting(id="c", title="Backend Engineer", description="Go and k8s.", workplace="remote"),
    ]:
        assert matcher.match(posting) == exhaustive(searches, posting)
    recruiter = Posting(id="a", title="Technical Recruiter", description="Hiring Golang engineers.")
    assert matcher.passing(recruiter) == []


def test_a_frozen_index_has_its_title_needs_and_layout_ready_for_the_first_posting() -> None:
    matcher = Matcher()
    for sid, text in enumerate(("backend python", "senior backend engineer", "civil engineer")):
        matcher.add(sid, parse_query(text), "normal")
    matcher.freeze()
    # Nothing left for the first posting to work out (ingest's first batch paid for it).
    assert not matcher._dirty and not matcher._dirty_cores and matcher._layout is not None
    layout = matcher._layout
    found = matcher.passing(Posting(id="p", title="Senior Backend Engineer (Python)"))
    assert sorted(ids for _, ids in found) == [(0,), (1,)]
    assert matcher._layout is layout


def test_a_title_slot_freed_and_reused_does_not_keep_the_old_titles_scores() -> None:
    """Title shapes' memos keep title values by slot: a freed slot's values go with it."""
    matcher = Matcher()
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {
        0: (parse_query("backend engineer"), "loose")
    }
    matcher.add(0, *searches[0])
    posting = Posting(id="p", title="Backend Engineer")
    assert matcher.match(posting) == exhaustive(searches, posting) != []
    matcher.remove(0)  # its title's slot is freed, then taken by the next new title
    searches = {1: (parse_query("frontend engineer"), "loose")}
    matcher.add(1, *searches[1])
    assert matcher.match(posting) == exhaustive(searches, posting)


def test_a_title_missing_the_searchs_field_is_cut_only_where_it_cannot_pass() -> None:
    """Without the search's field ("software") a title part is capped: never a normal match,
    a loose one when the title is otherwise close, skills and place counting half."""
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {
        sid: (parse_query(text), sensitivity)
        for sid, (text, sensitivity) in enumerate(
            [
                ("software engineer", "loose"),
                ("software engineer", "normal"),
                ("software engineer python remote", "loose"),
                ("software engineer python remote", "strict"),
                ("civil engineer", "normal"),
            ]
        )
    }
    matcher = indexed(searches)
    for posting in [
        Posting(id="a", title="Fire Protection Engineer"),
        Posting(id="b", title="Engineer", description="Python", workplace="remote"),
        Posting(id="c", title="Software Engineer", tags=("0854",)),
        Posting(id="d", title="Civil Engineer", tags=("0810",), workplace="remote"),
    ]:
        want = exhaustive(searches, posting)
        assert matcher.match(posting) == want
        assert without_reasons(matcher.match(posting, explain=False)) == without_reasons(want)


TEXT_QUERIES = [
    f"{spec} {head}".strip()
    for spec in ["", "backend", "data", "security", "ml", "software", "program", "civil", "qa"]
    for head in ["engineer", "developer", "analyst", "manager", "scientist"]
] + ["kafka engineer", "python developer", "microservices engineer", "siem analyst"]
TEXT_TITLES = [
    "Engineer",
    "Frontend Engineer",
    "Software Engineer",
    "Data Analyst",
    "Program Manager",
    "Developer",
]
TEXTS = [
    "",
    "Backend services in Python and Kafka; we build APIs.",
    "Machine learning models, data pipelines and Spark.",
    "Security operations, incident response, SIEM.",
    "React frontend work",
]


def test_a_title_reading_no_text_scores_the_same_whatever_the_text_says() -> None:
    """reads_text() false: title_base is the same for postings alike but in their text (the
    index shares those titles' values across such postings); true for some that differ."""
    differ = 0
    for text in TEXT_QUERIES:
        cq = compile_query(parse_query(text))
        for title in TEXT_TITLES:
            bases = {
                title_base(cq, features(Posting(id="p", title=title, description=d)))[:3]
                for d in TEXTS
            }
            assert reads_text(cq) or len(bases) == 1, (text, title, bases)
            differ += len(bases) > 1
    assert differ  # the text does move some titles' scores


def test_postings_alike_but_in_the_text_match_as_exhaustive_scoring_one_after_another() -> None:
    """Titles reading no text share their values across such postings; the others do not."""
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {
        sid: (parse_query(text), sensitivity)
        for sid, (text, sensitivity) in enumerate(
            (text, sensitivity) for text in TEXT_QUERIES for sensitivity in SENSITIVITIES
        )
    }
    matcher = indexed(searches)
    for title in TEXT_TITLES:
        for i, text in enumerate([*TEXTS, *reversed(TEXTS)]):
            posting = Posting(id=f"p{i}", title=title, description=text)
            assert matcher.match(posting) == exhaustive(searches, posting)


def test_a_loose_search_added_after_a_posting_was_matched_is_found_by_meaning() -> None:
    """The loose rows near a posting title are kept per title: an added one is seen."""
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {
        0: (parse_query("truck driver"), "loose")
    }
    matcher = indexed(searches)
    posting = Posting(id="p", title="Cook")
    assert matcher.match(posting) == exhaustive(searches, posting) == []
    searches[1] = (parse_query("chef"), "loose")
    matcher.add(1, *searches[1])
    assert [sid for sid, _ in matcher.match(posting)] == [1]
    assert matcher.match(posting) == exhaustive(searches, posting)
    matcher.remove(1)
    assert matcher.match(posting) == []


def test_a_removed_titles_values_do_not_outlive_it_in_the_values_shared_across_texts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Seen as lost and extra matches when an import followed searches removed and added by
    # another process: the freed title slot went to a new title, which read the old one's value.
    monkeypatch.setattr(index, "TITLE_MEMOS", 2)
    matcher = Matcher()
    matcher.add(1, parse_query("accountant"))
    posting = Posting(id="a", title="Payroll Accountant")
    assert [ids for _, ids in matcher.passing(posting)] == [(1,)]
    for n, text in enumerate(["Build backend services in Python.", "Build iOS and Android apps."]):
        matcher.passing(Posting(id=f"n{n}", title="Nurse", description=text))  # evict its memo
    matcher.remove(1)
    matcher.add(2, parse_query("payroll accountant"))  # takes the freed title slot
    alone = Matcher()
    alone.add(2, parse_query("payroll accountant"))
    assert matcher.passing(posting) == alone.passing(posting)


OR_TEXTS = [
    "nurse or midwife",
    "midwife or nurse",
    "nurse",
    "midwife",
    "senior nurse or midwife",
    "backend or data engineer",
    "data engineer",
    "backend engineer python",
]
OR_POSTINGS = [
    Posting(id="n", title="Registered Nurse"),
    Posting(id="m", title="Certified Nurse Midwife"),
    Posting(id="d", title="Senior Data Engineer (Python)"),
    Posting(id="b", title="Backend Engineer"),
]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ops=st.lists(
        st.tuples(
            st.sampled_from(["add", "add", "remove"]),
            st.integers(0, 6),
            st.sampled_from(OR_TEXTS),
            st.sampled_from(SENSITIVITIES),
        ),
        min_size=1,
        max_size=20,
    )
)
def test_passing_gives_a_search_of_several_titles_once_at_its_best_beside_plain_searches(
    ops: list[tuple[str, int, str, Sensitivity]],
) -> None:
    """Rows shared by a title of such a search and plain searches of that title, as searches
    come and go: each search once, at its exhaustive score, best score first."""
    matcher, live = replay(ops)
    for posting in OR_POSTINGS:
        found = matcher.passing(posting)
        flat = [(sid, score) for score, ids in found for sid in ids]
        assert len(flat) == len({sid for sid, _ in flat})
        assert sorted(flat) == sorted((sid, r.score) for sid, r in exhaustive(live, posting))
        scores = [score for score, _ in found]
        assert scores == sorted(scores, reverse=True)
        assert all(ids == tuple(sorted(ids)) for _, ids in found)


def test_a_posting_declaring_an_occupation_scores_titles_its_occupation_shares_no_word_with() -> (
    None
):
    """Titles the declared occupation's titles share a word with are scored through them too,
    the others by the posting's own title alone: both as exhaustive scoring."""
    texts = ["program analyst", "management analyst", "budget officer", "nurse", "analyst python"]
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {
        sid: (parse_query(text), sensitivity)
        for sid, (text, sensitivity) in enumerate(
            (text, sensitivity) for text in texts for sensitivity in SENSITIVITIES
        )
    }
    matcher = indexed(searches)
    posting = Posting(id="p", title="Budget Officer", tags=("0343 - Program Analyst",))
    found = matcher.match(posting)
    assert found == exhaustive(searches, posting)
    assert {sid // len(SENSITIVITIES) for sid, _ in found} >= {0, 2}


def test_a_title_missing_every_specialisation_asked_is_ruled_out_unscored() -> None:
    """A search naming a specialisation ("sre manager") that the posting's title words never
    credit ("Senior Product Manager") scores at most half its words' bound (SPEC_MISSING): the
    index rules it out before working out its title, and agrees with exhaustive scoring; a
    loose search takes it by meaning alone (a related title)."""
    query = parse_query("sre manager")
    posting = Posting(id="p", title="Senior Product Manager", description="", tags=())
    matcher = Matcher()
    matcher.add(1, query, "loose")
    by_meaning = meaning.loose_score(None, meaning.cosine(query, posting.title))
    assert matcher.passing(posting) == [(by_meaning, (1,))]
    found = search_result(query, posting, "loose")
    assert found is not None and found.score == by_meaning
    memo = matcher._title_memo(features(posting))
    assert not memo.values and not memo.untold  # no title base was worked out


def test_rows_out_of_reach_with_every_other_part_in_full_match_as_exhaustive() -> None:
    """Rows pruned before their other parts are worked out (_row_bars) are those exhaustive
    scoring leaves out: one title and skills, every sensitivity, places and pay asked or not."""
    texts = ["backend engineer", "backend engineer python", "backend engineer remote 150k+"]
    postings = [
        Posting(id="a", title="Backend Engineer", description="python", tags=()),
        Posting(id="b", title="Software Engineer", description="", tags=(), location="Berlin"),
        Posting(id="c", title="Frontend Developer", description="react", tags=()),
    ]
    matcher = Matcher()
    searches = [(parse_query(t), s) for t in texts for s in SENSITIVITIES]
    for sid, (query, sensitivity) in enumerate(searches):
        matcher.add(sid, query, sensitivity)
    for posting in postings:
        got = {sid for _, ids in matcher.passing(posting) for sid in ids}
        want = {
            sid
            for sid, (query, sensitivity) in enumerate(searches)
            if index.rank(query, [posting], sensitivity)
        }
        assert got == want


def test_a_title_its_declared_occupation_scores_low_is_ruled_out_unscored() -> None:
    """A posting declaring an occupation ("Budget Officer" in 0343, Program Analyst) whose
    titles share a word with a search ("program manager") but score it well below its bar:
    the index reads that title part, the same for every posting of the series, instead of
    the shared words' bound, rules the title out before working it out, and agrees with
    exhaustive scoring."""
    query = parse_query("program manager")
    posting = Posting(id="p", title="Budget Officer", tags=("0343 - Program Analyst",))
    for sensitivity in ("normal", "loose"):
        matcher = Matcher()
        matcher.add(1, query, sensitivity)
        assert matcher.passing(posting) == []
        assert search_result(query, posting, sensitivity) is None
        memo = matcher._title_memo(features(posting))
        assert not memo.values and not memo.untold  # no title base was worked out


def test_a_title_of_another_speciality_is_ruled_out_unscored() -> None:
    """A search naming a speciality ("platform engineer") the posting's title and text meet
    none of ("Backend Engineer"): title_base gates it at most SPEC_CONFLICT, title and other
    parts alike, so the index rules it out before working out its title, as exhaustive."""
    query = parse_query("platform engineer")
    posting = Posting(id="p", title="Backend Engineer", description="", tags=())
    for sensitivity in ("strict", "normal"):
        matcher = Matcher()
        matcher.add(1, query, sensitivity)
        assert matcher.passing(posting) == []
        assert search_result(query, posting, sensitivity) is None
        memo = matcher._title_memo(features(posting))
        assert not memo.values and not memo.untold  # no title base was worked out


def test_searches_of_tools_alone_credit_text_mentions_more_exactly_beside_titled_ones() -> None:
    """A search of skills alone counts a tool in the description as a language there; a search
    with a title naming the same tools keeps DESC_SKILL: the index sums each its own credits."""
    texts = ["kafka", "azure", "golang k8s", "kafka or rabbitmq", "kafka spark", "k8s remote"]
    texts += ["backend engineer kafka", "kafka engineer", "platform engineer k8s", "golang"]
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {
        i * 3 + j: (parse_query(text), sensitivity)
        for i, text in enumerate(texts)
        for j, sensitivity in enumerate(SENSITIVITIES)
    }
    matcher = indexed(searches)
    events = "You will build event pipelines on Kafka and Java services in Azure."
    for posting in [
        Posting(id="a", title="Senior Software Engineer", description=events),
        Posting(id="b", title="Data Engineer", description="Kafka, Spark and Python."),
        Posting(id="c", title="Backend Engineer", description="Go and k8s.", workplace="remote"),
        Posting(id="d", title="Software Engineer", description="RabbitMQ queues.", tags=("kafka",)),
        Posting(id="e", title="Platform Engineer", description="Kubernetes clusters in Azure."),
    ]:
        assert matcher.match(posting) == exhaustive(searches, posting)
        fast = matcher.match(posting, explain=False)
        assert without_reasons(fast) == without_reasons(exhaustive(searches, posting))
    posting = Posting(id="a", title="Senior Software Engineer", description=events)
    normal = SENSITIVITIES.index("normal")
    found = {sid for sid, _ in matcher.match(posting)}
    assert {normal, 3 + normal} <= found  # "kafka", "azure" at normal


def test_titles_added_and_removed_after_a_posting_alike_was_matched_match_as_exhaustive() -> None:
    """A posting's own title's bounds and its declared occupation's routes are kept between
    postings alike: a title added or removed since is seen, by the own title and the series."""
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {
        0: (parse_query("truck driver"), "normal")
    }
    matcher = indexed(searches)
    postings = [
        Posting(id="a", title="Senior Data Engineer"),
        Posting(id="b", title="Budget Officer", tags=("0343 - Program Analyst",)),
    ]
    for posting in postings:
        assert matcher.match(posting) == exhaustive(searches, posting) == []
    for sid, text in ((1, "data engineer"), (2, "program analyst"), (3, "budget analyst")):
        searches[sid] = (parse_query(text), "normal")
        matcher.add(sid, *searches[sid])
        for posting in postings:
            assert matcher.match(posting) == exhaustive(searches, posting)
    assert {sid for p in postings for sid, _ in matcher.match(p)} >= {1, 2}
    for sid in (1, 2, 3):
        matcher.remove(sid)
        del searches[sid]
        for posting in postings:
            assert matcher.match(posting) == exhaustive(searches, posting)


def test_a_title_memo_shared_by_every_title_gives_the_numbers_of_no_memo() -> None:
    """_title_base reads the posting alone once per title shape (kept in its TitleMemo): the
    numbers stay those of a title base worked out without a memo, title after title."""
    from core.matching.scoring import TitleMemo

    titles = [
        "Go Engineer, Kafka Platform",  # a team after the role (_teams)
        "Senior Data Platform Engineer",  # a specialty of several words (_specialty_words)
        "Full Stack Developer (JavaScript)",
        "Software Engineer II",
        "Registered Nurse - ICU",
        "Data Scientist",
    ]
    texts = [
        "platform engineer",
        "backend go engineer",
        "software engineer",
        "data engineer",
        "javascript developer",
        "machine learning scientist",
        "nurse",
        "kafka engineer",
    ]
    text = "We build Python services on AWS and Kafka."
    for title in titles:
        f = features(Posting(id="p", title=title, description=text))
        memo = TitleMemo()
        for search in texts:
            cq = compile_query(parse_query(search))
            assert title_base(cq, f, memo)[:3] == title_base(cq, f)[:3], (title, search)
