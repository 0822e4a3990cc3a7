"""A new user's chat over the bundled sample (probe 31): /list says when mutes or hides hold a
search's every match; "cancel 2" deletes nothing; /why, /like, /hide and /mute take the list
position of a card just shown; a job matching several searches is filed under the one it fits
most specifically."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from core.chat.replies import JobCards, Reply
from core.chat.service import Concierge
from tests.conftest import ALICE, FakeClock, posting
from tests.integration.test_console_transfer import chat
from tests.integration.test_digests import RecordingNotifier, _alerts


def _jobs(shown: str) -> list[str]:
    return re.findall(r"job #(\d+)", shown)


def _cards(shown: str) -> dict[int, str]:
    """List position → job number of the cards printed."""
    found = re.findall(r"^(\d+)\. .*\n(?:   why: .*\n)?   job #(\d+)", shown, re.MULTILINE)
    return {int(at): job for at, job in found}


async def test_list_says_when_a_muted_company_holds_every_match(sampled: Concierge) -> None:
    (job,) = _jobs(await chat(sampled, "/add golang k8s berlin"))
    shown = await chat(sampled, f"/mute {job}", "/list")
    # Was "[active, 0 matches]": as if nothing matched.
    assert "[active, 0 matches (1 from a company you muted)]" in shown, shown


async def test_list_says_when_a_hidden_job_holds_every_match(sampled: Concierge) -> None:
    (job,) = _jobs(await chat(sampled, "/add golang k8s berlin"))
    shown = await chat(sampled, f"/hide {job}", "/list", "/resume all")
    assert "[active, 0 matches (1 hidden with 👎)]" in shown, shown


async def test_cancel_with_a_number_deletes_nothing(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add backend", "/add nurse", "cancel 2", "/list")
    # Was "Did you mean /remove 2? Send it with the slash."
    assert "/remove 2?" not in shown, shown
    assert (
        "Nothing to cancel. To delete search #2, send /remove 2 (I ask before deleting); "
        "/pause 2 stops it for a while." in shown
    ), shown
    assert "#2 nurse" in shown.split("Your saved searches:")[1]


async def test_remove_in_plain_words_asks_and_cancel_leaves_the_question(
    sampled: Concierge,
) -> None:
    shown = await chat(sampled, "/add backend", "/add nurse", "remove 2", "cancel 2", "/list")
    assert 'Delete #2: title "nurse"?\n  1. Yes, delete it\n  2. Keep it' in shown, shown
    assert "OK, nothing changed." in shown, shown
    assert "#2 nurse" in shown.split("Your saved searches:")[1]
    done = await chat(sampled, "delete 2", "1", "/list")
    assert 'Removed #2: title "nurse".' in done, done


async def test_cancel_with_a_number_in_the_add_dialog_leaves_it(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add", "cancel 2", "/list")
    assert "OK, nothing saved." in shown and "You have no saved searches yet" in shown, shown


async def test_why_takes_the_list_position_of_a_card_just_shown(sampled: Concierge) -> None:
    listed = await chat(sampled, "/add backend", "/jobs")
    cards = _cards(listed.split("Your best matches now:")[1])
    assert cards[3] != "3"
    shown = await chat(sampled, "/why 3", "/like 4", "/hide 2")
    # Was "There is no job 3 among your matches".
    assert "There is no job" not in shown, shown
    assert f"Card 3 of your last list is job #{cards[3]}; " in shown, shown
    assert f"Why job #{cards[3]} " in shown, shown
    assert f"Card 4 of your last list is job #{cards[4]}; " in shown, shown
    assert f"Card 2 of your last list is job #{cards[2]}; " in shown, shown
    more = await chat(sampled, "/more")
    paged = _cards(more)
    assert min(paged) == 11
    again = await chat(sampled, "/why 12")
    assert f"Why job #{paged[12]} " in again or again.startswith("Why job #12 "), again


async def test_a_job_number_of_theirs_wins_over_a_list_position(sampled: Concierge) -> None:
    listed = await chat(sampled, "/add backend", "/jobs")
    cards = _cards(listed.split("Your best matches now:")[1])
    # Job #5 (Junior Backend Engineer (Java/Spring)) is one of theirs, and no card 5 of it.
    assert cards[5] != "5"
    shown = await chat(sampled, "/why 5")
    assert shown.startswith("Why job #5 Junior Backend Engineer (Java/Spring)"), shown
    assert f"(Card 5 of your last list is job #{cards[5]}: /why {cards[5]}.)" in shown, shown


BOTH = posting(
    "both",
    "Senior Backend Engineer (Python)",
    company="Acme",
    location="Berlin, Germany",
    tags=("python",),
    description="Python services.",
)
STAFF = posting(
    "staff",
    "Staff Backend Engineer",
    company="Oakridge",
    location="Remote (Worldwide)",
    workplace="remote",
    tags=("python",),
    description="Python services.",
)
ONLY_VAGUE = posting("vague", "Backend Engineer (Go)", company="Initech", location="London, UK")


def _groups(reply: Reply) -> dict[str, list[str]]:
    """A digest's or alert's heading of each search group → its cards' posting ids."""
    return {m.heading: [c.posting_id for c in m.cards] for m in reply if isinstance(m, JobCards)}


