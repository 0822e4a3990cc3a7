"""A demanding new user's searches: titles named with "or", "anywhere", "no senior"."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.errors import QueryError
from core.matching import Matcher, parse_query, rank, score_posting
from core.model import SENSITIVITIES, Posting, Sensitivity
from core.postings.sample import sample_postings
from tests.unit.matching.exactness import assert_indexes_exact, examples


def _p(pid: str, title: str, **fields: object) -> Posting:
    return Posting(id=pid, title=title, **fields)  # type: ignore[arg-type]


POOL = [
    _p("nurse", "Registered Nurse"),
    _p("midwife", "Certified Nurse Midwife"),
    _p("attorney", "Attorney Advisor"),
    _p("paralegal", "Paralegal Specialist"),
    _p("backend", "Backend Engineer"),
    _p("data", "Data Engineer"),
    _p("accountant", "Accountant"),
    _p("kotlin", "Kotlin Developer", description="Kotlin services."),
    _p("staff", "Staff Backend Engineer"),
    _p("lead", "Lead Backend Engineer"),
    _p("principal", "Principal Backend Engineer"),
    _p("junior", "Junior Backend Engineer"),
    _p("intern", "Backend Engineer Intern"),
    _p("berlin", "Backend Engineer", location="Berlin, Germany", workplace="onsite"),
]
BY_ID = {p.id: p for p in POOL}


def passing(text: str) -> set[str]:
    return {p.id for p, _ in rank(parse_query(text), POOL)}


@pytest.mark.parametrize(
    ("text", "echo", "finds", "leaves"),
    [
        (
            "backend or data engineer",
            'title "backend engineer" or "data engineer"',
            {"backend", "data", "berlin"},
            {"accountant", "nurse"},
        ),
        ("nurse or midwife", 'title "nurse" or "midwife"', {"nurse", "midwife"}, {"attorney"}),
        (
            "attorney or paralegal",
            'title "attorney" or "paralegal"',
            {"attorney", "paralegal"},
            {"nurse", "accountant"},
        ),
        (
            "java or kotlin developer",
            'title "developer" · any of: Java, Kotlin',
            {"kotlin"},
            {"accountant"},
        ),
    ],
)
def test_titles_named_with_or_each_match(
    text: str, echo: str, finds: set[str], leaves: set[str]
) -> None:
    # Was one title ("backend data engineer", "nurse midwife") with a note to save each.
    query = parse_query(text)
    assert query.describe() == echo
    assert not [n for n in query.notes if "one title" in n]
    found = passing(text)
    assert finds <= found and not leaves & found


def test_the_card_says_which_title_matched() -> None:
    query = parse_query("backend or data engineer")
    assert 'title ≈ "data engineer" (100)' in score_posting(query, BY_ID["data"]).reasons
    assert 'title ≈ "backend engineer" (100)' in score_posting(query, BY_ID["backend"]).reasons


def test_a_level_and_the_rest_apply_to_every_title() -> None:
    query = parse_query("senior nurse or midwife in berlin")
    assert query.describe().startswith('title "senior nurse" or "senior midwife" · in Berlin')
    assert parse_query("swe or sde").or_titles == ()  # two names of one title


def test_a_search_of_titles_is_one_search_in_the_matcher() -> None:
    matcher = Matcher()
    matcher.add(1, parse_query("backend or data engineer"))
    matcher.add(2, parse_query("data engineer"))
    assert len(matcher) == 2 and 1 in matcher and 2 in matcher
    ids, scores = matcher.passing_by_id(BY_ID["data"])
    assert ids == [1, 2] and scores == [100.0, 100.0]
    assert [sid for sid, _ in matcher.match(BY_ID["data"])] == [1, 2]
    assert [sid for _, ids in matcher.passing(BY_ID["data"]) for sid in ids] == [1, 2]
    matcher.remove(1)
    assert len(matcher) == 1 and 1 not in matcher
    assert matcher.passing_by_id(BY_ID["backend"]) == ([], [])


OR_WORDS = ["nurse", "midwife", "backend", "data", "engineer", "developer", "or", "senior"]
OR_WORDS += ["attorney", "paralegal", "python", "remote", "berlin", "not", "junior", "kotlin"]
texts = st.lists(st.sampled_from(OR_WORDS), min_size=3, max_size=7).map(" ".join)


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries=st.lists(texts, min_size=1, max_size=5), sensitivity=st.sampled_from(SENSITIVITIES))
@example(queries=["engineer data developer"], sensitivity="loose")  # a spare speciality's bound
@example(queries=["data backend engineer"], sensitivity="strict")  # a spare field's cut
@example(queries=["engineer data developer remote"], sensitivity="loose")  # a spare's gate
def test_searches_of_titles_stay_exact_in_both_indexes(
    queries: list[str], sensitivity: Sensitivity
) -> None:
    assert_indexes_exact(queries, [*POOL, *sample_postings()[:60]], sensitivity)


def test_anywhere_alone_is_any_place_not_remote() -> None:
    # Was read as "remote": an onsite job in Berlin was left out of "backend anywhere".
    query = parse_query("backend engineer anywhere")
    assert query.workplaces == () and query.locations == ()
    assert any('"anywhere" as any place, remote or not' in n for n in query.notes)
    assert "berlin" in passing("backend engineer anywhere")
    assert parse_query("backend remote anywhere").workplaces == ("remote",)
    assert parse_query("nurse anywhere in europe").locations == ("europe",)


def test_no_senior_leaves_out_the_levels_past_it() -> None:
    # Was senior only: a Staff, Lead or Principal posting still matched "no senior".
    query = parse_query("backend engineer no senior")
    assert query.exclude_levels == ("senior", "lead", "staff", "principal")
    assert "not senior, lead, staff or principal level" in query.describe()
    found = passing("backend engineer no senior")
    assert {"backend", "junior"} <= found and not {"staff", "lead", "principal"} & found
    assert parse_query("backend engineer not junior").exclude_levels == (
        "intern",
        "apprentice",
        "junior",
    )
    assert parse_query("lead engineer not senior").exclude_levels == (
        "senior",
        "staff",
        "principal",
    )


def test_a_role_noun_is_shared_only_by_specialisations() -> None:
    assert parse_query("backend or frontend or data engineer").titles == (
        ("backend", "engineer"),
        ("frontend", "engineer"),
        ("data", "engineer"),
    )
    assert parse_query("doula or emt").titles == (
        ("doula",),
        ("emergency", "medical", "technician"),
    )
    assert parse_query("nurse or lpn").titles == (("nurse",), ("licensed", "practical", "nurse"))
    # Was "math" or "science teacher": a subject makes a known title with the shared noun
    # ("math" is read as mathematics since newuser12: "Mathematics Teacher" is a math teacher).
    assert parse_query("math or science teacher").titles == (
        ("mathematics", "teacher"),
        ("science", "teacher"),
    )
    assert parse_query("truck or delivery driver").titles == (
        ("truck", "driver"),
        ("delivery", "driver"),
    )


def test_the_word_cap_counts_each_title_named_with_or_on_its_own() -> None:
    many = "nurse or midwife or doula or cna or lpn or rn or crna or emt"
    query = parse_query(many)  # 16 title words in all; none of the titles near 8
    assert query.titles == (
        ("nurse",),
        ("midwife",),
        ("doula",),
        ("certified", "nursing", "assistant"),
        ("licensed", "practical", "nurse"),
        ("registered", "nurse"),
        ("certified", "registered", "nurse", "anesthetist"),
        ("emergency", "medical", "technician"),
    )
    assert not any("a lot of words" in n for n in query.notes)


def test_a_salad_of_titles_named_with_or_is_still_refused() -> None:
    with pytest.raises(QueryError, match="xyzzy, foobar, quux"):
        parse_query("xyzzy or foobar or quux")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("lkw fahrer", ("truck", "driver")),  # was "lkw farmer": Fahrer fixed as a typo
        ("LKW-Fahrer München", ("truck", "driver")),
        ("chauffeur routier", ("truck", "driver")),
        ("backend ingeneer", ("backend", "engineer")),  # was kept as the word "ingeneer"
        ("ingénieur logiciel", ("software", "engineer")),  # was "engineer logiciel"
        ("Rechtsanwältin", ("attorney",)),
        ("Softwareentwicklerin", ("software", "developer")),
        ("enfermera", ("nurse",)),
        ("desarrollador java", ("developer",)),
    ],
)
def test_titles_people_type_in_other_languages_are_read(text: str, title: tuple[str, ...]) -> None:
    assert parse_query(text).title == title
    assert not [n for n in parse_query(text).notes if "farmer" in n]


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        ("nurse not", "not"),  # was the title "nurse not"
        ("python developer without", "without"),  # was the title "developer without"
        ("nurse -company:", "-company:"),  # was 'not "company" in title, company or place'
        ("nurse location:", "location:"),  # was the title "nurse location"
    ],
)
def test_a_not_or_an_operator_with_nothing_after_it_is_left_out_saying_so(
    text: str, left_out: str
) -> None:
    query = parse_query(text)
    assert query.title in {("nurse",), ("developer",)}
    assert not (query.exclude_words or query.locations)
    assert any(n.startswith(f'I left "{left_out}" out') for n in query.notes), query.notes


def test_a_lone_not_is_refused_not_saved_as_a_title() -> None:
    with pytest.raises(QueryError, match='I left "not" out'):
        parse_query("not")


def test_no_lead_is_the_lead_track_alone_and_no_staff_takes_principal() -> None:
    # "principal engineer not lead" was echoed "not lead or staff level".
    assert parse_query("principal engineer not lead").exclude_levels == ("lead",)
    assert parse_query("backend engineer not staff").exclude_levels == ("staff", "principal")


def test_a_lone_role_noun_after_or_takes_the_first_titles_specialisation() -> None:
    # Was "software engineer" or "developer": any developer, a real estate one too.
    assert parse_query("software engineer or developer").titles == (
        ("software", "engineer"),
        ("software", "developer"),
    )
    assert parse_query("backend engineer or developer").titles[1] == ("backend", "developer")
    assert parse_query("registered nurse or midwife").titles[1] == ("midwife",)


def test_an_or_between_words_that_are_no_title_words_is_read_without_a_traceback() -> None:
    # Found by the index's property test: "ii" is a level word, "contract" a kind of work
    # (contract work asked: no title word), so nothing is left to search for: said, no traceback.
    with pytest.raises(QueryError, match="contract work only"):
        parse_query("ii or contract")
