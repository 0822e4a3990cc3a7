"""Per-posting preprocessing, cached: title words, skills found, seniority, workplace."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.matching.vocab import RANK, ROMAN, TECH_SPECS, fold, tokens, vocabulary
from core.model import Posting

TITLE_SKILL = 1.0  # a skill named in the title or tags
DESC_SKILL = 0.5  # a skill only mentioned in the description
_STARTERS = ".!?:;\n•*-("


@dataclass(frozen=True, slots=True)
class Features:
    """What the scorer needs to know about one posting."""

    title_words: tuple[str, ...]  # canonical title words, no skills, levels or noise
    title_keys: dict[str, float]  # matching key -> weight
    title_text: str  # title keys joined, for rapidfuzz
    heads: frozenset[str]  # role classes in the title
    tech_specs: frozenset[str]
    other_specs: frozenset[str]
    software: bool  # the title says it is a software job
    title_skills: frozenset[str]
    skills: dict[str, float]  # skill key -> TITLE_SKILL or DESC_SKILL
    seniority: str | None
    workplace: str | None
    location: str
    company: str
    tag_words: frozenset[str]
    all_words: frozenset[str]  # every title word, raw and canonical, and tag words
    keys: frozenset[str]  # index keys this posting can match


def _title_items(title: str) -> tuple[list[str], set[str], str | None]:
    """Return canonical title words, title skills and the seniority level of a title."""
    v = vocabulary()
    words: list[str] = []
    skills: set[str] = set()
    level: str | None = None
    prev = ""
    for item in v.analyse(tokens(title)):
        value = item.value
        if item.kind == "skill":
            skills.add(value)
        elif value in v.seniority or (value in ROMAN and prev in v.heads):
            found = v.seniority.get(value) or ROMAN[value]
            if level is None or RANK[found] > RANK[level]:
                level = found
        elif value not in v.stop and value not in v.titlestop and value not in v.workplace:
            words.append(value)
        prev = value
    return words, skills, level


def _description_skills(text: str) -> set[str]:
    """Return skills named in a description; ambiguous names only as spelt, mid-sentence."""
    v = vocabulary()
    found = {i.value for i in v.analyse(tokens(text)) if i.kind == "skill"}
    for key in found & v.ambiguous:
        name = v.skill_names[key]
        pattern = rf"(?<![\w.#+-]){re.escape(name)}(?![\w#+-]|\.\w)"
        if not any(_mid_sentence(text, m.start()) for m in re.finditer(pattern, text)):
            found.discard(key)
    return found


def _mid_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 6) : start].rstrip(" \t")
    return bool(before) and before[-1] not in _STARTERS


@lru_cache(maxsize=32768)
def features(posting: Posting) -> Features:
    """Analyse a posting once; later calls with the same posting are free."""
    v = vocabulary()
    words, title_skills, level = _title_items(posting.title)
    tag_words: set[str] = set()
    tag_skills: set[str] = set()
    for tag in posting.tags:
        for item in v.analyse(tokens(tag)):
            (tag_skills if item.kind == "skill" else tag_words).add(item.value)
    keys: dict[str, float] = {}
    for word in words:
        keys[v.key(word)] = max(keys.get(v.key(word), 0.0), v.word_weight(word))
    specs = {w for w in words if w in v.specs}
    skills = dict.fromkeys(_description_skills(posting.description[:20000]), DESC_SKILL)
    skills.update(dict.fromkeys(title_skills | tag_skills, TITLE_SKILL))
    workplace = posting.workplace
    place_words = set(tokens(posting.location)) | set(tokens(posting.title))
    if workplace is None:
        seen = [w for w in ("remote", "hybrid") if w in place_words]
        workplace = ("remote" if seen[0] == "remote" else "hybrid") if seen else None
    index_keys = {"t:" + k for k in keys}
    for k in list(keys):
        index_keys.update("t:" + other for other in v.related_to.get(k, ()))
    index_keys.update("s:" + s for s in skills)
    tech = frozenset(specs & TECH_SPECS)
    return Features(
        title_words=tuple(words),
        title_keys=keys,
        title_text=" ".join(sorted(keys)),
        heads=frozenset(v.heads[w] for w in words if w in v.heads),
        tech_specs=tech,
        other_specs=frozenset(specs - TECH_SPECS),
        software=bool(tech or title_skills or "software" in words),
        title_skills=frozenset(title_skills),
        skills=skills,
        seniority=level,
        workplace=workplace,
        location=" ".join(tokens(posting.location)),
        company=" ".join(tokens(posting.company)),
        tag_words=frozenset(tag_words),
        all_words=frozenset(words) | tag_words | set(tokens(posting.title)),
        keys=frozenset(index_keys),
    )


def has_phrase(haystack: str, needle: str) -> bool:
    """Whether folded, space-joined needle tokens occur as whole words in haystack."""
    return bool(needle) and f" {needle} " in f" {haystack} "


def folded_words(text: str) -> str:
    """Folded tokens joined by spaces."""
    return " ".join(tokens(fold(text)))