async def test_a_digest_files_a_job_under_its_most_specific_search(service: Concierge) -> None:
    await service.intake.record([BOTH, STAFF, ONLY_VAGUE])
    await service.handle_text(ALICE, "/add backend")
    await service.handle_text(ALICE, "/add senior backend python berlin")
    groups = _groups(await service.handle_text(ALICE, "/digest"))
    specific = 'For #2 title "senior backend" · skills Python · in Berlin:'
    # Was: every job under "For #1 title "backend":", the loosest search.
    vague = groups['For #1 title "backend":']
    assert {"both", "staff"} <= set(groups[specific]) and "vague" in vague, groups
    assert not {"both", "staff"} & set(vague), groups


async def test_an_alert_files_a_job_under_its_most_specific_search(
    service: Concierge, clock: FakeClock
) -> None:
    clock.current = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    await service.handle_text(ALICE, "/alerts on")
    await service.handle_text(ALICE, "/add backend")
    await service.handle_text(ALICE, "/add senior backend python berlin")
    clock.advance(minutes=1)
    await service.intake.record([BOTH])
    clock.advance(minutes=1)
    [alert] = await _alerts(service, RecordingNotifier(), clock.now())
    groups = _groups(alert)
    assert list(groups) == ['For #2 title "senior backend" · skills Python · in Berlin:'], groups


async def test_a_hide_or_mute_whose_number_is_both_a_job_and_a_card_asks_which(
    sampled: Concierge,
) -> None:
    listed = await chat(sampled, "/add backend", "/jobs")
    cards = _cards(listed.split("Your best matches now:")[1])
    assert cards[5] != "5"  # job #5 is theirs too (above)
    asked = await chat(sampled, "/mute 5", "/hide 5")
    # Was: job #5's company muted and job #5 hidden — neither the card 5 the person saw (probe27).
    assert "Muted" not in asked and "Hidden" not in asked, asked
    assert asked.count("/mute 5: card 5 of your last list or job #5?") == 1, asked
    assert asked.count("/hide 5: card 5 of your last list or job #5?") == 1, asked
    assert f"card 5: job #{cards[5]} " in asked and "job #5 Junior Backend Engineer" in asked, asked
    picked = await chat(sampled, "/hide 5", "1", "/jobs")
    assert "👎 Hidden" in picked and f"job #{cards[5]}" not in picked.split("👎 Hidden")[1], picked


async def test_a_plain_no_to_the_delete_question_keeps_the_search(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add nurse", "/add teacher", "remove 2", "no", "/list")
    # Was: "There is no question waiting for an answer." right after the question (probe27).
    assert "There is no question waiting" not in shown, shown
    assert "#2 teacher" in shown.split("Your saved searches:")[1], shown
    again = await chat(sampled, "remove 2", "yes", "/list")
    assert "#2 teacher" not in again.split("Your saved searches:")[1], again


async def test_remove_all_in_plain_words_says_how_searches_go(sampled: Concierge) -> None:
    shown = await chat(sampled, "/add nurse", "remove all", "delete all my searches", "/list")
    # Was: "To save that as a search, send /add remove".
    assert shown.count("I delete searches one at a time, asking first") == 2, shown
    assert "#1 nurse" in shown.split("Your saved searches:")[1], shown


async def test_cancel_of_a_search_number_they_do_not_have_offers_no_remove(
    sampled: Concierge,
) -> None:
    shown = await chat(sampled, "/add nurse", "/add teacher", "cancel 5")
    # Was: "To delete search #5, send /remove 5" with two searches (probe27).
    assert "/remove 5" not in shown, shown
    assert "Nothing to cancel, and there is no search #5: /list shows yours." in shown, shown
