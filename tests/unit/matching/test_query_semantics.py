"""What a search means: places or workplaces, exclusions, pay in any currency, echo, reasons."""

from __future__ import annotations

import pytest

from core.matching import Matcher, ParsedQuery, parse_query, rank, score_posting, threshold_for
from core.matching.money import find_salaries, rates
from core.matching.vocab import place_name
from core.model import SENSITIVITIES, Posting, Sensitivity
from tests.unit.matching.exactness import assert_indexes_exact


def passing(query: str, postings: list[Posting]) -> set[str]:
    """Ids of the postings the query passes at normal sensitivity, checked through the index."""
    parsed = parse_query(query)
    ranked = {p.id for p, _ in rank(parsed, postings)}
    matcher = Matcher()
    matcher.add(1, parsed)
    assert ranked == {p.id for p in postings if matcher.match(p, explain=False)}
    return ranked


PLACES = [
    Posting(id="remote", title="Backend Engineer", workplace="remote"),
    Posting(id="berlin-onsite", title="Backend Engineer", location="Berlin", workplace="onsite"),
    Posting(id="berlin-hybrid", title="Backend Engineer", location="Berlin", workplace="hybrid"),
    Posting(id="berlin-unstated", title="Backend Engineer", location="Berlin, Germany"),
    Posting(id="munich-onsite", title="Backend Engineer", location="Munich", workplace="onsite"),
    Posting(id="munich-unstated", title="Backend Engineer", location="Munich"),
    Posting(id="remote-us", title="Backend Engineer", location="Remote (US)", workplace="remote"),
]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (
            "backend engineer, remote or Berlin",
            {"remote", "berlin-onsite", "berlin-hybrid", "berlin-unstated"},
        ),
        ("backend engineer hybrid in Berlin", {"berlin-hybrid", "berlin-unstated"}),
        # A posting not stating its workplace is kept, lower; one stating another is not.
        (
            "backend engineer remote",
            {"remote", "remote-us", "berlin-unstated", "munich-unstated"},
        ),
        (
            "backend engineer in Berlin",
            {"remote", "berlin-onsite", "berlin-hybrid", "berlin-unstated"},
        ),
        (
            "backend engineer hybrid or remote, Berlin",
            {"remote", "berlin-hybrid", "berlin-unstated"},
        ),
    ],
)
def test_places_and_workplaces_named_together_are_alternatives(
    query: str, expected: set[str]
) -> None:
    assert passing(query, PLACES) == expected


def passing_at(query: str, postings: list[Posting], sensitivity: Sensitivity) -> list[str]:
    """Ids of the postings the query passes at this sensitivity, best first (index checked)."""
    parsed = parse_query(query)
    ranked = [p.id for p, _ in rank(parsed, postings, sensitivity)]
    matcher = Matcher()
    matcher.add(1, parsed, sensitivity)
    assert set(ranked) == {p.id for p in postings if matcher.match(p, explain=False)}
    return ranked


@pytest.mark.parametrize(
    ("query", "stated", "other"),
    [
        ("backend engineer remote", "remote", "hybrid"),
        ("backend engineer hybrid", "hybrid", "onsite"),
        ("backend engineer onsite", "onsite", "remote"),
    ],
)
def test_a_workplace_asked_keeps_a_posting_not_stating_one_lower_and_not_at_strict(
    query: str, stated: str, other: str
) -> None:
    postings = [
        Posting(id="unstated", title="Backend Engineer", location="Seattle, WA"),
        Posting(id="stated", title="Backend Engineer", location="Seattle, WA", workplace=stated),
        Posting(id="other", title="Backend Engineer", location="Seattle, WA", workplace=other),
    ]
    assert passing_at(query, postings, "normal") == ["stated", "unstated"]
    assert passing_at(query, postings, "loose") == ["stated", "unstated"]
    assert passing_at(query, postings, "strict") == ["stated"]
    for sensitivity in SENSITIVITIES:  # the postings index and its snapshot too
        assert_indexes_exact([query, "backend engineer remote us"], postings, sensitivity)
    said = score_posting(parse_query(query), postings[0])
    assert said.passed and "workplace not stated" in said.reasons and said.short == ("place",)


