"""The one table of chat commands: names, aliases, help, menu, parser, handlers, shared-data rule.

Parsing, /help, the platforms' command menus, Slack's /jobs subcommands, the adapters' command
detection, the service's dispatch and the shared-chat permission rule all read this table.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from core.chat.commands import (
    AcceptShared,
    Acknowledge,
    AddSearch,
    Answer,
    AskDigest,
    Cancel,
    Command,
    EditSearch,
    ExplainJob,
    Explore,
    ExportSearches,
    Feedback,
    ForgetMe,
    Help,
    ImportSearches,
    Invalid,
    ListSearches,
    MuteCompany,
    OpenShared,
    PauseSearch,
    RemoveSearch,
    ResumeSearch,
    SendDigest,
    SetAlerts,
    SetDigestTime,
    SetFrequency,
    SetQuietHours,
    SetSensitivity,
    SetTimezone,
    ShareSearch,
    ShowJobs,
    ShowMore,
    ShowMuted,
    ShowSettings,
    Start,
    Unmute,
)
from core.chat.handling import Route, on
from core.chat.queries import MAX_QUERY_LENGTH, clean_text, with_place
from core.model import SENSITIVITIES, Sensitivity
from core.sources.commands import (
    AddSource,
    ListSources,
    PauseSource,
    PollSource,
    RemoveSource,
    ResumeSource,
    SourcesUsage,
    parse_sources,
)


@dataclass(frozen=True, slots=True)
class CommandSpec:
    """One chat command: how it is called, explained, offered, read, handled and guarded."""

    name: str
    parse: Callable[[str], Command]  # reads the text after the command word
    routes: tuple[Route, ...]  # the handler of each command type parse (or a button) builds
    help: str = ""  # its /help line(s); empty when a neighbour's line covers it
    menu: str = ""  # its entry in the platforms' command menus; empty for none
    aliases: tuple[str, ...] = ()
    shared: str = ""  # in a group or channel only admins may "…"; empty when anyone may
    lines: bool = False  # parse reads the text as sent, lines kept (e.g. /import's block)

    @property
    def kinds(self) -> tuple[type, ...]:
        """The command types this command stands for (Invalid aside)."""
        return tuple(route.kind for route in self.routes)


def _plain(build: Callable[[], Command]) -> Callable[[str], Command]:
    """A command that takes no argument (anything after it is ignored)."""
    return lambda _rest: build()


def _needs_text(example: str, build: Callable[[str], Command]) -> Callable[[str], Command]:
    """A command that takes its argument as typed, and asks for it when missing."""
    return lambda rest: build(rest) if rest else Invalid(f"Send {example}.")


SENSITIVITY_FLAG = "--sensitivity"
_OPTION = re.compile(r"--[A-Za-z]")  # an option word; "c--" or a dash alone is none


def read_add(query: str) -> Command:
    """Validate the query text of /add, which may carry --sensitivity strict|normal|loose."""
    usage = f"Send /add {SENSITIVITY_FLAG} strict|normal|loose QUERY."
    words = query.split()
    options = [i for i, word in enumerate(words) if _OPTION.match(word)]
    unknown = next((words[i] for i in options if words[i].lower() != SENSITIVITY_FLAG), None)
    if unknown is not None:
        return Invalid(f'I don\'t know the option "{shorten(unknown, 20)}". {usage}')
    if len(options) > 1:
        return Invalid(f"One {SENSITIVITY_FLAG} at a time. {usage}")
    if options:  # anywhere in the query: "/add golang developer --sensitivity loose"
        at = options[0]
        if at + 1 == len(words):
            return Invalid(usage)
        level, query = words[at + 1], " ".join(words[:at] + words[at + 2 :])
        sensitivity = next((known for known in SENSITIVITIES if known == level.lower()), None)
        if sensitivity is None:
            return Invalid(_not_a_sensitivity(level, f"{SENSITIVITY_FLAG} {{}}", usage))
        return add_search(query, sensitivity)
    if not query:
        return Invalid("Tell me what to look for, e.g. /add senior backend engineer python remote")
    first = query.split()[0]
    if first.startswith("/") and lookup(first[1:].split("@")[0].lower()) is not None:
        return Invalid(
            f"{shorten(first, 20)} is a command, not a search: send it on its own, or /add and "
            "what to look for, e.g. /add senior backend engineer python remote"
        )
    if len(query) > MAX_QUERY_LENGTH:
        return Invalid(
            f"That search is {len(query)} characters long; please keep it to "
            f"at most {MAX_QUERY_LENGTH}. The essentials are enough: role, skills, place, salary."
        )
    return AddSearch(query)


def add_search(query: str, sensitivity: Sensitivity = "normal", place: str = "") -> Command:
    """The AddSearch a dialog ends in (place: its "where?" answer); Invalid says why not."""
    command = read_add(with_place(clean_text(query), clean_text(place).replace('"', "")))
    return replace(command, sensitivity=sensitivity) if isinstance(command, AddSearch) else command


def _explore(rest: str) -> Command:
    """Read /explore QUERY: the query as /add takes it."""
    if not rest:
        return Invalid("Tell me which role to explore, e.g. /explore senior backend python")
    if len(rest) > MAX_QUERY_LENGTH:
        return Invalid(f"Please keep the query to at most {MAX_QUERY_LENGTH} characters.")
    return Explore(rest)


def _start(rest: str) -> Command:
    """Read /start, or /start PAYLOAD as a shared search's link opens the bot."""
    return OpenShared(rest) if rest else Start()


