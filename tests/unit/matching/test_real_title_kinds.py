"""Kinds of misses met on real careers postings (Microsoft's): abbreviated fields, glued list
items."""

from __future__ import annotations

from core.matching import parse_query, score_posting, threshold_for
from core.matching.features import features
from core.model import Posting


def passes(query: str, title: str, text: str = "") -> bool:
    result = score_posting(parse_query(query), Posting(id="p", title=title, description=text))
    return result.passed and result.score >= threshold_for("normal")


def test_sw_and_fw_in_a_title_are_software_and_firmware() -> None:
    f = features(Posting(id="p", title="SW/FW Engineer II"))
    assert {"software", "firmware"} <= set(f.title_words)
    assert passes("senior software engineer c#", "Sr. SW Development Engineer", "C# and Azure.")


def test_a_skill_glued_to_the_next_line_is_read() -> None:
    text = "Experience leading engineers in design and implementation.C# or C++Experience with X."
    skills = features(Posting(id="p", title="Software Engineer", description=text)).skills
    assert {"c#", "c++"} <= skills.keys()
    assert passes("senior software engineer c#", "Senior Software Engineer", text)
