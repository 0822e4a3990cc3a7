"""Turn a chat line into a typed command through the command registry; shared by every platform."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace

from rapidfuzz.distance import OSA

from core.chat.commands import (
    Acknowledge,
    Answer,
    AskDigest,
    Cancel,
    Command,
    ForgetMe,
    Help,
    Invalid,
    ListSearches,
    RemoveSearch,
    ShowJobs,
    Start,
)
from core.chat.queries import MAX_QUERY_LENGTH, clean_text
from core.chat.registry import COMMANDS, lookup, shorten
from core.errors import QueryError
from core.matching import parse_query
from core.matching.money import SALARY
from core.matching.query.parse import NEAR_ME

__all__ = [
    "MAX_LINE_LENGTH",
    "MAX_QUERY_LENGTH",
    "clean_text",
    "command_word",
    "parse_command",
    "reads_as_command",
    "unknown_command",
]

MAX_LINE_LENGTH = 4000

# What a person may type for a command we do not have, and where to go instead.
_INSTEAD = {
    **dict.fromkeys(("search", "find"), "To save a search and see its matches, send /add QUERY."),
    **dict.fromkeys(
        ("change", "update", "modify"),
        "To change a search's words, send /edit N and the new words (N from /list).",
    ),
    **dict.fromkeys(
        ("stop", "unsubscribe"),
        "To stop digests, send /frequency off; to stop one search, /pause N.",
    ),
}

NO_QUESTION = "There is no question waiting for an answer. /help shows what I can do."

# Plain words that are no search: a greeting gets the welcome, "help" the commands, a command's
# name or its words ("list", "show my jobs") what the command does.
# Greetings in the languages users write in ("Bonjour" was a search for the title "bonjour").
_GREETINGS = (
    *("hi", "hello", "hey", "hallo", "hola", "good morning", "good evening", "👋"),
    *("good afternoon", "good day", "hiya", "howdy", "greetings", "yo"),
    *("bonjour", "bonsoir", "salut", "coucou"),  # French
    *("guten tag", "guten morgen", "guten abend", "moin", "servus", "grüß gott", "gruss gott"),
    *("buenos dias", "buenos días", "buenas", "buenas tardes", "buenas noches"),  # Spanish
    *("ciao", "buongiorno", "buonasera", "salve"),  # Italian
    *("ola", "olá", "oi", "bom dia", "boa tarde", "boa noite"),  # Portuguese
    *("hoi", "goedemorgen", "goedendag", "hej", "hei", "hallå", "moi"),  # Dutch, Nordic
    *("cześć", "dzień dobry", "ahoj", "merhaba", "namaste", "salaam", "shalom"),
    *("привет", "здравствуйте", "你好", "您好", "こんにちは", "안녕하세요", "مرحبا"),
)
_PLAIN: dict[str, Command] = {
    **{word: Start() for word in _GREETINGS},
    **{f"{word} there": Start() for word in _GREETINGS[:3]},
    **{word: Help() for word in ("help", "help me", "?", "commands", "menu", "hilfe")},
    **{word: Answer(_INSTEAD[word]) for word in ("stop", "unsubscribe")},
    **dict.fromkeys(
        ("stop digests", "stop the digest", "stop the digests", "stop digest", "stop emails"),
        Answer(_INSTEAD["stop"]),
    ),
    **dict.fromkeys(
        ("list", "searches", "my searches", "show my searches", "list my searches", "my list"),
        ListSearches(),
    ),
    **dict.fromkeys(
        (
            "jobs",
            "matches",
            "my jobs",
            "my matches",
            "show my jobs",
            "show my matches",
            "show jobs",
            *("show me jobs", "show me my jobs", "show me the jobs", "show me matches"),
            *("show me my matches", "any jobs", "any new jobs", "any matches", "any new matches"),
            *("new jobs", "new matches", "what s new", "whats new", "anything new", "any news"),
        ),
        ShowJobs(),
    ),
    **dict.fromkeys(("remove", "delete", "remove search", "delete search"), Help("remove")),
    **dict.fromkeys(("cancel", "never mind", "nevermind", "abort"), Cancel()),
    **{word: Answer(_INSTEAD["search"]) for word in ("add", "search", "find", "save")},
    **dict.fromkeys(
        ("yes", "no", "y", "n", "yep", "nope", "sure", "yes please"), Answer(NO_QUESTION)
    ),
    **dict.fromkeys(
        ("thanks", "thank you", "thx", "ty", "ta", "danke", "merci", "gracias", "cheers", "🙏"),
        Acknowledge(thanks=True),
    ),
    **dict.fromkeys(("ok", "okay", "cool", "great", "nice", "👍", "bye", "goodbye"), Acknowledge()),
}

# Small talk, in the languages users greet in ("Wie geht's?", "¿Qué tal?", "Ça va?"), read
# lower-cased without accents or punctuation and after a greeting ("hi, how are you?"): one
# friendly line saying what the bot does and how to start. Whole messages only, so no search is
# taken for it ("wie", "entwickler berlin" stay searches).
SMALL_TALK = (
    "I'm fine, thanks! I'm Job Concierge: I save job searches and show the postings that fit "
    "them — start with /add and the job you want, e.g. /add nurse berlin"
)
_SMALL_TALK = frozenset(
    {
        # English
        *("how are you", "how are u", "how r u", "how are you doing", "how are you today"),
        *("how is it going", "how s it going", "hows it going", "how do you do", "how s life"),
        *("how are things", "what s up", "whats up", "wassup", "are you ok", "you ok"),
        # German
        *("wie geht s", "wie gehts", "wie geht es", "wie geht es dir", "wie geht es ihnen"),
        *("wie geht s dir", "wie gehts dir", "wie laufts", "was geht", "alles gut", "alles klar"),
        # Spanish
        *("que tal", "como estas", "como esta", "como va", "como te va", "que pasa"),
        *("como estas tu", "todo bien"),
        # French
        *("ca va", "comment ca va", "comment vas tu", "comment allez vous", "quoi de neuf"),
        *("ca roule",),
        # Italian, Portuguese, Dutch
        *("come stai", "come va", "come sta", "tutto bene", "tudo bem", "tudo bom", "como vai"),
        *("como vai voce", "hoe gaat het", "hoe gaat het met je", "alles goed"),
    }
)
_GREETING_WORDS = frozenset(g for g in _GREETINGS if " " not in g)

# Plain words with one clear intent that takes an argument ("remove 2", "set my timezone to
# berlin"): a command read from them, or the command to send (typed with no slash, it would be
# saved as a search). Read lower-cased, the trailing punctuation gone.
_N = r"(?:search\s+)?(?:no\.?\s*|number\s+)?#?(\d{1,4})"
_MY = r"(?:(?:please|pls|can\s+you|could\s+you)\s+)?"
_ZONE = r"(?:time\s*zone|tz)"
_INTENTS: tuple[tuple[re.Pattern[str], str | Command | Callable[[int], Command]], ...] = tuple(
    (re.compile(pattern), then)
    for pattern, then in (
        # Deleting asks first (the /remove question); "cancel 2" is no delete: see _cancel.
        (rf"{_MY}(?:remove|delete|drop)\s+{_N}", lambda n: RemoveSearch(n, confirmed=False)),
        (rf"{_MY}cancel\s+{_N}", lambda n: Cancel(number=n)),
        (
            rf"{_MY}(?:delete|erase|remove|wipe|forget)\s+(?:all\s+(?:of\s+)?)?(?:my\s+)?"
            r"(?:data|account|details|info|information|profile)(?:\s+please)?"
            r"|(?:please\s+)?forget\s+(?:about\s+)?me(?:\s+please)?",
            ForgetMe(),
        ),
        (
            rf"{_MY}(?:remove|delete|drop|cancel)\s+(?:all|everything|every\s+search"
            r"|all\s+(?:of\s+)?(?:my\s+)?(?:saved\s+)?searches)",
            Answer(
                "I delete searches one at a time, asking first: /list shows their numbers and "
                "/remove N deletes one. /pause all stops every search without deleting any; "
                "/forget deletes all your data."
            ),
        ),
        (rf"{_MY}pause\s+{_N}", "/pause {}"),
        (rf"{_MY}(?:edit|change)\s+{_N}\s+(?:to\s+)?(.+)", "/edit {} {}"),
        (rf"{_MY}(?:resume|unpause)\s+{_N}", "/resume {}"),
        (
            rf"{_MY}(?:set|change|update|switch)\s+(?:my\s+|the\s+)?{_ZONE}(?:\s+to)?\s+(.+)",
            "/tz {}",
        ),
        (rf"(?:my\s+)?{_ZONE}\s+is\s+(.+)", "/tz {}"),
        (
            rf"{_MY}(?:set|change|update|move)\s+(?:my\s+|the\s+)?(?:digest\s+)?"
            r"(?:time|digest|digest\s+time)\s+to\s+(.+)",
            "/time {}",
        ),
        (
            r"(?:how\s+many|what|which)\s+(?:saved\s+)?searches\s+(?:do\s+i\s+have|have\s+i"
            r"(?:\s+got|\s+saved)?|are\s+saved)|what\s+are\s+my\s+(?:saved\s+)?searches"
            r"|(?:show|list)\s+(?:me\s+)?(?:all\s+)?(?:of\s+)?my\s+(?:saved\s+)?searches",
            ListSearches(),
        ),
        (r"#?\d+", Answer(NO_QUESTION)),  # a pick with no question asked: no search for "2"
    )
)


def _intent(text: str) -> Command | None:
    """The command plain words clearly ask for, or the one to send; None for other words."""
    said = " ".join(_TRAILING.sub("", text.casefold()).split())
    for pattern, then in _INTENTS:
        found = pattern.fullmatch(said)
        if found is None:
            continue
        if isinstance(then, str):
            return Answer(f"Did you mean {then.format(*found.groups())}? Send it with the slash.")
        if callable(then):
            return then(int(found.group(1)))
        return then
    return None


# Punctuation ending a sentence, not a skill's ("c++", "c#" keep theirs).
_TRAILING = re.compile(r"[\s?!.,;:¿¡…]+$")
# A greeting before a search ("hola, electricista barcelona"): no search word.
_GREETED = re.compile(
    r"^\s*(?:"
    + "|".join(re.escape(g) for g in sorted(_GREETINGS, key=len, reverse=True))
    + r")(?:\s+there)?(?:\s*[,!.:;…-]+\s*|\s+)(?=\S)",
    re.IGNORECASE,
)


def _small_talk(words: str) -> bool:
    """Whether plain words (lower-cased, punctuation gone) are small talk, a greeting before
    them or not ("hallo wie geht es dir")."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", words) if not unicodedata.combining(c))
    first, _, rest = bare.partition(" ")
    return bare in _SMALL_TALK or (first in _GREETING_WORDS and rest in _SMALL_TALK)


