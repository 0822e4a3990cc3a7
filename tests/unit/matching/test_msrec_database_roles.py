"""A database engineer does a database administrator's job: "Database Reliability Engineer (SQL
Server & Azure)" for "sql server dba" (fresh4 dev, grade 2), a neighbour only within databases."""

from __future__ import annotations

from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting

MSSQL = "Own our Microsoft SQL Server estate: backups, HA/DR, performance tuning, T-SQL, on Azure."


def passes(query: str, title: str, description: str = MSSQL) -> bool:
    posting = Posting(id=title, title=title, description=description)
    result = score_posting(parse_query(query), posting)
    return result.passed and result.score >= threshold_for("normal")


def test_a_database_engineer_is_a_dbas_job() -> None:
    assert passes("sql server dba", "Database Reliability Engineer (SQL Server & Azure)")
    assert passes("database administrator", "Database Engineer")
    assert passes("sql server dba", "SQL Server Database Administrator")  # as before


def test_traps_engineers_of_other_fields_and_developers_stay_out() -> None:
    assert not passes("sql server dba", "Software Engineer (SQL Server)")
    assert not passes("sql server dba", "BI Developer (SQL Server, SSIS)")
    assert not passes("network administrator", "Network Engineer", "Cisco routing, firewalls.")
    assert not passes("system administrator", "Systems Engineer", "Linux servers and VMware.")
    # the other way round: a DBA is no database engineer's search result by this rule alone
    assert not passes("backend engineer", "Database Administrator")
