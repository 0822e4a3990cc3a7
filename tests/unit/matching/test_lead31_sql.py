"""SQL injection written with double quotes or without a closing quote is still SQL (probe26)."""

from __future__ import annotations

import pytest

from core.errors import QueryError
from core.matching import parse_query


@pytest.mark.parametrize(
    "text",
    ['" OR 1=1 --', 'nurse" or "1"="1', "admin' --", "x OR 1=1", '"; drop table jobs; --'],
)
def test_quoted_or_tautology_sql_is_refused_as_sql(text: str) -> None:
    # Was: '" OR 1=1 --' saved as the specialty Operating Room.
    with pytest.raises(QueryError, match="That reads as SQL"):
        parse_query(text)


@pytest.mark.parametrize(
    "text",
    ["or nurse", "c++ or c#", "ER or OR nurse", "python or go -- remote", '"data engineer" or sre'],
)
def test_or_between_words_is_no_sql(text: str) -> None:
    parse_query(text)