# A question in plain words gets the help on the first topic it names ("" for the commands).
_QUESTION_WORDS = frozenset(
    {
        "how",
        "what",
        "where",
        "when",
        "why",
        "which",
        "who",
        "can",
        "could",
        "do",
        "does",
        "is",
        "are",
        "should",
        "will",
        "would",
    }
)
_QUESTION_TOPICS = (
    (("stop", "unsubscribe", "turn off", "switch off", "no more"), "stop"),
    (("loose", "strict", "sensitivity", "sensitive"), "sensitivity"),
    (("timezone", "time zone", "tz"), "tz"),
    (("what time", "which time", "when", "hour"), "time"),
    (("often", "daily", "weekly", "frequency", "messages"), "frequency"),
    (("digest", "digests"), "time"),
    (("delete", "remove"), "remove"),
    (("pause", "resume"), "pause"),
    (("alert", "alerts"), "alerts"),
    (("my jobs", "my matches"), "jobs"),
    (("my searches", "my search"), "list"),
    (("search", "searches", "query"), "add"),
    (("you do", "this work", "does it work", "you work", "commands"), ""),
)

# The parser's refusal of a paragraph ends in how to name a job; the chat says it as an /add.
_NAME_THE_JOB = re.compile(r"\s*Name the job in a few words, e\.g\. \"[^\"]*\"\.$")
_UNDERSTOOD_TITLE = re.compile(r'I understood: title "([^"]+)"')
# Words before a search asking to save or run it ("add backend engineer", "search for nurse",
# "I'm looking for …"): no words of the search in the /add hint.
_ASKING = re.compile(
    r"^\s*(?:(?:i\s*['’]?\s*m|i\s+am)\s+)?(?:add|save|search(?:\s+for)?|find(?:\s+me)?"
    r"|looking\s+for)\s+(?=\S)",
    re.IGNORECASE,
)
_SHORT = 8  # words: a text this short is no paragraph; "/add" with it says what /add thinks

