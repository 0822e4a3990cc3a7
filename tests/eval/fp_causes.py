"""False and true positives of the dev halves at one sensitivity, tallied by cause.

Run ``python -m tests.eval.fp_causes [--sensitivity normal] [--list]``: the seven fresh dev
halves, the real dev sets (federal, Microsoft, places) and the harness set. Each posting
found gets the first cause that holds (a true positive too: what leaving its kind out loses):

* ``no skill named`` – the search names skills (not specialties) and the posting names none
  of them (title, text, tags; aliases, implications, satisfying skills);
* ``some skill missing`` – it names one of them, not all;
* ``level unstated`` – the search asks for a level and the posting states none;
* ``pay at top only`` – the posting's pay reaches the floor only at its top;
* ``specialty missing`` – a specialty asked is not named (at normal only a technology one or
  a practice or credential: a wanted one, Vocabulary.wanted, makes such a posting loose);
* ``title`` – anything else (the title and text say another job, or the judge differs).

Per set, a line per cause: false and true positives, and the set's precision, recall and
graded nDCG@10 with that kind left out, after the figures as found ("as is").
Dev halves only: the test halves are held out.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from core.matching import parse_query, rank
from core.matching.features import features
from core.matching.query import ParsedQuery
from core.matching.scoring import _skill_credit
from core.matching.vocab import vocabulary
from core.model import SENSITIVITIES, Posting, Sensitivity
from tests.eval import harness
from tests.eval.fresh import evaluate as fresh
from tests.eval.fresh2 import evaluate as fresh2
from tests.eval.fresh3 import evaluate as fresh3
from tests.eval.fresh4 import evaluate as fresh4
from tests.eval.fresh5 import evaluate as fresh5
from tests.eval.fresh6 import evaluate as fresh6
from tests.eval.fresh7 import evaluate as fresh7
from tests.eval.real import sets
from tests.eval.real.evaluate import ndcg_at

CAUSES = (
    "no skill named",
    "some skill missing",
    "level unstated",
    "pay at top only",
    "specialty missing",
    "title",
)


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


Judged = Sequence[tuple[str, Mapping[str, int]]]  # query text, posting id -> grade >= 1


def _sets() -> Iterator[tuple[str, Judged, Sequence[Posting]]]:
    for name, load in (
        ("fresh", fresh.load),
        ("fresh2", fresh2.load),
        ("fresh3", fresh3.load),
        ("fresh4", fresh4.load),
        ("fresh5", fresh5.load),
        ("fresh6", fresh6.load),
        ("fresh7", fresh7.load),
        ("microsoft", sets.microsoft),
        ("federal", sets.federal),
        ("places", sets.places),
    ):
        js = load("dev")
        yield name, [(q.text, q.grades) for q in js.queries], js.postings
    pool = harness.load_postings()
    yield "harness", [(q.text, dict.fromkeys(q.relevant, 1)) for q in harness.load_judged()], pool


@dataclass(frozen=True)
class Found:
    """One query's postings found, best first, each with its cause."""

    grades: Mapping[str, int]
    ranked: tuple[tuple[str, str], ...]  # (posting id, cause)


def figures(found: Sequence[Found], without: str = "") -> tuple[float, float, float]:
    """Precision, recall and mean graded nDCG@10 over the queries, a cause's postings left out."""
    kept = [[pid for pid, why in f.ranked if why != without] for f in found]
    hits = sum(len(set(ids) & f.grades.keys()) for ids, f in zip(kept, found, strict=True))
    shown = sum(len(ids) for ids in kept)
    relevant = sum(len(f.grades) for f in found)
    ndcg = [ndcg_at(ids, f.grades) for ids, f in zip(kept, found, strict=True)]
    return (
        hits / shown if shown else 0.0,
        hits / relevant if relevant else 0.0,
        sum(ndcg) / len(ndcg) if ndcg else 0.0,
    )


def report(found: Sequence[Found]) -> list[str]:
    """A set's lines: the figures as found, then per cause its false and true positives and the
    figures with its kind left out."""
    fp: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    for f in found:
        for pid, why in f.ranked:
            (tp if pid in f.grades else fp)[why] += 1
    p, r, n = figures(found)
    lines = [f"  {'as is':<19}{'':>10}  P {p:.3f}  R {r:.3f}  nDCG {n:.3f}"]
    for why in CAUSES:
        if fp[why] or tp[why]:
            p, r, n = figures(found, why)
            counts = f"FP {fp[why]:>3} TP {tp[why]:>4}"
            lines.append(f"  {why:<19}{counts}  P {p:.3f}  R {r:.3f}  nDCG {n:.3f}  left out")
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the tally per set; with --list each false positive, and each true one of a cause
    other than the title."""
    parser = argparse.ArgumentParser(description="False and true positives by cause (dev halves)")
    parser.add_argument("--sensitivity", choices=SENSITIVITIES, default="normal")
    parser.add_argument(
        "--list", action="store_true", help="every false positive, and true ones of a cause"
    )
    args = parser.parse_args(argv)
    sensitivity: Sensitivity = args.sensitivity
    for name, queries, postings in _sets():
        found = []
        for text, grades in queries:
            query = parse_query(text)
            ranked = []
            for posting, _ in rank(query, postings, sensitivity):
                why = cause(query, posting)
                ranked.append((posting.id, why))
                if args.list and (why != "title" or posting.id not in grades):
                    kind = "TP" if posting.id in grades else "FP"
                    print(f"  {name:<9} {kind} {why:<18} {text!r:<45} {posting.title}")
            found.append(Found(grades, tuple(ranked)))
        print(f"{name}:", *report(found), sep="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
