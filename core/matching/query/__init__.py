"""The query language: free text to a structured search, with notes on how it was read.

model: ParsedQuery, PARSER_VERSION and its history; parse: the steps in order, parse_query;
leave_outs, shifts, pasted_titles, titles, places, state_codes, remote, words: what each reads.
"""

from core.matching.query.help_text import HELP_ADD
from core.matching.query.model import ANY, PARSER_VERSION, ParsedQuery, skill_members, the_place
from core.matching.query.parse import parse_query
from core.matching.query.shifts import SHIFTS, shifts_named

__all__ = [
    "ANY",
    "HELP_ADD",
    "PARSER_VERSION",
    "SHIFTS",
    "ParsedQuery",
    "parse_query",
    "shifts_named",
    "skill_members",
    "the_place",
]
