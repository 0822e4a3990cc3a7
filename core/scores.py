"""How a match score is shown, in one place and light to import (cards need no matcher)."""


def score_text(score: float) -> str:
    """A score as cards, `concierge search` and `concierge explain` show it: "54.9"."""
    return f"{score:.1f}"
