"""Configuration: defaults, validation with the variable named, .env files."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pytest

from bot.config import load_settings
from bot.redaction import Redactor
from core.errors import ConfigError


def test_defaults() -> None:
    settings = load_settings({})
    assert settings.database_path == Path("concierge.db")
    assert settings.load_sample and settings.max_searches == 25
    assert settings.platforms == ()


def test_the_rate_limit_has_a_default_and_can_be_set_or_turned_off() -> None:
    assert (load_settings({}).rate.burst, load_settings({}).rate.per_minute) == (30, 60)
    rate = load_settings({"CONCIERGE_RATE_BURST": "5", "CONCIERGE_RATE_PER_MINUTE": "12"}).rate
    assert (rate.burst, rate.per_minute, rate.enabled) == (5, 12, True)
    assert not load_settings({"CONCIERGE_RATE_PER_MINUTE": "0"}).rate.enabled


def test_tokens_select_platforms() -> None:
    settings = load_settings({"TELEGRAM_BOT_TOKEN": "123:abc", "SLACK_BOT_TOKEN": " "})
    assert settings.platforms == ("telegram",)


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"DATABASE_URL": "mysql://localhost/x"}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgresql://localhost"}, "DATABASE_URL"),
        ({"DATABASE_URL": "postgresql://localhost:port/x"}, "DATABASE_URL"),
        ({"CONCIERGE_LOG_LEVEL": "chatty"}, "CONCIERGE_LOG_LEVEL"),
        ({"CONCIERGE_SAMPLE_POSTINGS": "maybe"}, "CONCIERGE_SAMPLE_POSTINGS"),
        ({"CONCIERGE_MAX_SEARCHES": "0"}, "CONCIERGE_MAX_SEARCHES"),
        ({"CONCIERGE_MAX_SEARCHES": "-3"}, "CONCIERGE_MAX_SEARCHES"),
        ({"CONCIERGE_RATE_BURST": "0"}, "CONCIERGE_RATE_BURST"),
        ({"CONCIERGE_RATE_PER_MINUTE": "fast"}, "CONCIERGE_RATE_PER_MINUTE"),
        ({"CONCIERGE_RATE_PER_MINUTE": "-1"}, "CONCIERGE_RATE_PER_MINUTE"),
        ({"CONCIERGE_DB_PATIENCE": "0"}, "CONCIERGE_DB_PATIENCE"),
        ({"CONCIERGE_DB_PATIENCE": "2.5"}, "CONCIERGE_DB_PATIENCE"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], name: str) -> None:
    with pytest.raises(ConfigError, match=name):
        load_settings(env)


def test_the_database_patience_is_ten_seconds_unless_set() -> None:
    from core.store.postgres.base import PATIENCE_SECONDS

    assert load_settings({}).db_patience is None and PATIENCE_SECONDS == 10  # the store's own
    assert load_settings({"CONCIERGE_DB_PATIENCE": "3"}).db_patience == 3


def test_a_postgresql_url_selects_postgresql_and_its_password_is_a_secret() -> None:
    settings = load_settings({"DATABASE_URL": "postgresql://bot:pw-7Hq@db:5432/concierge"})
    assert settings.postgres_url == "postgresql://bot:pw-7Hq@db:5432/concierge"
    assert "pw-7Hq" in settings.secrets
    assert not load_settings({"DATABASE_URL": "sqlite:///x.db"}).postgres_url


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


def test_the_redacting_filter_masks_child_loggers_arguments_and_tracebacks() -> None:
    secret = "s3cret-value"
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    handler.addFilter(Redactor([secret]))
    parent = logging.getLogger("redaction-test")
    parent.addHandler(handler)
    parent.propagate = False
    try:
        child = logging.getLogger("redaction-test.deep.child")
        child.warning("calling %s", f"https://api.telegram.org/bot123:{secret}/getMe")
        child.warning("posting to https://hooks.slack.com/commands/T1/2/abc and xoxb-1-2-3")
        child.warning("proxy https://user:pa55word@proxy.example:8080/")
        try:
            raise RuntimeError(
                f"401 for url https://api.telegram.org/bot9:other-token/getMe {secret}"
            )
        except RuntimeError:
            child.exception("failed")
    finally:
        parent.removeHandler(handler)
    text = out.getvalue()
    for private in (secret, "other-token", "hooks.slack.com", "xoxb-1-2-3", "pa55word"):
        assert private not in text, text
    assert "/bot<token>/getMe" in text and "RuntimeError" in text


def test_settings_hold_the_adapter_configs() -> None:
    from adapters.slack.config import SlackConfig
    from adapters.telegram.config import TelegramConfig

    settings = load_settings(
        {
            "TELEGRAM_BOT_TOKEN": "123:abc",
            "TELEGRAM_WEBHOOK_PORT": "9000",
            "SLACK_BOT_TOKEN": "xoxb-1",
            "SLACK_APP_TOKEN": "xapp-1",
            "SLACK_PORT": "3001",
        }
    )
    assert settings.telegram == TelegramConfig(token="123:abc", webhook_port=9000)
    assert settings.slack == SlackConfig(bot_token="xoxb-1", app_token="xapp-1", port=3001)
    assert load_settings({}).telegram is None and load_settings({}).slack is None
