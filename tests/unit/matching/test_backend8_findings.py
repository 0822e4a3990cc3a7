"""Misses of the fresh backend set's dev half (tests/eval/fresh, written and judged before any
run): a specialty after a plain "software engineer" says which job; checkout and payouts are
payments work; a short text naming only a backend language shows backend work; Werkstudent is a
student's (intern) level; a support engineer or a writer of developer docs is no developer."""

from __future__ import annotations

from core.matching import parse_query, rank, score_posting
from core.model import Posting


def _ids(query: str, postings: list[Posting]) -> list[str]:
    return [p.id for p, _ in rank(parse_query(query), postings)]


def test_a_plain_software_engineer_search_with_a_specialty_needs_the_specialty() -> None:
    # Was every software engineer (44 of 48 returned on the dev half were not payments jobs).
    postings = [
        Posting(id="pay", title="Software Engineer, Payments Platform", description="Cards."),
        Posting(id="search", title="Senior Software Engineer", description="Our search APIs."),
        Posting(id="java", title="Senior Backend Engineer (Java)", description="Ledger APIs."),
    ]
    assert _ids("software engineer payments platform", postings) == ["pay"]
    # With a level asked a practice ranks (test_backend7_query), a domain still says which
    # work (precision10).
    staff = [Posting(id="staff", title="Staff Software Engineer", description="Search.")]
    assert _ids("staff software engineer distributed systems", staff) == ["staff"]
    assert _ids("staff software engineer payments", staff) == []


def test_checkout_and_payouts_are_payments_work() -> None:
    checkout = Posting(
        id="checkout",
        title="Staff Backend Engineer - Golang",
        description="Own the design of our checkout backend. Go, PostgreSQL, Kafka.",
    )
    assert _ids("software engineer payments", [checkout]) == ["checkout"]
    assert parse_query("payouts engineer").skills == ("Payments",)


def test_a_short_text_naming_only_a_backend_language_shows_backend_work() -> None:
    # Were 32 and 29, "no backend in the title or text".
    postings = [
        Posting(
            id="dotnet",
            title="Software Engineer (.NET Core)",
            description="Work on the backend of our ERP: .NET Core, Entity Framework, SQL Server.",
            tags=("dotnet",),
        ),
        Posting(
            id="golang",
            title="Senior Software Engineer (Golang) - Remote US",
            description="Build our claims APIs in Golang on AWS (ECS, DynamoDB, SQS).",
            tags=("golang", "aws"),
        ),
    ]
    sde = Posting(
        id="sde",
        title="Software Development Engineer II",
        description="SDE II on our inventory platform. Java, DynamoDB, SQS, AWS.",
        tags=("sde", "java", "aws"),
    )
    assert sorted(_ids("backend developer", [*postings, sde])) == ["dotnet", "golang", "sde"]
    # A language beside other kinds of work says nothing more: a full-stack PHP job stays one,
    # partly backend work (backendp: after the backend titles).
    fullstack = Posting(
        id="fs",
        title="Full Stack PHP Developer (Laravel/Vue)",
        description="Build features in our Laravel monolith and its Vue frontend.",
        tags=("fullstack", "php", "laravel", "vue"),
    )
    assert _ids("backend developer", [fullstack, *postings])[-1] == "fs"


def test_werkstudent_is_the_intern_level() -> None:
    student = Posting(
        id="ws",
        title="Werkstudent Backend-Entwicklung Python (m/w/d)",
        description="Python-Backend-Services (FastAPI, PostgreSQL), 15-20 Stunden pro Woche.",
    )
    assert _ids("senior backend engineer python", [student]) == []
    query = parse_query("werkstudent backend")
    assert query.seniority == ("intern",)
    assert score_posting(query, student).passed
    assert parse_query("praktikum java").seniority == ("intern",)


def test_a_support_engineer_for_the_backend_is_no_developer() -> None:
    support = Posting(
        id="support",
        title="Support Engineer - Backend",
        description="Second-line support for our Rails platform: debug, reproduce, escalate.",
        tags=("support", "ruby"),
        workplace="remote",
    )
    assert _ids("ruby on rails developer remote", [support]) == []
    assert _ids("backend developer", [support]) == []


def test_a_writer_of_developer_docs_is_no_developer() -> None:
    writer = Posting(
        id="writer",
        title="Senior Technical Writer (Developer Docs)",
        description="Docs for Rust SDKs and backend APIs.",
    )
    assert _ids("backend developer", [writer]) == []
    assert _ids("technical writer", [writer]) == ["writer"]
