"""A new user's probe: foreign shift words, graded levels, place typos, federal grades, renamed
titles, foreign developer typos, SQL and word salad pasted as searches."""

from __future__ import annotations

import pytest

from core.errors import QueryError
from core.matching import parse_query, rank, score_posting
from core.model import Posting

SALAD = (
    "the quick brown fox jumps over the lazy dog while my neighbour talks about the weather and"
    " the garden and then a nurse walks past the window with a cup of coffee and the cat sleeps"
    " on the sofa near the warm fire in the evening light of a long summer day by the old river"
    " bank under trees"
)


def test_spanish_night_shift_is_the_shift_not_title_words() -> None:
    # Was title "noche nurse", which no nurse posting has: nothing found.
    for text in ("enfermera de noche", "enfermera turno de noche", "infirmière de nuit"):
        query = parse_query(text)
        assert query.title == ("nurse",) and query.prefer == ("nights",), text
    assert parse_query("enfermera de día").prefer == ("days",)
    posting = Posting(id="es", title="Enfermera", description="Turno de noche en planta.")
    assert "names nights ✓" in score_posting(parse_query("enfermera de noche"), posting).reasons


def test_a_ladder_number_beside_a_level_word_is_a_grade_within_it() -> None:
    # Was "mid and senior contradict each other": no level at all for "Sr SDE II".
    for text in ("sr sde ii", "sr. sde ii", "senior software engineer ii", "senior sde 2"):
        query = parse_query(text)
        assert query.seniority == ("senior",) and not query.graded, text
        assert not any("contradict" in n for n in query.notes), text
    assert (
        'I read "ii" beside senior as a grade within senior level' in parse_query("sr sde ii").notes
    )
    assert parse_query("sr swe l4").seniority == ()  # a company code still contradicts


def test_two_slips_in_a_two_word_place_of_ten_letters_or_more() -> None:
    # Was the title "san fransico": two slips in "fransico", one allowed in a word of 8.
    query = parse_query("nurse san fransico")
    assert query.title == ("nurse",) and query.locations == ("san francisco",)
    assert query.notes == (
        'I read "san fransico" as San Francisco, a city in California, United States',
    )


def test_a_pay_plan_series_and_grade_reads_the_series_and_leaves_the_grade_out() -> None:
    # Was the title "gs": the grade after the series hid both.
    query = parse_query("gs-2210-12")
    assert query.title == ("it", "specialist")
    assert query.notes[0].startswith('I left the grade "12" of "gs-2210-12" out')
    assert query.notes[1].startswith('I read "2210" as occupation series 2210')
    assert parse_query("GS-0905-14/15").title == ("attorney",)


def test_a_title_read_as_another_name_is_said() -> None:
    # Was title "cyber security" with no note: "infosec" vanished from the echo unexplained.
    assert parse_query("infosec").notes == ('I read "infosec" as cyber security',)
    assert parse_query("lawyer").notes == ('I read "lawyer" as attorney',)
    # every word read as another is said, a short form too (one note, as echo17 says them)
    assert parse_query("swe").notes == ('I read "swe" as software engineer',)


def test_a_language_typo_beside_a_foreign_developer_title_is_read() -> None:
    # Was title "pyhton developer": no typo fixed into a skill beside a foreign title.
    query = parse_query("desarrollador pyhton")
    assert query.title == ("developer",) and query.skills == ("Python",)
    assert 'I read "pyhton" as Python' in query.notes  # and the title read in English
    assert parse_query("ingeniero de redes").skills == ()  # "redes" is still no Redis
    assert parse_query("enfermera pyhton").skills == ()  # no developer named


@pytest.mark.parametrize(
    ("text", "understood"),
    [
        ("SELECT * FROM jobs WHERE title = 'engineer'", 'I understood: title "engineer".'),
        ("python developer ; DROP TABLE searches;--", 'title "developer" · skills Python'),
        ("'; DROP TABLE searches; --", "Add what you're looking for"),
    ],
)
def test_sql_pasted_as_a_search_is_answered_as_such(text: str, understood: str) -> None:
    # Was saved as title words ("select where title engineer", "drop table search").
    with pytest.raises(QueryError) as err:
        parse_query(text)
    said = str(err.value)
    assert said.startswith("That reads as SQL, not a job search") and "\n" not in said
    assert understood in said


def test_everyday_words_near_sql_stay_a_search() -> None:
    assert parse_query("select committee staff").title
    assert parse_query("drop shipping specialist").title


def test_a_word_salad_of_real_words_is_refused_saying_what_was_understood() -> None:
    # Was saved as title "quick brown fox jumps over lazy dog while", skills CoffeeScript.
    assert len(SALAD) <= 300
    with pytest.raises(QueryError) as err:
        parse_query(SALAD)
    said = str(err.value)
    # 37 since query21: "walks" is no misspelt Wales (a common English word); 36 since chat24:
    # "over" is no title word
    assert said.startswith("That's 36 words, most of them in no job title")
    assert 'I understood: title "nurse"' in said and "\n" not in said
    story = (
        "I am looking for a job where I can work with people and help them every day and learn"
        " new things while growing my career in a friendly team with good benefits and a nice"
        " office close to home maybe as a nurse or something similar in the hospital"
    )
    with pytest.raises(QueryError, match=r'most of them in no job title.*title "[a-z ]*nurse"'):
        parse_query(story)  # was saved as title "am where can people help them every day"
    long = parse_query("senior backend engineer python kafka postgres aws remote or berlin no php")
    assert long.title == ("backend", "engineer") and long.seniority == ("senior",)
    many = "senior backend data cloud infrastructure security network systems mobile web engineer"
    assert len(parse_query(many).title) == 8  # job words past the cap stay capped, with a note


def test_coffee_is_no_coffeescript() -> None:
    # Was skills CoffeeScript: Stack Overflow's tag synonym.
    assert parse_query("barista coffee").skills == ()
    assert parse_query("coffeescript developer").skills == ("CoffeeScript",)


def test_a_subject_teacher_search_lists_its_subject_first_and_a_plain_teacher_at_loose() -> None:
    # Checked, kept: the subject says which job ("math" as "software" for an engineer), so a
    # plain Teacher is no math teacher at normal; loose lists it after the math teachers.
    postings = [
        Posting(id=pid, title=title)
        for pid, title in (
            ("t", "Teacher"),
            ("sped", "Teacher (Special Education)"),
            ("m", "Mathematics Teacher"),
            ("tm", "Teacher (Mathematics)"),
        )
    ]
    query = parse_query("math teacher")
    assert [p.id for p, _ in rank(query, postings)] == ["m", "tm"]
    assert [p.id for p, _ in rank(query, postings, "loose")] == ["m", "tm", "t", "sped"]
