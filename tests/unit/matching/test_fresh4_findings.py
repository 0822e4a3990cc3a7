"""Misses of the fourth fresh set's dev half (tests/eval/fresh4, backend and any role, written
and judged before any run): a skill said not to be needed ("Non-CDL", "No CDL needed") is not
named; a London borough is London; an Air Traffic Control Officer is an air traffic controller
and a People Partner an HR business partner; a title naming another database than the one asked
is another job, as one naming another framework is."""

from __future__ import annotations

from core.matching import parse_query, rank, score_posting
from core.model import Posting
from tests.unit.matching.found import found, posting


def test_a_skill_said_not_to_be_needed_is_not_named() -> None:
    # Was 91, above a CDL driver's 89: "Non-CDL" in the title read as CDL.
    box = posting("Box Truck Driver (Non-CDL)", "Drive a 26-ft box truck. No CDL needed.")
    cdl = posting("Truck Driver", "Local routes. Class B CDL required.")
    # CDL is wanted (spec8): the box truck, naming none, is listed at loose, after.
    assert [p.id for p, _ in rank(parse_query("truck driver cdl"), [box, cdl])] == [cdl.id]
    loose = rank(parse_query("truck driver cdl"), [box, cdl], "loose")
    assert [p.id for p, _ in loose] == [cdl.id, box.id]
    assert found("truck driver", box)


def test_a_london_borough_is_london() -> None:
    # Was 0: "Croydon, CR7 8BT" was no place in London.
    query = parse_query("maths teacher london")
    for place in ("Croydon, CR7 8BT", "Tower Hamlets, London E1", "London, UK"):
        teacher = Posting(id=place, title="Maths Teacher (KS3/KS4)", location=place)
        assert score_posting(query, teacher).passed, place
    elsewhere = Posting(id="pa", title="Maths Teacher", location="Croydon, PA 19021")
    assert not score_posting(query, elsewhere).passed
    assert score_posting(
        parse_query("nurse croydon"), Posting(id="c", title="Nurse", location="Croydon, CR7 8BT")
    ).passed


def test_other_titles_of_the_same_job() -> None:
    # Were 24 and 16: "control officer" and "people partner" were other roles.
    assert found("air traffic controller", posting("Trainee Air Traffic Control Officer"))
    assert found("hr business partner", posting("People Partner"))
    assert not found("air traffic controller", posting("Airport Operations Officer"))


def test_a_title_naming_another_database_is_another_job() -> None:
    # Was 87: a PostgreSQL DBA passed "sql server dba", the database only ranking.
    pg = posting(
        "PostgreSQL DBA",
        "Operate our PostgreSQL fleet: replication, upgrades.\n\nBonus points\n- SQL Server",
    )
    mssql = posting("SQL Server Database Administrator", "Administer 60 SQL Server instances.")
    assert found("sql server dba", mssql)
    assert not found("sql server dba", pg)
    assert found("dba", pg)
