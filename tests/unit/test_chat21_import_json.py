"""A .json file of one posting, whole or cut short: read as a list of one, or named not valid
JSON where it broke — not "the top level must be an array"."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.main import main
from core.errors import ImportFileError
from core.model import Posting
from core.postings.importing import iter_postings

CUT = '{"title": "Backend Engineer", "company": "Ac'


def _write(tmp_path: Path, content: str, name: str = "posting.json") -> Path:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return path


def test_a_cut_short_object_is_not_valid_json_where_it_broke(tmp_path: Path) -> None:
    path = _write(tmp_path, CUT)
    with pytest.raises(ImportFileError) as caught:
        iter_postings(path)
    # Was "the top level of a .json file must be an array of postings: [{...}, ...]".
    assert str(caught.value) == (
        f"{path}: not valid JSON: it breaks at line 1, column 42 (Unterminated string)"
    )


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ('{\n  "id": "1",\n  "title": "A",\n', "line 4, column 1 (Expecting property name"),
        ('[\n  {"id": "1", "title": "A",}\n]', "line 2, column 28 (Expecting property name"),
        ("id,title\n1,A\n", "line 1, column 1 (Expecting value)"),
    ],
)
def test_a_json_file_that_does_not_parse_says_where(
    tmp_path: Path, content: str, where: str
) -> None:
    with pytest.raises(ImportFileError, match="not valid JSON: it breaks at " + where[:14]):
        iter_postings(_write(tmp_path, content))


def test_one_object_is_a_list_of_one(tmp_path: Path) -> None:
    path = _write(tmp_path, '{"id": "1", "title": "Backend Engineer", "company": "Acme"}\n')
    [posting] = list(iter_postings(path))
    assert isinstance(posting, Posting)
    assert (posting.id, posting.title, posting.company) == ("1", "Backend Engineer", "Acme")


def test_objects_one_after_another_need_the_jsonl_name(tmp_path: Path) -> None:
    path = _write(tmp_path, '{"id": "1", "title": "A"}\n{"id": "2", "title": "B"}\n')
    with pytest.raises(ImportFileError) as caught:
        list(iter_postings(path))
    assert str(caught.value) == (
        f"{path}: more than one JSON value: a .json file holds one posting {{...}} or a list of "
        "them [{...}, ...] (for one object per line, name the file .jsonl)"
    )


@pytest.mark.parametrize("content", ['"postings"', "null", "42"])
def test_a_json_value_that_is_no_posting_says_what_the_file_must_hold(
    tmp_path: Path, content: str
) -> None:
    with pytest.raises(ImportFileError, match=r"must hold a posting \{\.\.\.\} or a list"):
        iter_postings(_write(tmp_path, content))


def test_concierge_import_says_it_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'c.db'}")
    monkeypatch.setenv("CONCIERGE_SAMPLE_POSTINGS", "false")
    cut = _write(tmp_path, CUT)
    assert main(["import", str(cut)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"concierge import: {cut}: not valid JSON: it breaks at line 1, column 42 "
        "(Unterminated string)"
    ]
    one = _write(tmp_path, '{"id": "7", "title": "Backend Engineer"}', "one.json")
    assert main(["import", str(one)]) == 0
    assert "1 new" in capsys.readouterr().out


def test_an_api_wrapper_object_says_where_the_list_is(tmp_path: Path) -> None:
    path = _write(tmp_path, '{"count": 1, "jobs": [{"id": "1", "title": "A"}]}')
    with pytest.raises(ImportFileError) as caught:
        iter_postings(path)
    assert str(caught.value) == (
        f'{path}: the file holds one object with no "title" but a list under "jobs": '
        "save the list of postings itself ([{...}, ...]) as the file"
    )


def test_concierge_import_reads_pay_with_its_currency_and_keeps_unread_pay_postings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'c.db'}")
    monkeypatch.setenv("CONCIERGE_SAMPLE_POSTINGS", "false")
    rows = (
        '{"id": "1", "title": "Staff Nurse", "salary_min": "£46,148"}\n'
        '{"id": "2", "title": "Ward Nurse", "salary_min": "competitive"}\n'
    )
    assert main(["import", str(_write(tmp_path, rows, "nhs.jsonl"))]) == 0
    out = capsys.readouterr()
    assert "2 new, 0 updated, 0 unchanged, 0 skipped, 1 kept without pay" in out.out, out
    assert 'jsonl:2: note: salary_min is not a number: "competitive" (kept without pay)' in (
        out.out + out.err
    ), out
    assert main(["search", "staff nurse £40k+"]) == 0
    shown = capsys.readouterr().out
    assert "Staff Nurse" in shown and "salary ≥ £40k ✓" in shown, shown
