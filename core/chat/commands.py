"""Typed commands the service understands, one per thing a user can ask."""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Sensitivity
from core.sources.commands import SourceCommand


@dataclass(frozen=True, slots=True)
class Start:
    """Say hello and explain how to begin; guided when the adapter asks the questions itself."""

    guided: bool = False


@dataclass(frozen=True, slots=True)
class Acknowledge:
    """Thanks, ok or bye in plain words: a word back, nothing changed."""

    thanks: bool = False


@dataclass(frozen=True, slots=True)
class Help:
    """Show the commands, or help on one topic."""

    topic: str = ""


@dataclass(frozen=True, slots=True)
class AddSearch:
    """Save a new search from free text, as strict, normal or loose as asked."""

    query: str
    sensitivity: Sensitivity = "normal"


@dataclass(frozen=True, slots=True)
class ListSearches:
    """List my saved searches."""


@dataclass(frozen=True, slots=True)
class RemoveSearch:
    """Delete a saved search: by its number N in the list, or by id from a button."""

    number: int = 0
    search_id: int | None = None
    confirmed: bool = True
    kept: bool = False  # the answer to its question was no: the search stays


@dataclass(frozen=True, slots=True)
class EditSearch:
    """Replace search N's words, keeping its number, sensitivity and state."""

    number: int
    query: str


@dataclass(frozen=True, slots=True)
class ForgetMe:
    """Delete all of a person's data: asked first; confirmed or declined by the answer."""

    confirmed: bool = False
    declined: bool = False


@dataclass(frozen=True, slots=True)
class PauseSearch:
    """Stop matching a saved search for now (by number or, from a button, by id)."""

    number: int = 0
    search_id: int | None = None
    every: bool = False  # /pause all, /resume all


@dataclass(frozen=True, slots=True)
class ResumeSearch:
    """Start matching a paused search again (by number or, from a button, by id)."""

    number: int = 0
    search_id: int | None = None
    every: bool = False  # /pause all, /resume all


@dataclass(frozen=True, slots=True)
class SetSensitivity:
    """Make search number N stricter or looser."""

    number: int
    level: Sensitivity


@dataclass(frozen=True, slots=True)
class ShowJobs:
    """Show the best current matches across my active searches, or of search N alone."""

    limit: int = 10
    number: int = 0  # 0: every active search


@dataclass(frozen=True, slots=True)
class Cancel:
    """Abandon whatever is in progress; number: the N of plain "cancel N" (0 for none), which
    is no /remove N — in a dialog it leaves the dialog, else the answer says how to delete N."""

    number: int = 0


@dataclass(frozen=True, slots=True)
class SendDigest:
    """Send my digest now instead of waiting for its time."""


@dataclass(frozen=True, slots=True)
class ShowMore:
    """Show the next batch of unsent matches after a capped digest."""


@dataclass(frozen=True, slots=True)
class ShowSettings:
    """Show digest time, timezone, frequency, alerts and quiet hours."""


@dataclass(frozen=True, slots=True)
class SetDigestTime:
    """Set the local time of day the digest arrives, as typed ('08:30', '6pm')."""

    text: str


@dataclass(frozen=True, slots=True)
class SetTimezone:
    """Set the timezone, as typed ('Europe/Berlin', 'berlin', 'CET')."""

    text: str


@dataclass(frozen=True, slots=True)
class SetFrequency:
    """Set how often digests come, as typed ('daily', 'weekdays', 'weekly mon', 'off')."""

    text: str


@dataclass(frozen=True, slots=True)
class SetAlerts:
    """Turn instant alerts for very strong matches on or off."""

    enabled: bool


@dataclass(frozen=True, slots=True)
class SetQuietHours:
    """Set quiet hours for instant alerts, as typed ('22:00-07:00' or 'off')."""

    text: str


@dataclass(frozen=True, slots=True)
class Feedback:
    """A reaction to a job card: 'up', 'down' or 'mute' (the company), by posting ref."""

    kind: str
    posting_ref: int
    typed: bool = False  # typed (/like N): N may be a card's place in the list just shown


@dataclass(frozen=True, slots=True)
class ExplainJob:
    """Why job N (the number a card shows) matched: each part, its points and reasons."""

    posting_ref: int
    typed: bool = False  # typed (/why N): N may be a card's place in the list just shown


@dataclass(frozen=True, slots=True)
class ShowMuted:
    """List the companies I muted."""


@dataclass(frozen=True, slots=True)
class MuteCompany:
    """Mute a company by its name (/mute Tidewater), as /unmute takes one."""

    name: str


@dataclass(frozen=True, slots=True)
class Unmute:
    """Unmute a company, by its number in /muted or its name."""

    target: str


@dataclass(frozen=True, slots=True)
class ShareSearch:
    """Make a link or text that lets someone else add search N (or, from a button, by id)."""

    number: int = 0
    search_id: int | None = None


@dataclass(frozen=True, slots=True)
class OpenShared:
    """Someone opened a shared search's link: show it for confirmation."""

    payload: str


@dataclass(frozen=True, slots=True)
class AcceptShared:
    """Answer a shared search's confirmation: "Save it" (accepted) or "No thanks"."""

    code: str
    accepted: bool = True


@dataclass(frozen=True, slots=True)
class ExportSearches:
    """Give my searches and digest settings as lines /import reads back."""


@dataclass(frozen=True, slots=True)
class ImportSearches:
    """Add the searches and apply the settings of an /export text, line by line."""

    text: str


@dataclass(frozen=True, slots=True)
class Explore:
    """What the market for a role looks like now: figures over the open postings a query matches."""

    query: str


@dataclass(frozen=True, slots=True)
class Answer:
    """Plain words that need a short answer and change nothing ('stop', 'yes' with no question)."""

    text: str


@dataclass(frozen=True, slots=True)
class AskDigest:
    """A question in plain words about when the digest comes: the schedule as set now."""


@dataclass(frozen=True, slots=True)
class Invalid:
    """Text that could not be understood; the message says why and what to do (near: the
    words of a search asked "near me", whose example place the answer suits to the person)."""

    message: str
    near: str = ""


Command = (
    Start
    | Help
    | Acknowledge
    | Answer
    | AskDigest
    | AddSearch
    | ListSearches
    | RemoveSearch
    | EditSearch
    | ForgetMe
    | PauseSearch
    | ResumeSearch
    | SetSensitivity
    | ShowJobs
    | Cancel
    | SendDigest
    | ShowMore
    | ShowSettings
    | SetDigestTime
    | SetTimezone
    | SetFrequency
    | SetAlerts
    | SetQuietHours
    | Feedback
    | ExplainJob
    | ShowMuted
    | MuteCompany
    | Unmute
    | ShareSearch
    | OpenShared
    | AcceptShared
    | ExportSearches
    | ImportSearches
    | Explore
    | SourceCommand
    | Invalid
)
