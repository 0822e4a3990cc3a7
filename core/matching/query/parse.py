"""parse_query: the steps reading a search, in order, and errors saying what was understood."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from core.errors import QueryError
from core.matching.money import find_salaries, floor_note
from core.matching.query.leave_outs import (
    _CONTRACT_LENGTH,
    _DANGLING_NOT,
    _EMPLOYMENT_TERMS,
    _EMPTY_OPERATOR,
    _EXCLUDE,
    _EXPERIENCE,
    _LINK,
    _NEAR_ME,
    _NHS_BAND,
    _OPERATOR,
    _PAY_GRADE,
    _RADIUS,
    _SHELL,
    _TEMPLATE,
    _TERM,
    _TOTAL_PAY,
    LINK_NOTE,
    SHELL_NOTE,
    TEMPLATE_NOTE,
    _beyond,
    _contradicted,
    _each_left_out,
    _leave_out,
    _named,
    _or_above,
    _series_grade,
    _six_figures,
)
from core.matching.query.legal import legal_query, said_areas
from core.matching.query.model import ANY, EXAMPLE, MAX_CHARS, MAX_TITLE_WORDS, SALAD, ParsedQuery
from core.matching.query.pasted_titles import _named_again, _pasted
from core.matching.query.places import _ANYWHERE, _GLUED, _LOCATION, _near, _read_places, any_state
from core.matching.query.prose import read_career_change, read_prose
from core.matching.query.remote import (
    _REMOTE_HYPHEN,
    _note_both_workplaces,
    _note_remote_from,
    _remote_from,
    _remote_regions,
)
from core.matching.query.series import series_codes, series_title
from core.matching.query.settings import read_settings
from core.matching.query.shifts import (
    _NO_SHIFT,
    _SHIFT,
    SHIFTS,
    _misspelt_shifts,
    _part_time,
    _preferred,
    _shift_named,
    read_how_much,
)
from core.matching.query.text import _clean, _cut, _unquote
from core.matching.query.titles import (
    _LAST_OR,
    _dangling_or,
    _field_roles,
    _kept,
    _noun_last,
    _operating_room,
    _pluses,
    _slashes,
)
from core.matching.query.words import (
    _beside_roles,
    _classify,
    _developer_work,
    _field_of_specialty,
    _licence_job,
    _licences,
    _note_codes_read_as_skills,
    _note_rewrites,
    _product_kinds,
    _rung_of_role,
    _sectors,
    _snap_all,
    _software_developer,
    level_range,
)
from core.matching.vocab import BROAD_NOUNS, Item, tokens, vocabulary


def _parse(text: str) -> ParsedQuery:
    v = vocabulary()
    as_sent = text
    notes: list[str] = []
    text = _leave_out(text, _TEMPLATE, TEMPLATE_NOTE, notes)
    text = _leave_out(text, _LINK, LINK_NOTE, notes)
    text = _REMOTE_HYPHEN.sub(lambda m: " ".join(w for w in m.groups() if w), text)
    text = read_prose(text)
    said = text
    text = read_career_change(text, notes)
    spans: list[tuple[int, int]] = []
    salary_min: float | None = None
    currency: str | None = None
    text = _leave_out(text, _SHELL, SHELL_NOTE, notes)
    text = level_range(read_how_much(text, notes))
    text = _leave_out(
        text,
        _EXPERIENCE,
        "I match a posting's level, not its years; add junior, mid or senior if you mean one",
        notes,
    )
    text = _leave_out(
        text,
        _TERM,
        "I match a posting's title and place, not the term it starts in",
        notes,
    )
    text = _leave_out(
        text,
        _CONTRACT_LENGTH,
        "I match a posting's title and place, not the length of its contract",
        notes,
    )
    text = _leave_out(
        text,
        _RADIUS,
        "I match a posting's place by its name, not by a distance from it",
        notes,
    )
    text = _leave_out(
        text,
        _EMPLOYMENT_TERMS,
        "I match a posting's title and place, not its tax or employment terms",
        notes,
    )
    graded = "I match a posting's title and place, not its pay grade; add a level or pay instead"
    text = _leave_out(_series_grade(text, graded, notes), _PAY_GRADE, graded, notes)
    text = _leave_out(text, _NHS_BAND, graded.replace("grade", "band (a grade)", 1), notes)
    text = _leave_out(text, _EMPTY_OPERATOR, "no name follows it", notes)
    text = _leave_out(text, _NEAR_ME, NEAR_ME, notes)
    text = _leave_out(text, _DANGLING_NOT, "nothing follows it to leave out", notes)
    text, names = _pasted(text, notes)  # after what is left out: "attorney (gs-14)"
    text, codes = series_codes(text, notes)  # "2210 infosec": not pay, the series' title
    text = _or_above(text, notes)
    text = _six_figures(text, notes)
    if find_salaries(text):
        text = _leave_out(
            text, _TOTAL_PAY, "I compare your pay floor with the pay a posting states", notes
        )
    text = _each_left_out(text)
    for found in find_salaries(text):
        spans.append(found.span)
        if found.note:
            notes.append(found.note)
        elif salary_min is None:
            salary_min, currency = found.amount, found.currency
            if found.said:
                notes.append(found.said)
        else:
            notes.append("You gave more than one salary; I used the first")
    if salary_min is not None and currency is None:
        notes.append(floor_note(salary_min))
    text = _cut(text, spans)
    text = any_state(text, notes)
    anywhere = [m.span() for m in _ANYWHERE.finditer(text)]
    text = _cut(text, anywhere)
    text = _misspelt_shifts(text, notes)
    no_shifts = [_shift_named(m["shift"]) for m in _NO_SHIFT.finditer(text)]
    text = _cut(text, [m.span() for m in _NO_SHIFT.finditer(text)])
    excl_words: list[str] = []
    excl_skills: list[str] = []
    excl_companies: list[str] = []
    excl_workplaces: list[str] = []
    excl_levels: list[str] = []
    locations: list[str] = []
    spans = []
    for m in _EXCLUDE.finditer(text):
        excluded, end = _named(m)
        spans.append((m.start(), end))
        term = _unquote(excluded)
        if m["company"]:
            excl_companies.append(" ".join(tokens(term)))
            continue
        read = v.analyse(_snap_all(tokens(term), notes, words=False), implied=False)
        if _phrase(read):  # "indian health service": the phrase, not each of its words
            excl_words.append(" ".join(tokens(term)))
            continue
        for item in read:
            if item.kind == "skill":
                excl_skills.append(v.skill_names[item.value])
            elif item.value in v.workplace:
                excl_workplaces.append(v.workplace[item.value])
            elif item.value in v.seniority:
                excl_levels.append(v.seniority[item.value])
            elif item.value not in v.stop:
                excl_words.append(item.value)
    text = _cut(text, spans)
    text = _part_time(text, notes)
    shifts = [m[0] for m in _SHIFT.finditer(text)]
    prefer = [name for name, pattern in SHIFTS.items() if any(pattern.fullmatch(m) for m in shifts)]
    text = _leave_out(
        _cut(text, [m.span() for m in _SHIFT.finditer(text) if _preferred(m[0])]),
        _SHIFT,
        "a count of days or shifts is no title word, level or shift to prefer",
        notes,
    )
    spans = []
    for m in _LOCATION.finditer(text):
        spans.append(m.span())
        locations.append(" ".join(tokens(_unquote(m["term"]))))
    text = _cut(text, spans)
    # A title word before a colon is no operator: "teacher: elementary" is a title.
    operators = [m for m in _OPERATOR.finditer(text) if m["name"].lower() not in v.known]
    for m in operators:
        notes.append(f'I don\'t know the operator "{m["name"]}:", so I ignored "{m.group(0)}"')
    text = _cut(text, [m.span() for m in operators])
    glued = frozenset(m[0] for m in _GLUED.finditer(text.lower()))
    zones: list[str] = []
    beside: list[str] = []
    toks = _operating_room(_pluses(tokens(_slashes(text))))
    toks = _near(toks)
    toks, expanded = _query_titles(toks)
    toks = _read_places(toks, locations, notes, glued, zones, beside)
    typed = toks
    toks, settings = read_settings(legal_query(toks, notes))
    if _LAST_OR.search(said):  # "nurse or": not "nurse part-time or full-time"
        toks = _dangling_or(toks, notes)
    toks = _noun_last(_snap_all(toks, notes), notes)
    read = _beside_roles(v.analyse(toks, lean=False))
    items = _licences(_licence_job(read, notes), notes)
    items = _sectors(_product_kinds(items, notes))
    _note_codes_read_as_skills(items, notes)
    got = _classify(items, notes)
    _note_rewrites(read, expanded, notes)  # after the notes of levels and licences: said once
    said_areas(typed, notes)
    for key, left_out in (
        ("skills", excl_skills),
        ("title", excl_words),
        ("workplaces", excl_workplaces),
        ("seniority", excl_levels),
    ):
        _contradicted(got[key], left_out, notes)
    _note_both_workplaces(said, got["workplaces"], notes)
    titles = [t for t in (_kept(a, got["title"]) for a in got.get("alternatives", [])) if t]
    titles = list(dict.fromkeys(titles))
    if len(titles) < 2 and not names:  # "data platform engineer": or a data engineer
        titles = _field_of_specialty(items, got["title"], notes) or titles
    if len(titles) < 2 and names:  # "EC Teacher (Exceptional Children Teacher)": either name
        titles = _named_again(got["title"], names)
        got["title"] = list(titles[0])
    if len(titles) > 1:
        got["title"] = list(titles[0])
    named = [w for w in got["title"] if _field_roles().get(w) in got["title"]]
    if named and len(titles) < 2:  # "rn nursing jobs": the registered nurse named is the role
        got["title"] = [w for w in got["title"] if w not in named]
        notes.extend(
            f'I left "{w}" out of the title: the {_field_roles()[w]} you named is in that field'
            for w in named
        )
    noun = _field_roles().get(got["title"][0], "") if len(got["title"]) == 1 else ""
    if noun and len(titles) < 2 and noun not in excl_words:  # "nursing jobs": nurses too
        field = got["title"][0]
        titles, got["title"] = [(noun,), (field,)], [noun]
        notes.append(f'I read "{field}" as {noun} jobs, and titles with "{field}" in them')
    if codes and len(titles) < 2:
        got["title"] = series_title(codes, got["title"])
    if len(titles) < 2:
        _note_several_jobs(got["title"], notes)
        _note_bare_noun(got["title"], got["skills"], notes)
    excl_levels = _beyond(excl_levels, got["seniority"])
    places = list(dict.fromkeys(x for x in locations if x))
    if anywhere and not places and not got["workplaces"]:
        notes.append(
            'I read "anywhere" as any place, remote or not, so I\'m not filtering by place '
            '(add "remote" for remote jobs only)'
        )
    if not got["title"] and len(titles) < 2:
        _developer_work(got, notes)
    if len(titles) < 2 and not names and not codes:
        _software_developer(got, notes)
    if len(titles) < 2:
        _rung_of_role(got, notes)
    regions = _remote_regions(toks, got["workplaces"], places, beside)
    if regions:  # "nyc or remote us": in NYC, or remote from the US
        places = [p for p in places if p not in regions]
    remote_from = not regions and _remote_from(tokens(text), got["workplaces"], places)
    named = [p for p in places if p not in zones]  # a time zone's note says it already
    if remote_from and named:
        _note_remote_from(said, named, notes)
    query = ParsedQuery(
        title=tuple(got["title"]),
        or_titles=tuple(ANY.join(t) for t in titles[1:]) if len(titles) > 1 else (),
        skills=tuple(got["skills"]),
        locations=tuple(places),
        workplaces=tuple(got["workplaces"]),
        seniority=tuple(got["seniority"]),
        exclude_words=tuple(dict.fromkeys(excl_words)),
        exclude_skills=tuple(dict.fromkeys(excl_skills)),
        exclude_companies=tuple(dict.fromkeys(x for x in excl_companies if x)),
        exclude_workplaces=tuple(dict.fromkeys(excl_workplaces)),
        exclude_levels=tuple(dict.fromkeys(excl_levels)),
        salary_min=salary_min,
        currency=currency,
        remote_from=remote_from,
        remote_regions=tuple(regions),
        prefer=tuple(x for x in [*prefer, *settings] if x not in no_shifts),
        graded=bool(got["graded"]),
        exclude_shifts=tuple(dict.fromkeys(no_shifts)),
        notes=tuple(dict.fromkeys(_as_typed(notes, as_sent))),  # each said once
    )
    return _refuse_salad(query, got.get("uncapped", []))


_READ_AS = re.compile(r'^I read "([^"]+)"')
_EDGE_MARKS = re.compile(r"^[^\w]+|[^\w]+$")


def _as_typed(notes: list[str], typed: str) -> list[str]:
    """The notes quoting a word as the person spelt it ("mecánico", not the folded "mecanico")
    when the parser's folded form is not what they wrote."""
    words = [w for w in (_EDGE_MARKS.sub("", w) for w in typed.split()) if w]
    spelt: dict[str, str] = {}
    for size in range(1, 5):
        for at in range(len(words) - size + 1):
            window = " ".join(words[at : at + size])
            spelt.setdefault(" ".join(tokens(window)), window)
    folded = typed.casefold()
    out = []
    for note in notes:
        m = _READ_AS.match(note)
        own = spelt.get(m[1]) if m and m[1].casefold() not in folded else None
        out.append(f'I read "{own}"{note[m.end() :]}' if m and own else note)
    return out


