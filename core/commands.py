"""Typed commands the service understands, one per thing a user can ask."""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Sensitivity


@dataclass(frozen=True, slots=True)
class Start:
    """Say hello and explain how to begin."""


@dataclass(frozen=True, slots=True)
class Help:
    """Show the commands, or help on one topic."""

    topic: str = ""


@dataclass(frozen=True, slots=True)
class AddSearch:
    """Save a new search from free text."""

    query: str


@dataclass(frozen=True, slots=True)
class ListSearches:
    """List my saved searches."""


@dataclass(frozen=True, slots=True)
class RemoveSearch:
    """Delete saved search number N (1-based, as shown in the list)."""

    number: int


@dataclass(frozen=True, slots=True)
class PauseSearch:
    """Stop matching saved search number N for now."""

    number: int


@dataclass(frozen=True, slots=True)
class ResumeSearch:
    """Start matching a paused search again."""

    number: int


@dataclass(frozen=True, slots=True)
class SetSensitivity:
    """Make search number N stricter or looser."""

    number: int
    level: Sensitivity


@dataclass(frozen=True, slots=True)
class ShowJobs:
    """Show the best current matches across my active searches."""

    limit: int = 10


@dataclass(frozen=True, slots=True)
class Cancel:
    """Abandon whatever is in progress."""


@dataclass(frozen=True, slots=True)
class Invalid:
    """Text that could not be understood; the message says why and what to do."""

    message: str


Command = (
    Start
    | Help
    | AddSearch
    | ListSearches
    | RemoveSearch
    | PauseSearch
    | ResumeSearch
    | SetSensitivity
    | ShowJobs
    | Cancel
    | Invalid
)
