"""`concierge search QUERY --sensitivity strict|normal|loose` on imported postings."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.test_cli import concierge, imported

POSTINGS = [
    {"id": "exact", "title": "Senior Backend Engineer", "description": "Python services."},
    {"id": "near", "title": "Backend Developer", "description": "Python and Go services."},
    {
        "id": "far",
        "title": "Senior Backend Engineer (Go)",
        "description": "Go, some Python scripts.",
    },
    {"id": "other", "title": "Mobile Engineer", "description": "Python and Swift."},
]
ACME = [{**row, "company": "Acme"} for row in POSTINGS]


def _found(db: Path, *args: str) -> list[str]:
    result = concierge("search", "senior backend engineer python", "--json", *args, db=db)
    assert result.returncode == 0, result.stderr
    return [row["posting_id"] for row in json.loads(result.stdout)]


def test_sensitivity_widens_or_narrows_the_search(tmp_path: Path) -> None:
    db = imported(tmp_path, ACME)
    strict, normal, loose = (_found(db, "--sensitivity", s) for s in ("strict", "normal", "loose"))
    assert _found(db) == normal
    assert set(strict) <= set(normal) <= set(loose)
    assert loose[0] == "import:exact"
    assert "import:far" in normal and "import:far" not in strict  # its title names Go
    assert "import:other" not in normal and loose[-1] == "import:other"  # related, by meaning


def test_an_unknown_sensitivity_is_refused_in_one_line(tmp_path: Path) -> None:
    result = concierge("search", "backend", "--sensitivity", "wild", db=tmp_path / "x.db")
    assert result.returncode == 2
    assert "invalid choice: 'wild'" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_echo_names_the_sensitivity_and_how_words_were_read(tmp_path: Path) -> None:
    db = imported(tmp_path, ACME)
    result = concierge("search", "sde ii distributed systems", "--sensitivity", "loose", db=db)
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith('Query: title "software engineer" · mid level')  # a rung: apart
    assert (
        "specialty Distributed Systems" in first
        and "(loose: words scoring ≥ 40 or a title related by meaning)" in first
    )
    assert 'I read "ii" as mid level' in result.stdout


def test_an_empty_store_says_how_to_fill_it_not_that_nothing_matches(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.db"  # a new user's first command, before any chat loaded the sample
    result = concierge("search", "python", db=fresh)
    assert result.returncode == 0, result.stderr
    assert "No open posting is stored yet" in result.stdout
    assert "concierge import FILE" in result.stdout and "make run" in result.stdout
    assert "No stored posting matches" not in result.stdout
    stored = concierge(
        "search",
        "registered nurse",
        db=imported(tmp_path, ACME),
    )
    assert "No stored posting matches." in stored.stdout  # postings stored, none matches
    both = concierge(
        "search",
        "rabbitmq kafka",
        db=imported(tmp_path, ACME),
    )
    # no posting here names either: no tip (was "skills joined by "or" …", which found none)
    assert both.stdout.endswith("No stored posting matches.\n")
    explored = concierge("explore", "python", db=fresh)
    assert "No posting is open at all yet" in explored.stdout
    assert "try fewer or broader words" not in explored.stdout


RUNGS = [  # for "senior backend engineer python": a full fit at 92.7, a staff one at 98.4
    {"id": "fits", "title": "Senior Software Engineer, Backend", "description": "Python services."},
    {"id": "staff", "title": "Staff Backend Engineer (Python)", "description": "Python services."},
]


def test_a_card_shows_the_score_explain_gives_and_says_why_a_higher_one_comes_later(
    tmp_path: Path,
) -> None:
    db = tmp_path / "r.db"
    feed = tmp_path / "rungs.jsonl"
    feed.write_text("\n".join(json.dumps(row) for row in RUNGS) + "\n", encoding="utf-8")
    assert concierge("import", str(feed), db=db).returncode == 0
    chat = concierge("chat", db=db, stdin="/add senior backend engineer python\n", cwd=tmp_path)
    assert chat.returncode == 0, chat.stderr
    lines = chat.stdout.splitlines()
    first = next(i for i, line in enumerate(lines) if "Senior Software Engineer, Backend" in line)
    later = next(i for i, line in enumerate(lines) if "Staff Backend Engineer" in line)
    assert first < later
    assert lines[first].endswith("(92.7)") and lines[later].endswith("(98.4)")
    assert lines[later - 1] == "— Short on 1 part (level):"
    explained = concierge("explain", "senior backend engineer python", "import:staff", db=db)
    assert "Score:   98.4 / 100" in explained.stdout, explained.stderr

    text = concierge("search", "senior backend engineer python", db=db).stdout.splitlines()
    at = next(i for i, line in enumerate(text) if "Staff Backend Engineer" in line)
    assert text[at - 1] == "Short on 1 part (level):" and "[ 98.4]" in text[at]
    rows = json.loads(concierge("search", "senior backend engineer python", "--json", db=db).stdout)
    assert [(r["posting_id"], r["score"], r["fit"], r["short"]) for r in rows] == [
        ("import:fits", 92.7, "every part", []),
        ("import:staff", 98.4, "in part", ["level"]),
    ]


def test_results_none_of_which_states_the_place_asked_say_so(tmp_path: Path) -> None:
    db = imported(
        tmp_path, [{**row, "company": "Acme"} for row in POSTINGS]
    )  # no posting states a place
    said = concierge("search", "backend engineer in ohio", db=db).stdout
    assert said.rstrip().endswith(
        "None of these states its place: I found no posting known to be in Ohio."
    )  # was every result "location not stated", unexplained