def _phrase(read: list[Item]) -> bool:
    """Whether a term left out of several words is one phrase: words of no skill, level or
    workplace (a name, "Internal Revenue Service"); skills and levels are each left out."""
    v = vocabulary()
    words = [i for i in read if i.kind != "skill" and i.value not in v.stop]
    return len(read) > 1 and any(
        i.value not in v.workplace and i.value not in v.seniority for i in words
    )


def _query_titles(toks: list[str]) -> tuple[list[str], list[tuple[str, tuple[str, ...]]]]:
    """The tokens with a search's short names read (query_titles.tsv: "pt", "vet" a title,
    unless a phrase goes on, "vet tech"; "java script" JavaScript; "teach kids" a teacher), and
    each read with its reading."""
    v = vocabulary()
    out: list[str] = []
    expanded: list[tuple[str, tuple[str, ...]]] = []
    at = 0
    while at < len(toks):
        said, size = _short_name(toks, at)
        inside = at > 0 and tuple(toks[at - 1 : at + size]) in v.phrases  # "work from home"
        if said and not inside and (" " in said or tuple(toks[at : at + 2]) not in v.phrases):
            expanded.append((" ".join(toks[at : at + size]), v.query_titles[said]))
            out.extend(v.query_titles[said])
            at += size
        else:
            out.append(toks[at])
            at += 1
    return out, expanded


