"""The add-search modal's validation, and the app manifest an admin pastes into Slack."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from adapters.slack.app import SCOPES
from adapters.slack.listeners import command_text
from adapters.slack.modal import Origin, Submission, build_modal, read_submission
from core.chat.commands import AddSearch

MANIFEST = Path(__file__).resolve().parents[2] / "adapters" / "slack" / "manifest.yaml"


def values(**fields: str) -> dict[str, Any]:
    selects = {"remote", "seniority", "sensitivity"}
    return {
        name: {name: {"selected_option": {"value": v}} if name in selects else {"value": v}}
        for name, v in fields.items()
    }


def test_every_field_ends_in_one_add_command() -> None:
    result = read_submission(
        values(
            role="backend engineer",
            locations="Berlin, London",
            remote="remote",
            skills="python,  kafka",
            salary="€90k",
            seniority="senior",
            sensitivity="strict",
        )
    )
    assert result == Submission(
        AddSearch(
            "senior backend engineer, python, kafka, Berlin or London, remote, €90k+", "strict"
        )
    )


def test_only_the_role_is_needed() -> None:
    assert read_submission(values(role="data engineer")) == Submission(
        AddSearch("data engineer", "normal")
    )


@pytest.mark.parametrize("salary", ["lots", "12 apples", "-5"])
def test_a_bad_salary_is_shown_on_its_field(salary: str) -> None:
    assert set(read_submission(values(role="backend engineer", salary=salary))) == {"salary"}


@pytest.mark.parametrize("salary", ["120k", "120000", "120,000", "$150k", "€90k+", "90 k"])
def test_salaries_people_write(salary: str) -> None:
    assert isinstance(read_submission(values(role="dev", salary=salary)), Submission)


def test_an_unusable_or_huge_query_is_shown_on_the_role() -> None:
    assert set(read_submission(values(role="   "))) == {"role"}
    assert set(read_submission(values(role="a" * 150, skills="b" * 150, locations="c"))) == {"role"}
    assert set(read_submission(values(role="engineer", seniority="overlord"))) == {"seniority"}


def test_origin_survives_private_metadata_and_garbage() -> None:
    origin = Origin("C1", "https://hooks.slack.com/x")
    assert Origin.load(build_modal(origin)["private_metadata"]) == origin
    assert Origin.load("not json") == Origin()
    assert Origin.load("[1]") == Origin()


def test_slash_text_maps_to_core_commands() -> None:
    assert command_text("") == "/help"
    assert command_text("  list ") == "/list"
    assert command_text("/pause 2") == "/pause 2"
    assert command_text("add c++ &amp; go &lt;3") == "/add c++ & go <3"


def test_the_manifest_declares_everything_the_app_uses() -> None:
    manifest = yaml.safe_load(MANIFEST.read_text(encoding="utf-8"))
    features, settings = manifest["features"], manifest["settings"]
    assert [c["command"] for c in features["slash_commands"]] == ["/jobs"]
    assert features["app_home"]["home_tab_enabled"] is True
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    assert scopes == set(SCOPES)  # what an OAuth install asks for, too
    assert settings["interactivity"]["is_enabled"] is True
    assert {"app_home_opened", "message.im"} <= set(settings["event_subscriptions"]["bot_events"])
    assert settings["socket_mode_enabled"] is True
    urls = [
        features["slash_commands"][0]["url"],
        settings["interactivity"]["request_url"],
        settings["event_subscriptions"]["request_url"],
    ]
    assert all(url.endswith("/slack/events") for url in urls)
