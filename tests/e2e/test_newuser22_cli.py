"""A new user's first run of `concierge chat` over the bundled sample, /why N, and the parts of
`concierge explain` adding up to its score."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.e2e.test_cli import ROOT, concierge

PART = re.compile(r"^  (\w[\w ]*): (\d+)% of ([\d.]+) points = ([\d.]+)$", re.M)


def test_a_first_run_finds_attorneys_and_why_explains_one(tmp_path: Path) -> None:
    lines = "/add attorney\n/add LKW-Fahrer\n"
    first = concierge("chat", db=tmp_path / "c.db", stdin=lines, cwd=ROOT)
    assert first.returncode == 0, first.stderr
    assert "No current posting matches it yet" not in first.stdout
    assert "Attorney" in first.stdout and "Motor Vehicle Operator" in first.stdout
    number = re.search(r"/like (\d+)", first.stdout)
    assert number
    why = concierge("chat", db=tmp_path / "c.db", stdin=f"/why {number[1]}\n", cwd=ROOT)
    assert f"Why job #{number[1]} " in why.stdout and "For #1 title" in why.stdout
    assert "Score: " in why.stdout and "  in all: " in why.stdout


def test_explain_parts_met_in_full_show_their_points_and_add_up(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    row = {
        "id": "be",
        "title": "Backend Developer (Python, FastAPI)",
        "company": "Acme",
        "url": "https://x.example/be",
        "description": "Build APIs in Python with FastAPI and PostgreSQL.",
    }
    feed.write_text(json.dumps(row) + "\n", encoding="utf-8")
    db = tmp_path / "e.db"
    assert concierge("import", str(feed), db=db).returncode == 0
    shown = concierge("explain", "senior backend python", "import:be", db=db)
    assert shown.returncode == 0, shown.stderr
    parts = PART.findall(shown.stdout)
    assert parts and parts[0][:2] == ("title", "100"), shown.stdout
    for _, percent, out_of, got in parts:
        if percent == "100":
            assert got == out_of, shown.stdout  # was "title: 100% of 63.2 points = 63.1"
    score = re.search(r"^Score:\s+([\d.]+) / 100", shown.stdout, re.M)
    assert score
    total = sum(round(float(got) * 10) for *_, got in parts)
    assert total == round(float(score[1]) * 10), shown.stdout


def test_explore_in_the_terminal_leaves_no_chart_file_behind(tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    run = concierge(
        "chat",
        db=tmp_path / "x.db",
        stdin="/explore senior backend python\n/explore nurse\n",
        cwd=ROOT,
        TMPDIR=str(temp),
    )
    assert run.returncode == 0, run.stderr
    charts = re.findall(r"^Chart: (\S+\.png) \(removed when the chat ends\)$", run.stdout, re.M)
    assert len(charts) == 2 and all(c.startswith(str(temp)) for c in charts), run.stdout
    assert len({Path(c).parent for c in charts}) == 1  # one folder for the run
    assert list(temp.iterdir()) == []  # was an explore-*.png per /explore, left behind