def test_a_usajobs_posting_in_a_place_not_said_remote_is_no_remote_job() -> None:
    # USAJOBS says "(remote job)" in the place of every remote job: one in a place without it
    # is not remote; one stating no place at all may be.
    postings = [
        Posting(id="dc", title="Product Manager", source="usajobs", location="Washington, DC"),
        Posting(id="none", title="Product Manager", source="usajobs"),
        Posting(
            id="remote",
            title="Product Manager",
            source="usajobs",
            location="Anywhere in the U.S. (remote job)",
            workplace="remote",
        ),
    ]
    assert passing_at("product manager remote", postings, "normal") == ["remote", "none"]


@pytest.mark.parametrize(
    "query", ["backend engineer remote berlin", "backend engineer berlin remote"]
)
def test_remote_with_a_place_and_no_or_is_remote_work_open_to_it(query: str) -> None:
    # Remote without a region, and in Berlin without a workplace: kept, ranked lower.
    assert passing(query, PLACES) == {"remote", "berlin-unstated"}
    assert parse_query(query).where == "remote open to Berlin"


def test_the_readme_flagship_keeps_berlin_postings_of_any_workplace() -> None:
    query = "senior backend python, remote or Berlin, no PHP, 120k+"
    postings = [
        Posting(
            id=p.id,
            title="Senior Backend Engineer (Python)",
            location=p.location,
            workplace=p.workplace,
        )
        for p in PLACES
    ]
    assert passing(query, postings) >= {"remote", "berlin-onsite", "berlin-hybrid"}


NEGATIONS = [
    Posting(id="remote", title="Backend Engineer", workplace="remote", company="Acme"),
    Posting(id="onsite", title="Backend Engineer", workplace="onsite", company="Acme"),
    Posting(id="hybrid", title="Backend Engineer", workplace="hybrid", company="Acme"),
    Posting(id="unstated", title="Backend Engineer", company="Acme"),
    Posting(id="fernhill", title="Backend Engineer", company="Fernhill Health"),
    Posting(id="senior", title="Sr. Backend Engineer", company="Acme"),
]


@pytest.mark.parametrize(
    ("query", "dropped"),
    [
        ("backend engineer -remote", {"remote"}),
        ("backend engineer not onsite", {"onsite"}),
        ("backend engineer no hybrid", {"hybrid"}),
        ("backend engineer not Fernhill", {"fernhill"}),
        ("backend engineer not senior", {"senior"}),
    ],
)
def test_negations_change_the_results_they_echo(query: str, dropped: set[str]) -> None:
    everything = passing("backend engineer", NEGATIONS)
    assert everything == {p.id for p in NEGATIONS}
    assert passing(query, NEGATIONS) == everything - dropped
    assert "not " in parse_query(query).describe()


PAY = [
    Posting(
        id="eur-59", title="Backend Engineer", salary_min=59_000, salary_max=59_000, currency="EUR"
    ),
    Posting(
        id="eur-71", title="Backend Engineer", salary_min=65_000, salary_max=71_000, currency="EUR"
    ),
    Posting(
        id="usd-181",
        title="Backend Engineer",
        salary_min=160_000,
        salary_max=181_000,
        currency="USD",
    ),
    Posting(id="eur-170", title="Backend Engineer", salary_max=170_000, currency="EUR"),
    Posting(id="uah", title="Backend Engineer", salary_max=9_000_000, currency="UAH"),
]


def test_pay_in_other_currencies_is_converted_at_ecb_rates() -> None:
    query = parse_query("backend engineer $150k")
    found = rank(query, PAY)
    assert [p.id for p, _ in found][:2] in (["usd-181", "eur-170"], ["eur-170", "usd-181"])
    assert {p.id for p, _ in found} == {"usd-181", "eur-170", "uah"}
    day = rates().date.isoformat()
    low = score_posting(query, PAY[1])
    assert "✗ salary ≈ $" in low.reasons[0]
    assert f"at ECB rates of {day}: below $150k" in low.reasons[0]
    uah = dict((p.id, r) for p, r in found)["uah"]
    assert "salary in UAH, not compared" in uah.reasons
    assert uah.score < dict((p.id, r) for p, r in found)["usd-181"].score


