"""CONCIERGE_LOG_FORMAT=json through the masking handler, and the health port settings."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator

import pytest

from bot.config import DEFAULT_HTTP_PORT, configure_logging, load_settings
from bot.logs import log_context
from core.errors import ConfigError

TOKEN = "7000:json-token-never-logged"


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Put back what configure_logging changes for the whole process."""
    root = logging.getLogger()
    handlers, level, hook = root.handlers[:], root.level, sys.excepthook
    own = {name: logging.getLogger(name).level for name in ("adapters", "bot", "core")}
    try:
        yield
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        sys.excepthook = hook
        for name, old in own.items():
            logging.getLogger(name).setLevel(old)


def test_json_lines_carry_the_ids_and_mask_every_secret(
    restore_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    settings = load_settings({"CONCIERGE_LOG_FORMAT": "json", "TELEGRAM_BOT_TOKEN": TOKEN})
    configure_logging(settings)
    log = logging.getLogger("bot.test")
    with log_context(platform="telegram", subscriber="111:111"):
        log.warning("calling %s", f"https://api.telegram.org/bot{TOKEN}/getMe")
        with log_context(source="rss:jobs"):
            try:
                raise RuntimeError(f"refused {TOKEN}")
            except RuntimeError:
                log.exception("poll failed", extra={"detail": {"token": TOKEN}})
    log.warning("outside")
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines()]
    first, second, third = lines
    assert first["level"] == "WARNING" and first["logger"] == "bot.test"
    assert first["message"] == "calling https://api.telegram.org/bot<secret>/getMe"
    assert (first["platform"], first["subscriber"]) == ("telegram", "111:111")
    assert "source" not in first and first["time"].endswith("+00:00")
    assert second["source"] == "rss:jobs" and "RuntimeError" in second["exc_info"]
    assert "platform" not in third
    assert TOKEN.split(":")[1] not in json.dumps(lines)


def test_text_is_the_default_format(
    restore_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    configure_logging(load_settings({}))
    logging.getLogger("bot.test").warning("plain")
    assert capsys.readouterr().err.rstrip().endswith("WARNING bot.test: plain")


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({"CONCIERGE_LOG_FORMAT": "xml"}, "CONCIERGE_LOG_FORMAT"),
        ({"CONCIERGE_HTTP_PORT": "http"}, "CONCIERGE_HTTP_PORT"),
        ({"CONCIERGE_HTTP_PORT": "70000"}, "CONCIERGE_HTTP_PORT"),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_PORT": "9090"},
            "CONCIERGE_HTTP_PORT 9090 is also SLACK_PORT",
        ),
    ],
)
def test_bad_ops_settings_name_the_variable(env: dict[str, str], name: str) -> None:
    with pytest.raises(ConfigError, match=name):
        load_settings(env)


def test_the_health_port_is_on_for_platforms_and_off_for_the_terminal() -> None:
    unset = load_settings({})
    assert unset.health_port(serving_platforms=True) == DEFAULT_HTTP_PORT
    assert unset.health_port(serving_platforms=False) == 0
    off = load_settings({"CONCIERGE_HTTP_PORT": "0"})
    assert off.health_port(serving_platforms=True) == 0
    chosen = load_settings({"CONCIERGE_HTTP_PORT": "9100"})
    assert chosen.health_port(serving_platforms=False) == 9100