_COMMAND_RE = re.compile(r"^/([A-Za-z_]+)(?:@\S+)?(?:\s+(.*))?$", re.DOTALL)


def command_word(line: str) -> tuple[str, str] | None:
    """The command word of a '/cmd@Bot args' line, lower-cased, and its argument text."""
    match = _COMMAND_RE.match(clean_text(line[:MAX_LINE_LENGTH]))
    if match is None:
        return None
    return match.group(1).lower(), (match.group(2) or "").strip()


_SPACED_SLASH = re.compile(r"^\s*/\s+(?=[A-Za-z])")


def parse_command(line: str) -> Command:
    """Parse one line of chat into a command; never raises."""
    line = _SPACED_SLASH.sub("/", line)  # "/ remove 1": a phone's space after the slash
    raw_rest = _rest_as_sent(line)
    text = clean_text(line[:MAX_LINE_LENGTH])
    if not text and line.strip():
        return Invalid(
            "That was only markup or invisible characters, which I drop: nothing was left to "
            "read. Send /help to see what I can do."
        )
    if not text or text == "/":
        return Invalid("Send /help to see what I can do.")
    parsed = command_word(text)
    if parsed is None:
        return _plain(text)
    word, rest = parsed
    spec = lookup(word)
    if spec is None:
        hint = unknown_command(word)
        return Invalid(
            f"I don't know /{shorten(word, 30)}. {hint + ' ' if hint else ''}"
            "Send /help to see the commands."
        )
    if not rest and "<" in raw_rest:  # "/add <script>…</script>": not a bare /add
        return Invalid(
            f"What came after /{word} was only markup, which I drop: send /{word} with plain "
            "words (/help shows how)."
        )
    return spec.parse(raw_rest if spec.lines else rest)