def test_absurd_amounts_are_judged_after_conversion() -> None:
    huge = parse_query("backend 5000k+")
    assert huge.salary_min is None
    assert any("5000k+" in note and "real salary" in note for note in huge.notes)
    yen = parse_query("backend ¥10000000")
    assert (yen.salary_min, yen.currency, yen.notes) == (10_000_000, "JPY", ())
    assert "salary ≥ ¥10M" in yen.describe()
    unstated = Posting(id="u", title="Backend Engineer", salary_max=150_000)  # read as dollars
    assert score_posting(yen, unstated).passed
    tiny = find_salaries("¥100000")  # ≈ $650 a year
    assert tiny[0].amount is None and "real salary" in (tiny[0].note or "")


def test_words_in_any_script_are_kept_as_title_words() -> None:
    query = parse_query("مهندس برمجيات python")
    assert query.title == ("مهندس", "برمجيات")
    assert "مهندس برمجيات" in query.describe()


def test_places_are_shown_as_people_write_them() -> None:
    assert place_name("london uk") == "London, UK"
    assert place_name("remote eu") == "Remote EU"
    assert place_name("new york") == "New York"
    query = parse_query("backend in London UK")
    assert "in London" in query.describe()
    result = score_posting(query, Posting(id="l", title="Backend Engineer", location="London, UK"))
    assert "London, UK ✓" in result.reasons


def test_why_lines_show_the_posting_words_that_matched() -> None:
    query = parse_query("senior backend engineer")
    result = score_posting(query, Posting(id="s", title="Sr. Back-End Developer (Python)"))
    assert result.reasons[0].startswith('title ≈ "senior backend developer" (')


def test_explain_reads_as_sentences_for_people() -> None:
    posting = Posting(id="p", title="Backend Sales Manager", location="London")
    result = score_posting(parse_query("backend engineer in London"), posting)
    text = "\n".join(result.breakdown)
    for internal in ("recall", "precision", "=eng", "× weight", "penalty:"):
        assert internal not in text
    assert "the posting's title has backend" in text
    assert "lowered: different role" in text
    assert "the other parts count for 40% of their points" in text


def test_index_and_scorer_agree_on_every_new_filter() -> None:
    queries = [
        "backend engineer, remote or Berlin",
        "backend engineer hybrid in Berlin",
        "backend engineer -remote not Fernhill",
        "backend engineer $150k",
        "backend engineer 5000k+",
    ]
    postings = PLACES + NEGATIONS + PAY
    matcher = Matcher()
    parsed: dict[int, ParsedQuery] = {}
    for sid, text in enumerate(queries):
        parsed[sid] = parse_query(text)
        matcher.add(sid, parsed[sid])
    for posting in postings:
        expected = sorted(
            (sid, r.score)
            for sid, q in parsed.items()
            if (r := score_posting(q, posting)).passed and r.score >= threshold_for("normal")
        )
        assert sorted((sid, r.score) for sid, r in matcher.match(posting)) == expected


@pytest.mark.parametrize(
    ("query", "echo"),
    [
        ("backend remote or Berlin", "remote open to Germany, or in Berlin"),
        ("backend hybrid in Berlin", "hybrid in Berlin"),
        ("backend hybrid or remote, Berlin", "remote open to Germany, or hybrid in Berlin"),
    ],
)
def test_the_echo_reads_places_and_workplaces_as_alternatives(query: str, echo: str) -> None:
    assert parse_query(query).describe().endswith(echo)
    rejected = score_posting(
        parse_query(query), Posting(id="m", title="Backend Engineer", location="Munich")
    )
    assert rejected.reasons[0].endswith(f"(you asked for {echo})")


def test_not_in_a_place_leaves_the_place_out() -> None:
    query = parse_query("backend engineer not in Munich")
    assert query.locations == ()
    assert passing("backend engineer not in Munich", PLACES) == {
        p.id for p in PLACES if "Munich" not in p.location
    }


