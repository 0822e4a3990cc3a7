"""Configuration: defaults, validation with the variable named, .env files."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import load_settings
from core.errors import ConfigError


def test_defaults() -> None:
    settings = load_settings({})
    assert settings.database_path == Path("concierge.db")
    assert settings.load_sample and settings.max_searches == 25
    assert settings.platforms == ()


def test_tokens_select_platforms() -> None:
    settings = load_settings({"TELEGRAM_BOT_TOKEN": "123:abc", "SLACK_BOT_TOKEN": " "})
    assert settings.platforms == ("telegram",)


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"DATABASE_URL": "postgresql://localhost/x"}, "DATABASE_URL"),
        ({"CONCIERGE_LOG_LEVEL": "chatty"}, "CONCIERGE_LOG_LEVEL"),
        ({"CONCIERGE_SAMPLE_POSTINGS": "maybe"}, "CONCIERGE_SAMPLE_POSTINGS"),
        ({"CONCIERGE_MAX_SEARCHES": "0"}, "CONCIERGE_MAX_SEARCHES"),
        ({"CONCIERGE_MAX_SEARCHES": "-3"}, "CONCIERGE_MAX_SEARCHES"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], name: str) -> None:
    with pytest.raises(ConfigError, match=name):
        load_settings(env)


def test_dotenv_file_is_read_and_environment_wins(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env_file = tmp_path / ".env"
    env_file.write_text("DATABASE_URL=sqlite:///from-file.db\nCONCIERGE_MAX_SEARCHES=7\n")
    monkeypatch.setenv("CONCIERGE_MAX_SEARCHES", "9")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    settings = load_settings(env_file=env_file)
    assert settings.database_path == Path("from-file.db")
    assert settings.max_searches == 9


@pytest.mark.parametrize("entry", ["alice", "12345", "discord:alice", "telegram:", "slack:T1:"])
def test_an_admin_without_its_platform_is_refused_with_the_form(entry: str) -> None:
    with pytest.raises(
        ConfigError, match=r"CONCIERGE_ADMINS .* is not platform:user .*console:alice"
    ):
        load_settings({"CONCIERGE_ADMINS": f"console:bob, {entry}"})


def test_admins_in_every_documented_form_are_accepted() -> None:
    entries = "console:alice, telegram:12345,slack:T0123:U0456, telegram::111:-100777"
    settings = load_settings({"CONCIERGE_ADMINS": entries})
    assert settings.admins == {
        "console:alice",
        "telegram:12345",
        "slack:T0123:U0456",
        "telegram::111:-100777",
    }
