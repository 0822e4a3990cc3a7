"""Matching saved searches against job postings: parsing, scoring and the candidate index."""

from core.matching.index import Matcher, rank
from core.matching.meaning import explained
from core.matching.postings_index import Found, PostingIndex
from core.matching.query import HELP_ADD, PARSER_VERSION, ParsedQuery, parse_query
from core.matching.scoring import MatchResult, score_posting, threshold_for
from core.matching.vocab import vocabulary

__all__ = [
    "HELP_ADD",
    "PARSER_VERSION",
    "Found",
    "MatchResult",
    "Matcher",
    "ParsedQuery",
    "PostingIndex",
    "explained",
    "parse_query",
    "rank",
    "score_posting",
    "threshold_for",
    "vocabulary",
]
