"""What a match's explanation says holds, over real postings and queries people typed: the
parts `concierge explain` shows add up to the score shown, none is above what it is out of, a
cap shows itself and its reason, every skill a reason names is in the posting, and equal
matches list in one order in `concierge search` and in the chat."""

from __future__ import annotations

import json
import random
import re
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.digests.feedback import Preferences
from core.matching import PARSER_VERSION, MatchResult, parse_query, rank
from core.matching.query import ParsedQuery
from core.matching.vocab import tokens, vocabulary
from core.model import Posting, SavedSearch, Sensitivity, StoredMatch
from core.postings.sample import sample_postings
from core.searches.stored import ranked
from tests.eval.harness import load_postings
from tests.eval.real import sets

EVAL = Path(__file__).resolve().parents[2] / "eval"
FEDERAL = 400  # of the shipped federal sample: every field's titles, no descriptions
# Queries the project was probed with, beside the judged sets' (dev halves only).
PROBES = [
    "backend engineer pg",
    "backend golang",
    "data engineer",
    "senior python developer remote",
    "nurse nights",
    "registered nurse per diem",
    "sr. golang dev remote eu 100k€+",
    "hr specialist",
    "frontend react",
    "principal software engineer distributed systems",
    "devops engineer aws terraform",
    "nursing jobs",
]
SENSITIVITIES: list[Sensitivity] = ["strict", "normal", "loose"]
PART = re.compile(
    r"^(title|skills|specialty|place|pay|level|shift preferred): "
    r"(\d+)% of (\d+\.\d) points = (\d+\.\d)$"
)
IN_ALL = re.compile(r"^in all: (?:(.+) = )?(\d+\.\d) of 100$")
ARROW = re.compile(r"→ score (\d+\.\d)(?: of 100)?$")
CAP = re.compile(r"^at most (\d+\.\d)")
LOOSE = re.compile(r"^loose: .* = (\d+\.\d), \+ .* = (\d+\.\d) → score (\d+\.\d) of 100$")
TITLE_REASON = re.compile(r'^(?:title|occupation series .*) ≈ ".*" \((\d+)\)')
SKILLS_REASON = re.compile(r"^(?:skills|specialty): (.+)$")


@cache
def pool() -> tuple[Posting, ...]:
    """The bundled sample and real postings of the eval sets (fresh, fresh2, Microsoft,
    federal): the whole pool searched by each example."""
    postings = [*sample_postings(), *load_postings()]
    for name in ("fresh", "fresh2"):
        postings += load_postings(EVAL / name / "postings.jsonl")
    postings += sets.microsoft("dev").postings
    rows = list(sets.federal_rows())
    random.Random(14).shuffle(rows)
    postings += [_federal(row) for row in rows[:FEDERAL]]
    return tuple(postings)


def _federal(row: dict[str, object]) -> Posting:
    """A USAJOBS row as the importers read it: title, department, series tags."""
    tags = row.get("tags") or ()
    assert isinstance(tags, list | tuple)
    return Posting(
        id=str(row["id"]),
        title=str(row["title"]),
        source="usajobs",
        company=str(row.get("company") or ""),
        tags=tuple(str(t) for t in tags),
    )


@cache
def queries() -> tuple[str, ...]:
    """Queries of the judged sets' dev halves and the project's own set, and the probes."""
    texts = set(PROBES)
    for path in (
        EVAL / "judged.json",
        EVAL / "real" / "dev_federal.json",
        EVAL / "real" / "dev_microsoft.json",
        EVAL / "real" / "dev_places.json",
    ):
        texts |= {q["query"] for q in json.loads(path.read_text("utf-8"))["queries"]}
    for name in ("fresh", "fresh2"):  # both halves in one file: the dev half's queries only
        judged = json.loads((EVAL / name / "judged.json").read_text("utf-8"))["queries"]
        texts |= {q["query"] for q in judged if q.get("split") == "dev"}
    return tuple(sorted(texts))


def tenths(text: str) -> int:
    """A shown "43.6" as 436."""
    return int(Decimal(text) * 10)


