"""Remote work with places: open to a place ("remote us"), regions ("nyc or remote us")."""

from __future__ import annotations

import re

from core.matching.regions import query_areas, undotted, word_states
from core.matching.vocab import place_name, tokens, vocabulary

# "or", or a slash between words ("remote/onsite"); none of pay per unit ("$60/hr", "90k/yr")
_EITHER = re.compile(
    r"\bor\b|/(?!\s*(?:hr|hrs|h|hour|yr|year|y|mo|month|wk|week|day|d|annum|a)\b)", re.I
)


def _note_both_workplaces(said: str, workplaces: list[str], notes: list[str]) -> None:
    """Note workplaces named side by side without "or" ("remote onsite"): either is taken."""
    if len(workplaces) > 1 and not _EITHER.search(said):
        named = " and ".join(workplaces)
        notes.append(f"{named} contradict each other, so I take either ({' or '.join(workplaces)})")


def _beside_remote(before: list[str], after: list[str], place: str, last: tuple[int, bool]) -> bool:
    """Whether a place just read is beside "remote": after it ("remote in the uk": before holds
    the words read so far), before it ("us remote"), or a country or region joined by "or" to
    one that is ("remote us or canada"; a city so joined is a place to work in: "remote uk or
    london")."""
    words = list(before)
    while words and words[-1] in _IN:
        words.pop()
    count, near = last
    city = any(a.startswith(("city:", "metro:")) for a in query_areas(place)[0])
    if near and count == len(before):  # "remote us berlin": right after a place beside remote
        return not city
    if words[-1:] == ["remote"] or after == ["remote"]:
        return True
    return near and not city and before[count:] == ["or"]


def _remote_from(toks: list[str], workplaces: list[str], locations: list[str]) -> bool:
    """Whether remote and places were named together as one wish, remote work from there
    ("remote us", "us remote", "remote in the uk"), not as alternatives ("remote or us")."""
    if workplaces != ["remote"] or not locations:
        return False
    v = vocabulary()
    at = [i for i, tok in enumerate(toks) if v.phrases.get((tok,), (tok,)) == ("remote",)]
    return not any("or" in toks[max(i - 1, 0) : i] + toks[i + 1 : i + 2] for i in at)


def _remote_regions(
    toks: list[str], workplaces: list[str], places: list[str], beside: list[str]
) -> list[str]:
    """The places remote work must be open to when others, named with "or", are places to
    work in: "nyc or remote us", "remote uk or london", "hybrid munich or remote germany";
    [] when every place is beside remote ("remote us") or none is ("remote or berlin"). A city
    right after the place beside remote is one to work in too ("remote us berlin")."""
    if "remote" not in workplaces:
        return []
    regions = [p for p in places if p in beside]
    return regions if regions and len(regions) < len(places) else []


def _note_remote_from(said: str, locations: list[str], notes: list[str]) -> None:
    """Say how "remote" with a place was read, and how to ask for the alternatives."""
    places = " or ".join(place_name(p) for p in locations)
    either = _either(said, locations).rstrip(" ,;/")  # "…, EU timezone, remote": no comma last
    notes.append(
        f'I read "remote" with {places} as remote work'
        f" you may do from {places}: remote postings "
        f'for it, for a region including it or for anywhere ("{either}" '
        f"also takes jobs in {places})"
    )


_IN = frozenset(["in", "the", "from", "within"])  # "remote in the uk": words naming the place


def _either(said: str, places: list[str]) -> str:
    """The search as written with remote and the places as alternatives, each place as the
    echo shows it ("remote us canada": "remote or US or Canada"; "backend remote münchen":
    "backend remote or Munich"; remote_from reads no "or" beside remote as remote work from the
    place); a state code naming more places says each ("teacher la remote": "teacher remote or
    Louisiana or Los Angeles Area")."""
    v = vocabulary()
    # "us/remote": two words (was said again whole, "us/remote remote or US")
    words = [(m.start(), m.end(), tokens(m[0])) for m in re.finditer(r"[^\s/]+", said)]
    edits: list[tuple[int, int, str]] = []  # (start, end, new text)
    remote = {g for g, canon in v.phrases.items() if canon == ("remote",)} | {("remote",)}
    at = 0
    while at < len(words):  # "remote", "fully remote", "wfh": left out, said again before it
        for size in (3, 2, 1):
            gram = tuple(t for _, _, toks in words[at : at + size] for t in toks)
            if gram in remote and not said[words[at][0]].startswith(("-", "!")):
                end = words[at + size][0] if at + size < len(words) else words[-1][1]
                edits.append((words[at][0], end, ""))
                at += size - 1
                break
        at += 1
    covered: set[str] = set()
    taken: set[int] = set()
    for place in places:  # "remote us canada": "remote or US or Canada", every place said again
        if place in covered:
            continue
        want = place.split()
        for start in range(len(words)):
            if start in taken:
                continue
            got = [undotted(t) for _, _, toks in words[start : start + len(want)] for t in toks]
            code = words[start][2] if len(words[start][2]) == 1 else []  # "me": maine
            size = 1 if code and place in word_states(code[0]) else len(want) if got == want else 0
            if words[start][2] and size:
                first = start
                while first > 0 and words[first - 1][2] and set(words[first - 1][2]) <= _IN:
                    first -= 1
                end = words[start + size - 1][1]
                named = [p for p in places if code and p in word_states(code[0])] or [place]
                covered.update(named)
                taken.update(range(first, start + size))
                joined = " or ".join(place_name(p) for p in named)
                lead = "" if first and words[first - 1][2] == ["or"] else "or "
                if len(covered) == len(named):
                    lead = "remote or "
                edits.append((words[first][0], end, lead + joined))
                break
        else:
            if not covered:
                edits.append((len(said), len(said), " remote or " + place_name(place)))
                covered.add(place)
    out = said
    for begin, end, new in sorted(edits, reverse=True):
        out = out[:begin] + new + out[end:]
    return " ".join(out.split())


# "remote-us", "us-remote": remote work from the region (was the title word "us").
_REGIONS = r"us|usa|uk|eu|emea|apac|latam|americas|europe|canada|worldwide|global|anywhere"


_REMOTE_HYPHEN = re.compile(rf"(?<!\S)(?:(remote)-({_REGIONS})|({_REGIONS})-(remote))(?!\S)", re.I)
