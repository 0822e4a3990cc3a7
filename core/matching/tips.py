"""The tip for a search nothing matches: what it asks that the postings it nearly finds lack."""

from __future__ import annotations

from core.matching.query.model import ParsedQuery, skill_members
from core.matching.scoring import compile_query
from core.model import Sensitivity


def when_none(query: ParsedQuery, sensitivity: Sensitivity) -> str:
    """Skills named side by side are each asked for; a title's postings naming none of the skills
    it needs ("sql dba": SQL) match at loose only, and federal ones carry no text to name them."""
    tip = query.when_none()
    needs = compile_query(query).needs
    if tip or sensitivity == "loose" or not query.title or not needs:
        return tip
    needed = [m for s in query.skills for m in skill_members(s) if m.lower() in needs]
    said = " or ".join(needed[:3])
    return (
        f"Tip: a posting must name {said} to match; at loose sensitivity, postings of the title "
        "naming none are listed too (federal postings carry no description to name it)."
    )
