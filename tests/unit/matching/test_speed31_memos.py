"""A title shape's memo keeps what _spec_gates reads of the index's speciality sets: sets added
after a posting of the shape was matched are read too, and matching stays exhaustive's."""

from __future__ import annotations

from core.matching import ParsedQuery, parse_query
from core.matching.features import features
from core.model import Posting, Sensitivity
from tests.unit.matching.test_index import exhaustive, indexed


def test_speciality_sets_added_after_a_shape_was_matched_gate_as_exhaustive() -> None:
    searches: dict[int, tuple[ParsedQuery, Sensitivity]] = {
        0: (parse_query("platform engineer"), "normal")
    }
    matcher = indexed(searches)
    posting = Posting(id="p", title="Backend Engineer")  # a speciality of its own
    assert matcher.match(posting) == exhaustive(searches, posting) == []
    kept = matcher._title_memo(features(posting)).unmet_techs
    assert kept is not None and len(kept) == 2  # platform's set, and the last False
    # Two more speciality sets: the memo's are out of date (a third id past its end).
    texts = ["frontend engineer", "mobile engineer", "backend engineer", "security engineer"]
    for sid, text in enumerate(texts, start=1):
        searches[sid] = (parse_query(text), "normal")
        matcher.add(sid, *searches[sid])
    again = Posting(id="q", title="Backend Engineer")  # the same title shape
    found = matcher.match(again)
    assert found == exhaustive(searches, again)
    assert [sid for sid, _ in found] == [3]  # frontend, mobile, security and platform are not it
    kept = matcher._title_memo(features(again)).unmet_techs
    assert kept is not None and len(kept) == len(matcher._techs.reps) + 1
