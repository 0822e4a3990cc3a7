"""Reading places in a search: names, "in"/"near", misspelt places, time zones beside remote."""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz.distance import OSA, Indel

from core.digests.places import fold, gazetteer
from core.matching.query.remote import _beside_remote
from core.matching.query.state_codes import _code_after_role, _code_in_term, _word_state
from core.matching.regions import (
    atlas,
    place_kind,
    qualified,
    query_areas,
    query_place,
    table_name,
    word_states,
    zone_place,
)
from core.matching.vocab import (
    NearWords,
    american,
    english_words,
    place_name,
    slip,
    typo_limit,
    vocabulary,
)

UNKNOWN_PLACE = (
    'I don\'t know "{place}" as a place: I keep postings whose place names it (check the spelling,'
    " or name a city, state or country)"
)
# A word this common (Zipf frequency, english_words.tsv) is never read as a misspelt place
VERY_COMMON = 4.0
BIG_PLACE = 900_000  # people: San Jose (997,368 in cities.tsv) is a big city, York (156,135) none
_LOCATION = re.compile(
    r"(?<!\S)(?:(?:location|loc|in|city|country):\s*|@)(?P<term>\"[^\"]+\"|[^\s\"]+)",
    re.IGNORECASE,
)


# "anywhere" alone is any place, remote or not: no place to filter by ("remote anywhere" is
# remote, "anywhere in europe" Europe).
_ANYWHERE = re.compile(r"(?<![\w-])anywhere(?![\w-])", re.IGNORECASE)

# "any state", "all 50 states": anywhere in the US, the country, never the title word "state"
_ANY_STATE = re.compile(
    r"(?<![\w-])(?:in\s+)?(?:any|every|all)(?:\s+(?:of\s+the\s+)?50)?\s+(?:u\.?s\.?\s+)?states?"
    r"(?![\w-])",
    re.IGNORECASE,
)


def any_state(text: str, notes: list[str]) -> str:
    """The text with "any state" said as the US it means, saying so."""
    for m in reversed(list(_ANY_STATE.finditer(text))):
        notes.append(f'I read "{m[0].strip()}" as anywhere in the US')
        text = text[: m.start()] + " in us " + text[m.end() :]
    return text


def _read_places(
    toks: list[str],
    locations: list[str],
    notes: list[str],
    glued: frozenset[str],
    zones: list[str],
    beside: list[str] | None = None,
) -> list[str]:
    """Take place names (and the word after "in") out of the token list, noting how each
    was read ("maryland" a US state); glued words (the "wi" of "wi-fi") are no places alone;
    a time zone beside "remote" is the place it names, also put in zones. Places beside
    "remote" ("remote us", "us remote", "remote in the uk", "remote us or canada": a country or
    region after one with "or") are also put in beside."""
    v = vocabulary()
    out: list[str] = []
    beside = [] if beside is None else beside
    last = (-1, False)  # len(out) after the last place found, whether it was beside remote
    i = 0
    while i < len(toks):
        after_in = bool(out) and out[-1] == "in"
        found = ""
        typo = False  # a misspelt place: its note says how it was read already
        states = () if toks[i] in glued else _word_state(toks, i, out)
        if states:  # "nurse me", "teacher in ok": the state a code that is a word names
            locations.extend(states)
            kinds = ", or as ".join(f"{place_name(p)}, {place_kind(p)}" for p in states)
            notes.append(f'I read "{toks[i]}" as {kinds}')
            if after_in:
                out.pop()
            i += 1
            continue
        for size in range(min(4, len(toks) - i), 0, -1):
            gram = tuple(toks[i : i + size])
            found = " ".join(gram) if gram in v.places else _place_named(gram, after_in)
            if size == 1 and not after_in and (gram[0] in glued or _code_in_term(toks, i)):
                found = ""
            if found:
                break
        else:
            size = 1
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            after = _place_after_in(toks[i + 1 : i + 5]) if toks[i] == "in" else ""
            zone, said = zone_place(toks[i : i + 3])
            if zone and toks[i + said - 1] == "time":  # "eastern time zone"
                said += _zone_said(toks[i + said - 1 : i + said + 1]) // 2
            remote = "remote" in out[-1:] + toks[i + said : i + said + 1]
            if zone and not remote and (said > 1 or toks[i] in v.known):
                zone = ""  # "eastern" alone, "est" not beside remote: words; "cet" no word
            if zone:  # "remote est": remote work from North America's time zones
                locations.append(zone)
                zones.append(zone)
                beside.append(zone)
                notes.append(
                    f'I read "{" ".join(toks[i : i + said])}" as a time zone of'
                    f" {place_name(zone)}: "
                    + (
                        "remote work you may do from there"
                        if remote
                        else 'jobs there (add "remote" for remote work from there)'
                    )
                )
                size = said
            elif after and not _typo_of_two(toks, i + 1, after):
                # "in columbus ohio", "in fort belvoir": the longest place, not one word
                found, size = after, 1 + len(after.split())
            elif toks[i] == "in" and nxt.isalpha() and nxt not in v.known and not word_states(nxt):
                fixed = _place_typo(toks, i + 1, notes)
                found, size = (fixed[0], 1 + fixed[1]) if fixed else (nxt, 2)
                typo = bool(fixed)
                if not fixed:  # "in mars": no place known, kept as said
                    notes.append(UNKNOWN_PLACE.format(place=nxt))
            elif fixed := _place_typo(toks, i, notes):  # "noroflk va": Norfolk, Virginia
                found, size = fixed
                typo = True
            elif _code_after_role(toks, i, out):
                found = toks[i]
            else:
                out.append(toks[i])
        if found and size == 1 and _typo_of_two(toks, i, found):  # "in san fransisco"
            fixed = _place_typo(toks, i, notes)
            if fixed:
                (found, size), typo = fixed, True
        oregon = _oregon(found, toks[i + size :]) if found else ""
        if oregon:  # "salem or", "portland or teacher": the city in Oregon
            found, size = oregon, size + 1
        if found and not after_in and not typo and _in_noun(toks[i + size : i + size + 2]):
            out.extend(toks[i : i + size])  # "yorkshire terrier groomer": a breed, no place
            i += size
            continue
        if found:
            size += _zone_said(toks[i + size : i + size + 2])  # "eu timezone": the place
            if not typo:
                size += _container_after(found, toks[i + size : i + size + 4])
            locations.append(found)
            if not typo:
                _note_place(found, notes, [t for t in toks[i : i + size] if t != "in"])
            if after_in and size and out and out[-1] == "in":
                out.pop()
            near = _beside_remote(out, toks[i + size : i + size + 1], found, last)
            if near:
                beside.append(found)
            last = (len(out), near)
        i += size
    return out