_ARTICLES = frozenset(["a", "an", "the"])  # passed over inside a short name ("drive a lorry")


def _short_name(toks: list[str], at: int) -> tuple[str, int]:
    """The longest short name (query_titles.tsv) starting here, articles within it passed
    over, and how many tokens it spans; ("", 0) when none starts here."""
    v = vocabulary()
    words: list[str] = []
    ends: list[int] = []
    end = at
    while end < len(toks) and len(words) < v.longest_query_title:
        if not (words and toks[end] in _ARTICLES):
            words.append(toks[end])
            ends.append(end + 1)
        end += 1
    for n in range(len(words), 0, -1):
        said = " ".join(words[:n])
        if said in v.query_titles:
            return said, ends[n - 1] - at
    return "", 0


def _refuse_salad(query: ParsedQuery, words: list[str]) -> ParsedQuery:
    """Refuse a title past the cap (MAX_TITLE_WORDS) made mostly of words in no job title
    ("the quick brown fox… a nurse walks past…"), saying the role nouns it has. Made mostly of
    words it does not know at all ("whisper galaxy … nurse … engineer"), it keeps its role
    nouns, saying which words were ignored; with none, its title is the words it does not know,
    which parse_query names (the cap kept the first words, hiding them)."""
    v = vocabulary()
    unknown = [w for w in words if w not in v.known]
    if len(words) <= MAX_TITLE_WORDS:
        return query
    notes = tuple(n for n in query.notes if not n.startswith("That's a lot of words"))
    if 2 * len(unknown) > len(words):
        roles = [w for w in words if w in v.heads][:MAX_TITLE_WORDS]
        if not roles:
            return replace(query, title=tuple(unknown[:MAX_TITLE_WORDS]), or_titles=())
        ignored = ", ".join(w for w in words if w not in roles)
        note = f"That's {len(words)} words, most of them unknown to me; I ignored: {ignored}"
        return replace(query, title=tuple(roles), or_titles=(), notes=(*notes, note))
    jobs = [w for w in words if w in v.curated or v.title_counts.get(w)]
    if 2 * len(jobs) >= len(words):
        return query
    kept = _role_runs(words, jobs)[:MAX_TITLE_WORDS]
    understood = replace(query, title=kept, or_titles=(), notes=notes)
    what = _understood(understood)
    raise QueryError(
        f"That's {len(words)} words, most of them in no job title: I can't tell which job to"
        " look for. " + (what + " " if what else "") + f"Name the job in a few words, {EXAMPLE}.",
        retry=understood.restated() if kept else "",
    )