def check_arithmetic(result: MatchResult) -> None:
    """The parts shown add up to the sum shown, none above the points it is out of; every
    "→ score" after it (a cap, a filter, the loose fusion) says the score, and the last one is
    the score shown beside the posting; a cap is never below the score it caps."""
    lines = result.breakdown
    parts = [m for line in lines if (m := PART.match(line))]
    assert parts, lines
    for m in parts:
        assert 0 <= int(m[2]) <= 100 and tenths(m[4]) <= tenths(m[3]), m[0]
    (total,) = [m for line in lines if (m := IN_ALL.match(line))]
    added = [tenths(x) for x in (total[1] or total[2]).split(" + ")]
    assert added == [tenths(m[4]) for m in parts], lines
    assert sum(added) == tenths(total[2]), lines
    stated = [tenths(m[1]) for line in lines if (m := ARROW.search(line))]
    after = lines[lines.index(total[0]) + 1 :]
    for line in after:
        if cap := CAP.match(line):
            said = ARROW.search(line)
            assert said and tenths(said[1]) <= tenths(cap[1]), line
        if fused := LOOSE.match(line):
            assert tenths(fused[1]) + tenths(fused[2]) == tenths(fused[3]), line
    final = stated[-1] if stated else tenths(total[2])
    assert final == tenths(f"{result.score:.1f}"), lines


def check_title(result: MatchResult) -> None:
    """The title's reason gives the title's share the breakdown's title line gives."""
    said = [int(m[1]) for r in result.reasons if (m := TITLE_REASON.match(r))]
    shown = [int(m[2]) for line in result.breakdown if (m := PART.match(line)) and m[1] == "title"]
    assert said == shown[: len(said)], (result.reasons, result.breakdown)


@cache
def _names() -> dict[str, frozenset[str]]:
    """Each skill's shown name -> the token sequences that name it (aliases and skills implying
    it), as space-joined tokens."""
    v = vocabulary()
    spelt: dict[str, set[str]] = {}
    for gram, key in v.skill_alias.items():
        spelt.setdefault(key, set()).add(" ".join(gram))
    for key, name in v.skill_names.items():
        spelt.setdefault(key, set()).add(" ".join(tokens(name)))
    out: dict[str, set[str]] = {}
    for key, name in v.skill_names.items():
        implying = [k for k, implied in v.implies.items() if key in implied]
        out.setdefault(name, set()).update(
            *(spelt.get(k, set()) for k in (key, *implying, *v.accepts.get(key, ())))
        )
    return {name: frozenset(grams) for name, grams in out.items()}


def check_skills(posting: Posting, result: MatchResult) -> None:
    """Every skill a reason says the posting has is named in its title, text or tags (by a
    name, an alias, a skill implying it, or one it is met through, as the reason says)."""
    text = " ".join([posting.title, posting.description, posting.company, *posting.tags])
    words = f" {' '.join(tokens(text))} "
    glued = words.replace(" ", "")  # "python.experience" reads as one token
    for reason in result.reasons:
        if not (m := SKILLS_REASON.match(reason)):
            continue
        for said in re.split(r", (?![^()]*\))", m[1]):
            names = [said.split(" (")[0], *re.findall(r"[^(),]+", said.partition(" (")[2])]
            grams = {g for n in names for g in _names().get(n.strip(), ())}
            assert any(f" {g} " in words or g.replace(" ", "") in glued for g in grams), (
                reason,
                posting.id,
            )


def stored(results: list[tuple[Posting, MatchResult]]) -> list[StoredMatch]:
    """The matches as the chat's store holds them: reasons and order not kept."""
    return [StoredMatch(p, r.score, (), (1,)) for p, r in results]


def search(query: ParsedQuery, text: str, sensitivity: Sensitivity) -> SavedSearch:
    """A saved search of the text."""
    return SavedSearch(
        id=1,
        subscriber_id=1,
        raw_text=text,
        parsed_json=query.to_json(),
        parser_version=PARSER_VERSION,
        active=True,
        sensitivity=sensitivity,
        created_at=datetime(2026, 12, 1, tzinfo=UTC),
        shard_key=0,
    )


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.data())
def test_explanations_add_up_name_the_posting_and_list_in_one_order(data: st.DataObject) -> None:
    text = data.draw(st.sampled_from(queries()), label="query")
    sensitivity = data.draw(st.sampled_from(SENSITIVITIES), label="sensitivity")
    query = parse_query(text)
    found = rank(query, pool(), sensitivity)
    for posting, result in found:
        check_arithmetic(result)
        check_title(result)
        check_skills(posting, result)
    order = [p.id for p, _ in found]
    shuffled = list(pool())
    random.Random(data.draw(st.integers(0, 2**32), label="seed")).shuffle(shuffled)
    # `concierge search`: the stored postings in whatever order the store reads them.
    assert [p.id for p, _ in rank(query, shuffled, sensitivity)] == order
    # The chat's /jobs and digests: stored matches in the store's order, put in order.
    again = [m for m in stored(found)]
    random.Random(len(order)).shuffle(again)
    chat = Preferences.build([], []).apply(ranked(again, [search(query, text, sensitivity)]))
    assert [m.posting.id for m in chat] == order
