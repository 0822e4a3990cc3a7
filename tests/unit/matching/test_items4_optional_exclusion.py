"""A skill left out ("no php") leaves out a posting that asks for it, not one naming it only as
a nice-to-have: a person refusing PHP refuses PHP work, and such a job is not that (fresh5's
judge grades a Node.js developer with PHP a bonus 1 for "node.js backend developer, no php")."""

from __future__ import annotations

from core.matching import parse_query, rank
from core.model import Posting

BONUS = Posting(
    id="bonus",
    title="Node.js Developer",
    description="What we're looking for\n- Node.js\n- Express\n\nNice to have\n- PHP\n- Laravel",
)
REQUIRED = Posting(
    id="required",
    title="Node.js Developer",
    description="What we're looking for\n- Node.js\n- PHP and Laravel\n- MySQL",
)
TITLE = Posting(id="title", title="Node.js / PHP Developer", description="Node.js and Express.")
CLEAN = Posting(id="clean", title="Node.js Developer", description="Node.js, Express, MySQL.")


def test_a_skill_left_out_leaves_out_postings_asking_for_it_not_naming_it_a_bonus() -> None:
    query = parse_query("node.js backend developer, no php")
    found = [p.id for p, _ in rank(query, [BONUS, REQUIRED, TITLE, CLEAN], "normal")]
    assert set(found) == {"bonus", "clean"}
