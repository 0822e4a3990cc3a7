"""The same job on two sources: linked, one card with both links; distinct roles stay apart."""

from __future__ import annotations

from core.chat.cards import card
from core.chat.replies import JobCards
from core.model import Posting
from core.sources.ingest.dedup import DuplicateIndex, find_duplicates
from tests.conftest import ALICE
from tests.ingest.conftest import Server
from tests.ingest_integration.conftest import Board, Env, gh_job, lever_job


async def _setup(env: Env, server: Server) -> tuple[Board, Board]:
    greenhouse = Board(server, "/v1/boards/acme/jobs")
    lever = Board(server, "/v0/postings/acme", wrap=False)
    greenhouse.jobs = [
        gh_job(1, "Senior Backend Engineer", "Berlin, Germany"),
        gh_job(2, "Backend Engineer II", "Berlin"),
    ]
    lever.jobs = [
        lever_job("a", "Sr. Backend Engineer", "Berlin"),  # the same job as greenhouse 1
        lever_job("b", "Backend Engineer III", "Berlin"),  # a different level: not the same
        lever_job("c", "Junior Backend Engineer", "Berlin"),
    ]
    await env.manager.add("greenhouse", "acme", url=server.base)
    await env.manager.add("lever", "acme", url=server.base)
    return greenhouse, lever


async def test_cross_source_duplicates_are_linked_into_one_card(env: Env, server: Server) -> None:
    await _setup(env, server)
    await env.manager.poll_one(await env.manager.find("greenhouse:acme"))
    report = await env.manager.poll_one(await env.manager.find("lever:acme"))
    assert report is not None and report.linked == 1
    links = await env.store.duplicate_links(["greenhouse:acme:1"])
    assert links == {"greenhouse:acme:1": [("lever:acme", "https://jobs.lever.co/acme/a")]}

    subscriber = await env.store.subscriber(ALICE, env.clock.now())
    best = await env.store.best_matches(subscriber.id, 20)
    ids = [m.posting.id for m in best]
    assert "lever:acme:a" not in ids  # the duplicate never makes a second card
    assert {"greenhouse:acme:1", "lever:acme:b", "lever:acme:c"} <= set(ids)
    original = next(m for m in best if m.posting.id == "greenhouse:acme:1")
    buttons = card(original, {}, links.get(original.posting.id, ())).actions
    opens = [(a.label, a.url) for a in buttons if a.url]
    assert opens == [
        ("Open on Greenhouse", "https://boards.greenhouse.io/acme/jobs/1"),
        ("Open on Lever", "https://jobs.lever.co/acme/a"),
    ]
    reply = await env.service.handle_text(ALICE, "/jobs")
    cards = next(m for m in reply if isinstance(m, JobCards)).cards
    assert sum(c.title.endswith("Backend Engineer") and "Senior" in c.title for c in cards) == 1


async def test_repeated_polls_keep_one_link_and_add_no_postings(env: Env, server: Server) -> None:
    await _setup(env, server)
    for _ in range(3):
        for ref in ("greenhouse:acme", "lever:acme"):
            await env.manager.poll_one(await env.manager.find(ref))
    assert await env.store.count_open_postings() == 5
    links = await env.store.duplicate_links(
        ["greenhouse:acme:1", "greenhouse:acme:2", "lever:acme:a"]
    )
    assert sorted(links) == ["greenhouse:acme:1", "lever:acme:a"]  # each links to the other
    assert len(links["greenhouse:acme:1"]) == len(links["lever:acme:a"]) == 1


async def test_when_the_original_closes_the_duplicate_takes_over(env: Env, server: Server) -> None:
    greenhouse, _ = await _setup(env, server)
    await env.manager.poll_one(await env.manager.find("greenhouse:acme"))
    await env.manager.poll_one(await env.manager.find("lever:acme"))
    greenhouse.jobs = greenhouse.jobs[1:]
    report = await env.manager.poll_one(await env.manager.find("greenhouse:acme"))
    assert report is not None and report.counts.closed == 1
    subscriber = await env.store.subscriber(ALICE, env.clock.now())
    ids = [m.posting.id for m in await env.store.best_matches(subscriber.id, 20)]
    assert "lever:acme:a" in ids and "greenhouse:acme:1" not in ids
    # It is the same job the subscriber may have had already: no new push for it.
    assert "lever:acme:a" not in [
        m.posting.id for m in await env.store.unsent_matches(subscriber.id)
    ]


def test_the_duplicate_index_agrees_with_find_duplicates() -> None:
    titles = ["Senior Backend Engineer", "Backend Engineer II", "Staff Data Engineer", "Designer"]
    places = ["Berlin", "Berlin, Germany", "Remote", "Munich", ""]
    others = [
        Posting(f"gh:{i}", titles[i % 4] + ("" if i % 3 else " (Python)"), "gh", "Acme Inc",
                places[i % 5])
        for i in range(80)
    ]  # fmt: skip
    index = DuplicateIndex(others)
    for title in [*titles, "Sr. Backend Engineer", "Backend Engineer III", "Senior Backend Eng"]:
        for place in places:
            new = Posting(f"lv:{title}:{place}", title, "lv", "ACME", place)
            assert index.find(new) == find_duplicates(new, others), (title, place)
