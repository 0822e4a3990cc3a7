"""Searches written as sentences: "anything but sales", "i don't want crypto", "madrid o remoto"."""

from __future__ import annotations

import re

from core.matching.query.places import _place_named, _place_typo
from core.matching.regions import query_areas
from core.matching.vocab import tokens, vocabulary

# Any job but one kind ("anything but sales", "any job except sales", "everything other than
# sales"): that kind left out, no title (was the title "sales", the opposite).
_ANY_BUT = re.compile(
    r"(?<![\w-])(?:anything|everything|anywhere|any\s+(?:jobs?|roles?|positions?|work)"
    r"|all\s+(?:jobs|roles))"
    r"\s+(?:but|except(?:\s+for)?|other\s+than|apart\s+from|besides|excluding)\s+",
    re.IGNORECASE,
)

# Not wanting something said as a sentence ("but i dont want crypto", "do not want php", "not
# interested in sales"): left out as "not" leaves out (was the title "dont crypto").
_DONT_WANT = re.compile(
    r"(?<![\w-])(?:(?:but\s+)?i\s+)?(?:don['’]?t|do\s+not|dnt)\s+(?:want|like|need)"
    r"(?:\s+(?:any|to\s+(?:work|be)\s+(?:in|on|with|for|at)|to\s+do))?\s+(?=\S)"
    r"|(?<![\w-])not\s+interested\s+in\s+(?=\S)",
    re.IGNORECASE,
)

# Leaving out said in another language ("kein PHP", "sin PHP", "pas de PHP", "ohne", "sans",
# "senza", "geen"): read as "no" (were title words, and the skill left out was asked for).
_FOREIGN_NO = re.compile(
    r"(?<![\w-])(?:kein(?:e[nmrs]?)?|ohne|sin|sans|senza|geen)(?![\w'’-])\s*"
    r"|(?<![\w-])pas\s+d(?:e\s+|['’]\s*)",
    re.IGNORECASE,
)

# A skill left out with a hyphen or after it ("no-php", "php-free", "java yes, php no"): "no
# php", when the word is a skill ("no-code", "sugar-free" stay as said), and "no" after it ends
# the search or its clause ("php no travel": travel left out).
_NO_HYPHEN = re.compile(r"(?<![\w-])no-(?P<term>[^\s,;/]+)", re.IGNORECASE)
_FREE = re.compile(r"(?<![\w-])(?P<term>[^\s,;/]+)-free(?![\w-])", re.IGNORECASE)
_AFTER_NO = re.compile(r"(?<![\w-])(?P<term>[^\s,;/]+)\s+no(?=\s*(?:[,;.!]|$))", re.IGNORECASE)

# A city and remote joined by a slash or comma ("berlin/remote", "remote, berlin"): either, as
# "remote or berlin" is (was remote work from Berlin alone); beside a country ("us/remote",
# "remote, uk") remote work from it.
_REMOTE_JOINED = re.compile(
    r"(?P<before>[^\s/,;]+)\s*[/,]\s*(?P<after>[^\s/,;]+)(?=[\s,;.!?)]|$)", re.IGNORECASE
)

# "be" as a verb after a modal or "to" ("would be happy", "want to be a nurse"): no backend
# ("be" alone is backend in a search, query_titles.tsv).
_BE_VERB = re.compile(
    r"(?<![\w-])((?:to|would|will|can|could|should|must|might|may|i['’]d|happy\s+to)\s+)be(?![\w-])",
    re.IGNORECASE,
)

# The pronoun "I" before its verb ("i want to work as", "i have a CELTA", "i'm looking"): no
# ladder number (an "I" after a role noun is the junior rung: "Engineer I").
_PRONOUN = re.compile(
    r"(?<![\w'’-])i(?:['’](?:m|d|ve|ll)|\s+(?:am|have|want|need|would|will|can|could|do|did|"
    r"like|love|prefer|hold|speak|got|had|was|really|just|also|currently|already|hope|think|"
    r"live|wish|mean))(?![\w'’-])",
    re.IGNORECASE,
)

# Courtesy and greetings of a message ("pls", "hello there", "can u help"): no title words, nor
# kept in the search said again in a note.
_COURTESY = re.compile(
    r"(?<![\w'’-])(?:pl[sz]|pleas?e|thanks|thank\s+you|thx|ty|hello(?:\s+there)?|hi\s+there"
    r"|hey(?:\s+there)?|can\s+(?:u|you)\s+help(?:\s+me)?)(?![\w'’-])[!?.,]*",
    re.IGNORECASE,
)

# Moving to a place ("happy to move to Berlin", "moving to london"): relocating there, which
# shifts.py reads as relocation to prefer, the place a place (was the title word "move").
_MOVE_TO = re.compile(r"(?<![\w-])mov(?:e|ing)(?=\s+to\s+(?P<after>\S+(?:\s+\S+){0,2}))", re.I)

# A change of career ("move into data engineering from backend", "switching from backend to
# data engineering", "break into tech"): the job wanted is after "into" or "to", the work done
# now after "from", which is left out, said so (was the title "move into data engineering
# backend").
_CHANGE = (
    r"(?<![\w-])(?:mov(?:e|ing)|switch(?:ing)?|transition(?:ing)?|chang(?:e|ing)(?:\s+careers?)?"
    r"|pivot(?:ing)?|get(?:ting)?|break(?:ing)?|career\s+change)"
)
_TO = r"(?:in)?to\s+"
_PART = r"[^,;.!?\d]+?"  # a part of the sentence: no pay ("from 50k")
_CHANGE_FROM_TO = re.compile(rf"{_CHANGE}\s+from\s+(?P<was>{_PART})\s+{_TO}(?=\S)", re.I)
_CHANGE_TO_FROM = re.compile(
    rf"{_CHANGE}\s+{_TO}(?P<want>{_PART})\s+from\s+(?P<was>{_PART})(?=\s*(?:[,;.!?]|$))", re.I
)
_CHANGE_TO = re.compile(rf"{_CHANGE}\s+(?:into|to)\s+(?=\S)", re.I)
LEFT_BEHIND = "the work you do now, not the job you look for"


