"""Tests for reading postings files: core.postings.importing."""

from __future__ import annotations

import codecs
import gc
import json
import tracemalloc
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.errors import ImportFileError
from core.model import Posting
from core.postings.importing import (
    PROGRESS_MIN_BYTES,
    RowError,
    RowNote,
    iter_postings,
    posting_from_record,
)
from core.postings.importing._record import DATE_NOT_READ, posting_with_notes

FIXTURES = Path(__file__).parent / "fixtures" / "import"
CHUNK = 64 * 1024
HEADER = "id,source,title,company,location,remote,salary_min,salary_max,currency,url,description,tags,posted_at"  # noqa: E501

EXPECTED = [
    Posting(
        id="acme-1",
        source="acme-careers",
        title="Senior Python Developer",
        company="Acme",
        location="Berlin, Germany",
        workplace="hybrid",
        salary_min=70000.0,
        salary_max=90000.0,
        currency="EUR",
        url="https://acme.example/jobs/1",
        description="Build things.\nShip them.",
        tags=("python", "django"),
        posted_at=datetime(2024, 5, 1, 9, 30, tzinfo=UTC),
    ),
    Posting(
        id="https://jobs.example/2",
        title="Data Engineer",
        url="https://jobs.example/2",
        workplace="remote",
        salary_min=120000.0,
        currency="USD",
        tags=("sql", "spark"),
        posted_at=datetime(2024, 5, 1, 10, 40, tzinfo=UTC),
    ),
    Posting(
        id="3",
        title="Office Manager",
        company="Globex",
        workplace="onsite",
        posted_at=datetime(2024, 5, 2, tzinfo=UTC),
    ),
]


def read_all(path: Path, default_source: str = "import") -> list[Posting | RowError]:
    return list(iter_postings(path, default_source=default_source))


def postings(items: Iterable[Posting | RowError]) -> list[Posting]:
    return [item for item in items if isinstance(item, Posting)]


def errors(items: Iterable[Posting | RowError]) -> list[tuple[int, str]]:
    return [(item.line, item.reason) for item in items if isinstance(item, RowError)]


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def jsonl(*records: Mapping[str, object] | str) -> str:
    """JSON Lines text; a str record is written as is."""
    lines = (r if isinstance(r, str) else json.dumps(r) for r in records)
    return "".join(f"{line}\n" for line in lines)


def record(**fields: object) -> Posting:
    return posting_from_record({"id": "x", "title": "T", **fields})


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def reason(**fields: object) -> str:
    with pytest.raises(ValueError) as caught:
        posting_from_record(fields)
    return str(caught.value)


# --- posting_from_record -------------------------------------------------------------------


def test_minimal_record_gets_defaults() -> None:
    assert posting_from_record({"id": "1", "title": "Dev"}) == Posting(id="1", title="Dev")


def test_id_defaults_to_url() -> None:
    posting = posting_from_record({"title": "Dev", "url": "https://x.example/1"})
    assert posting.id == "https://x.example/1"


def test_numeric_id_becomes_text() -> None:
    assert record(id=42).id == "42"


@pytest.mark.parametrize("value", [4.2, True, ["a"], {"a": 1}])
def test_id_of_wrong_type_is_rejected(value: object) -> None:
    assert reason(id=value, title="T").startswith("id must be text or a whole number")


@pytest.mark.parametrize("fields", [{"title": "T"}, {"title": "T", "id": " ", "url": ""}])
def test_id_and_url_both_missing_is_rejected(fields: dict[str, object]) -> None:
    assert reason(**fields) == 'missing "id" and "url" (one of them is required)'


@pytest.mark.parametrize("title", [None, "", "   ", "\x00\x01"])
def test_missing_title_is_rejected(title: object) -> None:
    assert reason(id="1", title=title) == 'missing "title"'


@pytest.mark.parametrize(
    ("value", "kind"),
    [(42, "a number"), (True, "true/false"), (["a"], "a list"), ({"a": 1}, "an object")],
)
def test_title_of_wrong_type_is_rejected(value: object, kind: str) -> None:
    assert reason(id="1", title=value) == f"title must be text, not {kind}"


@pytest.mark.parametrize("name", ["source", "company", "location", "url", "description"])
def test_other_text_fields_of_wrong_type_are_rejected(name: str) -> None:
    assert reason(id="1", title="T", **{name: 5}) == f"{name} must be text, not a number"


def test_every_problem_is_reported() -> None:
    assert reason(title=5, salary_min="abc", tags=5) == (
        "title must be text, not a number; "
        "tags must be a list or text, not a number; "
        'missing "id" and "url" (one of them is required)'
    )


def test_source_defaults() -> None:
    assert record().source == "import"
    assert posting_from_record({"id": "1", "title": "T"}, default_source="feed").source == "feed"
    assert record(source=" acme ").source == "acme"
    assert posting_from_record({"id": "1", "title": "T", "source": " "}, default_source="f") == (
        Posting(id="1", title="T", source="f")
    )


