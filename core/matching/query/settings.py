"""Workplace settings (settings.tsv): "nurse hospital" prefers postings naming a hospital."""

from __future__ import annotations

import re
from functools import cache

from core.matching.vocab import DATA, tokens, vocabulary, workplace_settings


@cache
def settings() -> dict[str, tuple[str, ...]]:
    """Each setting as the echo says it -> how searches and postings spell it."""
    return workplace_settings()


@cache
def setting_patterns() -> dict[str, tuple[re.Pattern[str], tuple[str, ...]]]:
    """Per setting, how a posting's title, company or text names it, and words (lower-cased)
    it cannot be named without: a text with none of them is not searched."""
    out = {}
    for name, spellings in settings().items():
        said = "|".join(r"[\s-]*".join(map(re.escape, re.split(r"[\s-]+", s))) for s in spellings)
        pattern = re.compile(rf"(?<![\w-])(?:{said})(?![\w-])", re.IGNORECASE)
        out[name] = (pattern, tuple({re.split(r"[\s-]+", s)[0].lower() for s in spellings}))
    return out


@cache
def _grams() -> dict[tuple[str, ...], str]:
    return {tuple(tokens(s)): name for name, said in settings().items() for s in said}


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
        # "nurse at a hospital": the word before, stop words skipped, is the nurse
        before = next((t for t in reversed(out) if t not in v.stop), None) if size else None
        # "hospital nurse": first (a level before it), the role right after it, and no title
        # known ("school nurse")
        role = toks[at + size] if size and at + size < len(toks) else ""
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