# "or" in other languages: Spanish o/u, French and Portuguese ou, German oder, Italian o, Dutch
# of; read so only between two places or workplaces ("madrid o remoto", "paris ou remote"):
# "of" is English too, "Oder" a river.
_OR_WORDS = frozenset({"o", "u", "ou", "oder", "of"})

LONGEST_PLACE = 3  # words of a place name looked for beside a foreign "or" ("san luis obispo")


def read_prose(text: str) -> str:
    """The search with sentence words read: courtesy left out, moving to a place as relocating
    there, "anything but X", "don't want X", "kein X", "no-X", "X-free" and "X no" as "not X" or
    "no X", a city and remote joined by a slash or comma as "or", the verb "be" and the pronoun
    "I" left out, a foreign "or" between places as "or"."""
    text = _COURTESY.sub(" ", text).strip() or text  # "hello" alone: said as it was
    text = _MOVE_TO.sub(_relocate, text)
    text = _ANY_BUT.sub("not ", text)
    text = _DONT_WANT.sub("not ", text)
    text = _FOREIGN_NO.sub("no ", text)
    for pattern in (_NO_HYPHEN, _FREE, _AFTER_NO):
        text = pattern.sub(_no_skill, text)
    text = _REMOTE_JOINED.sub(_city_or_remote, text)
    text = _BE_VERB.sub(r"\1", text)
    text = _PRONOUN.sub(" ", text)
    return _foreign_or(text)


def _relocate(m: re.Match[str]) -> str:
    """ "relocate" where the words after "to" start with a place, else the verb as said."""
    after = tokens(m["after"])
    return "relocate" if any(_where(tuple(after[:n])) for n in range(1, len(after) + 1)) else m[0]


def read_career_change(text: str, notes: list[str]) -> str:
    """The text with a change of career read as the job wanted: the verb left out, the work
    done now ("from backend") left out with a note; "from" a place is a move there."""

    def was(m: re.Match[str], keep: str) -> str:
        said = m["was"].strip()
        if _where(tuple(tokens(said))):  # "moving from london to leeds": relocating to Leeds
            return "relocate to " + keep
        notes.append(f'I left out "{said}": {LEFT_BEHIND}')
        return keep

    text = _CHANGE_TO_FROM.sub(lambda m: was(m, m["want"]), text)
    text = _CHANGE_FROM_TO.sub(lambda m: was(m, ""), text)
    return _CHANGE_TO.sub("", text)


def _no_skill(m: re.Match[str]) -> str:
    """ "no" and the skill a match names, else the match as said; one skill so written is
    that skill ("no-sql": NoSQL)."""
    skills = vocabulary().skill_alias
    if tuple(tokens(m[0].replace("-", ""))) in skills:
        return m[0].replace("-", "")
    return f"no {m['term']}" if tuple(tokens(m["term"])) in skills else m[0]


def _city_or_remote(m: re.Match[str]) -> str:
    """A city and remote joined by a slash or comma as either, else the match as said."""
    v = vocabulary()
    sides = [tuple(tokens(m[k])) for k in ("before", "after")]
    remote = [v.phrases.get(s, s) == ("remote",) for s in sides]
    if remote.count(True) != 1:
        return m[0]
    place = sides[remote.index(False)]
    if place not in v.places or not any(
        a.startswith(("city:", "metro:")) for a in query_areas(" ".join(place))[0]
    ):
        return m[0]
    return f"{m['before']} or {m['after']}"


def _foreign_or(text: str) -> str:
    """The text with each foreign "or" between two places or workplaces written "or"."""
    words = text.split()
    for at in range(1, len(words) - 1):
        if words[at].lower() not in _OR_WORDS or words[at - 1].endswith((",", ";")):
            continue
        before = [t for w in words[max(0, at - LONGEST_PLACE) : at] for t in tokens(w)]
        after = [t for w in words[at + 1 : at + 1 + LONGEST_PLACE] for t in tokens(w)]
        if _inside_place(before, words[at].lower(), after):
            continue  # "frankfurt oder": a name with the word in it
        left = any(_where(tuple(before[-n:])) for n in range(1, len(before) + 1))
        right = any(_where(tuple(after[:n])) for n in range(1, len(after) + 1))
        if left and right:
            words[at] = "or"
    return " ".join(words)


def _where(gram: tuple[str, ...]) -> bool:
    """Whether words name a place or a workplace ("madrid", "new york", "lisboa", "remoto")."""
    v = vocabulary()
    if not gram:
        return False
    canon = v.phrases.get(gram, gram)
    if len(canon) == 1 and canon[0] in v.workplace:
        return True
    if gram in v.places or _place_named(gram, after_in=False):
        return True
    return len(gram) == 1 and _place_typo(list(gram), 0, []) is not None  # "lisboa": Lisbon


def _inside_place(before: list[str], word: str, after: list[str]) -> bool:
    """Whether the word is part of a place's name with the words beside it."""
    places = vocabulary().places
    return any(
        tuple([*before[len(before) - b :], word, *after[:a]]) in places
        for b in range(len(before) + 1)
        for a in range(len(after) + 1)
        if a or b
    )
