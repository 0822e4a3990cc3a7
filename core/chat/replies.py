"""Typed, platform-neutral replies; adapters render them as HTML, Block Kit or plain text."""

from __future__ import annotations

from dataclasses import dataclass

from core.explore.model import Market
from core.scores import score_text


@dataclass(frozen=True, slots=True)
class Action:
    """A button: its label and either the short action data it sends back, or a link."""

    label: str
    data: str = ""
    url: str = ""


@dataclass(frozen=True, slots=True)
class Text:
    """A plain paragraph of text."""

    text: str


@dataclass(frozen=True, slots=True)
class ErrorText:
    """Something went wrong or was refused; the text explains what to do."""

    text: str


@dataclass(frozen=True, slots=True)
class SearchItem:
    """One line of the saved-search list."""

    number: int
    description: str
    raw_text: str
    active: bool
    sensitivity: str
    match_count: int
    actions: tuple[Action, ...] = ()
    more_matches: bool = False  # it passes more postings than it keeps: at least match_count
    counting: bool = False  # its matches are still being found (an /add during the index build)
    held: str = ""  # what holds its count at 0 (texts.held): " (1 from a company you muted)"

    @property
    def matches(self) -> str:
        """Its match count as every platform shows it: '1 match', '7 matches', '500+ matches',
        '0 matches (1 from a company you muted)'."""
        if self.counting:
            return "matches still being counted"
        if self.more_matches:
            return f"{self.match_count}+ matches"
        return f"{self.match_count} match" + ("" if self.match_count == 1 else "es") + self.held


@dataclass(frozen=True, slots=True)
class SearchList:
    """The subscriber's saved searches with the actions that apply to each."""

    items: tuple[SearchItem, ...]


@dataclass(frozen=True, slots=True)
class JobCard:
    """One posting offered to the user, with why it matched."""

    posting_id: str
    title: str
    company: str
    location: str
    url: str
    score: float
    reasons: tuple[str, ...]
    search_numbers: tuple[int, ...]
    salary: str = ""
    actions: tuple[Action, ...] = ()
    number: int = 0  # "job #N": what /like N and `concierge explain` take; 0 when not stored
    closes: str = ""  # "closes 12 Jan" when the posting has a closing date
    # What its other searches matched besides its reasons: "#2: Remote ≈ (open to Berlin)"
    also: tuple[str, ...] = ()
    # The line above it where its list's matches start to fit only in part (core.matching.order)
    parting: str = ""

    @property
    def shown_score(self) -> str:
        """Its score as cards write it, as `concierge search` and `concierge explain` do: "54.9"."""
        return score_text(self.score)


def matched_searches(card: JobCard, most: int | None = None) -> str:
    """'matches search #1, #2 (#2: Remote ≈ (open to Berlin))', or '' when no search is known."""
    if not card.search_numbers:
        return ""
    numbers = ", ".join(f"#{n}" for n in card.search_numbers[:most])
    return f"matches search {numbers}" + (f" ({'; '.join(card.also)})" if card.also else "")


@dataclass(frozen=True, slots=True)
class JobCards:
    """A ranked list of job cards, with an optional heading and footer."""

    heading: str
    cards: tuple[JobCard, ...]
    footer: str = ""
    actions: tuple[Action, ...] = ()
    first: int = 1  # the first card's position in the whole list (11 on /more's second page)


@dataclass(frozen=True, slots=True)
class Choice:
    """A question with buttons; each button sends a command back."""

    prompt: str
    options: tuple[Action, ...]


@dataclass(frozen=True, slots=True)
class SharedSearch:
    """A search to pass on: its deep-link payload and the line that adds it anywhere."""

    description: str
    add_line: str  # e.g. "/add --sensitivity loose data engineer berlin"
    payload: str  # for a chat link that opens the bot with the search (t.me/<bot>?start=…)


@dataclass(frozen=True, slots=True)
class TextFile:
    """A small text file to hand over (a document where the platform has them)."""

    name: str
    caption: str
    text: str


@dataclass(frozen=True, slots=True)
class Exploration:
    """The market for a role: figures, a summary, a chart (PNG) or why not, and Follow."""

    market: Market
    summary: str
    lines: tuple[str, ...]  # the figures as plain text lines
    chart: bytes  # PNG; empty when it could not be drawn
    chart_missing: str  # the one line saying why there is no chart; empty when there is one
    alt_text: str  # what the chart shows, in words
    add_line: str  # "/add QUERY": what Follow does, as typed
    follow: Action | None = None  # the "Follow this role" button


Message = Text | ErrorText | SearchList | JobCards | Choice | SharedSearch | TextFile | Exploration
Reply = tuple[Message, ...]
