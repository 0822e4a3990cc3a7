"""Button action data: short, round-trips to commands, and forged data is harmless."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from core.chat import actions
from core.chat.commands import (
    Feedback,
    Invalid,
    ListSearches,
    PauseSearch,
    RemoveSearch,
    ResumeSearch,
    ShowMore,
)


def test_encoders_round_trip_and_fit_telegram() -> None:
    big = 10**15
    cases = {
        actions.pause(big): PauseSearch(search_id=big),
        actions.resume(3): ResumeSearch(search_id=3),
        actions.ask_remove(3): RemoveSearch(search_id=3, confirmed=False),
        actions.remove(3): RemoveSearch(search_id=3),
        actions.feedback("u", big): Feedback("up", big),
        actions.feedback("d", 5): Feedback("down", 5),
        actions.feedback("m", 5): Feedback("mute", 5),
        actions.LIST: ListSearches(),
        actions.MORE: ShowMore(),
    }
    for data, command in cases.items():
        assert len(data.encode()) <= actions.MAX_ACTION_BYTES
        assert actions.parse_action(data) == command


def test_feedback_buttons_have_typed_equivalents() -> None:
    assert actions.as_text_command(actions.feedback("u", 12)) == "/like 12"
    assert actions.as_text_command(actions.feedback("d", 12)) == "/hide 12"
    assert actions.as_text_command(actions.pause(1)) is None


@given(st.text(max_size=200))
def test_any_data_is_a_command_or_politely_invalid(data: str) -> None:
    command = actions.parse_action(data)
    if isinstance(command, Invalid):
        assert command.message == actions.STALE