def test_unknown_fields_are_ignored() -> None:
    assert record(salary="lots", extra={"nested": [1]}) == Posting(id="x", title="T")


def test_one_line_fields_are_stripped_and_cleaned() -> None:
    posting = record(
        id=" a\x00b ",
        title="  Senior\tPython \r\n Developer\x07  ",
        company="\u200bAcme\x1b Inc ",
        location=" Berlin\x85 ",
    )
    assert posting.id == "ab"
    assert posting.title == "Senior Python Developer"
    assert posting.company == "\u200bAcme Inc"
    assert posting.location == "Berlin"


def test_description_keeps_line_breaks_but_not_control_characters() -> None:
    posting = record(description="  First\r\nSecond\rThird\x00\n\tindented\x7f  ")
    assert posting.description == "First\nSecond\nThird\n\tindented"


@pytest.mark.parametrize(
    ("name", "attribute", "limit"),
    [
        ("title", "title", 300),
        ("company", "company", 200),
        ("location", "location", 2_000),
        ("description", "description", 20_000),
    ],
)
def test_long_text_is_truncated(name: str, attribute: str, limit: int) -> None:
    exact = record(**{name: "a" * limit})
    assert getattr(exact, attribute) == "a" * limit
    long = record(**{name: "a" * (limit * 3)})
    assert getattr(long, attribute) == "a" * (limit - 1) + "…"


@pytest.mark.parametrize(
    ("value", "workplace"),
    [
        (True, "remote"),
        (False, "onsite"),
        ("true", "remote"),
        ("False", "onsite"),
        ("yes", "remote"),
        ("NO", "onsite"),
        ("1", "remote"),
        ("0", "onsite"),
        (1, "remote"),
        (0, "onsite"),
        ("remote", "remote"),
        (" Hybrid ", "hybrid"),
        ("onsite", "onsite"),
        ("on-site", "onsite"),
        ("office", "onsite"),
        ("", None),
        (None, None),
    ],
)
def test_remote_maps_to_workplace(value: object, workplace: str | None) -> None:
    assert record(remote=value).workplace == workplace


@pytest.mark.parametrize("value", ["maybe", 2, 1.0, ["remote"]])
def test_unknown_remote_value_is_rejected(value: object) -> None:
    assert reason(id="1", title="T", remote=value).startswith(
        "remote must be true/false, remote, hybrid or onsite: "
    )


@pytest.mark.parametrize(
    ("value", "amount"),
    [
        (120000, 120000.0),
        (120000.5, 120000.5),
        ("120000", 120000.0),
        ("120,000", 120000.0),
        (" 120 000 ", 120000.0),
        ("120k", 120000.0),
        ("120K", 120000.0),
        ("1.5k", 1500.0),
        ("1.2m", 1200000.0),
        ("0", 0.0),
        (10_000_000, 10_000_000.0),
        ("", None),
    ],
)
def test_salary_accepts_numbers_and_numeric_text(value: object, amount: float | None) -> None:
    assert record(salary_min=value).salary_min == amount
    assert record(salary_max=value).salary_max == amount


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("abc", 'salary_min is not a number: "abc"'),
        ("12k5", 'salary_min is not a number: "12k5"'),
        ("1e5", 'salary_min is not a number: "1e5"'),
        (float("nan"), "salary_min is not a number: nan"),
        (float("inf"), "salary_min is not a number: inf"),
        (10**400, "salary_min is not a number: "),
        (-1, "salary_min is negative: -1"),
        ("-5k", 'salary_min is negative: "-5k"'),
        (10_000_001, "salary_min is over 10,000,000: 10000001"),
        ("20m", 'salary_min is over 10,000,000: "20m"'),
        (True, "salary_min must be a number, not true/false"),
        ([1], "salary_min must be a number, not a list"),
    ],
)
def test_bad_salary_keeps_the_posting_without_pay(value: object, message: str) -> None:
    posting, notes = posting_with_notes(
        {"id": "1", "title": "T", "salary_min": value, "salary_max": 90_000, "currency": "EUR"}
    )
    assert (posting.title, posting.salary_min, posting.salary_max, posting.currency) == (
        "T",
        None,
        None,
        None,
    )
    [(kind, note)] = notes
    assert kind == "pay not read, kept without pay"
    assert note.startswith(message) and note.endswith("(kept without pay)"), note


@pytest.mark.parametrize(
    ("value", "amount", "code"),
    [
        ("£46,148", 46148.0, "GBP"),
        ("$120k", 120000.0, "USD"),
        ("US$ 100k", 100000.0, "USD"),
        ("C$80k", 80000.0, "CAD"),
        ("USD 120000", 120000.0, "USD"),
        ("90000 EUR", 90000.0, "EUR"),
        ("CHF120k", 120000.0, "CHF"),
        ("€ 55.000", 55000.0, "EUR"),
        ("1.250.000", 1250000.0, None),
        ("46148", 46148.0, None),
    ],
)
def test_pay_written_with_its_currency_is_read(value: str, amount: float, code: str | None) -> None:
    posting, notes = posting_with_notes({"id": "1", "title": "T", "salary_min": value})
    assert (posting.salary_min, posting.currency, notes) == (amount, code, [])