def _role_runs(words: list[str], jobs: list[str]) -> tuple[str, ...]:
    """Each role noun of a paragraph's title words with the job words just before it ("… a
    senior backend engineer with …": backend engineer; "registered nurse")."""
    heads = vocabulary().heads
    kept: list[str] = []
    for at, word in enumerate(words):
        if word in heads:
            start = at
            while start > 0 and words[start - 1] in jobs and words[start - 1] not in heads:
                start -= 1
            kept += words[start : at + 1]
    return tuple(dict.fromkeys(kept))


def _understood(query: ParsedQuery) -> str:
    described = query.describe()
    parts = [] if described == "nothing" else [f"I understood: {described}."]
    parts.extend(note + "." for note in query.notes)
    return " ".join(parts)


# Why "near me" is left out: a search names its place
UNKNOWN_WORDS = "I don't know these words as a job title or skill"
NEAR_ME = 'I can\'t tell where you are; name the place, e.g. "in austin tx"'

SEVERAL_JOBS = 3  # role nouns in one title ("nurse attorney driver"): several jobs, not one


def _note_bare_noun(title: list[str], skills: list[str], notes: list[str]) -> None:
    """Say that a role noun alone spanning every field ("engineer") finds every kind of it."""
    if len(title) == 1 and title[0] in BROAD_NOUNS and not skills:
        noun, kinds = title[0], BROAD_NOUNS[title[0]]
        examples = ", ".join(f'"{k}"' for k in kinds)
        notes.append(
            f'"{noun}" alone is every kind of {noun} (software developers too); '
            f"name the kind ({examples}) for fewer, closer matches"
        )


