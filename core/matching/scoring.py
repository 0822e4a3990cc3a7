"""Scoring one posting against one search: a 0–100 score, hard filters and the reasons."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from core.matching.features import Features, features, has_phrase
from core.matching.money import short_amount
from core.matching.query import ParsedQuery
from core.matching.vocab import IMPLY_ENG, RANK, TECH_SPECS, vocabulary
from core.model import Posting, Sensitivity

WEIGHTS = {"title": 60.0, "skills": 25.0, "location": 15.0, "salary": 5.0, "seniority": 10.0}
THRESHOLDS: dict[str, float] = {"strict": 70.0, "normal": 55.0, "loose": 40.0}
RECALL_SHARE = 0.7  # the title score is 70% query words found, 30% posting words explained
HEAD_CONFLICT = 0.4  # "Backend Sales Manager" for an engineer
FIELD_CONFLICT = 0.4  # "Civil Engineer" for a software search
SPEC_CONFLICT = 0.5  # "Frontend Engineer" for a backend search
SKILL_CONFLICT = 0.5  # "Java Developer" for a Python search
UNKNOWN_SENIORITY = 0.7
UNKNOWN = 0.5  # location or salary not stated
IMPLIED_HEAD = 0.5


@dataclass(frozen=True)
class MatchResult:
    """How well a posting fits a search, and why."""

    score: float
    passed: bool
    reasons: tuple[str, ...] = ()
    breakdown: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Compiled:
    """A parsed query prepared for fast scoring."""

    query: ParsedQuery
    title_keys: dict[str, float]  # key -> weight
    title_total: float
    title_text: str
    heads: frozenset[str]
    tech: bool
    tech_specs: frozenset[str]
    skill_keys: tuple[str, ...]
    weights: dict[str, float]
    total: float
    ranks: tuple[int, ...]
    exclude_words: frozenset[str]
    exclude_skills: frozenset[str]
    languages: frozenset[str]


@lru_cache(maxsize=8192)
def compile_query(query: ParsedQuery) -> Compiled:
    """Prepare a query for scoring (cached)."""
    v = vocabulary()
    keys: dict[str, float] = {}
    for word in query.title:
        keys[v.key(word)] = max(keys.get(v.key(word), 0.0), v.word_weight(word))
    specs = {w for w in query.title if w in v.specs}
    heads = {v.heads[w] for w in query.title if w in v.heads}
    if not heads and (query.skills or specs & IMPLY_ENG):
        heads = {"eng"}
        if keys:  # "backend golang" means a backend engineer: weak credit for the role noun
            keys["=eng"] = IMPLIED_HEAD
    tech = bool(query.skills or specs & TECH_SPECS or "software" in query.title)
    present = {
        "title": bool(keys),
        "skills": bool(query.skills),
        "location": bool(query.locations or query.workplaces),
        "salary": query.salary_min is not None,
        "seniority": bool(query.seniority),
    }
    weights = {k: w for k, w in WEIGHTS.items() if present[k]}
    return Compiled(
        query=query,
        title_keys=keys,
        title_total=sum(keys.values()),
        title_text=" ".join(sorted(keys)),
        heads=frozenset(heads),
        tech=tech,
        tech_specs=frozenset(specs & TECH_SPECS),
        skill_keys=tuple(dict.fromkeys(s.lower() for s in query.skills)),
        weights=weights,
        total=sum(weights.values()) or 1.0,
        ranks=tuple(RANK[s] for s in query.seniority),
        exclude_words=frozenset(query.exclude_words),
        exclude_skills=frozenset(s.lower() for s in query.exclude_skills),
        languages=frozenset(s.lower() for s in query.skills) & v.languages,
    )


def _title(cq: Compiled, f: Features, notes: list[str] | None) -> float:
    """Title similarity 0..1 on normalised titles."""
    v = vocabulary()
    matched = 0.0
    found: list[str] = []
    for key, weight in cq.title_keys.items():
        credit = 1.0 if key in f.title_keys else 0.0
        if not credit:
            credit = max((c for r, c in v.related.get(key, ()) if r in f.title_keys), default=0)
        matched += weight * credit
        if credit:
            found.append(key.lstrip("="))
    if not matched:
        if notes is not None:
            notes.append("no title word in common")
        return 0.0
    recall = matched / cq.title_total
    explained = total = 0.0
    for key, weight in f.title_keys.items():
        total += weight
        if key in cq.title_keys or (key[:1] == "=" and key[1:] in cq.heads):
            explained += weight
        elif any(r in cq.title_keys for r, _ in v.related.get(key, ())):
            explained += weight * 0.6
    precision = explained / total if total else 1.0
    score = RECALL_SHARE * recall + (1 - RECALL_SHARE) * precision
    penalties: list[str] = []
    if cq.heads and f.heads and not cq.heads & f.heads:
        score *= HEAD_CONFLICT
        penalties.append(f"different role ({', '.join(sorted(f.heads))})")
    if cq.tech and f.other_specs and not f.software:
        score *= FIELD_CONFLICT
        penalties.append(f"different field ({', '.join(sorted(f.other_specs))})")
    elif cq.tech_specs and f.tech_specs and not _specs_meet(cq.tech_specs, f.tech_specs):
        score *= SPEC_CONFLICT
        penalties.append(f"different speciality ({', '.join(sorted(f.tech_specs))})")
    if cq.skill_keys and f.title_skills and not f.title_skills & set(cq.skill_keys):
        score *= SKILL_CONFLICT
        penalties.append("other skills in the title")
    score *= 0.85 + 0.15 * fuzz.token_set_ratio(cq.title_text, f.title_text) / 100
    if notes is not None:
        notes.append(f"found {', '.join(found)}; recall {recall:.2f}, precision {precision:.2f}")
        notes.extend("penalty: " + p for p in penalties)
    return score


def _specs_meet(query: frozenset[str], posting: frozenset[str]) -> bool:
    related = vocabulary().related
    return bool(query & posting) or any(r in posting for q in query for r, _ in related.get(q, ()))


def _location(q: ParsedQuery, f: Features) -> tuple[float, list[str]]:
    parts: list[float] = []
    reasons: list[str] = []
    remote_ok = "remote" in q.workplaces and f.workplace == "remote"
    if q.workplaces:
        if f.workplace is None:
            parts.append(UNKNOWN)
            reasons.append("workplace not stated")
        else:
            ok = f.workplace in q.workplaces
            parts.append(1.0 if ok else 0.0)
            reasons.append(f"{f.workplace} {'✓' if ok else '✗'}")
    if q.locations:
        if remote_ok or any(has_phrase(f.location, loc) for loc in q.locations):
            parts.append(1.0)
            if not remote_ok:
                reasons.append(f"{f.location.title()} ✓")
        elif not f.location:
            parts.append(UNKNOWN)
            reasons.append("location not stated")
        else:
            parts.append(0.0)
            reasons.append(f"{f.location.title()} ✗")
    return sum(parts) / len(parts), reasons


def _filters(cq: Compiled, f: Features, posting: Posting) -> str | None:
    """Return why a hard filter rejects the posting, or None."""
    q = cq.query
    hit = cq.exclude_words & f.all_words
    if hit:
        return f"excluded word: {', '.join(sorted(hit))}"
    skills = cq.exclude_skills & f.skills.keys()
    if skills:
        return f"excluded skill: {', '.join(vocabulary().skill_names[s] for s in sorted(skills))}"
    for company in q.exclude_companies:
        if has_phrase(f.company, company):
            return f"excluded company: {posting.company}"
    if cq.languages and not cq.languages & f.skills.keys():
        names = vocabulary().skill_names
        return "doesn't mention " + " or ".join(names[s] for s in sorted(cq.languages))
    if cq.ranks and not any(_level_fits(r, f.seniority) for r in cq.ranks):
        level = f.seniority or "not levelled"
        return f"seniority: posting is {level}, you asked for {'/'.join(q.seniority)}"
    if q.workplaces and f.workplace is not None and f.workplace not in q.workplaces:
        return f"workplace: posting is {f.workplace}, you asked for {' or '.join(q.workplaces)}"
    if q.locations and f.location and not _place_fits(q, f):
        return f"location: {f.location.title()}"
    top = posting.salary_max if posting.salary_max is not None else posting.salary_min
    floor = q.salary_min
    if floor is not None and top is not None and _same_currency(q, posting) and top < floor:
        return f"salary {short_amount(top)} is below your {short_amount(floor)}"
    return None


def _level_fits(asked: int, level: str | None) -> bool:
    """Senior accepts unlevelled and higher; staff and above need the level; juniors exact."""
    if asked == RANK["senior"]:
        return level is None or RANK[level] >= asked
    if asked == RANK["mid"]:
        return level is None or RANK[level] == asked
    return level is not None and (
        RANK[level] >= asked if asked > RANK["senior"] else RANK[level] == asked
    )


def _place_fits(q: ParsedQuery, f: Features) -> bool:
    """In one of the places, or remote from a region that includes one of them."""
    if any(has_phrase(f.location, loc) for loc in q.locations):
        return True
    if f.workplace != "remote":
        return False
    regions = vocabulary().regions
    wide = {"worldwide", "anywhere", "global"}
    for loc in q.locations:
        wide.update(regions.get(loc, ()))
    known = {r for rs in regions.values() for r in rs} | set(regions)
    mentioned = [p for p in known | wide if has_phrase(f.location, p)]
    return not mentioned or any(p in wide for p in mentioned)


def _same_currency(q: ParsedQuery, posting: Posting) -> bool:
    return q.currency is None or posting.currency is None or q.currency == posting.currency


def evaluate(cq: Compiled, posting: Posting, explain: bool = False) -> MatchResult:
    """Score a posting against a compiled query."""
    f = features(posting)
    q = cq.query
    rejected = _filters(cq, f, posting)
    if rejected and not explain:
        return MatchResult(0.0, False)
    parts: dict[str, float] = {}
    reasons: list[str] = []
    notes: list[str] | None = [] if explain else None
    names = vocabulary().skill_names
    if "title" in cq.weights:
        parts["title"] = _title(cq, f, notes)
        shown = " ".join([*q.seniority, *q.title])
        reasons.append(f'title ≈ "{shown}" ({round(parts["title"] * 100)})')
    if "skills" in cq.weights:
        got = [f.skills.get(s, 0.0) for s in cq.skill_keys]
        parts["skills"] = sum(got) / len(got)
        have = [names.get(s, s) for s, g in zip(cq.skill_keys, got, strict=True) if g]
        missing = [names.get(s, s) for s, g in zip(cq.skill_keys, got, strict=True) if not g]
        if have:
            reasons.append("skills: " + ", ".join(have))
        if missing:
            reasons.append("missing: " + ", ".join(missing))
    if "location" in cq.weights:
        parts["location"], where = _location(q, f)
        reasons.extend(where)
    if "salary" in cq.weights:
        floor = short_amount(q.salary_min or 0)
        top = posting.salary_max if posting.salary_max is not None else posting.salary_min
        if top is None:
            parts["salary"] = UNKNOWN
            reasons.append("salary not stated")
        elif not _same_currency(q, posting):
            parts["salary"] = UNKNOWN
            reasons.append(f"salary in {posting.currency}, not compared")
        else:
            parts["salary"] = 1.0 if top >= (q.salary_min or 0) else 0.0
            reasons.append(f"salary ≥ {floor} {'✓' if parts['salary'] else '✗'}")
    if "seniority" in cq.weights:
        if f.seniority is None:
            parts["seniority"] = UNKNOWN_SENIORITY
        else:
            gap = min(abs(RANK[f.seniority] - r) for r in cq.ranks)
            parts["seniority"] = 1.0 if gap == 0 else UNKNOWN
            reasons.append(f"{f.seniority} {'✓' if gap == 0 else '≈'}")
    points = sum(cq.weights[k] * s for k, s in parts.items())
    if not parts.get("title") and not parts.get("skills"):
        points = 0.0  # nothing the user asked for is there: location or salary alone never match
    score = round(100.0 * points / cq.total, 1)
    if not explain:
        return MatchResult(score, True)
    lines = [
        f"{k}: {s * 100:.0f}/100 × weight {cq.weights[k]:.0f} = {cq.weights[k] * s:.1f} points"
        for k, s in parts.items()
    ]
    lines.extend("title " + n for n in notes or ())
    lines.append(f"total {points:.1f} of {cq.total:.0f} → score {score:.1f}")
    if rejected:
        lines.append("filtered out: " + rejected)
        reasons.insert(0, "✗ " + rejected)
    return MatchResult(
        score if not rejected else 0.0, rejected is None, tuple(reasons), tuple(lines)
    )


def score_posting(query: ParsedQuery, posting: Posting) -> MatchResult:
    """Score one posting against one search, with reasons and a full breakdown."""
    return evaluate(compile_query(query), posting, explain=True)


def threshold_for(sensitivity: Sensitivity) -> float:
    """The minimum score a posting needs for a search of this sensitivity."""
    return THRESHOLDS[sensitivity]