def test_pay_naming_two_currencies_is_dropped() -> None:
    posting, notes = posting_with_notes(
        {"id": "1", "title": "T", "salary_min": "£40k", "currency": "USD"}
    )
    assert (posting.salary_min, posting.currency) == (None, None)
    assert notes[0][1] == "the pay names GBP and USD (kept without pay)"
    same = posting_with_notes({"id": "1", "title": "T", "salary_min": "£40k", "currency": "GBP"})
    assert (same[0].salary_min, same[0].currency, same[1]) == (40000.0, "GBP", [])


def test_salary_min_above_max_drops_the_pay() -> None:
    posting, notes = posting_with_notes(
        {"id": "1", "title": "T", "salary_min": "150k", "salary_max": 120000}
    )
    assert (posting.salary_min, posting.salary_max) == (None, None)
    assert notes[0][1] == "salary_min (150000) is more than salary_max (120000) (kept without pay)"
    assert record(salary_min=100_000, salary_max=100_000).salary_max == 100_000.0


@pytest.mark.parametrize(
    ("value", "code"),
    [("USD", "USD"), (" eur ", "EUR"), ("gbp", "GBP"), ("$", "USD"), ("€", "EUR"), ("£", "GBP")],
)
def test_currency_is_normalised(value: str, code: str) -> None:
    assert record(currency=value).currency == code


@pytest.mark.parametrize(
    ("value", "note"),
    [
        *(
            (v, f"currency is not a known currency code such as USD: {_quoted(v)}")
            for v in ["XYZ", "dollars", "US", "¤"]
        ),
        (840, "currency must be text, not a number"),
    ],
)
def test_unknown_currency_keeps_the_posting_without_pay(value: object, note: str) -> None:
    posting, notes = posting_with_notes(
        {"id": "1", "title": "T", "salary_min": 50_000, "currency": value}
    )
    assert (posting.salary_min, posting.currency) == (None, None)
    assert notes == [("pay not read, kept without pay", f"{note} (kept without pay)")]


@pytest.mark.parametrize(
    ("value", "tags"),
    [
        (["python", " Django "], ("python", "Django")),
        ("python, django", ("python", "django")),
        ("a;b|c,d", ("a", "b", "c", "d")),
        (["Python", "python", "PYTHON", "sql"], ("Python", "sql")),
        ("a,,b, ,", ("a", "b")),
        ([], ()),
    ],
)
def test_tags_are_split_cleaned_and_deduplicated(value: object, tags: tuple[str, ...]) -> None:
    assert record(tags=value).tags == tags


def test_tags_are_capped_in_length_and_number() -> None:
    posting = record(tags=[f"tag{i}" for i in range(80)] + ["x" * 60])
    assert len(posting.tags) == 50
    assert posting.tags[-1] == "tag49"
    assert record(tags=["x" * 60]).tags == ("x" * 49 + "…",)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (["a", 1], "tags must hold only text, not a number"),
        ({"a": 1}, "tags must be a list or text, not an object"),
        (5, "tags must be a list or text, not a number"),
    ],
)
def test_bad_tags_are_rejected(value: object, message: str) -> None:
    assert reason(id="1", title="T", tags=value) == message


@pytest.mark.parametrize(
    ("value", "moment"),
    [
        ("2024-05-01", datetime(2024, 5, 1, tzinfo=UTC)),
        ("2024-05-01T10:00:00Z", datetime(2024, 5, 1, 10, tzinfo=UTC)),
        ("2024-05-01T10:00:00+02:00", datetime(2024, 5, 1, 8, tzinfo=UTC)),
        ("2024-05-01T10:00:00", datetime(2024, 5, 1, 10, tzinfo=UTC)),
        ("2024-05-01 10:00:00.5", datetime(2024, 5, 1, 10, 0, 0, 500000, tzinfo=UTC)),
        (1714557600, datetime(2024, 5, 1, 10, tzinfo=UTC)),
        (1714557600.5, datetime(2024, 5, 1, 10, 0, 0, 500000, tzinfo=UTC)),
        (1714557600000, datetime(2024, 5, 1, 10, tzinfo=UTC)),
        ("1714557600", datetime(2024, 5, 1, 10, tzinfo=UTC)),
        ("1714557600000", datetime(2024, 5, 1, 10, tzinfo=UTC)),
        ("Wed, 01 May 2024 12:00:00 +0200", datetime(2024, 5, 1, 10, tzinfo=UTC)),
        ("", None),
    ],
)
def test_posted_at_becomes_aware_utc(value: object, moment: datetime | None) -> None:
    posted_at = record(posted_at=value).posted_at
    assert posted_at == moment
    if posted_at is not None:
        assert posted_at.tzinfo is UTC


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("yesterday", 'posted_at is not a date: "yesterday"'),
        ("2024-13-01", 'posted_at is not a date: "2024-13-01"'),
        ("0001-01-01T00:00:00+01:00", 'posted_at is not a date: "0001-01-01T00:00:00+01:00"'),
        (-1, "posted_at is not a date: -1"),
        (1e20, "posted_at is not a date: 1e+20"),
        (float("nan"), "posted_at is not a date: nan"),
        (True, "posted_at must be a date, not true/false"),
        ({"y": 2024}, "posted_at must be a date, not an object"),
    ],
)
def test_bad_posted_at_is_dropped_with_a_note(value: object, message: str) -> None:
    posting, notes = posting_with_notes({"id": "1", "title": "T", "posted_at": value})
    assert posting.posted_at is None
    assert notes == [(DATE_NOT_READ, f"{message} (kept without a date)")]