def _plain(text: str) -> Command:
    """Text that is not a command: a greeting, a question, or words to save as a search."""
    words = _words(text)
    plain = _PLAIN.get(words or text)
    if plain is not None:
        return plain
    if _small_talk(words):
        return Answer(SMALL_TALK)
    intent = _intent(text)
    if intent is not None:
        return intent
    if len(text) > MAX_QUERY_LENGTH:  # a pasted job description: /add would refuse it as is
        return Invalid(
            f"That is {len(text)} characters: a search is at most {MAX_QUERY_LENGTH}. Send /add "
            "with the essentials — role, skills, place, pay — e.g. /add senior backend engineer "
            "python remote 120k+"
        )
    if words.split(" ", 1)[0] in _QUESTION_WORDS:
        padded = f" {_words(_without_pay_periods(text))} "
        if _asks_when(padded):
            return AskDigest()
        topic = next((t for keys, t in _QUESTION_TOPICS for k in keys if f" {k} " in padded), None)
        if topic == "stop":  # "how do I stop the digest?": how, not the /frequency line
            return Answer(_INSTEAD["stop"])
        if topic is not None:  # "can you find me a nurse job" is a search, not a question
            return Help(topic)
    try:
        if len(words.split()) > _SHORT:
            parse_query(text)
    except QueryError as exc:  # a paragraph /add would refuse: not "send /add" with it
        said = _NAME_THE_JOB.sub("", str(exc))
        understood = _UNDERSTOOD_TITLE.search(said)
        retry = exc.retry or (understood.group(1) if understood else "senior backend python")
        example = f"/add {retry}"
        return Invalid(f"{said} To save a search, send /add with the job in a few words: {example}")
    bare = _TRAILING.sub("", _GREETED.sub("", text)) or text  # "hola, nurse?": nurse
    asked = _ASKING.sub("", bare) or bare  # "add backend engineer": not the title word "add"
    try:
        notes = parse_query(asked).notes
    except QueryError:  # "the": an /add of it would be refused
        return Invalid(
            "That is no job I can search for. To save a search, send /add with the job in a few "
            "words, e.g. /add nurse berlin — or /help for everything else."
        )
    near = next((n for n in notes if n.endswith(NEAR_ME)), "")
    if near:  # "nhs jobs near me": the search, and where it is
        return Invalid(
            f"{near}. To save that as a search, send /add {shorten(_essentials(asked))} and the "
            "place — or /help for everything else.",
            near=asked,
        )
    return Invalid(
        f"To save that as a search, send /add {shorten(_essentials(asked))} — or /help for "
        "everything else."
    )


