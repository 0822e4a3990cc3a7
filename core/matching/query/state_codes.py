"""US postal codes in a search: when "ca", "me" or "md" name the state and when they are words."""

from __future__ import annotations

from functools import cache
from itertools import pairwise

from core.matching.query.titles import _known_titles
from core.matching.regions import bare_code, word_code, word_states
from core.matching.vocab import vocabulary


def _code_after_role(toks: list[str], at: int, before: list[str]) -> bool:
    """Whether a US postal code that is a word first ("ca", "ma", "md") names the state: last
    (but for workplaces) and after a role noun ("nurse ca", "teacher jobs ma"), not the initials
    of the title before it ("medical assistant ma")."""
    code = toks[at]
    if not word_code(code):
        return False
    v = vocabulary()
    if any(t not in v.workplace and t not in v.stop for t in toks[at + 1 :]):
        return False
    words = [t for t in before if t not in v.stop]
    if not words or "".join(w[0] for w in words[-2:]) == code:
        return False
    roles = [v.heads[i.value] for i in v.analyse(words[-1:], lean=False) if i.value in v.heads]
    return bool(roles) and not _DEGREES.get(code, frozenset()) & set(roles)


_BEFORE_PLACE = frozenset(["in", "jobs", "job", "positions", "position", "roles", "role"])


def _word_state(toks: list[str], at: int, before: list[str]) -> tuple[str, ...]:
    """The places a postal code that is an everyday word names ("me", "ok", "la": word_states)
    where a search plainly names a place with it: last (but for workplaces) right after a role
    noun ("nurse me", "welder ok", "nurse jobs hi") or after "in" ("teacher in ok"); () for
    "contact me", "id card", "teacher for me" or the initials of the title before."""
    states = word_states(toks[at])
    v = vocabulary()
    if not states or any(t not in v.workplace and t not in v.stop for t in toks[at + 1 :]):
        return ()
    after_in = before[-1:] == ["in"]
    words = list(before)
    while words and words[-1] in _BEFORE_PLACE:
        words.pop()
    if not words or words[-1] in v.stop:
        return ()
    titled = [t for t in words if t not in v.stop]
    if "".join(w[0] for w in titled[-2:]) == toks[at]:
        return ()
    heads = [i.value for i in v.analyse(words[-1:], lean=False) if i.value in v.heads]
    return states if heads or after_in else ()


# A postal code that after a role of this class is its degree ("physician md"), not the state.
_DEGREES = {"md": frozenset(["physician", "doctor"])}


def _code_in_term(toks: list[str], at: int) -> bool:
    """Whether a US postal code named alone is a word of a term, not a place: of a known title
    or skill with the word after it ("nc programmer"), or first, before a word that is no
    role noun ("fl studio"); a code after the title ("nurse tx") or before a role noun ("tx
    nurse") is the state."""
    if not bare_code(toks[at]):
        return False
    v = vocabulary()
    pair = tuple(toks[at : at + 2])
    if len(pair) == 2 and (pair in v.phrases or pair in v.skill_alias or pair in _title_pairs()):
        return True
    nxt = pair[1] if len(pair) == 2 else ""
    return at == 0 and nxt in v.known and nxt not in v.heads and nxt not in v.workplace


@cache
def _title_pairs() -> frozenset[tuple[str, str]]:
    """Each two words in a row of a known job title ("nc programmer")."""
    words = [t.split() for t in _known_titles()]
    return frozenset(pair for w in words for pair in pairwise(w))