@pytest.mark.parametrize(
    "url", ["https://example.com/jobs/1?a=b", "http://example.com", "HTTPS://EXAMPLE.COM/x"]
)
def test_http_urls_are_accepted(url: str) -> None:
    assert record(url=url).url == url


@pytest.mark.parametrize(
    "url",
    ["javascript:alert(1)", "ftp://example.com/x", "www.example.com", "https://", "http://[::1"],
)
def test_other_urls_are_rejected(url: str) -> None:
    assert reason(id="1", title="T", url=url) == (
        f"url must be an http:// or https:// address: {json.dumps(url)}"
    )


def test_long_bad_values_are_shortened_in_messages() -> None:
    message = reason(id="1", title="T", url="x" * 500)
    assert message == f'url must be an http:// or https:// address: "{"x" * 59}…"'


def test_row_error_reads_well() -> None:
    assert str(RowError(3, 'missing "title"')) == 'line 3: missing "title"'


# --- good files ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["postings.json", "postings.jsonl", "postings.csv"])
def test_fixture_files_read_the_same(name: str) -> None:
    assert read_all(FIXTURES / name) == EXPECTED


def test_default_source_applies_to_records_without_one() -> None:
    items = read_all(FIXTURES / "postings.jsonl", default_source="upload")
    assert [p.source for p in postings(items)] == ["acme-careers", "upload", "upload"]


# --- JSON arrays ---------------------------------------------------------------------------


def test_json_errors_carry_the_line_where_the_element_starts(tmp_path: Path) -> None:
    elements = [
        {"id": "1", "title": "Good"},
        {"id": "2"},
        {"id": "3", "title": "Bad pay", "salary_min": "lots"},
        "not an object",
        [1, 2],
        None,
        {"id": "7", "title": "Also good"},
    ]
    path = write(tmp_path, "p.json", json.dumps(elements, indent=2))
    items = read_all(path)
    text_lines = path.read_text().splitlines()
    starts = [
        i + 1 for i, text in enumerate(text_lines) if text[:2] == "  " and text[2] not in " ]}"
    ]
    assert [p.id for p in postings(items)] == ["1", "3", "7"]  # bad pay: kept without it
    assert errors(items) == [
        (starts[1], 'missing "title"'),
        (starts[3], "expected a JSON object, found text"),
        (starts[4], "expected a JSON object, found a list"),
        (starts[5], "expected a JSON object, found null"),
    ]


def test_json_one_element_per_line(tmp_path: Path) -> None:
    path = write(tmp_path, "p.json", '[{"id": "1", "title": "A"},\n {"id": "2"},\n 5\n]\n')
    assert errors(read_all(path)) == [
        (2, 'missing "title"'),
        (3, "expected a JSON object, found 5"),
    ]


@pytest.mark.parametrize("content", ["[]", " [ ] \n", "\n[\n]\n"])
def test_empty_json_array_reads_nothing(tmp_path: Path, content: str) -> None:
    assert read_all(write(tmp_path, "p.json", content)) == []


def test_json_trailing_comma_is_tolerated(tmp_path: Path) -> None:
    path = write(tmp_path, "p.json", '[{"id": "1", "title": "A"},\n]')
    assert [p.id for p in postings(read_all(path))] == ["1"]


def test_json_raw_control_characters_in_strings_are_tolerated(tmp_path: Path) -> None:
    path = write(tmp_path, "p.json", '[{"id": "1", "title": "A\tB", "description": "x\ny"}]')
    assert postings(read_all(path))[0].description == "x\ny"


