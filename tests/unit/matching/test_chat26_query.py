"""A new user's searches written as sentences: "anything but X", filler, foreign "or", prose."""

from __future__ import annotations

import pytest

from core.chat.parsing import parse_command
from core.errors import QueryError
from core.matching.query import parse_query


@pytest.mark.parametrize(
    "search",
    [
        "anything but sales",
        "any job except sales",
        "everything except sales",
        "anything other than sales",
        "not sales",
        "remote job anything but sales",
        "anything except sales, remote",
    ],
)
def test_any_job_but_one_leaves_it_out_and_asks_for_a_job(search: str) -> None:
    with pytest.raises(QueryError) as err:
        parse_query(search)  # "anything but sales" was saved as the title "sales"
    said = str(err.value)
    assert said.startswith('Tell me a job or a skill too — I\'ll leave out "sales"')
    assert "-sales" in said and ("remote" in said) == ("remote" in search)


def test_a_job_with_anything_but_leaves_the_kind_out() -> None:
    query = parse_query("nurse, anything but travel")
    assert query.title == ("nurse",) and query.exclude_words == ("travel",)


def test_a_skill_left_out_alone_asks_for_a_job_too() -> None:
    with pytest.raises(QueryError, match="Tell me a job or a skill too — I'll leave out PHP"):
        parse_query("no php")


@pytest.mark.parametrize(
    "search",
    [
        "golang remote but i dont want crypto",
        "golang remote, i don't want crypto",
        "golang remote, do not want crypto",
        "golang remote, no crypto please",
        "golang remote without crypto",
        "golang remote, not interested in crypto",
    ],
)
def test_not_wanting_something_said_in_words_leaves_it_out(search: str) -> None:
    query = parse_query(search)  # was the title "dont crypto"
    assert query.title == () and query.skills == ("Go",)
    # crypto is a sector (law6): left out as one, by any of its names (blockchain, web3)
    assert query.exclude_skills == ("Crypto",) and query.workplaces == ("remote",)


@pytest.mark.parametrize(
    "search", ["REMOTE ONLY pls python", "python remote plz", "python remote thx"]
)
def test_courtesy_words_are_no_title(search: str) -> None:
    query = parse_query(search)  # was the title "pls"
    assert query.title == () and query.skills == ("Python",)


def test_hedged_skills_are_alternatives_said_in_the_echo() -> None:
    query = parse_query(
        "python developer remote and also kotlin maybe, or java if needed (no php!!)"
    )  # was title "developer if", Python, Kotlin and Java each required
    assert query.skills == ("Python|Kotlin|Java",) and query.exclude_skills == ("PHP",)
    assert query.title == ("developer",)
    assert "any of: Python, Kotlin, Java" in query.describe()
    assert any("any of Python, Kotlin, Java will do" in n for n in query.notes)


def test_skills_named_without_a_hedge_stay_required() -> None:
    assert parse_query("python developer kotlin java").skills == ("Python", "Kotlin", "Java")
    assert parse_query("backend python or go").skills == ("Python|Go",)


def test_federal_is_the_government_employer_not_a_title_word() -> None:
    query = parse_query("federal contract specialist gs 13")  # was 0 matches
    assert query.title == ("contract", "specialist") and query.skills == ("Government",)
    assert parse_query("contract specialist gs-1102-13").title == ("contract", "specialist")


@pytest.mark.parametrize(
    ("search", "place"),
    [
        ("desarrollador java madrid o remoto", "madrid"),
        ("développeur java paris ou remote", "paris"),
        ("java entwickler berlin oder remote", "berlin"),
        ("sviluppatore java milano o remoto", "milano"),
        ("java ontwikkelaar amsterdam of remote", "amsterdam"),
        ("desenvolvedor java lisboa ou remoto", "lisbon"),
    ],
)
def test_or_in_other_languages_between_a_place_and_remote(search: str, place: str) -> None:
    query = parse_query(search)  # "o", "ou", "oder" were title words, the place remote's
    assert not {"o", "u", "ou", "oder", "of"} & set(query.title) and query.skills == ("Java",)
    assert query.locations == (place,) and query.workplaces == ("remote",)
    assert not query.remote_from  # in the place, or remote


@pytest.mark.parametrize(
    ("search", "title"),
    [
        ("oder river tour guide", ("oder", "river", "tour", "guide")),
        ("bank of america teller", ("bank", "america", "teller")),
        ("sales associate", ("sales", "associate")),
    ],
)
def test_foreign_or_words_elsewhere_stay_as_said(search: str, title: tuple[str, ...]) -> None:
    assert parse_query(search).title == title


def test_a_place_named_with_of_stays_one_place() -> None:
    assert parse_query("accountant isle of man").locations == ("isle of man",)


def test_pronoun_i_and_verb_be_in_prose_are_no_level_or_field() -> None:
    query = parse_query(
        "i want to work as a teacher in spain, maybe english teacher, i have a CELTA"
    )  # was "teacher · junior level"
    assert query.seniority == () and "backend" not in query.title
    assert query.title[0] == "teacher" and "CELTA" in query.skills
    assert "backend" not in parse_query("i would be a good nurse").title


def test_a_ladder_number_i_after_a_role_stays_junior() -> None:
    assert parse_query("software engineer i").seniority == ("junior",)
    assert parse_query("Engineer I, remote").seniority == ("junior",)
    assert parse_query("be engineer python").title == ("backend", "engineer")


def test_a_request_with_greetings_suggests_its_essentials() -> None:
    said = parse_command("hello there i am looking for a job as a electrician in ohio can u help")
    assert "/add electrician ohio —" in str(said)  # was "/add electrician can help"
    said = parse_command("senior backend engineer go remote europe pls")
    assert "pls" not in str(said)
    assert "pls" not in " ".join(parse_query("senior backend engineer go remote europe pls").notes)


def test_workplaces_side_by_side_with_pay_per_hour_are_noted() -> None:
    query = parse_query("backend dev $60/hr remote onsite")  # the note was lost to the "/"
    assert any("contradict each other" in n for n in query.notes)
    assert not any("contradict" in n for n in parse_query("backend dev remote/onsite").notes)


def test_mid_level_is_echoed_as_a_level() -> None:
    said = parse_query("mid-level backend engineer").describe()
    assert said == 'title "mid-level backend engineer"'  # was "mid backend engineer"