def _in_noun(after: list[str]) -> bool:
    """Whether a place said before these words is a word of the noun they begin, the job's
    object ("yorkshire terrier groomer"): a word no title, skill or place knows, then a role
    noun; a title word after it ("london bus driver"), a typo of one ("london enginer
    manager") or the role noun ("london teacher") is the job, the place where it is."""
    v = vocabulary()
    return (
        len(after) == 2
        and after[0].isalpha()
        and after[0] not in v.known
        and v.snap(after[0]) is None
        and (after[0],) not in v.places
        and after[1] in v.heads
    )


def _container_after(place: str, after: list[str]) -> int:
    """How many words after a search's place name the state or country it is in ("texas usa",
    "victoria australia", "wales uk"): said of the place, no second place ("or USA")."""
    around = query_areas(place)[1]
    for size in range(min(4, len(after)), 0, -1):
        gram = tuple(after[:size])
        named = " ".join(gram) if gram in vocabulary().places else _place_named(gram, False)
        if named and query_areas(named)[0] <= around:
            return size
    return 0


def _zone_said(after: list[str]) -> int:
    """How many words after a place say it is a time zone ("eu timezone", "uk time zones"):
    part of the place, no title words."""
    if after[:1] in (["timezone"], ["timezones"], ["tz"]):
        return 1
    return 2 if after[:1] == ["time"] and after[1:2] in (["zone"], ["zones"]) else 0


def _oregon(place: str, after: list[str]) -> str:
    """The place a city and the "or" after it name ("salem or": Salem, Oregon), "" when the
    "or" may join alternatives: a place or workplace after it ("portland or seattle")."""
    if after[:1] != ["or"] or qualified(place) is not None:
        return ""
    v = vocabulary()
    nxt = after[1:2]
    if nxt and (nxt[0] in v.workplace or _place_after_in(after[1:5])):
        return ""
    pair = qualified(f"{place} oregon")
    return f"{place} oregon" if pair is not None and pair[1] == "US-OR" and pair[2] else ""