def test_json_syntax_error_in_first_element_makes_the_file_unreadable(tmp_path: Path) -> None:
    path = write(tmp_path, "p.json", '[\n  {"id": "1", "title": "A",}\n]')
    with pytest.raises(ImportFileError) as caught:
        iter_postings(path)
    assert str(caught.value) == (
        f"{path}: not valid JSON: it breaks at line 2, column 28 "
        "(Expecting property name enclosed in double quotes)"
    )


def test_json_syntax_error_later_keeps_the_elements_before_it(tmp_path: Path) -> None:
    content = '[\n  {"id": "1", "title": "A"},\n  {"id": "2" "title": "B"},\n  {"id": "3"}\n]'
    items = read_all(write(tmp_path, "p.json", content))
    assert [p.id for p in postings(items)] == ["1"]
    assert errors(items) == [
        (
            3,
            "invalid JSON at column 14: Expecting ',' delimiter; the rest of the file was not read",
        )
    ]


def test_json_missing_comma_between_elements(tmp_path: Path) -> None:
    content = '[{"id": "1", "title": "A"}\n {"id": "2", "title": "B"}]'
    items = read_all(write(tmp_path, "p.json", content))
    assert len(postings(items)) == 1
    assert errors(items) == [
        (2, "invalid JSON at column 2: expected , or ] after the element; "
            "the rest of the file was not read")
    ]  # fmt: skip


def test_json_truncated_file(tmp_path: Path) -> None:
    items = read_all(write(tmp_path, "p.json", '[{"id": "1", "title": "A"},\n{"id": "2", "ti'))
    assert len(postings(items)) == 1
    assert errors(items)[0][0] == 2
    assert errors(items)[0][1].startswith("invalid JSON at column 13: Unterminated string;")


def test_json_missing_closing_bracket(tmp_path: Path) -> None:
    items = read_all(write(tmp_path, "p.json", '[{"id": "1", "title": "A"},\n\n'))
    assert errors(items) == [
        (3, "invalid JSON at column 1: the file ends before the closing ]; "
            "the rest of the file was not read")
    ]  # fmt: skip


def test_json_text_after_the_array(tmp_path: Path) -> None:
    items = read_all(write(tmp_path, "p.json", '[{"id": "1", "title": "A"}]\n[{"id": "2"}]'))
    assert len(postings(items)) == 1
    assert errors(items)[0][:1] == (2,)
    assert "unexpected text after the closing ]" in errors(items)[0][1]


@pytest.mark.parametrize("content", ['"postings"', "null"])
def test_json_top_level_must_be_a_posting_or_a_list(tmp_path: Path, content: str) -> None:
    # One object is a list of one; a CSV named .json is not valid JSON (test_chat21_import_json).
    path = write(tmp_path, "p.json", content)
    with pytest.raises(ImportFileError, match=r"must hold a posting \{\.\.\.\} or a list"):
        iter_postings(path)


def test_json_line_numbers_hold_across_chunks(tmp_path: Path) -> None:
    elements = [{"id": str(i), "title": f"Job {i}", "description": "d" * 50} for i in range(3000)]
    text = json.dumps(elements, indent=1)[:-2] + ',\n {"id": "x" "title": "broken"}\n]'
    path = write(tmp_path, "p.json", text)
    assert path.stat().st_size > 4 * CHUNK
    items = read_all(path)
    broken_line = text.count("\n", 0, text.index('{"id": "x"')) + 1
    assert len(postings(items)) == 3000
    assert errors(items) == [
        (
            broken_line,
            "invalid JSON at column 13: Expecting ',' delimiter; the rest of the file was not read",
        )
    ]


def test_json_column_holds_on_one_long_line(tmp_path: Path) -> None:
    elements = [{"id": str(i), "title": f"Job {i}"} for i in range(10_000)]
    text = json.dumps(elements)[:-1] + ', {"id": 1 "title": "x"}]'
    items = read_all(write(tmp_path, "p.json", text))
    column = text.index('"title": "x"') + 1
    assert len(postings(items)) == 10_000
    assert errors(items) == [
        (1, f"invalid JSON at column {column}: Expecting ',' delimiter; "
            "the rest of the file was not read")
    ]  # fmt: skip


def test_json_element_larger_than_a_chunk(tmp_path: Path) -> None:
    big = {"id": "big", "title": "Big", "description": "é" * (5 * CHUNK)}
    path = write(tmp_path, "p.json", json.dumps([{"id": "1", "title": "A"}, big, big]))
    items = read_all(path)
    assert [p.id for p in postings(items)] == ["1", "big", "big"]
    assert len(postings(items)[1].description) == 20_000


def test_json_number_split_by_a_chunk_boundary_is_read_whole(tmp_path: Path) -> None:
    path = write(tmp_path, "p.json", "[" + " " * (CHUNK - 4) + "123456]")
    assert errors(read_all(path)) == [(1, "expected a JSON object, found 123456")]


# --- JSON Lines ----------------------------------------------------------------------------


