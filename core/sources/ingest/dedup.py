"""Finding the same job on another source: same company, near-identical title and place.

Tokens that tell roles apart (levels, seasons, years, contract types) must match exactly:
fuzzy matching would happily equate "Engineer II" with "Engineer III" or Senior with Junior.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from core.model import Posting
from core.postings.same_job import company_key

TITLE_THRESHOLD = 90.0
# Two differing words still count as one (a typo, "engineer"/"engineering") at this ratio.
WORD_THRESHOLD = 80.0
LOCATION_THRESHOLD = 90.0
COMPANY_THRESHOLD = 92.0

_WORD = re.compile(r"[^\W_]+(?:[+#]+|\.net)?", re.UNICODE)
_GENDER = re.compile(r"\((?:\s*[mwfdxai*]\s*/)+\s*[mwfdxai*]\s*\)|\ball genders\b", re.I)
_ALIASES = {
    "sr": "senior",
    "snr": "senior",
    "jr": "junior",
    "jnr": "junior",
    "eng": "engineer",
    "engr": "engineer",
    "dev": "developer",
    "mgr": "manager",
    "mngr": "manager",
    "swe": "software engineer",
    "autumn": "fall",
    "internship": "intern",
    "i": "1",
    "ii": "2",
    "iii": "3",
    "iv": "4",
    "v": "5",
    "vi": "6",
    "parttime": "part-time",
    "contractor": "contract",
}
_DISTINGUISHING = frozenset(
    {
        "junior", "senior", "staff", "principal", "lead", "intern", "associate", "entry",
        "mid", "distinguished", "head", "chief", "director", "vp", "trainee", "apprentice",
        "graduate", "grad", "working", "student", "spring", "summer", "fall", "winter",
        "contract", "freelance", "part-time", "temporary", "temp", "fixed-term",
    }
)  # fmt: skip
_NOISE = frozenset(
    {
        "a", "an", "and", "the", "of", "for", "in", "at", "with", "to", "m", "f", "d", "w",
        "x", "remote", "hybrid", "onsite", "on-site", "full-time", "fulltime", "job",
    }
)  # fmt: skip
_PLACE_NOISE = frozenset(
    {
        "remote", "hybrid", "onsite", "office", "hq", "or", "and", "the", "in", "only",
        "anywhere", "worldwide", "global", "based", "first", "friendly", "timezone", "time",
    }
)  # fmt: skip


def duplicate_key(posting: Posting) -> str | None:
    """A blocking key: postings with different keys are never duplicates; None if no company."""
    return company_key(posting.company) or None


def find_duplicates(new: Posting, candidates: Iterable[Posting]) -> list[str]:
    """Ids of candidates that are the same job as new on another source."""
    company = duplicate_key(new)
    if company is None:
        return []
    title = _title_words(new.title)
    places = _places(new.location)
    found: list[str] = []
    for other in candidates:
        if other.id == new.id or other.source == new.source:
            continue
        other_company = duplicate_key(other)
        if other_company is None or (
            other_company != company and fuzz.ratio(company, other_company) < COMPANY_THRESHOLD
        ):
            continue
        if same_title(title, _title_words(other.title)) and _same_place(
            places, _places(other.location)
        ):
            found.append(other.id)
    return found


class DuplicateIndex:
    """Open postings to compare new ones with, each analysed once and blocked by company.

    find gives what find_duplicates gives for candidates of the same duplicate_key; a C-speed
    title prefilter (the same scorer and threshold as same_title) keeps big companies cheap.
    """

    _PREFILTER_MIN = 32

    def __init__(self, candidates: Iterable[Posting]) -> None:
        """Analyse the candidates."""
        self._blocks: dict[str, list[tuple[str, str, list[str], list[set[str]]]]] = {}
        self._texts: dict[str, list[str]] = {}
        for other in candidates:
            key = duplicate_key(other)
            if key is not None:
                words = _title_words(other.title)
                entry = (other.id, other.source, words, _places(other.location))
                self._blocks.setdefault(key, []).append(entry)
                self._texts.setdefault(key, []).append(" ".join(words))

    def find(self, new: Posting) -> list[str]:
        """Ids of candidates (in their order) that are the same job as new on another source."""
        key = duplicate_key(new)
        block = self._blocks.get(key or "", [])
        if not block:
            return []
        title = _title_words(new.title)
        places = _places(new.location)
        chosen: range | list[int] = range(len(block))
        if len(block) >= self._PREFILTER_MIN:
            hits = process.extract(
                " ".join(title),
                self._texts[key or ""],
                scorer=fuzz.token_sort_ratio,
                score_cutoff=TITLE_THRESHOLD,
                limit=None,
            )
            chosen = sorted(index for _, _, index in hits)
        found = []
        for index in chosen:
            ident, source, words, other_places = block[index]
            if ident == new.id or source == new.source:
                continue
            if same_title(title, words) and _same_place(places, other_places):
                found.append(ident)
        return found


def same_job(a: Posting, b: Posting) -> bool:
    """Whether two postings from different sources are the same job."""
    return bool(find_duplicates(a, [b]))


def _title_words(title: str) -> list[str]:
    text = _GENDER.sub(" ", title.casefold())
    text = re.sub(r"\b(part|full|fixed)[\s-]+(time|term)\b", r"\1-\2", text)
    text = re.sub(r"\bon[\s-]site\b", "onsite", text)
    words: list[str] = []
    for word in re.findall(r"[^\W_]+(?:[+#]+|-[^\W_]+)*", text):
        words.extend(_ALIASES.get(word, word).split())
    return [w for w in words if w not in _NOISE]


def same_title(a: list[str], b: list[str]) -> bool:
    """Whether two normalised titles name the same role."""
    if not a or not b:
        return False
    if _distinguishing(a) != _distinguishing(b):
        return False
    if fuzz.token_sort_ratio(" ".join(a), " ".join(b)) < TITLE_THRESHOLD:
        return False
    only_a, only_b = set(a) - set(b), set(b) - set(a)
    return all(_has_partner(w, only_b) for w in only_a) and all(
        _has_partner(w, only_a) for w in only_b
    )


def _distinguishing(words: list[str]) -> set[str]:
    return {w for w in words if w in _DISTINGUISHING or any(c.isdigit() for c in w)}


def _has_partner(word: str, others: set[str]) -> bool:
    """A word differing only by spelling from one on the other side (engineer/engineering)."""
    return len(word) >= 5 and any(
        len(o) >= 5 and fuzz.ratio(word, o) >= WORD_THRESHOLD for o in others
    )


def _places(location: str) -> list[set[str]]:
    """Each " / "-separated location as its set of place words."""
    parts = [p for p in re.split(r"\s/\s|;|\|", location.casefold()) if p.strip()]
    return [{w for w in _WORD.findall(p) if w not in _PLACE_NOISE} for p in parts]


def _same_place(a: list[set[str]], b: list[set[str]]) -> bool:
    """Unknown or remote-only places match anything; named places must overlap."""
    named_a = [p for p in a if p]
    named_b = [p for p in b if p]
    if not named_a or not named_b:
        return True
    return any(_place_match(x, y) for x in named_a for y in named_b)


def _place_match(a: set[str], b: set[str]) -> bool:
    long_a = {w for w in a if len(w) >= 3} or a
    long_b = {w for w in b if len(w) >= 3} or b
    if long_a <= long_b or long_b <= long_a:
        return True
    return fuzz.token_sort_ratio(" ".join(sorted(a)), " ".join(sorted(b))) >= LOCATION_THRESHOLD
