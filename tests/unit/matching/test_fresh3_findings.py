"""Misses of the third fresh backend set's dev half (tests/eval/fresh3, written and judged before
any run): "contract" in a search asks for contract work, which a posting says (a contract's
length, IR35, day rate, contractor, freelance, C2C): permanent jobs are left out."""

from __future__ import annotations

from core.matching import parse_query, rank
from core.model import Posting


def _ids(query: str, postings: list[Posting]) -> list[str]:
    return [p.id for p, _ in rank(parse_query(query), postings)]


def test_contract_in_a_search_asks_for_contract_work() -> None:
    # Was dropped as a title's noise word: every backend developer passed (182 of 192 permanent).
    query = parse_query("contract backend developer")
    assert query.title == ("backend", "developer")
    assert "contract" in query.describe()
    postings = [
        Posting(id="perm", title="Backend Developer", description="Python services. Full-time."),
        Posting(
            id="ir35",
            title="Python Backend Developer",
            description="6-month contract (outside IR35) with a retail bank.",
        ),
        Posting(id="titled", title="Backend Developer - Contract", description="Go APIs."),
        Posting(id="tagged", title="Backend Developer", description="Go APIs.", tags=("contract",)),
        Posting(
            id="freelance",
            title="Freelance Backend-Entwickler Java (m/w/d)",
            description="Projekt bei einem Energieversorger.",
        ),
        Posting(id="day", title=".NET Backend Developer", description="Day rate: £450, 3 months."),
    ]
    assert sorted(_ids("contract backend developer", postings)) == [
        "day", "freelance", "ir35", "tagged", "titled",
    ]  # fmt: skip


def test_a_contract_role_in_a_title_stays_a_title() -> None:
    # "Contract Specialist" is the job (series 1102); a government contractor hires permanently.
    assert parse_query("contract specialist").title == ("contract", "specialist")
    gov = Posting(
        id="gov",
        title="Backend Engineer",
        description="As a government contractor we require US citizenship. Contract negotiation.",
    )
    assert _ids("contract backend engineer", [gov]) == []


def test_a_domain_after_the_role_is_the_team_not_the_job() -> None:
    # "Software Engineer, Payments Platform" works on a payments platform: no platform engineer
    # (was 78 for "kubernetes platform engineer", naming no Kubernetes).
    postings = [
        Posting(
            id="team",
            title="Software Engineer, Payments Platform",
            description="Kotlin services that authorise card payments.",
        ),
        Posting(
            id="kafka",
            title="Go Engineer, Kafka Platform",
            description="Go libraries for Kafka events, on Kubernetes.",
        ),
        Posting(
            id="platform",
            title="Senior Platform Engineer",
            description="Run the Kubernetes platform our engineers deploy to.",
        ),
    ]
    assert _ids("kubernetes platform engineer", postings) == ["platform"]


def test_a_solutions_engineer_is_no_generic_software_title() -> None:
    # A customer-facing pre-sales job: was 71 for "backend engineer" (a generic engineer's
    # title with backend work in the text), as a Support or Sales Engineer is not.
    solutions = Posting(
        id="se",
        title="Solutions Engineer",
        description="Help customers integrate our backend APIs; reads Python or JavaScript.",
    )
    assert _ids("backend engineer", [solutions]) == []
    assert _ids("solutions engineer", [solutions]) == ["se"]


def test_a_place_or_remote_offers_remote_work_whatever_the_boards_workplace() -> None:
    # "Berlin or Remote (Germany)" flagged hybrid by its board: remote from Germany is offered
    # (was "hybrid ✗" for "backend developer remote europe").
    either = Posting(
        id="either",
        title="Senior Backend Engineer",
        location="Berlin or Remote (Germany)",
        workplace="hybrid",
        description="Python services for our business accounts.",
    )
    office = Posting(
        id="office",
        title="Senior Backend Engineer",
        location="Berlin, Germany",
        workplace="hybrid",
        description="Python services for our business accounts.",
    )
    assert _ids("backend developer remote europe", [office, either]) == ["either"]
    assert sorted(_ids("senior backend engineer berlin", [office, either])) == ["either", "office"]


def test_a_language_before_software_engineer_leans_backend_as_before_engineer() -> None:
    # "Java Software Engineer" is a "Java Engineer": was 25 for "backend engineer £80k+ uk",
    # ranked below a Solutions Engineer, while "Java Engineer, Trading" was 68.
    java = Posting(
        id="java",
        title="Java Software Engineer, Trading Systems",
        description="Build low-latency Java trading components.",
    )
    generic = Posting(
        id="generic", title="Software Engineer", description="Build our trading components."
    )
    assert _ids("backend engineer", [generic, java])[0] == "java"
    assert _ids("backend engineer", [java]) == ["java"]
