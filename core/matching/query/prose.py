"""Searches written as sentences: "anything but sales", "i don't want crypto", "madrid o remoto"."""

from __future__ import annotations

import re

from core.matching.query.places import _place_named, _place_typo
from core.matching.vocab import tokens, vocabulary

# Any job but one kind ("anything but sales", "any job except sales", "everything other than
# sales"): that kind left out, no title (was the title "sales", the opposite).
_ANY_BUT = re.compile(
    r"(?<![\w-])(?:anything|everything|any\s+(?:jobs?|roles?|positions?|work)|all\s+(?:jobs|roles))"
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

# "or" in other languages: Spanish o/u, French and Portuguese ou, German oder, Italian o, Dutch
# of; read so only between two places or workplaces ("madrid o remoto", "paris ou remote"):
# "of" is English too, "Oder" a river.
_OR_WORDS = frozenset({"o", "u", "ou", "oder", "of"})

LONGEST_PLACE = 3  # words of a place name looked for beside a foreign "or" ("san luis obispo")


def read_prose(text: str) -> str:
    """The search with sentence words read: courtesy left out, "anything but X" and "don't
    want X" as "not X", the verb "be" and the pronoun "I" left out, a foreign "or" between
    places as "or"."""
    text = _COURTESY.sub(" ", text).strip() or text  # "hello" alone: said as it was
    text = _ANY_BUT.sub("not ", text)
    text = _DONT_WANT.sub("not ", text)
    text = _BE_VERB.sub(r"\1", text)
    text = _PRONOUN.sub(" ", text)
    return _foreign_or(text)


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