SKILLED = [
    Posting(id="go", title="Backend Engineer", description="We write Go services."),
    Posting(id="python", title="Backend Engineer", description="Python and Django."),
    Posting(id="java", title="Backend Engineer", description="Java and Spring."),
    Posting(id="both", title="Backend Engineer", description="Python and Go services."),
    Posting(id="go-title", title="Go Developer", description="Backend services in Go."),
    Posting(id="java-title", title="Java Developer", description="Backend services in Java."),
]


def test_skills_named_with_or_are_any_of_them() -> None:
    """Each member alone meets the group in full; both together score no higher."""
    query = parse_query("backend engineer python or go")
    assert passing("backend engineer python or go", SKILLED) >= {"go", "python", "both"}
    assert not {"java", "java-title"} & passing("backend engineer python or go", SKILLED)
    scores = {p.id: r.score for p, r in rank(query, SKILLED, "loose")}
    assert scores["go"] == scores["both"] == scores["python"]
    each = {p.id: r.score for p, r in rank(parse_query("backend engineer python go"), SKILLED)}
    assert each["go"] < scores["go"]  # without "or" the posting misses Python


def test_the_reason_names_the_member_that_matched() -> None:
    query = parse_query("backend engineer python or go")
    assert "Go: in the text only" in score_posting(query, SKILLED[0]).reasons
    assert "Python: in the text only" in score_posting(query, SKILLED[1]).reasons
    assert "missing: any of Python, Go" in score_posting(query, SKILLED[2]).reasons


def test_a_title_naming_one_member_is_no_rival() -> None:
    query = parse_query("developer python or go")
    go = score_posting(query, SKILLED[4])
    java = score_posting(query, SKILLED[5])
    assert go.passed and not any("other skills" in line for line in go.breakdown)
    assert not java.passed


def test_tools_in_a_group_rank_but_do_not_gate() -> None:
    cloud = [
        Posting(id="aws", title="DevOps Engineer", description="Terraform on AWS."),
        Posting(id="gcp", title="DevOps Engineer", description="Terraform on GCP."),
        Posting(id="none", title="DevOps Engineer", description="Terraform."),
    ]
    found = [p.id for p, _ in rank(parse_query("devops engineer aws or gcp"), cloud, "loose")]
    assert set(found[:2]) == {"aws", "gcp"} and found[2] == "none"
    assert passing("devops engineer aws or gcp", cloud) >= {"aws", "gcp"}


NURSES = [
    Posting(id="plain", title="Registered Nurse", description="Med-surg unit, 3x12."),
    Posting(id="nights", title="Registered Nurse", description="Night shift, med-surg unit."),
    Posting(id="prn", title="Registered Nurse", description="PRN position, flexible."),
    Posting(id="lpn", title="Practical Nurse", description="Night shift."),
]


def test_a_shift_word_ranks_postings_naming_it_higher_and_leaves_none_out() -> None:
    plain = {p.id: r.score for p, r in rank(parse_query("practical nurse"), NURSES, "loose")}
    nights = {
        p.id: r.score for p, r in rank(parse_query("practical nurse nights"), NURSES, "loose")
    }
    assert nights.keys() >= plain.keys()  # never fewer
    assert all(nights[pid] >= score for pid, score in plain.items())  # never lower
    assert nights["plain"] == plain["plain"] and nights["nights"] > plain["nights"]
    first = [p.id for p, _ in rank(parse_query("registered nurse nights"), NURSES)]
    assert first[0] == "nights" and {"plain", "prn"} <= set(first)  # ties: naming it first
    assert passing("registered nurse per diem", NURSES) >= {"plain", "nights", "prn"}
    prn = score_posting(parse_query("registered nurse per diem"), NURSES[2])
    assert "names per diem ✓" in prn.reasons


@pytest.mark.parametrize("base", ["backend engineer kafka", "senior backend python remote 120k+"])
def test_a_shift_never_lowers_a_posting_not_naming_it(base: str) -> None:
    posting = Posting(id="x", title="Backend Engineer", description="Kafka and Python.")
    shifted = score_posting(parse_query(base + " weekends"), posting)
    assert shifted.score == score_posting(parse_query(base), posting).score
    assert "weekends not named" in shifted.reasons
