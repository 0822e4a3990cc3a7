"""Workplace settings (settings.tsv): "nurse hospital" prefers postings naming a hospital."""

from __future__ import annotations

import re
from functools import cache

from core.matching.vocab import DATA, tokens, vocabulary, workplace_settings


@cache
def settings() -> dict[str, tuple[str, ...]]:
    """Each setting as the echo says it -> how searches and postings spell it."""
    return {name: said for name, (said, _) in workplace_settings().items()}


def _spelt(phrase: str) -> str:
    """A phrase as a pattern: its words apart by spaces or hyphens."""
    return r"[\s-]*".join(map(re.escape, re.split(r"[\s-]+", phrase)))


def _not_else(spellings: tuple[str, ...], others: tuple[str, ...]) -> str:
    """Look-arounds keeping a spelling from matching inside a phrase that names something else:
    one starting with it looked past ("union pacific"), one ending in it looked behind
    ("credit union")."""
    firsts = {tokens(s)[0] for s in spellings}
    out = []
    for other in others:
        words = tokens(other)
        if words[0] in firsts:
            out.append(rf"(?!{_spelt(other)}(?![\w-]))")
        else:
            at = next(i for i, w in enumerate(words) if w in firsts)
            out.append(rf"(?<!{re.escape(' '.join(words[:at]))}\s)")
    return "".join(out)


@cache
def setting_patterns() -> dict[str, tuple[re.Pattern[str], tuple[str, ...]]]:
    """Per setting, how a posting's title, company or text names it, and words (lower-cased)
    it cannot be named without: a text with none of them is not searched."""
    out = {}
    for name, (spellings, others) in workplace_settings().items():
        said = "|".join(_spelt(s) for s in spellings)
        guard = _not_else(spellings, others)
        pattern = re.compile(rf"(?<![\w-]){guard}(?:{said})(?![\w-])", re.IGNORECASE)
        out[name] = (pattern, tuple({re.split(r"[\s-]+", s)[0].lower() for s in spellings}))
    return out


@cache
def _grams() -> dict[tuple[str, ...], str]:
    return {tuple(tokens(s)): name for name, said in settings().items() for s in said}


@cache
def _others() -> frozenset[tuple[str, ...]]:
    """The phrases holding a setting's spelling that name something else, as tokens."""
    return frozenset(
        tuple(tokens(o)) for _, others in workplace_settings().values() for o in others
    )


def _named_else(toks: list[str], at: int) -> bool:
    """Whether the word here is part of a phrase naming something else ("credit union")."""
    return any(
        tuple(toks[start : start + len(other)]) == other
        for other in _others()
        for start in range(max(0, at - len(other) + 1), at + 1)
    )


# Roles that run or staff a workplace: the workplace before them makes the title ("clinic
# manager", "store supervisor", "hospital administrator"), never a preference.
RUN_THERE = frozenset(
    {"manager", "director", "administrator", "supervisor", "coordinator", "assistant", "clerk"}
)


@cache
def _job_titles() -> frozenset[tuple[str, ...]]:
    """The job titles known (job_titles.txt), as tokens: "bank teller", "school nurse"."""
    text = DATA.joinpath("job_titles.txt").read_text(encoding="utf-8")
    return frozenset(tuple(tokens(line)) for line in text.splitlines() if line.strip())


def _past_specialties(toks: list[str], at: int) -> int:
    """The position of the first word from here that is no specialty's ("icu", "litigation")."""
    v = vocabulary()
    while at < len(toks):
        size = next(
            (
                n
                for n in (3, 2, 1)
                if v.skill_alias.get(tuple(toks[at : at + n]), "") in v.specialties
            ),
            0,
        )
        if not size:
            return at
        at += size
    return at


def read_settings(toks: list[str]) -> tuple[list[str], list[str]]:
    """The tokens without the settings named right after a role noun ("registered nurse
    hospital", "attorney law firm", "nurse at a hospital") or first, right before one, where the
    two are no job title known ("hospital nurse" as "nurse hospital"), and those settings: where
    one works is no title word (no "Hospital" in a nurse's title), a posting naming it ranks
    higher. Elsewhere it stays a title word ("school counselor", "bank teller", "school nurse":
    titles; "teacher high school" a grade level). The echo says each (ParsedQuery.describe)."""
    v = vocabulary()
    grams = _grams()
    out: list[str] = []
    found: list[str] = []
    at = 0
    while at < len(toks):
        size = next((n for n in (3, 2, 1) if tuple(toks[at : at + n]) in grams), 0)
        size = 0 if size and _named_else(toks, at) else size
        # "nurse at a hospital": the word before, stop words skipped, is the nurse
        before = next((t for t in reversed(out) if t not in v.stop), None) if size else None
        # "hospital nurse": first (a level before it), the role right after it (past a
        # specialty: "law firm litigation attorney"), and no title known ("school nurse")
        later = _past_specialties(toks, at + size) if size else len(toks)
        role = toks[later] if later < len(toks) else ""
        first = (
            (before is None or before in v.seniority)  # "senior hospital nurse"
            and bool(role)
            and v.stem(role) in v.heads
            and v.stem(role) not in RUN_THERE
            and tuple(toks[at : at + size + 1]) not in _job_titles()
        )
        if first or (before is not None and v.stem(before) in v.heads):
            name = grams[tuple(toks[at : at + size])]
            found.extend([name] if name not in found else [])
            at += size
            continue
        out.append(toks[at])
        at += 1
    return out, found
