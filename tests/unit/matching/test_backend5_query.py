"""A backend engineer's searches: "senior staff" is the staff rung, NoSQL and SQL are met by the
databases of each kind, and a role noun with only a specialty needs the specialty."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.matching import parse_query, rank
from core.model import SENSITIVITIES, Posting, Sensitivity
from core.postings.sample import sample_postings
from tests.unit.matching.exactness import assert_indexes_exact


def _p(pid: str, title: str, **fields: object) -> Posting:
    return Posting(id=pid, title=title, **fields)  # type: ignore[arg-type]


POOL = [
    _p("react", "Senior React Developer", description="React and TypeScript for our web app."),
    _p("sstaff", "Senior Staff Engineer, Core Services", description="Go services on AWS."),
    _p("staff", "Staff Backend Engineer", description="Python, PostgreSQL and Kafka."),
    _p("senior", "Senior Backend Engineer", description="Java services on MongoDB."),
    _p("princ", "Senior Principal Engineer", description="Design our distributed systems."),
    _p("mongo", "Backend Engineer", description="Node.js services on MongoDB and Redis."),
    _p("pg", "Backend Engineer", description="Go services on PostgreSQL."),
    _p("plain", "Backend Engineer", description="Ruby services."),
    _p("sf", "Salesforce Developer", description="Apex and Lightning components."),
    _p("dp", "Data Engineer", description="Build our data platform on Spark and Airflow."),
    _p("stream", "Software Engineer", description="Stream processing with Kafka and Flink."),
    _p("de", "Backend Developer (NodeJS)", location="Remote (Germany)", workplace="remote"),
    _p("fe", "Frontend Developer (React)", location="Paris, France", description="Some Node.js."),
    _p("net", "Senior Staff Engineer, Core Services", description=".NET Core and C# on Azure."),
    _p("wa", "Software Engineer", location="Redmond, Washington, United States"),
    _p("pa", "Backend Engineer", location="Palo Alto, CA", workplace="hybrid"),
    _p("ms", "Software Engineer II", location="Washington, United States"),
    _p("ny", "Backend Engineer", location="New York, NY"),
]


def found(text: str) -> list[str]:
    return [p.id for p, _ in rank(parse_query(text), POOL)]


def test_senior_before_staff_or_principal_grades_that_rung() -> None:
    # Was the levels senior or staff: a "Senior React Developer" came first for it.
    query = parse_query("senior staff engineer")
    assert query.seniority == ("staff",)
    assert 'I read "senior staff" as staff level' in query.notes
    assert "react" not in found("senior staff engineer")
    # Two equal titles ("sstaff", "net"): equal matches list by id (core.matching.order).
    assert found("senior staff engineer")[0] in {"sstaff", "net"}
    assert parse_query("sr principal software engineer").seniority == ("principal",)
    assert parse_query("senior engineer").seniority == ("senior",)
    assert parse_query("senior staff nurse").seniority == ("senior",)  # a staff nurse


def _reasons(text: str) -> dict[str, list[str]]:
    return {p.id: r.reasons for p, r in rank(parse_query(text), POOL)}


def test_nosql_and_sql_are_met_by_the_databases_of_each_kind_and_say_which() -> None:
    # Was "missing: NoSQL" on a posting naming MongoDB, and "missing: SQL" on one naming Postgres.
    got = _reasons("backend engineer nosql")
    assert "skills: NoSQL (MongoDB, Redis)" in got["mongo"]
    # precision9: a posting naming no NoSQL store is a loose match at best ("needs one of").
    assert "plain" not in got
    loose = {p.id: r.reasons for p, r in rank(parse_query("backend engineer nosql"), POOL, "loose")}
    assert "needs one of: NoSQL" in loose["plain"]
    assert "skills: SQL (PostgreSQL)" in _reasons("backend engineer sql")["pg"]


def test_an_engineer_with_only_a_specialty_needs_the_specialty() -> None:
    # Was a "Salesforce Developer" (missing: Data Platform) above nothing for "data platform
    # engineer", and any Lead Python Developer for "staff engineer distributed systems".
    assert found("data platform engineer") == ["dp"]
    assert "stream" in found("streaming engineer") and "pg" not in found("streaming engineer")
    assert "sf" not in found("payments developer")
    # A practice beside a level ranks (precision10, fresh dev f23: other principal backend
    # engineers are acceptable): the Staff titles, and a higher rung naming it (test_backend7).
    assert set(found("staff engineer distributed systems")) == {"staff", "sstaff", "net", "princ"}


def test_a_specialty_in_the_title_counts_as_title_words_asked() -> None:
    # Was 87 for "Principal Software Engineer – Distributed Systems", below a plain "Principal
    # Software Engineer" (92): the specialty's words were title words nobody asked for.
    pool = [
        _p("exact", "Principal Software Engineer – Distributed Systems"),
        _p("plain", "Principal Software Engineer", description="Distributed systems at scale."),
    ]
    found_ = rank(parse_query("principal software engineer distributed systems"), pool)
    assert [p.id for p, _ in found_] == ["exact", "plain"]
    assert found_[0][1].reasons[0].startswith('title ≈ "principal software engineer distributed')


def test_dotnet_core_is_the_dotnet_skill_not_the_title_word_core() -> None:
    # Was the title "core developer": "Senior Staff Engineer, Core Services" came first.
    query = parse_query("dotnet core developer")
    assert query.skills == (".NET",) and query.title == ("developer",)


def test_a_remote_posting_is_said_open_to_the_places_asked_it_is_open_to() -> None:
    # Was "Remote (Germany) ✓ (open to Paris or Berlin)".
    pool = [_p("de", "Backend Engineer", location="Remote (Germany)", workplace="remote")]
    reasons = rank(parse_query("backend engineer paris or berlin"), pool)[0][1].reasons
    assert "Remote (Germany) ≈ (open to Berlin)" in reasons


def test_a_developer_search_takes_a_backend_title_as_the_role_asked() -> None:
    # Was "Software Engineer, Checkout" (89) above "Backend Developer (NodeJS)" (82): the
    # title word backend counted as one nobody asked for.
    pool = [
        _p("checkout", "Software Engineer, Checkout", description="Node.js services."),
        _p("backend", "Backend Developer", description="Node.js services."),
        # React mid-sentence: a search naming skills needs one named (precision9), and
        # "React" opening a sentence may be the verb (features._description_skills).
        _p("front", "Frontend Developer", description="Some Node.js and React."),
    ]
    assert next(p.id for p, _ in rank(parse_query("nodejs developer"), pool)) == "backend"
    ranked = [p.id for p, _ in rank(parse_query("react developer"), pool)]
    assert ranked[0] == "front"  # react leans to frontend work: that title is the one asked


def test_a_tech_town_of_a_metro_row_is_a_place_alone() -> None:
    # Was the title "senior software engineer redmond": any Senior Software Engineer anywhere.
    query = parse_query("senior software engineer redmond")
    assert query.title == ("software", "engineer") and query.locations == ("redmond",)
    assert 'I read "redmond" as a town in Washington, United States' in query.notes
    pool = [
        _p("redmond", "Senior Software Engineer", location="Redmond, WA", workplace="onsite"),
        _p("austin", "Senior Software Engineer", location="Austin, TX", workplace="onsite"),
        _p("us", "Senior Software Engineer", location="Remote (US)", workplace="remote"),
    ]
    assert [p.id for p, _ in rank(query, pool)] == ["redmond", "us"]
    assert parse_query("backend engineer palo alto").locations == ("palo alto",)
    assert parse_query("software engineer redmond wa").locations == ("redmond wa",)


def test_washington_then_the_united_states_is_the_state_not_the_capital() -> None:
    # Was Washington, DC: every Microsoft posting ("Washington, United States") passed
    # "software engineer washington dc" and none "software engineer washington state".
    ms = [_p("ms", "Software Engineer", location="Washington, United States")]
    assert [p.id for p, _ in rank(parse_query("software engineer washington state"), ms)] == ["ms"]
    assert rank(parse_query("software engineer washington dc"), ms) == []
    dc = [_p("dc", "Software Engineer", location="Washington, District of Columbia, United States")]
    assert [p.id for p, _ in rank(parse_query("software engineer washington dc"), dc)] == ["dc"]
    ny = [_p("ny", "Software Engineer", location="New York, United States")]
    assert [p.id for p, _ in rank(parse_query("software engineer new york city"), ny)] == ["ny"]


def test_a_staff_search_ranks_staff_titles_before_leads_of_the_same_rank() -> None:
    # Was "Lead Python Developer" first for "staff engineer": lead and staff share a rank, and
    # a title with fewer words scored higher.
    pool = [
        _p("lead", "Lead Python Developer", description="Python services."),
        _p("staff", "Staff Backend Engineer", description="Python services."),
    ]
    assert [p.id for p, _ in rank(parse_query("staff engineer"), pool)] == ["staff", "lead"]
    assert [p.id for p, _ in rank(parse_query("lead engineer"), pool)] == ["lead", "staff"]


def test_nyc_is_new_york_city() -> None:
    # Was "city:nyc", a city no posting is in: "backend engineer nyc" left out New York, NY.
    query = parse_query("backend engineer nyc")
    assert any('"nyc" as a metro area (New York City' in n for n in query.notes), query.notes
    pool = [
        _p("ny", "Backend Engineer", location="New York, NY", workplace="onsite"),
        _p("bk", "Backend Engineer", location="Brooklyn, NY", workplace="onsite"),
        _p("jc", "Backend Engineer", location="Jersey City, NJ", workplace="onsite"),
    ]
    assert sorted(p.id for p, _ in rank(query, pool)) == ["bk", "ny"]


WORDS = ["senior", "staff", "principal", "sr", "engineer", "backend", "nosql", "sql"]
WORDS += ["mongodb", "data", "platform", "streaming", "payments", "developer", "go", "lead"]
WORDS += ["nodejs", "react", "dotnet", "core", "paris", "or", "berlin", "remote", "kafka"]
WORDS += ["redmond", "wa", "palo", "alto", "seattle", "washington", "dc", "state", "nyc"]
texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries=st.lists(texts, min_size=1, max_size=4), sensitivity=st.sampled_from(SENSITIVITIES))
def test_backend_rungs_databases_and_specialties_stay_exact_in_the_index(
    queries: list[str], sensitivity: Sensitivity
) -> None:
    assert_indexes_exact(queries, [*POOL, *sample_postings()[:30]], sensitivity)
