"""Whether a posting's company is an employer a search leaves out: named, or by its initials."""

from __future__ import annotations

from functools import lru_cache

from core.matching.features import has_phrase
from core.matching.vocab import tokens

# Initials are of 2 to 5 letters ("VA", "IRS", "NOAA"); a longer word is no one's initials.
INITIALS = range(2, 6)
_SKIPPED = frozenset(["of", "the", "and", "for", "on", "in", "at", "to"])  # "Dept of the …": D


def names_employer(company: str, folded: str, term: str) -> bool:
    """Whether the company names the term left out: as a phrase of its words ("microsoft",
    "indian health service"), or as the initials of words in a row within one part of the
    name ("IRS": Internal Revenue Service / Department of the Treasury; "VA": Department of
    Veterans Affairs). folded is the company's tokens joined by spaces."""
    if has_phrase(folded, term):
        return True
    return len(term) in INITIALS and term.isalpha() and any(term in i for i in _initials(company))


@lru_cache(maxsize=4096)
def _initials(company: str) -> tuple[str, ...]:
    """The initials of each part of a company name (parts are split by "/"), without and with
    its small words: "Internal Revenue Service / Department of the Treasury" → ("irs", "irs",
    "dt", "dott"); "Department of Defense": "dd" and "dod" (DoD)."""
    parts = [tokens(part) for part in company.split("/")]
    return tuple(
        "".join(w[0] for w in words if small or w not in _SKIPPED)
        for words in parts
        for small in (False, True)
    )
