"""The `concierge` command as a subprocess: chat over pipes, import, search, explain, signals."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _env(db: Path | str, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "SLACK_"))}
    # Port 0: parallel runs would otherwise all want the default health port.
    env.update(
        {
            "DATABASE_URL": db if isinstance(db, str) else f"sqlite:///{db}",
            "CONCIERGE_LOG_LEVEL": "WARNING",
            "CONCIERGE_HTTP_PORT": "0",
            **extra,
        }
    )
    return env


def concierge(
    *args: str, db: Path | str, stdin: str = "", cwd: Path | None = None, **extra: str
) -> subprocess.CompletedProcess[str]:
    """Run `python -m bot ARGS` to completion."""
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=_env(db, **extra),
        cwd=cwd or ROOT,
        check=False,
    )


def imported(tmp_path: Path, rows: list[dict[str, str]]) -> Path:
    """A new database holding these postings, imported by `concierge import` from a JSONL feed."""
    db = tmp_path / "s.db"
    feed = tmp_path / "feed.jsonl"
    rows = [{**row, "url": f"https://x.example/{row['id']}"} for row in rows]
    feed.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    assert concierge("import", str(feed), db=db).returncode == 0
    return db


def test_piped_chat_adds_lists_removes_and_persists(tmp_path: Path, database_url: str) -> None:
    db = database_url
    lines = "/add senior backend engineer python\n/list\n/remove 1\n/list\n"
    result = concierge("chat", db=db, stdin=lines, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Saved search #1: " in out
    assert "Top matches now:" in out  # the bundled sample answers at once
    assert "Your saved searches:\n#1 " in out and "Removed #1" in out
    assert out.rstrip().endswith(
        "You have no saved searches yet. Try /add senior backend engineer python remote"
    )
    again = concierge("chat", db=db, stdin="/add golang k8s\n", cwd=tmp_path)
    listed = concierge("chat", db=db, stdin="/list\n", cwd=tmp_path)
    assert "golang k8s" in listed.stdout, again.stdout


def test_add_dialog_and_cancel_in_the_terminal(tmp_path: Path) -> None:
    db = tmp_path / "d.db"
    result = concierge("chat", db=db, stdin="/add\nbackend golang\n/add\n/cancel\n/list\n")
    assert "What should I look for?" in result.stdout
    assert "Saved search #1" in result.stdout and "OK, nothing saved." in result.stdout
    assert "#1 " in result.stdout and "#2 " not in result.stdout


def test_unknown_commands_and_crash_free_garbage(tmp_path: Path) -> None:
    db = tmp_path / "g.db"
    garbage = "/frobnicate\n\x00\x01\n/remove 99\n" + "/add " + "x" * 400 + "\n/help\n"
    result = concierge("chat", db=db, stdin=garbage)
    assert result.returncode == 0, result.stderr
    assert "I don't know /frobnicate" in result.stdout
    assert "at most 300" in result.stdout
    assert "/jobs" in result.stdout


def test_run_without_tokens_opens_the_terminal_chat(tmp_path: Path) -> None:
    result = concierge("run", db=tmp_path / "r.db", stdin="/start\n")
    assert result.returncode == 0, result.stderr
    assert "Job Concierge" in result.stdout


def test_bad_configuration_names_the_variable(tmp_path: Path) -> None:
    result = concierge("chat", db=tmp_path / "x.db", DATABASE_URL="mysql://db/x")
    assert result.returncode == 2
    assert "DATABASE_URL" in result.stderr and "mysql" in result.stderr


def test_sigterm_stops_the_bot_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(db),
        cwd=ROOT,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write("/add backend golang\n")
    proc.stdin.flush()
    assert "Saved search #1" in proc.stdout.readline() + proc.stdout.readline()
    proc.send_signal(signal.SIGTERM)
    started = time.monotonic()
    assert proc.wait(timeout=10) == 0, proc.stderr.read() if proc.stderr else ""
    assert time.monotonic() - started < 5
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT raw_text FROM searches").fetchall() == [("backend golang",)]
    proc.stdin.close()
    proc.stdout.close()
    if proc.stderr:
        proc.stderr.close()


GOOD_AND_BAD_JSONL = "\n".join(
    [
        json.dumps(
            {
                "id": "j1",
                "title": "Senior Backend Engineer",
                "company": "Acme",
                "tags": ["python", "kafka"],
                "remote": True,
            }
        ),
        json.dumps({"id": "j2", "title": ""}),
        "{not json",
        json.dumps(
            {"url": "https://example.com/jobs/9", "title": "Go Developer", "company": "Globex"}
        ),
        json.dumps({"id": "j4", "title": "Civil Engineer", "salary_min": "lots"}),
    ]
)


def test_import_lands_good_rows_and_reports_bad_ones(tmp_path: Path) -> None:
    db = tmp_path / "i.db"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(GOOD_AND_BAD_JSONL + "\n", encoding="utf-8")
    first = concierge("import", str(feed), db=db)
    assert first.returncode == 0, first.stderr
    # Line 5's pay cannot be read: the posting is kept without it.
    assert "3 new, 0 updated, 0 unchanged, 2 skipped, 1 kept without pay" in first.stdout
    assert "feed.jsonl:2" in first.stderr and "feed.jsonl:3" in first.stderr
    assert "feed.jsonl:5: note: " in first.stderr
    second = concierge("import", str(feed), db=db)
    assert "0 new, 0 updated, 3 unchanged, 2 skipped" in second.stdout
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM postings").fetchone()[0] == 3


def test_import_fails_only_when_nothing_could_be_read(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    missing = concierge("import", str(tmp_path / "nope.json"), db=db)
    assert missing.returncode == 1
    assert "nope.json" in missing.stderr
    assert missing.stdout.startswith("Imported 0 of 1 file: 0 new")


def test_search_json_and_explain_on_an_imported_file(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(GOOD_AND_BAD_JSONL + "\n", encoding="utf-8")
    concierge("import", str(feed), db=db)
    result = concierge("search", "senior backend python", "--json", db=db)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    assert [row["posting_id"] for row in rows] == ["import:j1"]
    keys = {"posting_id", "title", "company", "score", "reasons", "same_job", "fit", "short"}
    assert set(rows[0]) == keys
    assert 0 <= rows[0]["score"] <= 100 and rows[0]["reasons"]
    for shown in ("import:j1", "j1"):  # the id search prints, and the file's own
        explained = concierge("explain", "civil engineer", shown, db=db)
        assert explained.returncode == 0, explained.stderr
        assert "does not match" in explained.stdout
    unknown = concierge("explain", "backend", "nope", db=db)
    assert unknown.returncode == 2 and "nope" in unknown.stderr


def test_explain_at_loose_says_a_title_was_taken_by_meaning(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"id": "c1", "title": "Cook", "url": "https://e.test/c1"}) + "\n")
    concierge("import", str(feed), db=db)
    normal = concierge("explain", "chef", "c1", db=db)
    assert "does not match at the normal threshold" in normal.stdout
    loose = concierge("explain", "chef", "c1", "--sensitivity", "loose", db=db)
    assert loose.returncode == 0, loose.stderr
    assert "matches at the loose threshold (40)" in loose.stdout
    assert "loose: 80 × cosine 0.586 = 46.9, + 0.1 × word score 0.0" in loose.stdout
    assert "= 0.0 → score 46.9 of 100" in loose.stdout


def test_search_and_explain_at_loose_list_a_related_title_after_the_nearer_ones(
    tmp_path: Path,
) -> None:
    db = tmp_path / "r.db"
    feed = tmp_path / "feed.jsonl"
    rows = [("k1", "Kitchen Manager"), ("c1", "Cook"), ("n1", "Nurse")]
    feed.write_text(
        "".join(
            json.dumps({"id": i, "title": t, "url": f"https://e.test/{i}"}) + "\n" for i, t in rows
        )
    )
    concierge("import", str(feed), db=db)
    found = concierge("search", "chef", "--sensitivity", "loose", db=db)
    assert found.returncode == 0, found.stderr
    lines = found.stdout.splitlines()
    assert "(loose: words scoring ≥ 40 or a title related by meaning)" in lines[0]
    # Each under the line saying what it lacks: a title near in meaning fits in part, a related
    # title not at all.
    assert lines[1] == "Short on 1 part (title):" and "Cook" in lines[2]
    assert lines[4] == "Missing 1 part (title):" and "Kitchen Manager" in lines[5]
    assert "Nurse" not in found.stdout
    assert 'related title "Kitchen Manager" by meaning (0.42)' in lines[6]
    loose = concierge("explain", "chef", "k1", "--sensitivity", "loose", db=db)
    assert loose.returncode == 0, loose.stderr
    assert "matches at the loose sensitivity, ranked below the bar by meaning" in loose.stdout
    normal = concierge("explain", "chef", "k1", db=db)
    assert "does not match at the normal threshold (55)" in normal.stdout


@pytest.mark.parametrize("argv", [["--help"], ["search", "--help"]])
def test_help_exits_zero(argv: list[str], tmp_path: Path) -> None:
    assert concierge(*argv, db=tmp_path / "h.db").returncode == 0


def test_terminal_user_sets_time_and_zone_and_gets_one_digest(database_url: str) -> None:
    db = database_url
    chat = concierge(
        "chat", db=db, stdin="/add senior backend engineer python\n/tz berlin\n/time 08:30\n"
    )
    assert "Europe/Berlin" in chat.stdout and "08:30" in chat.stdout
    first = concierge("digest", "run-due", "--now", "2030-01-02T07:31:00Z", db=db)
    assert first.returncode == 0, first.stderr
    assert "Your job digest:" in first.stdout and "why: " in first.stdout
    assert "/like " in first.stdout and "/hide " in first.stdout and "/mute " in first.stdout
    again = concierge("digest", "run-due", "--now", "2030-01-02T07:32:00Z", db=db)
    assert "Your job digest:" not in again.stdout
    stats = concierge("stats", db=db)
    figures = dict(line.rsplit(None, 1) for line in stats.stdout.splitlines())
    assert figures["digests sent today"] == "1" and figures["sources failing"] == "0"


def test_explain_takes_the_job_number_a_card_shows(tmp_path: Path) -> None:
    db = tmp_path / "n.db"
    chat = concierge("chat", db=db, stdin="/add senior backend engineer python\n", cwd=tmp_path)
    number = re.search(r"job #(\d+)", chat.stdout)
    assert number is not None, chat.stdout
    for typed in (number.group(1), f"#{number.group(1)}", f"job #{number.group(1)}"):
        explained = concierge("explain", "senior backend python", typed, db=db)
        assert explained.returncode == 0, explained.stderr
        assert "Posting:" in explained.stdout and "Score:" in explained.stdout
    unknown = concierge("explain", "backend", "999999", db=db)
    assert unknown.returncode == 2
    assert "the job #N a card shows, or the id `concierge search` prints" in unknown.stderr


def test_option_help_shows_defaults_and_the_source_kinds(tmp_path: Path) -> None:
    search_help = concierge("search", "--help", db=tmp_path / "h.db").stdout
    assert "(default: 20)" in " ".join(search_help.split())
    add_help = " ".join(concierge("sources", "add", "--help", db=tmp_path / "h.db").stdout.split())
    assert "one of: greenhouse, lever, ashby, rss, feed, remoteok, remotive, arbeitnow" in add_help
    assert "(default: 30m)" in add_help
    import_help = " ".join(concierge("import", "--help", db=tmp_path / "h.db").stdout.split())
    assert "(default: import)" in import_help


def test_the_import_summary_notes_a_cut_title(tmp_path: Path) -> None:
    db = tmp_path / "cut.db"
    feed = tmp_path / "long.jsonl"
    rows = [{"id": "a", "title": "Backend Engineer"}, {"id": "b", "title": "Engineer " * 600}]
    feed.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    result = concierge("import", str(feed), db=db)
    assert result.returncode == 0, result.stderr
    assert f"{feed}:2: note: title cut to 300 characters (it had 5,399)" in result.stderr
    assert "2 new, 0 updated, 0 unchanged, 0 skipped, 1 with a field cut to fit" in result.stdout


def test_the_same_cut_in_many_rows_is_noted_once_with_a_count(tmp_path: Path) -> None:
    """Was: 1,052 stderr lines "note: 1 tag(s) cut to 50 characters" for one USAJOBS file."""
    db = tmp_path / "cut.db"
    feed = tmp_path / "tags.jsonl"
    rows = [{"id": str(i), "title": "Analyst", "tags": ["t" * 60]} for i in range(1, 41)]
    rows[20]["tags"] = ["t" * 60, "u" * 70]
    rows[30]["title"] = "Analyst " * 60
    feed.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    result = concierge("import", str(feed), db=db)
    assert result.returncode == 0, result.stderr
    notes = [line for line in result.stderr.splitlines() if "note:" in line]
    assert sum("bundled sample" in line for line in notes) == 1  # an empty store's note
    assert [line for line in notes if "bundled sample" not in line] == [
        f"{feed}:1: note: 1 tag(s) cut to 50 characters",
        f"{feed}:31: note: title cut to 300 characters (it had 479)",
        f"{feed}: note: the same for 39 more rows (lines 2–40): tag(s) cut to 50 characters",
    ]
    assert "40 new, 0 updated, 0 unchanged, 0 skipped, 40 with a field cut to fit" in result.stdout


def test_migrate_creates_the_schema_and_says_which(database_url: str) -> None:
    first = concierge("migrate", db=database_url)
    assert first.returncode == 0, first.stderr
    assert re.fullmatch(r"Database \S+ is at schema version \d+, the latest\.\n", first.stdout)
    assert concierge("migrate", db=database_url).stdout == first.stdout
    assert concierge("stats", db=database_url).returncode == 0


def test_an_unreachable_postgresql_fails_the_start_in_one_line() -> None:
    result = concierge("stats", db="postgresql://someone:s3cret@127.0.0.1:1/concierge")
    assert result.returncode == 2
    assert result.stderr.startswith(
        "concierge: cannot connect to PostgreSQL at postgresql://someone@127.0.0.1:1/concierge: "
    )
    assert result.stderr.count("\n") == 1 and "s3cret" not in result.stderr


def test_every_line_piped_into_the_terminal_chat_is_answered(tmp_path: Path) -> None:
    """The terminal has no rate limit: more lines than a burst allows are all answered."""
    piped = concierge(
        "chat",
        db=tmp_path / "chat.db",
        stdin="/help\n" * 40,
        cwd=tmp_path,
        CONCIERGE_RATE_BURST="2",
        CONCIERGE_SAMPLE_POSTINGS="false",
    )
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout.count("What I can do") == 40 and "Slow down" not in piped.stdout


def test_import_reads_gzip_files_as_the_shared_data_comes(tmp_path: Path) -> None:
    import gzip

    db = tmp_path / "gz.db"
    packed = tmp_path / "postings.jsonl.gz"  # as /work/shared/data/usajobs/postings.jsonl.gz
    packed.write_bytes(gzip.compress((GOOD_AND_BAD_JSONL + "\n").encode()))
    rows = [{"id": "c1", "title": "Air Traffic Control Specialist"}]
    as_csv = tmp_path / "atc.csv.gz"
    as_csv.write_bytes(gzip.compress(b"id,title\n" + f"c1,{rows[0]['title']}\n".encode()))
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(packed.read_bytes()[:-12])
    done = concierge("import", str(packed), str(as_csv), str(cut), db=db)
    assert done.returncode == 0, done.stderr
    # Was: "the file is not UTF-8 text (UTF-16 or binary?)" for each.
    assert "not UTF-8" not in done.stderr and "Traceback" not in done.stderr
    assert "postings.jsonl.gz:2" in done.stderr  # bad rows named by their line, as unpacked
    assert "cut.jsonl.gz: reading failed: the gzip file is damaged or cut short" in done.stderr
    assert done.stdout.startswith("Imported 2 of 3 files: 4 new")
    found = concierge("search", "air traffic controller", "--json", db=db)
    assert [hit["title"] for hit in json.loads(found.stdout)] == [rows[0]["title"]]
