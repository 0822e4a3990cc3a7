"""The full score breakdown of one posting for one search: what `concierge explain` prints and
the chat's /why N answers."""

from __future__ import annotations

from core.matching import ParsedQuery, explained, threshold_for
from core.matching.meaning import search_result
from core.model import Posting, Sensitivity
from core.scores import score_text


def breakdown(query: ParsedQuery, posting: Posting, sensitivity: Sensitivity) -> list[str]:
    """The score and its verdict ("Score: 96.8 / 100 — matches at the normal threshold (55)"),
    then a line per part, its points and reasons, indented by two spaces."""
    result = explained(query, posting, sensitivity)
    threshold = threshold_for(sensitivity)
    if search_result(query, posting, sensitivity) is None:
        verdict = f"does not match at the {sensitivity} threshold ({threshold:g})"
    elif result.score < threshold:  # a loose search ranks it by meaning, below the bar
        verdict = f"matches at the {sensitivity} sensitivity, ranked below the bar by meaning"
    else:
        verdict = f"matches at the {sensitivity} threshold ({threshold:g})"
    return [
        f"Score: {score_text(result.score)} / 100 — {verdict}",
        *(f"  {line}" for line in result.breakdown),
    ]
