"""A new user's first run over the bundled sample: roles outside tech find postings at once,
/why N explains a job's score, out-of-range job numbers and pasted paragraphs get answers that
lead somewhere."""

from __future__ import annotations

import re

import pytest

from core.chat.replies import JobCards
from core.chat.service import Concierge
from tests.conftest import ALICE, BOB
from tests.integration.test_console_transfer import chat
from tests.integration.test_digests import text_of

NO_MATCH = "No current posting matches it yet"

# What a first /add of a common role outside tech must find in the sample (was none).
ROLES = (
    "attorney",
    "lawyer",
    "paralegal",
    "air traffic controller",
    "atc",
    "teacher",
    "truck driver",
    "cdl",
    "pharmacist",
    "Rechtsanwalt",
    "Lehrer",
    "LKW-Fahrer",
    "abogado",
    "camionero",
    "farmacéutico",
    "electrician",
    "police officer",
    "social worker",
    "mechanic",
    "cook",
    "cashier",
    "lpn",
)


@pytest.mark.parametrize("role", ROLES)
async def test_a_first_add_of_a_common_role_shows_matches_at_once(
    sampled: Concierge, role: str
) -> None:
    shown = await chat(sampled, f"/add {role}")
    assert "Saved search #1" in shown and NO_MATCH not in shown, shown
    assert "👍 /like " in shown


async def test_explore_air_traffic_controller_finds_the_market(sampled: Concierge) -> None:
    shown = await chat(sampled, "/explore air traffic controller")
    assert "3 open postings match “air traffic controller”" in shown, shown
    assert "Federal Aviation Administration (3)" in shown


def _job_number(shown: str) -> str:
    found = re.search(r"/like (\d+)", shown)
    assert found, shown
    return found.group(1)


async def test_why_n_shows_the_full_breakdown_of_ones_own_job(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add senior backend python")
    number = _job_number(shown)
    why = await chat(sampled, f"/why {number}")
    assert f"Why job #{number} " in why and "I don't know /why" not in why
    assert 'For #1 title "senior backend" · skills Python (normal):' in why
    assert "Score: " in why and "/ 100 — matches at the normal threshold (55)" in why
    assert "  title: 100% of " in why and "  in all: " in why
    assert "/why N" in await chat(sampled, "/help")


async def test_why_n_of_another_persons_job_is_no_job_n(sampled: Concierge) -> None:
    await sampled.handle_text(BOB, "/add attorney")
    bobs = await sampled.handle_text(BOB, "/jobs")
    number = next(c.number for m in bobs if isinstance(m, JobCards) for c in m.cards)
    await sampled.handle_text(ALICE, "/add nurse")
    answer = text_of(await sampled.handle_text(ALICE, f"/why {number}"))
    assert f"There is no job {number} among your matches" in answer
    assert "title:" not in answer


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("/like 99999999999999999999999", "with that number"),
        ("/hide -3", "-3"),
        ("/mute 0", "0"),
        ("/why 99999", "99999"),
        ("/why -1", "-1"),
    ],
)
async def test_out_of_range_job_numbers_are_no_job_n(
    sampled: Concierge, typed: str, named: str
) -> None:
    shown = await chat(sampled, "/add nurse", typed)
    assert f"There is no job {named} among your matches" in shown, shown
    assert "Send /" not in shown.split("Top matches now:")[1]


PARAGRAPH = (
    "I am a senior backend engineer with many years of experience in building scalable systems "
    "and I am currently looking for my next challenge in a company that values quality, "
    "ownership and collaboration, where I can grow further and help the team ship great products "
    "for their customers every day"
)


async def test_a_pasted_paragraph_is_not_told_to_send_add_with_itself(sampled: Concierge) -> None:
    assert len(PARAGRAPH) == 294
    shown = await chat(sampled, PARAGRAPH)
    assert "send /add I am a senior" not in shown, shown
    assert 'I understood: title "senior backend engineer"' in shown  # was "senior engineer"
    assert "send /add with the job in a few words: /add senior backend engineer" in shown
