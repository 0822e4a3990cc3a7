"""A card matched by several searches explains the score it shows, not another search's."""

from __future__ import annotations

from dataclasses import replace

from core.chat.replies import JobCard, JobCards, Reply
from core.chat.service import Concierge
from core.searches.stored import with_reasons
from core.store.sqlite import SqliteStore
from tests.conftest import ALICE, FakeClock, posting

DATA_ENGINEER = posting(  # a developer role for both searches (not "Data Engineer": a field)
    "de1",
    "Integration Engineer (Python)",
    company="Wildflower",
    location="Chicago, IL",
    tags=("python",),
    description="Python pipelines on Airflow.",
)


def the_card(reply: Reply, posting_id: str) -> JobCard:
    found = [
        c for m in reply if isinstance(m, JobCards) for c in m.cards if c.posting_id == posting_id
    ]
    assert found, posting_id
    return found[0]


async def _two_searches(service: Concierge) -> None:
    # Search #1 (lower id) takes the posting with a weak title; #2 on its skill alone.
    await service.intake.record([DATA_ENGINEER])
    await service.handle_text(ALICE, "/add --sensitivity loose python developer")
    await service.handle_text(ALICE, "/add python")
    both = the_card(await service.handle_text(ALICE, "/jobs"), "de1")
    assert both.search_numbers == (1, 2)


async def test_jobs_card_reasons_come_from_the_search_that_gave_its_score(
    service: Concierge,
) -> None:
    await _two_searches(service)
    card = the_card(await service.handle_text(ALICE, "/jobs"), "de1")
    await service.handle_text(ALICE, "/pause 1")  # now only #2 explains it
    best = the_card(await service.handle_text(ALICE, "/jobs"), "de1")
    assert card.score == best.score
    assert card.reasons == best.reasons


async def test_digest_card_reasons_come_from_the_search_it_is_filed_under(
    service: Concierge,
) -> None:
    await _two_searches(service)
    digest = await service.handle_text(ALICE, "/digest")
    # Filed under #1, which asks for more (a title and a skill) and fits both (chat31), with
    # #1's score and reasons: the card explains the score it shows.
    [group] = [m for m in digest if isinstance(m, JobCards) and m.cards]
    assert group.heading.startswith("For #1 "), group.heading
    card = the_card(digest, "de1")
    await service.handle_text(ALICE, "/pause 2")  # now only #1 explains it
    alone = the_card(await service.handle_text(ALICE, "/jobs"), "de1")
    assert (card.score, card.reasons) == (alone.score, alone.reasons)
    assert any(r.startswith("title") for r in card.reasons), card.reasons


REMOTE_BACKEND = posting(
    "rb1",
    "Senior Backend Engineer (Python)",
    company="Acme",
    location="Remote (Worldwide)",
    workplace="remote",
    tags=("python", "postgresql"),
    description="Build Python services on PostgreSQL.",
)


async def test_a_card_says_what_each_of_its_searches_matched(service: Concierge) -> None:
    await service.intake.record([REMOTE_BACKEND])
    await service.handle_text(ALICE, "/add backend engineer python")
    await service.handle_text(ALICE, "/add backend engineer berlin")
    for command in ("/jobs", "/digest"):
        card = the_card(await service.handle_text(ALICE, command), "rb1")
        assert card.search_numbers == (1, 2)
        said = "open worldwide (includes Berlin)"
        assert any(said in line for line in card.also), (command, card)


FITS = posting("fits", "Senior Software Engineer, Backend", description="Python services.")
STAFF = posting("staff", "Staff Backend Engineer (Python)", description="Python services.")


