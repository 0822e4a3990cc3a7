"""A new user in the terminal chat naming a field rather than a role ("nursing jobs")."""

from __future__ import annotations

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


async def test_a_field_search_is_echoed_as_its_role_or_itself(service: Concierge) -> None:
    shown = await chat(service, "/add nursing jobs")
    assert 'Saved search #1: title "nurse" or "nursing"' in shown
    assert 'I read "nursing" as nurse jobs, and titles with "nursing" in them' in shown
