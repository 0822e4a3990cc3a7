"""Neighbours the judges disagree on, kept as they are: a data engineer is no match for a
developer's search of a language (fresh, fresh2, fresh3 and fresh4 grade data work 0 for a
backend or language search; only fresh5 grades "Data Engineer (Python, GCP)" 1 for "python
developer gcp"), unless a skill asked leans to data; another SQL store than the one asked is a
loose match (fresh4 grades a Python backend with neither FastAPI nor PostgreSQL 0 for "python
fastapi postgres", fresh5 a MySQL backend 1 for "junior backend developer postgres";
skill_rivals.tsv: the stores are rivals)."""

from __future__ import annotations

from core.matching import parse_query, rank
from core.model import Posting, Sensitivity

DATA = Posting(
    id="data", title="Data Engineer (Python, GCP)", description="Python, BigQuery, GCP, Airflow."
)
DEV = Posting(id="dev", title="Python Developer", description="Python services on GCP.")
MYSQL = Posting(
    id="mysql", title="Junior Backend Engineer (MySQL)", description="Node.js and MySQL."
)
PG = Posting(id="pg", title="Junior Backend Engineer", description="Node.js and PostgreSQL.")


def _ids(query: str, pool: list[Posting], sensitivity: Sensitivity = "normal") -> list[str]:
    return [p.id for p, _ in rank(parse_query(query), pool, sensitivity)]


def test_a_data_engineer_is_no_python_developer_unless_a_skill_leans_to_data() -> None:
    assert _ids("python developer gcp", [DATA, DEV]) == ["dev"]
    assert "data" in _ids("python airflow gcp", [DATA, DEV])


def test_another_sql_store_is_a_loose_match_only() -> None:
    assert _ids("junior backend developer postgres", [MYSQL, PG]) == ["pg"]
    assert _ids("junior backend developer postgres", [MYSQL, PG], "loose") == ["pg", "mysql"]
