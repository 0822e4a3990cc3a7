"""Every /explore example of the README and /help, run on the bundled sample postings."""

from __future__ import annotations

import io
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.console.app import ConsoleChat
from adapters.console.charts import to_new_files
from core.chat.registry import help_text, menu
from core.chat.replies import Exploration, Text
from core.chat.service import Concierge, build_concierge
from core.postings.sample import sample_postings
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, FakeClock

README = Path(__file__).resolve().parents[2] / "README.md"
# The day the README's example answers were taken: "new in the last 7 days" counts from it.
README_DAY = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)


def section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("### Explore a role")
    return text[start : text.index("\n### ", start + 1)]


def fenced_examples() -> list[tuple[str, list[str]]]:
    """Each fenced block of the section: the line sent, and the answer lines shown below it."""
    blocks = re.findall(r"```\n(.*?)```", section(), re.S)
    return [(b.splitlines()[0], b.splitlines()[1:]) for b in blocks]


def typed_examples() -> set[str]:
    """The /explore and /add lines quoted in the section, /help and the command menu."""
    prose = re.sub(r"```.*?```", "", section(), flags=re.S)
    found = set(re.findall(r"`[^`/]*(/(?:explore|add) [^`]+)`", prose))
    found |= set(re.findall(r"(/explore [a-z][a-z ]+[a-z])", help_text()))
    found |= {m for _, text in menu() for m in re.findall(r"(/explore [a-z][a-z ]+)", text)}
    return {line for line in found if "QUERY" not in line}


@pytest.fixture
async def sample_service(tmp_path: Path) -> AsyncIterator[Concierge]:
    store = await SqliteStore.open(tmp_path / "sample.db")
    service = await build_concierge(store, FakeClock(README_DAY))
    await service.intake.record(sample_postings())
    yield service
    await store.close()


async def chat(service: Concierge, folder: Path, line: str) -> str:
    out = io.StringIO()
    await ConsoleChat(service, io.StringIO(line + "\n"), out, to_new_files(folder)).run()
    return out.getvalue()


def test_the_examples_are_found() -> None:
    assert len(fenced_examples()) == 2
    assert {"/explore senior backend python", "/add golang k8s"} <= typed_examples()


@pytest.mark.parametrize(("line", "shown"), fenced_examples())
async def test_each_readme_answer_is_what_the_terminal_says(
    sample_service: Concierge, tmp_path: Path, line: str, shown: list[str]
) -> None:
    answer = await chat(sample_service, tmp_path, line)
    for expected in shown:
        assert expected in answer.splitlines(), (expected, answer)


@pytest.mark.parametrize("line", sorted(typed_examples()))
async def test_each_quoted_line_does_what_it_says(sample_service: Concierge, line: str) -> None:
    reply = await sample_service.handle_text(ALICE, line)
    if line.startswith("/explore"):
        *read, explored = reply  # any word read otherwise is said first
        assert isinstance(explored, Exploration) and explored.market.open > 0
        assert all(isinstance(r, Text) and r.text.startswith("I read ") for r in read)
    else:
        assert str(reply[0]).startswith("Text(text='Saved search #1")