def _import(rest: str) -> Command:
    """Read /import followed by the lines of an /export."""
    if not rest.strip():
        return Invalid(
            "Send /import with the lines of an /export below it, one per line"
            " (or send the searches.txt file)."
        )
    return ImportSearches(rest)


NO_JOB = 10**18  # a job number no posting has: what a number too long to store reads as
_JOB_NUMBER = re.compile(r"[-+]?[0-9]+")
_JOB_WORD = re.compile(r"^\s*job\b\s*", re.IGNORECASE)


def _job(name: str, build: Callable[[int], Command]) -> Callable[[str], Command]:
    """Read /like N, /hide N, /mute N or /why N, N being the job number shown on a card; a
    number no job has (0, negative, too long) is read too, for the service to say so."""

    def read(rest: str) -> Command:
        tokens = _JOB_WORD.sub("", rest).split()  # "job #439", as a card says it
        if len(tokens) > 1:
            return Invalid(f"One job at a time: send /{name} N, with N the job number on a card.")
        token = tokens[0].lstrip("#") if tokens else ""
        if not _JOB_NUMBER.fullmatch(token):
            return Invalid(f"Send /{name} N, with N the job number shown on a card.")
        digits = token.lstrip("+-")
        number = int(digits) if len(digits.lstrip("0")) <= 18 else NO_JOB
        return build(-number if token.startswith("-") else number)

    return read


def _feedback(name: str, kind: str) -> Callable[[str], Command]:
    """Read /like N, /hide N or /mute N."""
    return _job(name, lambda number: Feedback(kind, number, typed=True))


def _mute(rest: str) -> Command:
    """Read /mute N (job N's company) or /mute NAME (a company by name, as /unmute reads it)."""
    numbered = _JOB_WORD.sub("", rest).split()
    if not numbered or _JOB_NUMBER.fullmatch(numbered[0].lstrip("#")):
        return _feedback("mute", "mute")(rest)
    return MuteCompany(" ".join(rest.split()))


def _setting(build: Callable[[str], Command]) -> Callable[[str], Command]:
    """A setting: alone (/tz, /time) it shows the settings as they are, with how to change each."""
    return lambda rest: build(rest) if rest else ShowSettings()


def _alerts(rest: str) -> Command:
    """Read /alerts on|off."""
    if not rest:
        return ShowSettings()
    value = rest.lower()
    if value in ("on", "yes", "true", "1"):
        return SetAlerts(True)
    if value in ("off", "no", "false", "0"):
        return SetAlerts(False)
    return Invalid("Send /alerts on or /alerts off.")


def _search_number(name: str, rest: str) -> int | Invalid:
    """Read the N of /remove N, /pause N or /resume N (0 when it is missing)."""
    if not rest:  # 0: the service names the searches to pick from, or says there are none
        return 0
    tokens = rest.split()
    if len(tokens) > 1:  # "/remove 1 2" must not quietly remove #1 alone
        return Invalid(f"One search at a time: send /{name} N, with N from /list.")
    token = tokens[0].lstrip("#")
    if not token.isascii() or not token.isdigit():
        return Invalid(
            f'"{shorten(token, 20)}" is not a search number. Send /{name} N, with N from /list.'
        )
    number = int(token[:9])
    if number == 0:
        return Invalid(f"Searches are numbered from 1. Send /{name} N, with N from /list.")
    return number


def _jobs(rest: str) -> Command:
    """Read /jobs, or /jobs N for the matches of search N."""
    if not rest:
        return ShowJobs()
    number = _search_number("jobs", rest)
    return number if isinstance(number, Invalid) else ShowJobs(number=number)