def _note_several_jobs(title: list[str], notes: list[str]) -> None:
    """Note a title naming several different jobs: one search each finds them."""
    roles = list(dict.fromkeys(w for w in title if w in vocabulary().heads))
    if len(roles) >= SEVERAL_JOBS:
        named = ", ".join(roles[:-1]) + f" and {roles[-1]}"
        notes.append(
            f"{named} are different jobs, which one posting rarely is: a search for each finds "
            f"them (/add {roles[0]}, /add {roles[1]}…)"
        )


# How a role noun ends ("viticulturist", "farrier", "luthier", "chandler"): a word not known may
# name a rare job.
_ROLE_ENDINGS = ("ist", "er", "or", "ian", "ant", "ent", "man", "smith", "wright", "ee")


LONGEST_WORD = 30  # letters; a longer title word ("ababab…") is no word of any job


# SQL pasted as a search ("SELECT * FROM jobs WHERE title = 'engineer'", "'; DROP TABLE x; --"):
# a statement's shape, a string closed and a statement or comment after it, or the tautology
# `or 1=1` however quoted; never searched.
_SQL = re.compile(
    r"\bselect\b[^;]*?\bfrom\b|\b(?:insert\s+into|delete\s+from|(?:drop|alter|truncate)\s+table"
    r"|drop\s+(?:database|schema)|union\s+(?:all\s+)?select|update\s+\w+\s+set)\b"
    r"|'\s*(?:;|--|or\s+'?1'?\s*=\s*'?1)|;\s*--|\"\s*(?:;|--\s*$)"
    r"|\bor\s+([\"']?)1\1\s*=\s*\1?1\b",
    re.IGNORECASE,
)
_SQL_STRING = re.compile(r"(?:=|\blike)\s*'([^';]+)'", re.IGNORECASE)  # title = 'engineer'