def test_jsonl_errors_carry_their_line_and_blank_lines_are_skipped(tmp_path: Path) -> None:
    content = jsonl(
        {"id": "1", "title": "A"},
        "",
        "   ",
        '{"id": "2", "title": "B",}',
        "[1]",
        "42",
        {"id": "3", "remote": "maybe", "title": "C"},
        '{"id": "4", "title": "D"}  ',
    )
    items = read_all(write(tmp_path, "p.jsonl", content))
    assert [p.id for p in postings(items)] == ["1", "4"]
    assert errors(items) == [
        (4, "invalid JSON at column 26: Expecting property name enclosed in double quotes"),
        (5, "expected a JSON object, found a list"),
        (6, "expected a JSON object, found 42"),
        (7, 'remote must be true/false, remote, hybrid or onsite: "maybe"'),
    ]


def test_json_text_that_is_not_utf8_later_in_the_file(tmp_path: Path) -> None:
    good = ",\n".join(json.dumps({"id": str(i), "title": "A" * 100}) for i in range(1000))
    content = f"[\n{good},\n".encode() + b'{"id": "x", "title": "Z\xfcrich"}\n]'
    items = read_all(write(tmp_path, "p.json", content))
    assert len(postings(items)) == 1000
    assert errors(items) == [
        (1002, "invalid JSON at column 24: the text is not UTF-8; "
               "the rest of the file was not read")
    ]  # fmt: skip


def test_jsonl_with_crlf_and_no_final_newline(tmp_path: Path) -> None:
    path = write(tmp_path, "p.ndjson", '{"id": "1", "title": "A"}\r\n{"id": "2", "title": "B"}')
    assert [p.id for p in postings(read_all(path))] == ["1", "2"]


def test_jsonl_line_that_is_not_utf8_is_skipped(tmp_path: Path) -> None:
    good = jsonl(*({"id": str(i), "title": "A" * 100} for i in range(1000))).encode()
    content = good + b'{"id": "x", "title": "Z\xfcrich"}\n' + good
    items = read_all(write(tmp_path, "p.jsonl", content))
    assert len(postings(items)) == 2000
    assert errors(items) == [(1001, "the line is not UTF-8 text")]


def test_jsonl_holding_an_array_is_read_as_one(tmp_path: Path) -> None:
    path = write(tmp_path, "p.jsonl", '[{"id": "1", "title": "A"}]')
    assert [p.id for p in postings(read_all(path))] == ["1"]


# --- CSV -----------------------------------------------------------------------------------


def test_csv_errors_carry_the_physical_line_of_the_record(tmp_path: Path) -> None:
    content = (
        "id,title,description,salary_min\n"  # 1
        '1,First,"spans\nthree\nlines",\n'  # 2-4
        "2,,no title,\n"  # 5
        "\n"  # 6
        ",,,\n"  # 7
        '3,Third,"quote"d,\n'  # 8
        '4,"Fourth, with comma","two\nlines",abc\n'  # 9-10
        "5,Fifth,,1,extra\n"  # 11
        "6,Sixth,,50000,,\n"  # 12
        "7,Seventh\n"  # 13
    )
    items = read_all(write(tmp_path, "p.csv", content))
    assert [p.id for p in postings(items)] == ["1", "4", "6", "7"]  # 4's bad pay: kept without
    assert postings(items)[0].description == "spans\nthree\nlines"
    notes = [(item.line, item.note) for item in items if isinstance(item, RowNote)]
    assert notes == [(9, 'salary_min is not a number: "abc" (kept without pay)')]
    assert errors(items) == [
        (5, 'missing "title"'),
        (8, "malformed CSV: ',' expected after '\"'"),
        (11, "5 values but the header has 4 columns"),
    ]


def test_csv_unclosed_quote_at_the_end(tmp_path: Path) -> None:
    items = read_all(write(tmp_path, "p.csv", 'id,title\n1,A\n2,"B\n3,C\n'))
    assert [p.id for p in postings(items)] == ["1"]
    assert errors(items) == [(3, "malformed CSV: unexpected end of data")]


def test_csv_header_names_are_normalised(tmp_path: Path) -> None:
    content = "ID, Title ,Salary Min,salary-max,POSTED AT,Other\n1,Dev,50k,60k,2024-05-01,x\n"
    (posting,) = read_all(write(tmp_path, "p.csv", content))
    assert posting == Posting(
        id="1",
        title="Dev",
        salary_min=50_000.0,
        salary_max=60_000.0,
        posted_at=datetime(2024, 5, 1, tzinfo=UTC),
    )


