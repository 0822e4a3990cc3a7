"""probe25's /add lines in the terminal chat: a skill left out other ways is left out."""

from __future__ import annotations

import pytest

from core.chat.service import Concierge
from tests.integration.test_console_transfer import chat


@pytest.mark.parametrize(
    ("line", "echo"),
    [
        ("/add java backend berlin, no-php", 'title "backend" · skills Java · in Berlin · not PHP'),
        (
            "/add Backend-Entwickler Berlin, kein PHP, ab 80.000 €",
            'title "backend developer" · in Berlin · not PHP · salary ≥ €80k',
        ),
    ],
)
async def test_add_leaves_the_skill_out(service: Concierge, line: str, echo: str) -> None:
    shown = await chat(service, line)
    # was: title "backend no" · skills Java, PHP; title "backend developer kein ab" · skills PHP
    assert echo in shown and "skills Java, PHP" not in shown