def _refuse_sql(text: str) -> None:
    """Refuse SQL pasted as a search, saying what of it reads as a search: the words before
    the statement and the strings it looks for ("title = 'engineer'": engineer)."""
    found = _SQL.search(text)
    if not found:
        return
    said = " ".join([text[: found.start()], *_SQL_STRING.findall(text[found.start() :])])
    said = " ".join(re.sub(r"[;'*=%]", " ", said).split())
    try:
        what = _understood(replace(parse_query(said), notes=())) if said else ""
    except QueryError:
        what = ""
    raise QueryError(
        "That reads as SQL, not a job search: I look for words in postings and never run what"
        " is typed. "
        + (
            f'{what} Send that as the search, "{said}".'
            if what
            else f"Add what you're looking for, {EXAMPLE}."
        )
    )


def _known_words(query: ParsedQuery, unknown: list[str]) -> ParsedQuery:
    """The search without the words it does not know, which are mostly what its titles say,
    saying which were ignored: its known job words are what can be searched for."""
    titles = [t for t in (tuple(w for w in t if w not in unknown) for t in query.titles) if t]
    said = ", ".join(f'"{w}"' for w in unknown)
    note = f"I don't know {said} as words of a job title, so I ignored them"
    return replace(
        query,
        title=titles[0],
        or_titles=tuple(ANY.join(t) for t in titles[1:]),
        notes=(*query.notes, note),
    )


def _refuse_letters(query: ParsedQuery, words: list[str]) -> None:
    """Refuse a title of letters alone and no skill ("k": every posting saying "K-12" or
    "Plan K"), saying what else was understood; a letter that is a skill ("c", "r") is one."""
    if not words or query.skills or not all(len(w) == 1 and w.isascii() for w in words):
        return
    what = _understood(replace(query, title=(), or_titles=()))
    raise QueryError(
        f"A letter alone is no job title or skill: {', '.join(words)}. "
        + (what + " " if what else "")
        + f"Add what you're looking for, {EXAMPLE}."
    )


def _latin(char: str) -> bool:
    """Whether a character is written in Latin letters or is a digit, as job titles known are."""
    return char.isascii() or unicodedata.name(char, "").startswith("LATIN")