def _place_typo(toks: list[str], at: int, notes: list[str]) -> tuple[str, int] | None:
    """The place a misspelt word (or two words, one misspelt) starting here names, with the
    number of words read, saying so in a note ("noroflk" Norfolk, "san fransisco" San
    Francisco); with the words after it when together they name a place ("noroflk va"). None
    when no word is misspelt (_typo) or none is near a place."""
    nxt = toks[at + 1] if at + 1 < len(toks) else ""
    fixed, size = (_place_near(toks[at], nxt), 2) if nxt else (None, 1)
    if fixed is None:  # a place of two words first: "new yrok" is New York, not York
        fixed = _place_near(toks[at], "") if _typo(toks[at]) else _swapped(toks[at])
        if fixed is not None and not _may_misspell(toks[at], fixed):
            fixed = None  # "strong" is no misspelt Sorong, "settle" no misspelt Seattle
        size = 1
    if fixed is None:
        return None
    said = " ".join(toks[at : at + size])
    for more in range(min(3, len(toks) - at - size), 0, -1):  # "noroflk va": a city and state
        gram = (*fixed.split(), *toks[at + size : at + size + more])
        if found := _place_named(gram, after_in=True):
            fixed, size = found, size + more
            break
    kind = place_kind(fixed)  # once: "lodnon" as London, a city in Britain (UK)
    notes.append(f'I read "{said}" as {place_name(fixed)}' + (f", {kind}" if kind else ""))
    return fixed, size


def _may_misspell(word: str, place: str) -> bool:
    """Whether a word of one may be read as this place misspelt: not a common English word
    (english_words.tsv: "strong", "working", "settle"), except one less common read as a big
    place ("sidney" Sydney, "milano" Milan; "pairs" stays pairs)."""
    zipf = common_words().get(word)
    return zipf is None or (zipf < VERY_COMMON and _big(place))


@cache
def common_words() -> dict[str, float]:
    """The common English words (english_words.tsv) by their Zipf frequency."""
    return english_words()


def _typo_of_two(toks: list[str], at: int, after: str) -> bool:
    """Whether the one-word place read after "in" ("san", a town in Mali) begins two words
    that are a misspelt place of two ("in san fransisco": San Francisco)."""
    return (
        " " not in after and at + 1 < len(toks) and _place_near(toks[at], toks[at + 1]) is not None
    )


def _typo(word: str) -> bool:
    """Whether a word may be a misspelt place: long enough to correct (typo_limit), no word
    the matcher knows, and no typo of one (a title word or skill goes first)."""
    v = vocabulary()
    return bool(typo_limit(word)) and american(word) not in v.known and v.snap(word) is None


def _swapped(word: str) -> str | None:
    """The place of one word a word of four letters is, two letters side by side swapped
    ("olso" Oslo, "uath" Utah, "ohoi" Ohio), keeping the first letter; None for a word the
    matcher knows or none such (shorter words are never read as misspelt places)."""
    v = vocabulary()
    if len(word) != 4 or not word.isalpha() or word in v.known or v.snap(word) is not None:
        return None
    names = _one_word_places().by.get((word[0], 4), [])
    swaps = {word[:k] + word[k + 1] + word[k] + word[k + 2 :] for k in range(1, 3)}
    found = [n for n in names if n in swaps]
    return max(found, key=lambda n: (_size(n), n)) if found else None


def _place_near(first: str, second: str) -> str | None:
    """The place name of one word (second "") or two, one misspelt (_misspelt), these are a
    typo of: within typo_limit, keeping the first letter; a big place before a small one as
    near ("alexandira" is Alexandria, not Alexandra), then the most populous; None if none."""
    if not second:
        near = _one_word_places().near(first, typo_limit(first))
    else:
        by_first, by_second = _place_names_by_word()
        pool = [f"{first} {w}" for w in by_first.get(first, ()) if _misspelt(second, w, first)]
        pool += [f"{w} {second}" for w in by_second.get(second, ()) if _misspelt(first, w, second)]
        near = [(p, OSA.distance(f"{first} {second}", p)) for p in pool]
        near = [(p, d) for p, d in near if d <= typo_limit(p.replace(" ", "")) or _big(p)]
    text = f"{first} {second}".strip()
    near = [n for n in near if n[1]]
    if not near:
        return None
    return min(
        near,
        key=lambda n: (n[1], not _big(n[0]), Indel.distance(text, n[0]), -_size(n[0]), n[0]),
    )[0]


def _misspelt(said: str, word: str, beside: str) -> bool:
    """Whether a word of a search is this word of a place misspelt, the place's other word
    (beside) written right: within typo_limit of a word the matcher does not know (_typo), of
    the whole name when the word keeps its first letter ("san fransico": two slips in a name
    of 12 letters), or, short or known ("yrok", "angles"), one letter left out, added or
    swapped with the next, keeping its first letter ("new yrok", "los angles", "san jos")."""
    if said == word or not said.isalpha():
        return False
    if _typo(said):
        limit = typo_limit(said + beside) if said[:1] == word[:1] else typo_limit(said)
        return OSA.distance(said, word) <= limit
    near = said[:1] == word[:1] and len(said) >= 3 and OSA.distance(said, word) == 1
    return near and slip(said, word)


