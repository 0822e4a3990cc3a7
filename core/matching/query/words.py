"""Classifying words into titles, skills, levels and workplaces; licences and typos."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from core.matching.query.model import ANY, MAX_SKILLS, MAX_TITLE_WORDS, RUNGS, skill_members
from core.matching.query.titles import _title_alternatives
from core.matching.regions import bare_code, code_name, word_code
from core.matching.vocab import (
    CODERS,
    IMPLY_ENG,
    NUMBERED_ROLES,
    RANK,
    ROMAN,
    Item,
    Vocabulary,
    codes_one_above,
    english_words,
    tokens,
    vocabulary,
)

# Two neighbouring levels joined ("mid-senior", "junior/mid", "mid to senior"): either, as
# "mid or senior" is; in a posting's title "Mid-Senior" stays senior (seed_titles.tsv).
_LEVEL_RANGE = re.compile(
    r"(?<![\w-])(junior|jr|mid)(?:[\s/–-]+|\s+to\s+)(mid|senior|sr)(?:[\s-]+level)?(?![\w-])",
    re.IGNORECASE,
)


def level_range(text: str) -> str:
    """The text with two levels joined said as either one ("mid-senior": mid or senior)."""
    return _LEVEL_RANGE.sub(
        lambda m: m[0] if m[1].lower() == m[2].lower() else f"{m[1]} or {m[2]}", text
    )


def _snap_all(toks: list[str], notes: list[str], words: bool = True) -> list[str]:
    """Replace misspelt words with the vocabulary word they most likely mean; with words
    False only by a skill, level or workplace (what is left out: "-pyhton", "not remtoe"; a
    company or place left out is no title word). In a search naming a title in another language
    ("ingeniero de redes") a word is never fixed into a skill: it is more likely a word of that
    language than a typo of a tool ("redes" is no Redis), except a programming language's beside
    a developer's or engineer's title ("desarrollador pyhton": Python)."""
    v = vocabulary()
    foreign = not v.foreign.isdisjoint(toks)
    coder = any(
        v.heads.get(w) == "eng" for t in toks if t in v.foreign for w in v.phrases.get((t,), ())
    )
    out = []
    for tok in toks:
        item: Item | None = None
        if v.stem(tok) not in v.known and tok not in v.places.values():  # "grads": grad
            item = v.snap(tok)
        if item and not _may_be_typo(tok, item.value):
            item = None
        if item and foreign and item.kind == "skill":
            item = item if coder and item.value in v.languages else None
        if item and not words and item.kind == "word":
            item = item if item.value in v.seniority or item.value in v.workplace else None
        if item is None:
            out.append(tok)
            continue
        shown = v.skill_names[item.value] if item.kind == "skill" else item.value
        notes.append(f'I read "{tok}" as {shown}')
        out.append(item.surface if item.kind == "skill" else item.value)
    return out


# A word shares all but this many last letters with the word it is read as when it is that word's
# kin by its ending ("developed": developer, "firemen": fireman)
_ENDING = 2


@cache
def _common_words() -> frozenset[str]:
    return frozenset(english_words())


def _may_be_typo(word: str, read: str) -> bool:
    """Whether a word may be a misspelling of the word it would be read as: not a common English
    word (english_words.tsv: "escalation" is no escalator, "leading" no lending, "sever" no
    server) unless it differs from it only in its last letters ("developed", "firemen")."""
    if word not in _common_words():
        return True
    return read.startswith(word[: max(1, len(word) - _ENDING)])


def _implied(items: list[Item], at: int) -> bool:
    """Whether a skill item is one the skill before it implies (django: Python)."""
    before = items[at - 1] if at else None
    return before is not None and before.kind == "skill" and before.surface == items[at].surface


# Words hedging a skill ("kotlin maybe", "or java if needed"): it is one the search would take
# in place of the one named before it, no skill needed beside it.
HEDGES = frozenset(
    ["maybe", "perhaps", "possibly", "ideally", "optionally", "if needed", "if necessary"]
)


def hedged(items: list[Item], at: int) -> bool:
    """Whether the skill item here is hedged by a word just before or after it ("or" between)."""
    near = [i.value for i in items[max(0, at - 2) : at] if i.value != "or"][-1:]
    near += [i.value for i in items[at + 1 : at + 3] if i.value != "or"][:1]
    return any(w in HEDGES for w in near)


def _runs(items: list[Item]) -> dict[int, int]:
    """Per skill item in a run of skills named with "or" between ("python or go or rust"), the
    position of the run's first skill; a skill a member implies is in its member's run, a
    hedged one ("kotlin maybe") in the run of the skill before it."""
    run_of: dict[int, int] = {}
    start = source = -1
    joining = False
    for at, item in enumerate(items):
        if item.kind == "skill" and _implied(items, at):
            run_of[at] = run_of[source]
        elif item.kind == "skill":
            start = start if joining or (source >= 0 and hedged(items, at)) else at
            run_of[at] = source = start
            joining = False
        else:
            after = items[at + 1] if at + 1 < len(items) else None
            joining = (
                item.value == "or"
                and items[at - 1 : at] != []
                and items[at - 1].kind == "skill"
                and after is not None
                and after.kind == "skill"
            )
    named = [at for at in run_of if not _implied(items, at)]
    sizes = {run: sum(1 for at in named if run_of[at] == run) for run in set(run_of.values())}
    return {at: run for at, run in run_of.items() if sizes[run] > 1}


def _skills(items: list[Item]) -> list[str]:
    """The skills named, in order: any-of groups joined by ANY ("Python|Go")."""
    v = vocabulary()
    runs = _runs(items)
    groups: dict[int, list[str]] = {}
    out: list[str | int] = []
    for at, item in enumerate(items):
        if item.kind != "skill":
            continue
        name = v.skill_names[item.value]
        if at in runs:
            if runs[at] not in groups:
                groups[runs[at]] = []
                out.append(runs[at])
            groups[runs[at]].append(name)
        else:
            out.append(name)
    return [x if isinstance(x, str) else ANY.join(dict.fromkeys(groups[x])) for x in out]


def _classify(items: list[Item], notes: list[str]) -> dict[str, list[str]]:
    v = vocabulary()
    keys = ("title", "skills", "seniority", "workplaces")
    got: dict[str, list[str]] = {k: [] for k in keys}
    graded = False  # a ladder number or company level (sde ii, L4, E5) names one exact grade
    coded: dict[str, str] = {}  # a company level (L7, E5) -> the level it was read as
    rungs: dict[str, str] = {}  # a ladder number (ii, 2, sde2) -> the level it was read as
    for at, item in enumerate(items):
        value = item.value
        if item.kind == "skill":
            pass
        elif _graded_rung(items, at, v):  # "senior staff": the staff rung, said in a note
            nxt = items[at + 1]
            notes.append(f'I read "{item.surface} {nxt.surface}" as {v.seniority[nxt.value]} level')
        elif v.grade_of_level(items, at):  # "senior ii": a grade of the level said before
            _note_grade(items[at - 1], item, notes)
        elif _unnumbered(items, at, v):
            notes.append(
                f'I left "{item.surface}" out: a {items[at - 1].value} is not graded by number;'
                " add junior, mid or senior if you mean a level"
            )
        elif (level := v.level_at(items, at)) is not None:
            got["seniority"].append(level)
            graded = graded or v.graded(value)
            if value in v.level_codes:
                coded[item.surface] = level
            elif v.graded(value):
                rungs[item.surface] = level
            phrase = any(
                o is not item and o.surface == item.surface and o.value not in v.seniority
                for o in items
            )
            said_so = item.surface.replace("-", " ") in (level, f"{level} level")  # no news
            if not said_so and (not phrase or value in ROMAN):  # "sde2", not "engineering intern"
                notes.append(f'I read "{item.surface}" as {level} level')
        elif value in v.workplace:
            got["workplaces"].append(v.workplace[value])
        elif value not in v.stop and not v.noise(items, at) and not value.isdigit():
            _said_again(items, at, got["title"], notes)
            got["title"].append(value)
    got["skills"] = _skills(items)
    hedges = [i.surface for at, i in enumerate(items) if i.kind == "skill" and hedged(items, at)]
    joined = [s for s in got["skills"] if ANY in s]
    if hedges and joined:
        notes.append(
            f"I read {', '.join(dict.fromkeys(hedges))} as one skill you'd take in place of"
            f" another, so any of {', '.join(skill_members(joined[-1]))} will do"
        )
    if [w for w in got["title"] if "alone" in v.titled_after.get(w, ())] == got["title"] != []:
        word = got["title"][0]  # "principal" alone: the school's head, a level never searched alone
        notes.append(
            f'I read "{word}" as the job title ({word} of a school); for the level, name the '
            f'role too ("{word} software engineer")'
        )
    parts = _title_alternatives(items, v)
    for key in got:
        got[key] = list(dict.fromkeys(got[key]))

    if parts:  # each title: the words of its part and those outside the "or" run
        every = set().union(*parts)
        at = min((got["title"].index(w) for w in every if w in got["title"]), default=0)
        outside = [w for w in got["title"] if w not in every]
        before = [w for w in outside if got["title"].index(w) < at]
        after = [w for w in outside if w not in before]
        each = [list(dict.fromkeys([*before, *p, *after])) for p in parts]
        got["uncapped"] = list(dict.fromkeys(w for t in each for w in t))
        got["alternatives"] = [ANY.join(_capped_title(t, MAX_TITLE_WORDS, notes)) for t in each]
        got["title"] = list(dict.fromkeys(w for t in got["alternatives"] for w in t.split(ANY)))
    else:  # the cap is per title: "backend or data engineer" counts each once
        got["uncapped"] = got["title"]
        got["title"] = _capped_title(got["title"], MAX_TITLE_WORDS, notes)
    got["skills"] = _capped(got["skills"], MAX_SKILLS, notes)
    graded = _by_word(got, coded, graded, notes)
    graded = _rung_in_word(got, rungs, graded, notes)
    levels = sorted(set(got["seniority"]), key=RANK.__getitem__)
    if levels and (RANK[levels[-1]] - RANK[levels[0]] >= 2 or (graded and len(levels) > 1)):
        notes.append(
            f"{' and '.join(levels)} contradict each other, so I'm not filtering by seniority"
        )
        levels = []
    got["seniority"] = levels
    got["graded"] = ["graded"] if graded and levels else []
    return got


def _unnumbered(items: list[Item], at: int, v: Vocabulary) -> bool:
    """Whether the word here is a digit after a role no search numbers ("nurse 2"), no level."""
    value = items[at].value
    return (
        value.isdigit()
        and value in ROMAN
        and at > 0
        and items[at - 1].value in v.heads
        and v.heads[items[at - 1].value] not in NUMBERED_ROLES
    )


def _note_grade(level: Item, number: Item, notes: list[str]) -> None:
    """Say that a ladder number after a level word ("senior ii", "principal 1") was read as a
    grade within that level (in place of the level word's own note)."""
    name = vocabulary().seniority[level.value]
    own = f'I read "{level.surface}" as {name} level'
    notes[:] = [note for note in notes if note != own]
    notes.append(f'I read "{level.surface} {number.surface}" as {name} level, a grade within it')


def _said_again(items: list[Item], at: int, title: list[str], notes: list[str]) -> None:
    """Say so where a short form is read as a title word the search names too ("pharmacist
    pharmd": one pharmacist), so that it does not vanish from the echo unexplained."""
    item = items[at]
    earlier = next((o for o in items[:at] if o.value == item.value), None)
    if item.value not in title or earlier is None:
        return
    short = next((o for o in (item, earlier) if o.surface != o.value), None)
    if short is None or sum(o.surface == short.surface for o in items) > 1:
        return  # the same word twice, or a phrase of several words ("rn": registered nurse)
    note = f'I read "{short.surface}" as {short.value}, already in your title'
    if note not in notes:
        notes.append(note)


def _by_word(
    got: dict[str, list[str]], coded: dict[str, str], graded: bool, notes: list[str]
) -> bool:
    """A company level (L7, E6) beside a level said in words one rung below it ("Sr. Staff SWE
    (L7)": staff): companies number their upper rungs differently (an L6 is senior at one, staff
    at another), so the words say the level and the code is read as it; a code below the words
    ("senior swe l4") still contradicts them. Whether the search is still graded."""
    said = [s for s in got["seniority"] if s not in coded.values()]
    if len(said) != 1 or not codes_one_above(said[0], coded.values()):
        return graded
    word = said[0]
    for code, level in coded.items():
        at = notes.index(f'I read "{code}" as {level} level')
        notes[at] = f'I read "{code}" beside {word} as {word} level, as your words say'
    got["seniority"] = [word]
    return False


def _rung_in_word(
    got: dict[str, list[str]], rungs: dict[str, str], graded: bool, notes: list[str]
) -> bool:
    """A ladder number beside one level said in words ("sr sde ii", "senior software engineer
    ii"): a grade within that level, as titles write it ("Senior Software Engineer II"), said
    so; a company code against the words still contradicts them. Whether still graded."""
    said = {s for s in got["seniority"] if s not in rungs.values()}
    if not rungs or len(said) != 1:
        return graded
    word = next(iter(said))
    for rung, level in rungs.items():
        at = notes.index(f'I read "{rung}" as {level} level')
        notes[at] = f'I read "{rung}" beside {word} as a grade within {word} level'
    got["seniority"] = [s for s in got["seniority"] if s == word]
    return False


def _graded_rung(items: list[Item], at: int, v: Vocabulary) -> bool:
    """Whether the word here is "senior" grading the rung after it ("senior staff engineer",
    "sr principal engineer"): a grade of staff or principal, not a level of its own."""
    if at + 1 >= len(items) or v.seniority.get(items[at].value) != "senior":
        return False
    if not v.level(items, at) or not v.level(items, at + 1):
        return False
    return v.seniority[items[at + 1].value] in RUNGS


def _note_codes_read_as_skills(items: list[Item], notes: list[str]) -> None:
    """Say so where a US postal code was read as the specialty it also stands for ("va social
    worker": Veterans Affairs, the employer, not Virginia), and how to name the state."""
    for item in items:
        if item.kind == "skill" and (bare_code(item.surface) or word_code(item.surface)):
            name, state = vocabulary().skill_names[item.value], code_name(item.surface)
            notes.append(
                f'I read "{item.surface}" as {name}, not {state}'
                f' (for jobs in {state}, write "in {item.surface}")'
            )


# A licence or certificate named as the whole title, whose own title postings do not use: "cpa" is
# an accountant holding it ("Accountant", never "Certified Public Accountant"), "lmsw" a social
# worker, "ccna" a network engineer or administrator, "otr" or "cdl" a truck driver, "icu" a nurse
# of the unit. The credential stays a specialty, so a posting naming it ranks first (one naming
# a wanted specialty, Vocabulary.wanted, is all it lists at normal); "or" between two titles makes
# either the job.
CREDENTIAL_JOBS = {
    "CPA": "accountant",
    "Chartered Accountant": "accountant",
    "LMSW": "social worker",
    "LPC": "counselor",
    "APRN": "nurse practitioner",  # "Advanced Practice Nurse" is read so too
    "CCNA": "network engineer or network administrator",
    "CCNP": "network engineer or network administrator",
    "PMP": "project manager",
    "Over the Road": "truck driver",
    "CDL": "truck driver",
    "CDL Class A": "truck driver",
    "CDL Class B": "truck driver",
    "ICU": "nurse",
    "CPhT": "pharmacy technician",
    "BSN": "nurse",
    "MSW": "social worker",
    "QTS": "teacher",
    "CPC": "medical coder",
}


def _credential_words(name: str) -> list[Item]:
    """The title words of the job a credential implies, "or" between its titles."""
    return [Item("word", word, word) for word in CREDENTIAL_JOBS[name].split()]


def _credential_alone(items: list[Item], notes: list[str]) -> list[Item]:
    """The items with certificates or specialties that are the whole search ("ccna", "otr cdl",
    "icu remote") read as the one job they imply and themselves, saying so; else as they were."""
    v = vocabulary()
    other = v.seniority.keys() | v.workplace.keys() | v.stop | {"or"}
    if any(item.kind == "word" and item.value not in other for item in items):
        return items
    said = [item for item in items if item.kind == "skill"]
    names = {v.skill_names[item.value] for item in said}
    jobs = {CREDENTIAL_JOBS.get(name) for name in names}
    if not said or len(jobs) != 1 or None in jobs:
        return items
    name = said[0]
    job = CREDENTIAL_JOBS[v.skill_names[name.value]]
    shown = " and ".join(dict.fromkeys(v.skill_names[item.value] for item in said))
    words = " ".join(dict.fromkeys(item.surface for item in said))
    # a wanted specialty (ICU, CDL) leaves out the jobs naming none; a credential ranks them
    wanted = all(v.wanted(item.value) for item in said)
    notes.append(
        f'I read "{words}" as {job} jobs, those naming {shown}{"" if wanted else " first"}'
    )
    at = items.index(name)
    return [*items[:at], *_credential_words(v.skill_names[name.value]), *items[at:]]


def _licence_job(items: list[Item], notes: list[str]) -> list[Item]:
    """The items with a licence that is the whole title ("cpa", "certified public accountant
    remote") read as its job and the licence, saying so; a certificate or specialty alone
    ("ccna", "otr") as its job too (_credential_alone)."""
    v = vocabulary()
    other = v.seniority.keys() | v.workplace.keys() | v.stop | {"or"}
    at = [i for i, item in enumerate(items) if item.kind == "word" and item.value not in other]
    if not at:
        return _credential_alone(items, notes)
    if at != list(range(at[0], at[-1] + 1)):
        return items
    said = [items[i] for i in at]
    surfaces = list(dict.fromkeys(item.surface for item in said))
    key = v.licences.get((surfaces[0],)) if len(surfaces) == 1 else None
    key = key or v.licences.get(tuple(item.value for item in said))
    others: list[Item] = []
    if not key and len(surfaces) > 1:  # "cpa tax", "tax cpa": a tax accountant with the licence
        for end in (surfaces[0], surfaces[-1]):
            rest = [item for item in said if item.surface != end]
            if v.licences.get((end,)) and not any(item.value in v.heads for item in rest):
                key, others = v.licences[(end,)], rest
                surfaces = [end]
                break
    name = v.skill_names.get(key or "", "")
    if not key or name not in CREDENTIAL_JOBS:
        return items
    job = CREDENTIAL_JOBS[name]
    said_as = " ".join(surfaces)
    notes.append(f'I read "{said_as}" as {job} jobs asking for the licence {name}')
    read = [*others, *_credential_words(name), Item("skill", key, name)]
    return items[: at[0]] + read + items[at[-1] + 1 :]


def _licences(items: list[Item], notes: list[str]) -> list[Item]:
    """The items with a licence's short form after a role noun read as the licence, a specialty
    in the title or text ("case manager lmsw", "accountant cpa", "civil engineer pe"), saying so;
    alone or first it stays the title it stands for ("lpn", "rn case manager")."""
    v = vocabulary()
    out: list[Item] = []
    classes: set[str] = set()  # the role classes named so far
    at = 0
    while at < len(items):
        item = items[at]
        key = v.licences.get((item.surface,)) if item.kind == "word" else None
        roles = v.licence_roles.get(key or "")
        if key and (
            (classes and (not roles or roles & classes))
            or _job_follows(key, item.surface, items[at + 1 :])
        ):
            end = at
            while end < len(items) and items[end].surface == item.surface:
                end += 1
            out.append(Item("skill", key, item.surface))
            notes.append(f'I read "{item.surface}" as the licence {v.skill_names[key]}')
            at = end
            continue
        if item.kind == "word" and item.value in v.heads and (item.surface,) not in v.licences:
            classes.add(v.heads[item.value])  # not the nurse of "rn" in "rn lpn"
        licence = bool(out) and out[-1].kind == "skill" and out[-1].value in v.licence_roles
        if item.value == "or" and not licence:  # "nurse or lpn": another title, not "lcsw or lmsw"
            classes.clear()
        out.append(item)
        at += 1
    return out


def _job_follows(key: str, said: str, rest: list[Item]) -> bool:
    """Whether the role noun of a licence's own job comes after its short form ("cpa senior
    accountant"): the job is typed, the short form is the licence it asks for, not the title."""
    v = vocabulary()
    job = CREDENTIAL_JOBS.get(v.skill_names.get(key, ""), "")
    noun = job.split()[-1] if job and " or " not in job else None
    for item in rest:
        if item.surface == said:  # the words its title abbreviation read as ("cpa": accountant)
            continue
        if item.value == "or":  # "cpa or bookkeeper": another title, the short form its own
            return False
        if item.kind == "word" and item.value == noun:
            return True
    return False


def _product_kinds(items: list[Item], notes: list[str]) -> list[Item]:
    """A cloud's product named after a kind of technology work ("azure storage": the Azure
    Storage team) read as the cloud and the specialty, saying so: postings of the team say
    "storage" and often not the product's name."""
    v = vocabulary()
    out: list[Item] = []
    for item in items:
        words = tuple(item.surface.split())
        split = next(
            (
                (v.skill_alias[words[:k]], v.skill_alias[words[k:]])
                for k in range(1, len(words))
                if words[:k] in v.skill_alias
                and v.skill_alias.get(words[k:]) in v.tech_specialties
                and v.skill_alias[words[:k]] not in v.specialties
            ),
            None,
        )
        if item.kind != "skill" or item.value in v.specialties or split is None:
            out.append(item)
            continue
        cloud, kind = split
        names = v.skill_names
        notes.append(f'I read "{item.surface}" as {names[cloud]} and the specialty {names[kind]}')
        out += [Item("skill", cloud, names[cloud]), Item("skill", kind, names[kind])]
    return out


# Title words and skills' kinds that say a search is for software work: beside them a sector
# ("banking backend", "e-commerce python") is a specialty, the company's business.
SOFTWARE_WORK = IMPLY_ENG | {"ai", *CODERS}


def _sectors(items: list[Item]) -> list[Item]:
    """A sector (seed_skills.tsv "sector": banking, e-commerce, healthcare…) beside software
    work (SOFTWARE_WORK, a tool or a technology specialty) read as the specialty, what the
    company does ("banking backend": a backend job at a bank, not a title with "banking");
    beside none, a title word stays one ("healthcare assistant", "logistics management
    specialist", "ecommerce manager"), a word of no title ("fintech", "adtech") a specialty."""
    v = vocabulary()

    def sector(item: Item) -> str | None:
        key = item.value if item.kind == "skill" else v.skill_alias.get((item.value,))
        return key if key in v.sectors else None

    found = [sector(item) for item in items]
    software = any(
        key is None
        and (
            item.value in SOFTWARE_WORK
            if item.kind == "word"
            else item.value in v.tech_specialties or item.value not in v.specialties
        )
        for item, key in zip(items, found, strict=True)
    )
    out: list[Item] = []
    for item, key in zip(items, found, strict=True):
        if key is not None and software and item.kind == "word":
            out.append(Item("skill", key, item.surface))
        elif key is not None and not software and item.kind == "skill" and _titled(item, v):
            out.extend(Item("word", w, w) for w in item.surface.split())
        else:
            out.append(item)
    return out


def _titled(item: Item, v: Vocabulary) -> bool:
    """Whether every word a skill was read from is a word of job titles ("banking"), or a
    joined word of one ("ecommerce": "E-Commerce Manager")."""
    return all(w in v.title_words or w in _joined() for w in item.surface.split())


@cache
def _joined() -> frozenset[str]:
    """The words a phrase of several is read as ("e-commerce": ecommerce)."""
    v = vocabulary()
    return frozenset(c[0] for g, c in v.phrases.items() if len(g) > 1 and len(c) == 1)


def _field_of_specialty(
    items: list[Item], title: list[str], notes: list[str]
) -> list[tuple[str, ...]]:
    """A role noun alone after a specialty that starts with a field ("data platform engineer",
    "data streaming engineer"): the engineers of that specialty, or the field's own role (a
    Data Engineer, ranked after the postings naming the specialty); [] when it does not apply."""
    v = vocabulary()
    if len(title) != 1 or title[0] not in v.heads:
        return []
    for item in items:
        words = item.surface.split()
        if (
            item.kind == "skill"
            and item.value in v.tech_specialties
            and len(words) > 1
            and words[0] in v.specs
            and words[0] != title[0]
        ):
            field = (words[0], title[0])
            notes.append(
                f'I read "{item.surface} {title[0]}" as {title[0]} jobs in'
                f" {v.skill_names[item.value]} work, or {' '.join(field)} jobs"
            )
            return [(title[0],), field]
    return []


def _capped(words: list[str], cap: int, notes: list[str]) -> list[str]:
    """The first cap words, saying in a note which were ignored (once)."""
    return _kept_first(words, words[:cap], notes)


def _capped_title(words: list[str], cap: int, notes: list[str]) -> list[str]:
    """The cap title words a search most names its job by, in their order: its role nouns,
    then words of job titles, then the rest, each first to last ("senior whisper galaxy …
    nurse … engineer": the nurse and the engineer, not the first words whatever they are)."""
    v = vocabulary()
    rank = sorted(
        range(len(words)),
        key=lambda at: (
            words[at] not in v.heads,
            not (words[at] in v.curated or v.title_counts.get(words[at])),
            at,
        ),
    )
    kept = sorted(rank[:cap])
    return _kept_first(words, [words[at] for at in kept], notes)


def _kept_first(words: list[str], kept: list[str], notes: list[str]) -> list[str]:
    """The words kept, saying in a note which were ignored (once)."""
    if len(words) == len(kept):
        return words
    ignored = ", ".join(w for w in words if w not in kept)
    note = f"That's a lot of words; I kept {len(kept)} and ignored: {ignored}"
    if note not in notes:
        notes.append(note)
    return kept


def _developer_work(got: dict[str, Any], notes: list[str]) -> None:
    """ "microservices java", "rest api python": no title, a language and an architecture or
    practice (skills.tsv flag "practice"). A recruiter reads developer work in the language, the
    practice ranking it higher: so the search's role is a developer's and only the language must
    be there (every skill counting, a Java posting not saying "microservices" fell below the
    bar). The practice stays as said, in the echo and the reasons."""
    v = vocabulary()
    keys = [s.lower() for s in got["skills"]]
    languages = [s for s in keys if all(m in v.languages for m in skill_members(s))]
    practices = [s for s in got["skills"] if s.lower() in v.practices]
    if not languages or not practices:
        return
    got["title"] = ["developer"]
    said = " or ".join(s.replace(ANY, " or ") for s in got["skills"] if s.lower() in languages)
    others = [s.replace(ANY, " or ") for s in got["skills"] if s.lower() not in languages]
    one = len(others) == 1
    notes.append(
        f"with no job title I read this as developer work in {said}; "
        f"{', '.join(others)} {'ranks' if one else 'rank'} postings higher, "
        f"a posting need not name {'it' if one else 'them'}"
    )


def _software_developer(got: dict[str, Any], notes: list[str]) -> None:
    """ "developer", "junior programmer": a developer's role noun alone (no skills, no other
    title word) is a software developer, as the title "software developer" reads, so that no
    engineer of another field ("Engineer (General)", "Chief Engineer") passes; not "engineer"."""
    title = got["title"]
    if got["skills"] or len(title) != 1 or title[0] not in CODERS:
        return
    got["title"] = ["software", title[0]]
    said = f" as {title[0]}"
    read = [at for at, n in enumerate(notes) if n.startswith('I read "') and n.endswith(said)]
    for at in read:  # "dev": I read "dev" as software developer
        notes[at] = notes[at].removesuffix(title[0]) + f"software {title[0]}"
    if not read:
        notes.append(f'I read "{title[0]}" as software {title[0]}')


def _rung_of_role(got: dict[str, Any], notes: list[str]) -> None:
    """ "principal attorney": a level above senior for a job whose titles do not rank by it
    (Vocabulary.rung_roles) is the senior level and above, the rung its titles name ("Senior
    Attorney"); a search naming skills is technology work, whose titles do."""
    v = vocabulary()
    heads = [v.heads[w] for w in got["title"] if w in v.heads]
    if got["skills"] or not heads:
        return
    for level in [x for x in got["seniority"] if x in v.rung_roles]:
        if heads[-1] in v.rung_roles[level]:
            continue
        got["seniority"] = ["senior" if x == level else x for x in got["seniority"]]
        noun = next(w for w in reversed(got["title"]) if w in v.heads)
        notes.append(
            f'I read "{level}" as senior level and above: {noun} titles name no {level} rung'
        )


def _shown(items: list[Item]) -> str:
    """How analysed items read back: a skill by its name, title words as they are."""
    v = vocabulary()
    skills = [v.skill_names[i.value] for i in items if i.kind == "skill"]
    words = tuple(i.value for i in items if i.kind == "word")
    return " ".join([*skills[:1], v.said(words)]).strip()


def _same(said: str, shown: str) -> bool:
    """Whether a reading only recases, spaces or punctuates what was said (python: Python, "x
    ray": xray, "rabbit mq": RabbitMQ), or keeps title words of it, whole or cut ("fully
    remote": remote, "engineering intern": engineer intern); "vet" as veterinarian and "mongo" as
    MongoDB are rewrites."""
    letters = re.sub(r"[^\w#+]", "", said.lower()) == re.sub(r"[^\w#+]", "", shown.lower())
    words = said.lower().split()
    if not shown.islower():  # a skill named with more words: "elementary" as Elementary School
        return letters or set(words) <= set(shown.lower().split())
    return letters or all(any(s.startswith(w) for s in words) for w in shown.split())


def _note_rewrites(
    items: list[Item], expanded: list[tuple[str, tuple[str, ...]]], notes: list[str]
) -> None:
    """Say in one note each word read as another (lawyer: attorney, k8s: Kubernetes), a short
    name first ("rn": registered nurse); a plural (nurses) or a new casing (python) is no rewrite,
    and a word another note already explains is not said twice."""
    v = vocabulary()
    said = [(short, _shown(v.analyse(list(long), lean=False))) for short, long in expanded]
    groups: dict[str, list[Item]] = {}
    for at, item in enumerate(items):
        if not (item.kind == "skill" and _implied(items, at)):  # pyspark's Python: not said
            groups.setdefault(item.surface, []).append(item)
    for surface, group in groups.items():
        others = {i.value for s, g in groups.items() if s != surface for i in g}
        if others.issuperset(i.value for i in group):  # "rn registered nurse": said already
            continue
        if all(i.value in v.workplace or i.value in v.seniority for i in group):  # "wfh": remote
            continue
        expansion = any(surface in long for _, long in expanded)  # "rn": said as "rn"
        if not expansion and (len(group) > 1 or group[0].value != v.stem(surface)):
            said.append((surface, _shown(group)))
    for word, shown in list(said):  # "lawyr": I read "lawyr" as attorney, not as lawyer
        typos = [
            at
            for at, n in enumerate(notes)
            if n.startswith('I read "') and n.endswith(f" as {word}")
        ]
        for at in typos:
            notes[at] = notes[at].removesuffix(word) + shown
        if typos:
            said.remove((word, shown))
        elif any(n.startswith('I read "') and n.endswith(f'" as {shown}') for n in notes):
            said.remove((word, shown))  # "golnag": read as golang, said as Go once, not twice
    told = {
        w for note in notes for quoted in re.findall(r'"([^"]*)"', note) for w in quoted.split()
    }
    read = [f'"{a}" as {b}' for a, b in said if not _same(a, b) and told.isdisjoint(a.split())]
    if read:
        notes.append("I read " + ", ".join(read))


def _beside_roles(items: list[Item]) -> list[Item]:
    """The items with a specialty of some jobs alone (Vocabulary.beside: a practice area of a
    lawyer) read as its words beside no role noun of them: "data privacy counsel" asks a
    privacy lawyer, "data privacy analyst" names an analyst's title."""
    v = vocabulary()
    classes = {v.heads[i.value] for i in items if i.kind == "word" and i.value in v.heads}
    out: list[Item] = []
    for item in items:
        roles = v.beside.get(item.value) if item.kind == "skill" else None
        if roles is None or roles & classes:
            out.append(item)
        else:
            out.extend(Item("word", v.stem(t), t) for t in tokens(item.surface))
    return out