async def test_a_higher_score_listed_later_comes_under_a_line_saying_what_it_lacks(
    service: Concierge,
) -> None:
    await service.intake.record([FITS, STAFF])
    added = await service.handle_text(ALICE, "/add senior backend engineer python")
    for reply in (added, await service.handle_text(ALICE, "/jobs")):
        [cards] = [m for m in reply if isinstance(m, JobCards)]
        ids = [c.posting_id for c in cards.cards]
        fits, staff = the_card(reply, "fits"), the_card(reply, "staff")
        assert ids.index("fits") < ids.index("staff") and fits.score < staff.score
        assert (fits.shown_score, staff.shown_score) == ("92.7", "98.4")
        assert not fits.parting
        partings = [c.parting for c in cards.cards[ids.index("fits") + 1 :] if c.parting]
        assert partings[0] == "Short on 1 part (level):" and staff.parting == partings[0]
    digest = await service.handle_text(ALICE, "/digest")
    assert the_card(digest, "staff").parting == "Short on 1 part (level):"
    assert the_card(digest, "fits").shown_score == "92.7"


async def test_one_pass_gives_a_card_its_reasons_and_what_its_other_searches_found(
    service: Concierge, store: SqliteStore, clock: FakeClock
) -> None:
    await service.intake.record([REMOTE_BACKEND])
    await service.handle_text(ALICE, "/add backend engineer python")
    await service.handle_text(ALICE, "/add backend engineer berlin")
    subscriber = await store.subscriber(ALICE, clock.now())
    searches = await store.searches(subscriber.id)
    [row] = [m for m in await store.best_matches(subscriber.id, 10) if m.posting.id == "rb1"]
    [(shown, _, others)] = with_reasons([replace(row, reasons=())], searches)
    assert shown.reasons and shown.reasons[0].startswith("title")
    [(sid, extra)] = others
    assert sid == searches[1].id and any("open worldwide (includes Berlin)" in r for r in extra)


async def test_a_card_short_on_its_level_ticks_no_level(service: Concierge) -> None:
    """Was: "Short on 1 part (level):" above a card saying "staff ✓": the line and the ticks
    now come from one rule (scoring.fits_fully)."""
    await service.intake.record([FITS, STAFF])
    await service.handle_text(ALICE, "/add senior backend engineer python")
    for command in ("/jobs", "/digest"):
        staff = the_card(await service.handle_text(ALICE, command), "staff")
        assert staff.parting == "Short on 1 part (level):"
        assert "staff ✓" not in staff.reasons
        assert "staff ≈ (you asked for senior)" in staff.reasons


IN_TEXT = posting("txt", "Backend Developer", company="Initrode", description="Python and Kafka.")


async def test_skills_found_only_in_the_text_are_said_to_be_there(service: Concierge) -> None:
    """Was: "skills: Kafka" under "Short on 1 part (skills):", the skill in the text only."""
    await service.intake.record([IN_TEXT])
    await service.handle_text(ALICE, "/add backend kafka")
    await service.handle_text(ALICE, "/add backend python")
    listed = await service.handle_text(ALICE, "/jobs 1")
    kafka = the_card(listed, "txt")
    assert "Kafka: in the text only" in kafka.reasons
    assert not any(r.startswith("skills:") for r in kafka.reasons)
    [cards] = [m.cards for m in listed if isinstance(m, JobCards)]
    above = [c.parting for c in cards[: cards.index(kafka) + 1] if c.parting]
    assert above[-1] == "Short on 1 part (skills):"  # a tool in the text counts half
    # A language in the text counts as fitting: said where it is, and nothing is short.
    python = the_card(await service.handle_text(ALICE, "/jobs 2"), "txt")
    assert "Python: in the text only" in python.reasons and not python.parting


async def test_cards_naming_no_preferred_workplace_come_under_a_line_saying_so(
    service: Concierge,
) -> None:
    # Was: 90.0 and 85.3 naming a hospital above a 100.0 that does not, with no line between.
    ward = posting("ward", "Charge Nurse", description="Our hospital's surgical ward.")
    clinic = posting("clinic", "Nurse", description="A forest service clinic.")
    await service.intake.record([ward, clinic])
    for reply in (
        await service.handle_text(ALICE, "/add nurse hospital"),
        await service.handle_text(ALICE, "/jobs"),
    ):
        cards = [c for m in reply if isinstance(m, JobCards) for c in m.cards]
        assert [c.posting_id for c in cards] == ["ward", "clinic"]
        assert cards[0].score < cards[1].score
        assert [c.parting for c in cards] == ["", "Not naming hospital:"]