def _numbered(name: str, build: Callable[[int], Command]) -> Callable[[str], Command]:
    """A command on search number N."""

    def read(rest: str) -> Command:
        number = _search_number(name, rest)
        return number if isinstance(number, Invalid) else build(number)

    return read


EDIT_USAGE = (
    "Send /edit N and the new words of search N, e.g. /edit 1 senior nurse berlin (N from /list)."
)


def _edit(rest: str) -> Command:
    """Read /edit N WORDS: search N's new words, read as /add reads a query."""
    number, _, words = rest.partition(" ")
    if not rest or not words.strip():
        return Invalid(EDIT_USAGE)
    found = _search_number("edit", number)
    if isinstance(found, Invalid):
        return Invalid(EDIT_USAGE) if not number.lstrip("#").isdigit() else found
    read = read_add(words.strip())
    if not isinstance(read, AddSearch):
        return read
    if read.sensitivity != "normal":  # "--sensitivity" belongs to /sensitivity N
        return Invalid(
            f"/edit changes the words; /sensitivity {found} {read.sensitivity} the sensitivity."
        )
    return EditSearch(found, read.query)


def _or_all(name: str, build: Callable[[int], Command], every: Command) -> Callable[[str], Command]:
    """A command on search number N, or on every search ("/pause all")."""
    numbered = _numbered(name, build)
    return lambda rest: every if rest.lower() in ("all", "everything") else numbered(rest)


def _sensitivity(rest: str) -> Command:
    """Read /sensitivity N strict|normal|loose."""
    parts = rest.split()
    usage = "Send /sensitivity N strict|normal|loose, with N from /list."
    if not parts or (len(parts) == 1 and parts[0].lower() in SENSITIVITIES):
        # No N: the service names the searches to pick from (as /pause does).
        return SetSensitivity(0, next((k for k in SENSITIVITIES if k == rest.lower()), "normal"))
    if len(parts) != 2:
        return Invalid(usage)
    if parts[0].lower() in SENSITIVITIES:  # "/sensitivity loose 1"
        parts.reverse()
    number = _search_number("sensitivity", parts[0])
    if isinstance(number, Invalid):
        return number
    level = parts[1].lower()
    for known in SENSITIVITIES:
        if known == level:
            return SetSensitivity(number, known)
    return Invalid(_not_a_sensitivity(level, f"/sensitivity {number} {{}}", usage))


def _not_a_sensitivity(level: str, meant: str, usage: str) -> str:
    """A level that is none: the one it is a slip of ("lose": loose), else the usage."""
    close = difflib.get_close_matches(level.lower(), SENSITIVITIES, n=1, cutoff=0.6)
    said = f'"{shorten(level, 20)}" is not a sensitivity'
    return f"{said}: did you mean {meant.format(close[0])}?" if close else f"{said}. {usage}"


