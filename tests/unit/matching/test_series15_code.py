"""A series code typed with a hyphen before a word ("2210-infosec", a new user's probe) is the
series and the word, said in a note; the hyphen is no "not" (it left out "infosec")."""

from __future__ import annotations

import pytest

from core.matching import parse_query

NOTE = 'I read "2210" as occupation series 2210 Information Technology Management ("it specialist")'


@pytest.mark.parametrize("said", ["2210 infosec", "2210-infosec", "2210-INFOSEC", "infosec 2210"])
def test_a_series_code_before_a_word_is_the_series_said_in_a_note(said: str) -> None:
    query = parse_query(said)
    assert NOTE in query.notes
    assert query.title == ("it", "specialist", "cyber", "security")
    assert not query.exclude_words and not query.exclude_skills