def unknown_words(query: ParsedQuery) -> str:
    """The line naming a search's title words that no title or skill known has ("gnissab
    nurse": gnissab), for a search finding nothing; "" when it has none."""
    v = vocabulary()
    words = dict.fromkeys(w for title in query.titles for w in title)
    strange = [
        w
        for w in words
        if w not in v.known and w not in v.title_tokens and any(_latin(c) for c in w)
    ]
    if not strange:
        return ""
    return f"{UNKNOWN_WORDS}: {', '.join(strange)} — check the spelling, or leave it out."


def parse_query(text: str) -> ParsedQuery:
    """Parse a search; raise QueryError saying what was understood when nothing usable is left."""
    text = _clean(text).strip()
    if not text:
        raise QueryError(f"Tell me what kind of job to look for, {EXAMPLE}.")
    _refuse_sql(text)
    if len(text) > MAX_CHARS:
        head = _parse(text[:MAX_CHARS].rsplit(" ", 1)[0])
        raise QueryError(
            f"That search is {len(text)} characters long; please keep it to at most {MAX_CHARS}. "
            + (_understood(replace(head, notes=())) or "")
        )
    query = _parse(text)
    words = list(dict.fromkeys(w for title in query.titles for w in title))
    _refuse_letters(query, words)
    v = vocabulary()
    unknown = [w for w in words if w not in v.known]
    mostly = 2 * len(unknown) > len(words)
    jobs = [w for w in words if w in v.curated or v.title_counts.get(w)]
    strange = [w for w in unknown if w not in v.title_tokens]  # in no job title known
    if (
        not query.skills
        and 2 * len(strange) > len(words)
        and jobs
        and all(len(w) <= LONGEST_WORD for w in strange)
    ):
        query = _known_words(query, strange)  # "whisper galaxy nurse": the nurse
        unknown = [w for w in unknown if w not in strange]
    # Mostly unknown and no job word: "qwzx plorf", "hello"; a word in another script may be a
    # title in that language ("программист"), one shaped as a role noun ("viticulturist") or of
    # a job title known (job_titles.txt: "doula", "au pair") a rare job: those are refused three
    # at a time, as words of a salad.
    odd = all(
        w.isascii() and not w.endswith(_ROLE_ENDINGS) and w not in v.title_tokens for w in unknown
    )
    salad = mostly and bool(unknown) and (len(unknown) >= SALAD or odd)
    # a skill beside a salad ("rockstar ninja synergy wizard guru python") leaves it a salad
    salad_beside = len(strange) >= SALAD and 2 * len(strange) > len(words)
    if (not query.skills or salad_beside) and (
        salad or any(len(w) > LONGEST_WORD for w in unknown)
    ):
        kept = tuple(w for w in words if w not in unknown)
        what = _understood(replace(query, title=kept, or_titles=()))
        raise QueryError(
            f"{UNKNOWN_WORDS}: "
            f"{', '.join(w if len(w) <= LONGEST_WORD else w[:LONGEST_WORD] + '…' for w in unknown)}"
            ". " + (what + " " if what else "") + f"Add what you're looking for, {EXAMPLE}."
        )
    scripts = [w for w in unknown if not any(_latin(c) for c in w)]
    if scripts:  # "服务员": kept, but no title known is written so
        said = ", ".join(f'"{w}"' for w in scripts)
        note = (
            f"I don't know {said} as a job title, and no title I know is written in its script,"
            " so it may match nothing; name the job in English too"
        )
        query = replace(query, notes=(*query.notes, note))
    if not query.usable and query.left_out:  # "anything but sales", "no php": no job to look for
        example = f"project manager {query.restated()}"
        raise QueryError(
            f"Tell me a job or a skill too — I'll leave out {' and '.join(query.left_out)}:"
            f' e.g. "{example}".',
            retry=example,
        )
    if not query.usable:
        what = _understood(query)
        raise QueryError(
            "I couldn't find a job title or skill to search for. "
            + (what + " " if what else "")
            + f"Add what you're looking for, {EXAMPLE}."
        )
    return query