def test_csv_repeated_column_keeps_the_first(tmp_path: Path) -> None:
    (posting,) = read_all(write(tmp_path, "p.csv", "id,title,title\n1,First,Second\n"))
    assert isinstance(posting, Posting)
    assert posting.title == "First"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("p.csv", "id;title;tags\n1;Dev;a|b\n"),
        ("p.csv", "id\ttitle\ttags\n1\tDev\ta|b\n"),
        ("p.tsv", "id\ttitle\ttags\n1\tDev\ta|b\n"),
        ("p.csv", 'id,title,tags\n1,Dev,"a,b"\n'),
        ("p.csv", "id,title,tags\r\n1,Dev,a;b\r\n"),
    ],
)
def test_csv_delimiters_and_line_endings(tmp_path: Path, name: str, content: str) -> None:
    assert read_all(write(tmp_path, name, content)) == [
        Posting(id="1", title="Dev", tags=("a", "b"))
    ]


def test_csv_without_title_column_is_unreadable(tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", "id,name,url\n1,Dev,https://x.example\n")
    with pytest.raises(ImportFileError) as caught:
        iter_postings(path)
    assert str(caught.value) == f'{path}: the CSV header has no "title" column (it has "id", ' \
        '"name", "url")'  # fmt: skip


def test_csv_without_id_or_url_column_is_unreadable(tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", "title,company\nDev,Acme\n")
    with pytest.raises(ImportFileError, match='needs an "id" or a "url" column'):
        iter_postings(path)


def test_csv_with_only_url_column_uses_it_as_id(tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", "title,url\nDev,https://x.example/1\nOps,\n")
    items = read_all(path)
    assert [p.id for p in postings(items)] == ["https://x.example/1"]
    assert errors(items) == [(3, 'missing "id" and "url" (one of them is required)')]


def test_csv_record_that_is_not_utf8_is_skipped(tmp_path: Path) -> None:
    rows = "".join(f"{i},Job {i},{'x' * 100}\n" for i in range(1000)).encode()
    content = b"id,title,description\n" + rows + b"x,Z\xfcrich,\n" + rows
    items = read_all(write(tmp_path, "p.csv", content))
    assert len(postings(items)) == 2000
    assert errors(items) == [(1002, "the record is not UTF-8 text")]


# --- encodings, sniffing and unreadable files ----------------------------------------------


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("p.json", '[{"id": "1", "title": "Dev"}]'),
        ("p.jsonl", '{"id": "1", "title": "Dev"}\n'),
        ("p.csv", "id,title\n1,Dev\n"),
        ("p.csv", "title,id\nDev,1\n"),
    ],
)
def test_utf8_bom_is_ignored(tmp_path: Path, name: str, content: str) -> None:
    path = write(tmp_path, name, codecs.BOM_UTF8 + content.encode())
    assert read_all(path) == [Posting(id="1", title="Dev")]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("p.txt", '[{"id": "1", "title": "Dev"}]'),
        ("p", '\n\n  {"id": "1", "title": "Dev"}\n'),
        ("p.dat", "id,title\n1,Dev\n"),
        ("p.JSON", '[{"id": "1", "title": "Dev"}]'),
    ],
)
def test_format_is_sniffed_when_the_extension_is_unknown(
    tmp_path: Path, name: str, content: str
) -> None:
    assert read_all(write(tmp_path, name, content)) == [Posting(id="1", title="Dev")]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("p.json", b"", "the file is empty"),
        ("p.csv", b"  \n\r\n\t\n", "the file is empty"),
        ("p.jsonl", codecs.BOM_UTF8, "the file is empty"),
        ("p.csv", "id,title\n1,Zürich\n".encode("utf-16"), "the file is not UTF-8 text"),
        ("p.csv", "id,title\n1,Zürich\n".encode("latin-1"), "the file is not UTF-8 text"),
        ("p.csv", b"PK\x03\x04\x14\x00\x06\x00", "this looks like a spreadsheet or a zip file"),
        ("p.jsonl", b"\x00\x01\x02binary", "the file is not UTF-8 text"),
    ],
)
def test_unreadable_files(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(ImportFileError) as caught:
        iter_postings(path)
    assert str(caught.value).startswith(f"{path}: {message}")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        iter_postings(tmp_path / "nope.csv")
    assert str(caught.value) == f"{tmp_path / 'nope.csv'}: no such file"


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="is a directory"):
        iter_postings(tmp_path)


def test_file_removed_before_iteration(tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", "id,title\n1,Dev\n")
    items = iter_postings(path)
    path.unlink()
    with pytest.raises(ImportFileError, match="no such file"):
        next(items)


def test_abandoned_iteration_closes_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "p.jsonl", jsonl({"id": "1", "title": "A"}, {"id": "2", "title": "B"}))
    items = iter_postings(path)
    next(items)
    del items
    gc.collect()  # a leaked file would raise ResourceWarning, an error under filterwarnings


# --- large files and progress --------------------------------------------------------------

ROWS = 20_000


def big_records(rows: int) -> Iterable[dict[str, object]]:
    for i in range(rows):
        yield {
            "id": f"job-{i}",
            "title": f"Engineer {i}",
            "company": "Acme",
            "remote": "yes",
            "salary_min": "100k",
            "currency": "EUR",
            "tags": "python;sql",
            "description": "Build things. " * 20,
            "posted_at": "2024-05-01T10:00:00Z",
        }


