"""Operator CLI lines read as sentences: counts agree with their nouns."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import cli_digest
from bot.bootstrap import open_app
from bot.config import load_settings
from tests.conftest import ALICE


async def test_run_due_counts_one_digest_in_the_singular(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings({"DATABASE_URL": f"sqlite:///{tmp_path / 'due.db'}"})
    async with open_app(settings) as app:
        await app.load_sample()
        await (await app.service()).handle_text(ALICE, "/add senior backend engineer python")
    assert await cli_digest.run_due(settings, "2030-01-01T00:00:00Z") == 0
    said = capsys.readouterr().err
    assert said.startswith("1 due, 1 digest and 0 alerts queued; 1 delivered here"), said