def _words(text: str) -> str:
    """The text lower-cased, without punctuation, its words one space apart."""
    return " ".join(re.sub(r"[^\w\s]", " ", text.casefold()).split())


def _without_pay_periods(text: str) -> str:
    """The text without pay by a period ("40 an hour", "$60/h", "900 weekly"): its hour or
    week asks nothing about the digest."""
    return SALARY.sub(lambda pay: " " if pay["per"] or pay["per2"] else pay[0], text)


def _essentials(text: str) -> str:
    """The words of a search that change what it looks for: a request's other words left out
    ("can you find me a nurse job in ohio": nurse ohio), each dropped only if the search reads
    the same without it."""
    try:
        whole = replace(parse_query(text), notes=())
    except QueryError:
        return text
    words = text.split()
    at = 0
    while at < len(words) and len(words) > 1:
        for size in range(min(_PHRASE, len(words) - at), 0, -1):
            shorter = words[:at] + words[at + size :]  # "i am", "hello there": a phrase at once
            try:
                same = replace(parse_query(" ".join(shorter)), notes=()) == whole
            except QueryError:
                same = False
            if same:
                words = shorter
                break
        else:
            at += 1
    return " ".join(words)


_PHRASE = 3  # words a request's phrase dropped at once has at most ("can u help")


def _asks_when(padded: str) -> bool:
    """Whether a question (words with a space either side) asks when the digest comes."""
    about_digest = " digest " in padded or " digests " in padded
    return about_digest and any(f" {w} " in padded for w in ("when", "time", "what day", "often"))


def unknown_command(word: str) -> str:
    """For a /word we do not have: the command meant ("Did you mean /list?"), or ''."""
    word = word.lower()
    if word in _INSTEAD:
        return _INSTEAD[word]
    names = [spec.name for spec in COMMANDS if spec.help or spec.menu]
    near = min(names, key=lambda name: OSA.distance(word, name))
    allowed = 0 if len(word) < 3 else 1 if len(word) < 7 else 2
    if len(word) == 2 and near.startswith(word) and len(near) == 3:
        allowed = 1  # a last letter dropped: /ad is /add
    return f"Did you mean /{near}?" if OSA.distance(word, near) <= allowed else ""


def _rest_as_sent(line: str) -> str:
    """What follows a message's first word, lines kept (for commands that read a block)."""
    parts = line.lstrip().split(maxsplit=1)
    return parts[1] if len(parts) == 2 else ""


def reads_as_command(text: str) -> bool:
    """Whether words typed without a slash (Slack's /jobs, its Messages tab) are a command.

    They are when the first word names one, is a usual guess at one (edit, why), or a slip for
    one (lsit) with nothing or a number after it; "remote golang" is a search, not /remove.
    """
    parsed = command_word("/" + text)
    if parsed is None:
        return False
    word, rest = parsed
    if lookup(word) is not None or word in _INSTEAD:
        return True
    return bool(unknown_command(word)) and (not rest or rest.lstrip("#")[:1].isdigit())