def big_file(tmp_path: Path, kind: str, rows: int = ROWS) -> Path:
    path = tmp_path / f"big.{kind}"
    records = big_records(rows)
    with path.open("w", encoding="utf-8", newline="") as out:
        if kind == "csv":
            out.write("id,title,company,remote,salary_min,currency,tags,description,posted_at\n")
            out.writelines(",".join(str(v) for v in r.values()) + "\n" for r in records)
        elif kind == "jsonl":
            out.writelines(json.dumps(r) + "\n" for r in records)
        else:
            out.write(json.dumps(list(records), indent=2))
    return path


@pytest.mark.parametrize("kind", ["csv", "jsonl", "json"])
def test_large_file_streams_with_progress(tmp_path: Path, kind: str) -> None:
    path = big_file(tmp_path, kind)
    size = path.stat().st_size
    assert size > PROGRESS_MIN_BYTES
    calls: list[tuple[int, int]] = []
    items = iter_postings(path, on_progress=lambda done, total: calls.append((done, total)))
    first = next(items)
    assert calls[0] == (0, size)
    assert calls[-1][0] < size / 4  # the first posting arrives long before the file is read
    count = 1 + sum(1 for item in items if isinstance(item, Posting))
    assert isinstance(first, Posting)
    assert count == ROWS
    assert calls[-1] == (size, size)
    done = [d for d, _ in calls]
    assert done == sorted(done)
    assert size // CHUNK <= len(calls) <= size // CHUNK + 3


@pytest.mark.parametrize("kind", ["csv", "jsonl", "json"])
def test_large_file_is_not_loaded_whole(tmp_path: Path, kind: str) -> None:
    path = big_file(tmp_path, kind, rows=8_000)  # tracemalloc is slow; 3 MB or more is plenty
    items = iter_postings(path)
    tracemalloc.start()
    try:
        for _ in items:
            pass
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < path.stat().st_size / 10


def test_small_file_reports_start_and_end(tmp_path: Path) -> None:
    path = write(tmp_path, "p.csv", "id,title\n1,Dev\n")
    calls: list[tuple[int, int]] = []
    read_all_with = list(iter_postings(path, on_progress=lambda *c: calls.append(c)))
    assert len(read_all_with) == 1
    assert calls == [(0, 15), (15, 15)]


def test_every_cut_field_is_noted_at_its_line(tmp_path: Path) -> None:
    rows = [
        {"id": "1", "title": "Fine"},
        {"id": "2", "title": "t" * 5000, "company": "c" * 250, "tags": ["x" * 60, *"abc"]},
        {"id": "3", "title": "Also fine", "tags": [f"tag{i}" for i in range(60)]},
    ]
    path = tmp_path / "long.jsonl"
    path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    items = list(iter_postings(path))
    notes = [(item.line, item.note) for item in items if isinstance(item, RowNote)]
    assert notes == [
        (2, "title cut to 300 characters (it had 5,000)"),
        (2, "company cut to 200 characters (it had 250)"),
        (2, "1 tag(s) cut to 50 characters"),
        (3, "tags: the first 50 of 60 kept"),
    ]
    assert [p.id for p in postings(items)] == ["1", "2", "3"]
    assert len(postings(items)[1].title) == 300 and len(postings(items)[2].tags) == 50


# The Microsoft careers sample (/work/shared/data/microsoft-careers): no company, location or
# url fields; its descriptions say whose postings they are, its `state` is a US state.
MICROSOFT_CAREERS = {
    "id": "385161",
    "title": "Principal Data Scientist",
    "description": "Build data science systems at scale in San Francisco Microsoft is an equal "
    "opportunity employer. Benefits may vary depending on your employment with Microsoft.",
    "category": "Engineering",
    "subCategory": "Data & Applied Sciences",
    "state": "Washington",
    "targetLevel": 65,
}


def test_a_record_saying_its_employer_and_us_state_gets_company_and_location() -> None:
    posting = posting_from_record(MICROSOFT_CAREERS)
    # Was company "" and location "": "software engineer, not microsoft" still listed them.
    assert (posting.company, posting.location) == ("Microsoft", "Washington, United States")


def test_no_employer_is_guessed_from_a_description_naming_several() -> None:
    record = {
        **MICROSOFT_CAREERS,
        "description": "Contoso is an equal opportunity employer. Your employment with Fabrikam.",
        "state": "Atlantis",
    }
    posting = posting_from_record(record)
    assert (posting.company, posting.location) == ("", "")


def test_a_company_or_location_field_is_kept_as_given() -> None:
    record = {**MICROSOFT_CAREERS, "company": "LinkedIn", "location": "Dublin, Ireland"}
    posting = posting_from_record(record)
    assert (posting.company, posting.location) == ("LinkedIn", "Dublin, Ireland")
