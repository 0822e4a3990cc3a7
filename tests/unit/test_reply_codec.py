"""Replies survive the outbox: JSON out and back gives the same reply."""

from __future__ import annotations

from core.chat.replies import (
    Action,
    Choice,
    ErrorText,
    JobCard,
    JobCards,
    SearchItem,
    SearchList,
    Text,
)
from core.digests.reply_codec import reply_from_json, reply_to_json


def test_every_message_kind_round_trips() -> None:
    card = JobCard(
        "p1",
        "Sr. Back-End Dev <b>",
        "Acme & Co",
        "Berlin",
        "https://x.example/1",
        91,
        ('title ≈ "backend engineer" (92)', "skills: Python"),
        (1, 3),
        "€90k–110k",
        (Action("👍", "fu:7"), Action("Open", url="https://x.example/1")),
    )
    reply = (
        Text("Your digest: 2 new matches."),
        ErrorText("nope"),
        JobCards("For #1 backend:", (card,), "…and 1 more", (Action("More", "more"),)),
        SearchList((SearchItem(1, "title", "raw", True, "normal", 4, (Action("Pause", "p:1"),)),)),
        Choice("Delete #1?", (Action("Yes", "D:1"), Action("Keep", "list"))),
    )
    assert reply_from_json(reply_to_json(reply)) == reply
