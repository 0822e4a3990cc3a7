"""The shortcuts of text analysis read texts as the plain longest-phrase-first scans do."""

from __future__ import annotations

import unicodedata
from functools import cache

from hypothesis import example, given, settings
from hypothesis import strategies as st

from core.matching.features import NO_CUE, _evidence
from core.matching.vocab import Item, fold, vocabulary
from core.model import Posting


@cache
def _pool() -> list[str]:
    """Tokens that start, continue or end phrases, aliases and cues, and plain words."""
    v = vocabulary()
    grams = [g for g in [*v.phrases, *v.skill_alias, *v.cues] if len(g) > 1][::7]
    fallback = {t for g in v.fallback_cues for t in g}  # "java", "ruby on rails"
    return sorted({t for g in grams for t in g} | fallback | {"the", "and", "with", "go", "ml"})


texts = st.lists(st.sampled_from(_pool()), max_size=40)


def _plain_analyse(toks: list[str], words: bool = True) -> list[Item]:
    """Every length from the longest phrase down, at every token (implied skills too).

    Reading words, a phrase also matches with its last word plural ("api platforms") and a
    plural word alone reads as its singular's phrase ("sysadmins").
    """
    v = vocabulary()
    out: list[Item] = []
    i = 0
    while i < len(toks):
        for size in range(min(v.max_phrase, len(toks) - i), 0, -1):
            gram = tuple(toks[i : i + size])
            canon = v.phrases.get(gram)
            if canon is None and words and size > 1:
                canon = v.phrases.get((*gram[:-1], v.stem(gram[-1])))
            if canon is not None:
                said = v.skill_alias.get(canon, "")
                if words and len(canon) > 1 and v.foreign.issuperset(gram) and v.wanted(said):
                    out.append(Item("skill", said, " ".join(canon)))  # "educación primaria"
                elif words:
                    out.extend(Item("word", w, " ".join(gram)) for w in canon)
                elif v.wanted(said):
                    out.append(Item("skill", said, " ".join(gram)))
                break
            if gram in v.skill_alias:
                if i and (toks[i - 1] == "non" or (not words and toks[i - 1] == "no")):
                    break  # "Non-CDL", "no CDL needed": said not to be needed
                key = v.skill_alias[gram]
                out.append(Item("skill", key, " ".join(gram)))
                out.extend(Item("skill", o, " ".join(gram)) for o in v.implies.get(key, ()))
                break
        else:
            size = 1
            word = v.stem(toks[i])
            canon = v.phrases.get((word,)) if word != toks[i] else None
            out.extend(Item("word", w, toks[i]) for w in canon or (word,))
        i += size
    return out


@settings(max_examples=300, deadline=None)
@given(texts)
@example(["api", "platforms"])  # a phrase with its last word plural
@example(["non", ".net"])  # a skill said not to be needed
def test_analyse_and_skills_in_read_as_the_plain_scan(toks: list[str]) -> None:
    v = vocabulary()
    assert v.analyse(toks, lean=False) == _plain_analyse(toks)
    skills = [item for item in _plain_analyse(toks, words=False) if item.kind == "skill"]
    assert v.skills_in(toks) == skills


def _plain_cues(toks: list[str]) -> dict[str, float]:
    """Cue points by specialisation, every cue length tried at every token."""
    v = vocabulary()
    score: dict[str, float] = {}
    fallback: dict[str, float] = {}  # counted only when nothing else is (a language alone)
    longest = max([v.max_cue, *(len(g) for g in v.fallback_cues)])
    i = 0
    while i < len(toks):
        for size in range(min(longest, len(toks) - i), 0, -1):
            gram = tuple(toks[i : i + size])
            hit = v.cues.get(gram)
            weak = v.fallback_cues.get(gram)
            if hit and hit[0] == NO_CUE:  # a phrase that is no cue, its words neither
                i += size
                break
            if hit or weak:
                into, (spec, points) = (score, hit) if hit else (fallback, weak)  # type: ignore[misc]
                into[spec] = into.get(spec, 0.0) + points
                i += size
                break
        else:
            i += 1
    if fallback and {k for k, s in score.items() if s} <= fallback.keys():  # a 0-point cue: none
        for spec, points in fallback.items():
            score[spec] = score.get(spec, 0.0) + points
    return score


@settings(max_examples=300, deadline=None)
@given(texts)
@example(["security", "screening"])  # a hiring formality: no cue, its words neither
def test_evidence_counts_the_cues_of_the_plain_scan(toks: list[str]) -> None:
    posting = Posting(id="x", title="Engineer", source="t", company="c", location="", url="")
    shown, mentioned = _evidence(posting, set(), toks)
    assert shown | mentioned == set(_plain_cues(toks))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aeoAÉ-–—ñçøłß ̃́̈日本ëﬁ.")))
def test_fold_drops_every_combining_mark(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", text.replace("–", "-").replace("—", "-"))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    assert fold(text) == kept.lower()
