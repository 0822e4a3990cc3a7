"""False positives of the dev halves at one sensitivity, tallied by cause.

Run ``python -m tests.eval.fp_causes [--sensitivity normal] [--list]``: the two fresh backend
dev halves, the real dev sets (federal, Microsoft, places) and the harness set. Each false positive
gets the first cause that holds:

* ``no skill named`` – the search names skills (not specialties) and the posting names none
  of them (title, text, tags; aliases, implications, satisfying skills);
* ``some skill missing`` – it names one of them, not all;
* ``level unstated`` – the search asks for a level and the posting states none;
* ``pay at top only`` – the posting's pay reaches the floor only at its top;
* ``specialty missing`` – a specialty asked is not named;
* ``title`` – anything else (the title and text say another job, or the judge differs).

Dev halves only: the test halves are held out.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator, Sequence

from core.matching import parse_query, rank
from core.matching.features import features
from core.matching.query import ParsedQuery
from core.matching.scoring import _skill_credit
from core.matching.vocab import vocabulary
from core.model import SENSITIVITIES, Posting, Sensitivity
from tests.eval import harness
from tests.eval.fresh import evaluate as fresh
from tests.eval.fresh2 import evaluate as fresh2
from tests.eval.real import sets


def cause(query: ParsedQuery, posting: Posting) -> str:
    """The first cause (module docstring) that holds for a false positive."""
    v = vocabulary()
    f = features(posting)
    named = [s for s in (x.lower() for x in query.skills) if s not in v.specialties]
    got = [s for s in named if _skill_credit(s, f.skills, v.languages)]
    if named and not got:
        return "no skill named"
    if query.seniority and f.seniority is None:
        return "level unstated"
    low, floor = posting.salary_min, query.salary_min
    if floor is not None and low is not None and low < floor <= (posting.salary_max or 0):
        return "pay at top only"
    if len(got) < len(named):
        return "some skill missing"
    specs = [s.lower() for s in query.skills if s.lower() in v.specialties]
    if specs and not any(_skill_credit(s, f.skills, v.languages) for s in specs):
        return "specialty missing"
    return "title"


def _sets() -> Iterator[tuple[str, Sequence[tuple[str, frozenset[str]]], Sequence[Posting]]]:
    judged = fresh.load("dev")
    yield "fresh", [(q.text, q.relevant) for q in judged.queries], judged.postings
    judged = fresh2.load("dev")
    yield "fresh2", [(q.text, q.relevant) for q in judged.queries], judged.postings
    for name, load in (("microsoft", sets.microsoft), ("federal", sets.federal)):
        js = load("dev")
        yield name, [(q.text, q.relevant) for q in js.queries], js.postings
    js = sets.places("dev")
    yield "places", [(q.text, q.relevant) for q in js.queries], js.postings
    pool = harness.load_postings()
    yield "harness", [(q.text, q.relevant) for q in harness.load_judged()], pool


def main(argv: list[str] | None = None) -> int:
    """Print the tally per set, and each false positive with --list."""
    parser = argparse.ArgumentParser(description="False positives by cause (dev halves)")
    parser.add_argument("--sensitivity", choices=SENSITIVITIES, default="normal")
    parser.add_argument("--list", action="store_true", help="every false positive")
    args = parser.parse_args(argv)
    sensitivity: Sensitivity = args.sensitivity
    for name, queries, postings in _sets():
        tally: Counter[str] = Counter()
        for text, relevant in queries:
            query = parse_query(text)
            for posting, _ in rank(query, postings, sensitivity):
                if posting.id in relevant:
                    continue
                why = cause(query, posting)
                tally[why] += 1
                if args.list:
                    print(f"  {name:<9} {why:<17} {text!r:<45} {posting.title}")
        print(f"{name}: " + ", ".join(f"{c} {n}" for c, n in tally.most_common()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