def _big(place: str) -> bool:
    """Whether a place is big enough that a clear typo of it is read as it before a small
    place as near (a country, US state or region, a curated place, a city of a million)."""
    return _size(place) >= BIG_PLACE


@cache
def _one_word_places() -> NearWords:
    """The folded names of countries, US states, regions and cities (cities.tsv) of one word,
    that a misspelt place may be read as."""
    return NearWords(x for x in _typo_targets() if " " not in x)


@cache
def _typo_targets() -> frozenset[str]:
    """The folded places a misspelt place may be read as: countries, US states, regions,
    cities (cities.tsv) and the curated places of searches (places.txt: "new york", which
    cities.tsv names New York City, and "frankfurt", "cologne", "bangalore")."""
    a = atlas()
    return frozenset({*a.names, *a.localities, *a.metros, *gazetteer().by_name, *_curated()})


def _curated() -> set[str]:
    """The curated places of searches (places.txt), folded."""
    return set(vocabulary().places.values())


@cache
def _place_names_by_word() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Place names of two words (as _one_word_places) by their first word (the second words),
    and by their second (the first words)."""
    by_first: dict[str, list[str]] = {}
    by_second: dict[str, list[str]] = {}
    for name in sorted(x for x in _typo_targets() if len(x.split()) == 2):
        first, second = name.split()
        by_first.setdefault(first, []).append(second)
        by_second.setdefault(second, []).append(first)
    return by_first, by_second


def _size(place: str) -> int:
    """How many people a folded place name stands for: a country, state or region above any
    city, then the curated places of searches ("new york", "frankfurt"), a city by its
    population."""
    if place in atlas().names:
        return 10**10
    if place in _curated():
        return 10**9
    named = gazetteer().by_name.get(place)
    return named[0].population if named else 0


def _near(toks: list[str]) -> list[str]:
    """The tokens with a "near" before a place read as "in" ("jobs near austin"); before
    other words it stays a title word ("near infrared"). "near me" is left out before."""
    out = list(toks)
    for at in range(len(toks) - 1):
        if toks[at] == "near" and (
            _place_after_in(toks[at + 1 : at + 5]) or word_states(toks[at + 1])
        ):
            out[at] = "in"
    return out


def _place_after_in(words: list[str]) -> str:
    """The longest place the words after "in" begin with, or "" ("in columbus ohio")."""
    for size in range(len(words), 0, -1):
        found = _place_named(tuple(words[:size]), after_in=True)
        if found and len(found.split()) == size:
            return found
    return ""


def _note_place(place: str, notes: list[str], said: list[str]) -> None:
    """Say how a place was read, once ("I read "maryland" as a US state"), naming a code
    written for it ("I read "tx" as Texas, a US state")."""
    kind = place_kind(place) if place else None
    name = table_name(place)
    if name:
        letters = "".join(said)
        code = " ".join(said) if len(letters) <= _CODE and letters.isascii() else ""
        code = "" if code == name.casefold() else code
        note = f'I read "{code}" as {name}, {kind}' if code else f"I read a place as {name}, {kind}"
    else:
        note = f'I read "{place}" as {kind}{_namesake(place)}'
    if kind and note not in notes:
        notes.append(note)


def _namesake(place: str) -> str:
    """How to name the next biggest city of the name a search's place has, when it is at least a
    third the size ("springfield" is Missouri's: "springfield massachusetts" for the next), or
    ""."""
    cities = gazetteer().named(place)
    if len(cities) < 2 or qualified(place):
        return ""
    other = cities[1]
    if other.population * _NAMESAKE_SHARE < cities[0].population:
        return ""
    where = other.region or other.label().rsplit(", ", 1)[-1]
    return f' (for the one in {where}: "{place} {fold(where)}")'


_NAMESAKE_SHARE = 3  # another city of the name at least a third the size: worth saying


_CODE = 3  # letters of a place's code ("tx", "nyc"): the note names the code read


def _place_named(gram: tuple[str, ...], after_in: bool) -> str:
    """The place words name, a country, US state, region or city ("maryland", "huntsville",
    "d.c." as dc), rather than title words or a skill ("mobile", "reading" are title words
    first, places after "in"); "" when they name none."""
    v = vocabulary()
    if not after_in and (gram in v.phrases or gram in v.skill_alias):
        return ""
    return query_place(gram, () if after_in else v.known) or ""


_GLUED = re.compile(r"(?<![\w-])\w{2}(?=-\w|\d)|(?<=\w-)\w{2}(?![\w-])")  # "wi-fi", "az-900"