def shorten(text: str, limit: int = 60) -> str:
    """Cut text to limit characters for echoing it back."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


_SETTINGS = "change its digest settings"
_FEEDBACK = "react to or mute jobs for everyone"
_FEEDBACK_ROUTE = on(Feedback, lambda h: h.digests.feedback)

COMMANDS: tuple[CommandSpec, ...] = (
    CommandSpec(
        "start",
        _start,
        (
            on(Start, lambda h: h.searches.start),
            on(OpenShared, lambda h: h.transfer.open_shared),
        ),
        menu="Welcome and a guided first search",
    ),
    CommandSpec(
        "add",
        read_add,
        (
            on(AddSearch, lambda h: h.searches.add),
            # "Save it" under a shared search adds it as /add would.
            on(AcceptShared, lambda h: h.transfer.accept_shared),
        ),
        "/add QUERY — save a search, e.g. /add senior backend python, remote or Berlin, no PHP, "
        "120k+",
        "Save a search, e.g. /add senior backend python remote",
        ("new",),
        "add searches for everyone",
    ),
    CommandSpec(
        "explore",
        _explore,
        (on(Explore, lambda h: h.explore.explore),),
        "/explore QUERY — the market for a role now: open postings, skills, pay, places, a chart, "
        "and a button to follow it, e.g. /explore senior backend python",
        "The market for a role, e.g. /explore backend python",
        ("market",),
    ),
    CommandSpec(
        "list",
        _plain(ListSearches),
        (on(ListSearches, lambda h: h.searches.list_searches),),
        "/list — your saved searches, numbered",
        "Your saved searches",
        ("searches",),
    ),
    CommandSpec(
        "jobs",
        _jobs,
        (on(ShowJobs, lambda h: h.searches.show_jobs),),
        "/jobs — the best current matches across your active searches; /jobs N those of search N",
        "Best current matches",
        ("matches",),
    ),
    CommandSpec(
        "remove",
        _numbered("remove", RemoveSearch),
        (on(RemoveSearch, lambda h: h.searches.remove),),
        "/remove N — delete search N (N from /list)",
        "Delete search N",
        ("delete", "rm"),
    ),
    CommandSpec(
        "edit",
        _edit,
        (on(EditSearch, lambda h: h.searches.edit),),
        "/edit N WORDS — new words for search N, keeping its number, sensitivity and pause, "
        "e.g. /edit 1 senior nurse berlin",
        "New words for search N",
    ),
    CommandSpec(
        "pause",
        _or_all("pause", PauseSearch, PauseSearch(every=True)),
        (on(PauseSearch, lambda h: h.searches.pause),),
        "/pause N, /resume N — stop or restart matching search N (/pause all: every one)",
        "Pause search N",
    ),
    CommandSpec(
        "resume",
        _or_all("resume", ResumeSearch, ResumeSearch(every=True)),
        (on(ResumeSearch, lambda h: h.searches.resume),),
        menu="Resume search N",
        aliases=("unpause",),
    ),
    CommandSpec(
        "share",
        _numbered("share", lambda number: ShareSearch(number)),
        (on(ShareSearch, lambda h: h.transfer.share),),
        "/share N — a link (or a line to send) that lets someone else save search N",
        "Share search N",
    ),
    CommandSpec(
        "export",
        _plain(ExportSearches),
        (on(ExportSearches, lambda h: h.transfer.export),),
        "/export — my searches and settings as lines /import reads back",
        "Export my searches and settings",
    ),
    CommandSpec(
        "import",
        _import,
        (on(ImportSearches, lambda h: h.transfer.import_searches),),
        "/import — add the searches and settings of an /export (the file, or its lines below "
        "/import)",
        "Import an /export",
        shared="import searches and settings for everyone",
        lines=True,
    ),
    CommandSpec(
        "sensitivity",
        _sensitivity,
        (on(SetSensitivity, lambda h: h.searches.set_sensitivity),),
        "/sensitivity N strict|normal|loose — fewer, surer matches or more, looser ones",
        "Make search N strict, normal or loose",
    ),
    CommandSpec(
        "digest",
        _plain(SendDigest),
        (on(SendDigest, lambda h: h.digests.send_digest),),
        "/digest — send my digest now; /more — the next batch",
        "Send my digest now",
        shared="send this chat's digest early",
    ),
    CommandSpec(
        "more",
        _plain(ShowMore),
        (on(ShowMore, lambda h: h.searches.show_more),),
        menu="The next batch of matches",
        shared="show this chat's next matches early",
    ),
    CommandSpec(
        "time",
        _setting(SetDigestTime),
        (on(SetDigestTime, lambda h: h.digests.set_time),),
        "/time 08:30, /tz berlin (a city, or /tz UTC+2) — when my digest comes, in my timezone",
        "Digest time, e.g. /time 08:30",
        shared=_SETTINGS,
    ),
    CommandSpec(
        "tz",
        _setting(SetTimezone),
        (on(SetTimezone, lambda h: h.digests.set_timezone),),
        menu="Timezone, e.g. /tz berlin",
        aliases=("timezone",),
        shared=_SETTINGS,
    ),
    CommandSpec(
        "frequency",
        _setting(SetFrequency),
        (on(SetFrequency, lambda h: h.digests.set_frequency),),
        "/frequency daily|weekdays|weekly mon|off — how often",
        "daily, weekdays, weekly mon or off",
        shared=_SETTINGS,
    ),
    CommandSpec(
        "alerts",
        _alerts,
        (on(SetAlerts, lambda h: h.digests.set_alerts),),
        "/alerts on|off, /quiet 22:00-07:00 — instant alerts for very strong matches",
        "Instant alerts on or off",
        shared=_SETTINGS,
    ),
    CommandSpec(
        "quiet",
        _setting(SetQuietHours),
        (on(SetQuietHours, lambda h: h.digests.set_quiet),),
        menu="Quiet hours for alerts, e.g. 22:00-07:00",
        shared=_SETTINGS,
    ),
    CommandSpec(
        "settings",
        _plain(ShowSettings),
        (on(ShowSettings, lambda h: h.digests.show_settings),),
        "/settings — all of the above",
        "Digest time, timezone, frequency, alerts",
    ),
    CommandSpec(
        "like",
        _feedback("like", "up"),
        (_FEEDBACK_ROUTE,),
        "/like N, /hide N, /mute N — react to job N: a card's job #N, or its place in the list "
        "just shown (the card's 👍, 👎 and 🔇 buttons)",
        shared=_FEEDBACK,
    ),
    CommandSpec(
        "hide",
        _feedback("hide", "down"),
        (_FEEDBACK_ROUTE,),
        aliases=("dislike",),
        shared=_FEEDBACK,
    ),
    CommandSpec(
        "mute",
        _mute,
        (_FEEDBACK_ROUTE, on(MuteCompany, lambda h: h.digests.mute_company)),
        "/mute NAME — mute a company by its name, e.g. /mute Tidewater",
        shared=_FEEDBACK,
    ),
    CommandSpec(
        "why",
        _job("why", lambda number: ExplainJob(number, typed=True)),
        (on(ExplainJob, lambda h: h.digests.explain_job),),
        "/why N — why job N (or card N of the list just shown) matched: each part of its score, "
        "its points and reasons",
        "Why job N matched",
    ),
    CommandSpec(
        "muted",
        _plain(ShowMuted),
        (on(ShowMuted, lambda h: h.digests.show_muted),),
        "/muted, /unmute NAME|N — companies I muted; /unmute lifts one by its name or its number "
        "in /muted",
        "Companies I muted",
    ),
    CommandSpec(
        "unmute",
        _needs_text("/unmute N, with N from /muted", Unmute),
        (on(Unmute, lambda h: h.digests.unmute),),
        menu="Unmute a company by name or number",
        shared="unmute companies for everyone",
    ),
    CommandSpec(
        "forget",
        _plain(ForgetMe),
        (on(ForgetMe, lambda h: h.searches.forget),),
        "/forget — delete all my data: searches, settings, 👍/👎, muted companies, list places "
        "and messages not sent yet (asks first)",
        "Delete all my data",
        ("deletemydata", "forgetme"),
        shared="delete this chat's searches and settings for everyone",
    ),
    CommandSpec(
        "cancel",
        _plain(Cancel),
        (on(Cancel, lambda h: h.searches.cancel),),
        # /quit is the terminal's own; it never reaches the core.
        "/cancel — abandon what is in progress\n/quit — leave the chat (terminal only)",
        "Abandon what is in progress",
    ),
    CommandSpec(
        "help",
        lambda rest: Help(rest.lower().lstrip("/")),
        (on(Help, lambda h: h.searches.show_help),),
        "/help add — how to write a search",
        "What I can do",
    ),
    CommandSpec(
        "sources",
        parse_sources,
        (
            on(ListSources, lambda h: h.sources.list_sources),
            on(AddSource, lambda h: h.sources.add),
            on(RemoveSource, lambda h: h.sources.remove),
            on(PauseSource, lambda h: h.sources.pause),
            on(ResumeSource, lambda h: h.sources.resume),
            on(PollSource, lambda h: h.sources.poll),
            on(SourcesUsage, lambda h: h.sources.usage),
        ),
    ),
)
# What any text the parser could not read gets: why; plain thanks or ok, a word back.
_INVALID = on(Invalid, lambda h: h.searches.invalid)
_ACKNOWLEDGE = on(Acknowledge, lambda h: h.searches.acknowledge)
_ANSWER = on(Answer, lambda h: h.searches.answer)
_ASK_DIGEST = on(AskDigest, lambda h: h.digests.when)

_BY_WORD = {word: spec for spec in COMMANDS for word in (spec.name, *spec.aliases)}
_ROUTES = {r.kind: r for spec in COMMANDS for r in spec.routes} | {
    Invalid: _INVALID,
    Acknowledge: _ACKNOWLEDGE,
    Answer: _ANSWER,
    AskDigest: _ASK_DIGEST,
}
_SHARED = {kind: spec.shared for spec in COMMANDS if spec.shared for kind in spec.kinds}


def lookup(word: str) -> CommandSpec | None:
    """The command a word (name or alias, any case, no slash) calls, if any."""
    return _BY_WORD.get(word.lower())


def route(command: Command) -> Route:
    """How to find the handler of a command."""
    return _ROUTES[type(command)]


def shared_change(command: object) -> str:
    """What a command does to a shared chat's data ('add searches for everyone'), or ''."""
    return _SHARED.get(type(command), "")


def help_text() -> str:
    """The /help overview, one line (or two) per command that has one."""
    return "What I can do:\n" + "\n".join(spec.help for spec in COMMANDS if spec.help)


def menu() -> tuple[tuple[str, str], ...]:
    """The command menu chat platforms register (Telegram's set_my_commands, Slack's help)."""
    return tuple((spec.name, spec.menu) for spec in COMMANDS if spec.menu)
