"""A new user's chat (probe 32): /import reads every line, saying each problem by its line
number in one line; plain words for /jobs; deleting all one's data; /edit N WORDS; numbered
questions asked again; small replies made true."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat

MIXED = (
    "/add nurse",
    "/add --sensitivity loose teacher",
    "/add k",
    "garbage line",
    "/add 🚀🚀",
    "/tz berlin",
    "/time 07:30",
    "/tz portland",
)


async def test_import_reads_every_line_past_a_refused_search(sampled: Concierge) -> None:
    shown = await chat(sampled, "/import", *MIXED, "", "/settings", "/list")
    # Was only "A letter alone is no job title or skill: k", /tz and /time never applied.
    assert "Imported 2 searches and 2 settings." in shown, shown
    assert "line 3: /add k — A letter alone is no job title or skill: k.\n" in shown, shown
    assert "line 4: garbage line — not an /add or settings line\n" in shown, shown
    assert "line 5: /add 🚀🚀 — I couldn't find a job title or skill to search for.\n" in shown
    assert "line 8: /tz portland — several places are called that:" in shown, shown
    assert "Digest: every day at 07:30" in shown and "Timezone: Europe/Berlin" in shown, shown
    assert "#2 teacher" in shown.split("Your saved searches:")[1], shown


async def test_an_imported_file_of_refused_searches_still_says_what_it_did(
    sampled: Concierge,
) -> None:
    shown = await chat(sampled, "/import", "/add k", "/add 🚀🚀", "")
    assert "Imported 0 searches and 0 settings." in shown, shown
    assert "line 1: /add k —" in shown and "line 2: /add 🚀🚀 —" in shown, shown
