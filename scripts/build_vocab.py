"""Build the matcher's vocabulary files in core/matching/data/ from ../shared/data.

Usage: .venv/bin/python scripts/build_vocab.py [--shared PATH]

Reads Stack Overflow tags and tag synonyms (CC BY-SA 4.0), GitHub Linguist languages (MIT),
hiringtrends terms (MIT), the Microsoft skills list (MIT) and O*NET alternate titles (CC BY 4.0),
merges them with the hand-curated seed files, and writes skills.tsv, title_words.txt,
title_abbrevs.tsv, role_nouns.txt, role_links.tsv and title_kin.tsv. The product only needs the
generated files, never ../shared.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
from collections import Counter
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "core" / "matching" / "data"
MIN_TAG_COUNT = 1500
MAX_TITLE_WORDS = 6000
MIN_ROLE_TITLES = 3  # a role noun ends at least this many O*NET alternate titles
ROLE_SHARE = 0.6  # ... and this share of the titles it occurs in
# Title-final words that say a rank or a relation, not which job: "Team Leader", "Staff Member".
NOT_ROLES = {"associate", "brother", "chief", "deployed", "expert", "extra", "fellow", "generalist"}
NOT_ROLES |= {"girl", "leader", "man", "master", "member", "monkey", "mother", "novice", "official"}
NOT_ROLES |= {"person", "qualified", "superior", "woman"}
# Abbreviations outside computing are read for licensed and health occupations only: there a
# short title names one job ("CRNA", "LMFT"); elsewhere O*NET's ("CMO" continuous miner
# operator, "RTO" rapid transit operator) mean other things in most postings.
LICENSED = {"certified", "licensed", "registered", "chartered", "accredited"}
HEALTH_CODES = {"29", "31"}  # O*NET major groups: healthcare practitioners, healthcare support
ROLE_LINK = 0.35  # Jaccard index of the occupations two role nouns end titles of
MIN_LINKED = 5  # ... shared by at least this many occupations
# Tag names that are ordinary words or title words: they must stay title words, not skills.
DENY = {
    "make",
    "coffee",  # CoffeeScript's synonym on Stack Overflow: a barista's "coffee shop" is no code
    "mf",
    "div",
    "inc",
    "gs",
    "az",
    "ada",
    "sdc",
    "xdc",
    "xdr",
    "rbx",
    "rs",
    "api",
    "web",
    "mobile",
    "security",
    "testing",
    "database",
    "data",
    "design",
    "cloud",
    "backend",
    "frontend",
    "devops",
    "networking",
    "performance",
    "logging",
    "search",
    "searching",  # Stack Overflow synonyms of the seed specialties Search and Storage
    "storing",
    "email",
    "video",
    "audio",
    "image",
    "math",
    "graph",
    "layout",
    "text",
    "time",
    "date",
    "file",
    "list",
    "string",
    "class",
    "object",
    "types",
    "memory",
    "events",
    "session",
    "animation",
    "charts",
    "select",
    "join",
    "filter",
    "replace",
    "input",
    "button",
    "post",
    "url",
    "forms",
    "validation",
    "dynamic",
    "methods",
    "random",
    "vector",
    "matrix",
    "plot",
    "caching",
    "optimization",
    "installation",
    "templates",
    "variables",
    "debugging",
    "exception",
    "inheritance",
    "authentication",
    "encryption",
    "parsing",
    "sorting",
    "canvas",
    "cookies",
    "dom",
    "model",
    "server",
    "client",
    "windows",
    "unity3d",
    "ml",
    "ai",
    "ios",
    "android",
    "automation",
    "agile",
    "big data",
    "computer vision",
    "architecture",
    "go",
    "cake",
    "cakescript",
    "bun",
    "deno",
    "shell",
    "node",
    "access",
    "sap",
    "express",
    "assembly",
    "scheme",
    "io",
    "self",
    "pure",
    "factor",
    "red",
    "ring",
    "slash",
    "tea",
    "turing",
    "yacc",
    "http",
    "json",
    "xml",
    "csv",
    "pdf",
    "ssl",
    "ssh",
    "unix",
    "macos",
    "facebook",
    "twitter",
    "firefox",
    "github",
    "heroku",
    "ubuntu",
    "vim",
    "eclipse",
    "svn",
    "networkx",
    "lambda",
    "buffer",
    "click",
    "echo",
    "heap",
    "libraries",
    "max",
    "mean",
    "monitoring",
    "move",
    "processing",
    "release",
    "slice",
    "slim",
    "realm",
    "semaphore",
    "passenger",
    "text-editor",
    "stackoverflow",
    "project-management",
    "game-development",
    "statistics",
    "crm",
    "sphinx",
    "business-intelligence",
    "devise",
    "spree",
    "vi",
    "d",
    "lex",
    "wix",
    "virtual-machine",
    "graph-databases",
    "message-queue",
    "code-coverage",
    "less",
    "sed",
    "mustache",
    "materialize",
    "analytics",
    "apples",
    "web services",
    "frameworks",
    "program",
    "programming",
}


def read_seed_skills() -> dict[str, tuple[list[str], str]]:
    """Return the hand-curated skills: name -> (aliases, flags)."""
    out: dict[str, tuple[list[str], str]] = {}
    for line in (DATA / "seed_skills.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split("\t")
        out[parts[0]] = (parts[1].split("|"), parts[2] if len(parts) > 2 else "")
    return out


def read_tags(shared: Path) -> dict[str, int]:
    """Return Stack Overflow tag -> question count."""
    with gzip.open(shared / "stackoverflow-tags" / "Tags.csv.gz", "rt", encoding="utf-8") as fh:
        return {row["TagName"]: int(row["Count"] or 0) for row in csv.DictReader(fh)}


def read_synonyms(shared: Path) -> list[tuple[str, str]]:
    """Return (synonym, target) tag pairs."""
    path = shared / "stackoverflow-tags" / "TagSynonyms.csv"
    with path.open(encoding="utf-8") as fh:
        return [(r["SourceTagName"], r["TargetTagName"]) for r in csv.DictReader(fh)]


def read_linguist(shared: Path) -> dict[str, list[str]]:
    """Parse languages.yml just enough: programming language name -> aliases."""
    langs: dict[str, list[str]] = {}
    name, kind, aliases, in_aliases = "", "", [], False
    lines = (shared / "linguist" / "languages.yml").read_text(encoding="utf-8").splitlines()
    for line in [*lines, "END:"]:
        if line and not line.startswith((" ", "#", "-")):
            if name and kind == "programming":
                langs[name] = aliases
            name, kind, aliases, in_aliases = line.rstrip(":").strip('"'), "", [], False
        elif line.startswith("  type:"):
            kind = line.split(":", 1)[1].strip()
        elif line.startswith("  aliases:"):
            in_aliases = True
        elif in_aliases and line.startswith("  - "):
            aliases.append(line[4:].strip().strip('"'))
        elif line.startswith("  "):
            in_aliases = False
    return langs


def read_hiringtrends(shared: Path) -> dict[str, list[str]]:
    """Return hiringtrends term -> aliases."""
    out: dict[str, list[str]] = {}
    for line in (shared / "hiringtrends" / "terms.dic").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        name, _, markup = line.partition("/")
        found = re.search(r"\[(.*)\]", markup)
        out[name.strip()] = found.group(1).split("|") if found else []
    return out


def read_microsoft_skills(shared: Path) -> dict[str, dict]:
    """Return the Microsoft skills list: skill id -> entry."""
    path = shared / "microsoft-careers" / "skills_kb.json"
    data: dict[str, dict] = json.loads(path.read_text("utf-8"))
    return data


def read_stackshare(shared: Path) -> set[str]:
    """Return skill ids from the Microsoft skills list that came from StackShare."""
    return {
        key
        for key, entry in read_microsoft_skills(shared).items()
        if any(s.get("sourceName", "").startswith("Stackshare") for s in entry["sources"])
    }


# Names the Microsoft skills list misspells: as the makers write them.
WRITTEN_AS = {"ffmpeg": "FFmpeg", "uikit": "UIKit", "haml": "Haml", "cloudflare": "Cloudflare"}
WRITTEN_AS |= {"mailchimp": "Mailchimp", "momentjs": "Momentjs"}


def read_display_names(shared: Path) -> list[str]:
    """Return product names as their makers write them (Microsoft skills list display names)."""
    names = [
        source["displayName"]
        for entry in read_microsoft_skills(shared).values()
        for source in entry["sources"]
        if source.get("displayName")
    ]
    return [WRITTEN_AS.get(name.lower(), name) for name in names]


def word_casings(names: list[str]) -> dict[str, str]:
    """Return lower-cased word -> its most frequent written form with a capital ("sqs" -> "SQS")."""
    seen = Counter(w for name in names for w in name.split() if w != w.lower())
    out: dict[str, str] = {}
    for word, _ in seen.most_common():
        out.setdefault(word.lower(), word)
    return out


def display_name(tag: str, known: dict[str, str], casings: dict[str, str]) -> str:
    """Return a tag's display name: as its maker writes it, else word by word ("Amazon SQS")."""
    words = tag.split("-")
    if " ".join(words) in known:
        return known[" ".join(words)]
    if tag in known and len(words) == 1:
        return known[tag]
    return " ".join(casings.get(w, w[:1].upper() + w[1:]) for w in words)


def build_skills(shared: Path) -> list[tuple[str, list[str], str]]:
    """Merge the seed skills with Stack Overflow, Linguist and hiringtrends vocabularies."""
    seed = read_seed_skills()
    tags = read_tags(shared)
    linguist = read_linguist(shared)
    trends = read_hiringtrends(shared)
    tech = {k.lower() for k in linguist} | {k.lower() for k in trends} | read_stackshare(shared)
    claimed = {a.lower() for aliases, _ in seed.values() for a in aliases}
    claimed |= {n.lower() for n in seed}
    by_key: dict[str, tuple[str, list[str], str]] = {
        n.lower(): (n, list(a), f) for n, (a, f) in seed.items()
    }
    # Linguist's language names first, then product names as written, then hiringtrends' terms.
    written = read_display_names(shared)
    display = {k.lower(): k for k in [*trends, *written, *linguist]}
    casings = word_casings([*written, *linguist, *seed])

    def add(name_key: str, alias: str) -> None:
        alias = alias.lower().strip()
        if len(alias) < 2 or (alias.startswith(".") and name_key != ".net") or alias in DENY:
            return
        if alias in claimed and alias not in by_key.get(name_key, ("", [], ""))[1]:
            return
        claimed.add(alias)
        by_key[name_key][1].append(alias)

    for tag, count in tags.items():
        if count < MIN_TAG_COUNT or tag in DENY or tag in claimed or tag not in tech:
            continue
        if re.search(r"\d+(\.\d+)*$", tag) and tag.rstrip("0123456789.-x") in tags:
            continue  # version tags such as python-3.x
        name = display_name(tag, display, casings)
        by_key[tag] = (name, [tag], "")
        claimed.add(tag)
    for source, target in read_synonyms(shared):
        if target in by_key and tags.get(target, 0) >= MIN_TAG_COUNT:
            add(target, source.replace("-", " ") if "-" in source else source)
    for lang, aliases in linguist.items():
        key = lang.lower()
        if key in by_key:
            for alias in aliases:
                add(key, alias)
    for term, aliases in trends.items():
        key = term.lower()
        if key in by_key:
            for alias in aliases:
                add(key, alias)
    langs = {k.lower() for k in linguist}
    for key, (name, aliases, flags) in list(by_key.items()):
        if key in langs and "lang" not in flags:
            by_key[key] = (name, aliases, " ".join(filter(None, [flags, "lang"])))
    return sorted(by_key.values(), key=lambda e: e[0].lower())


def build_titles(shared: Path) -> tuple[list[str], list[tuple[str, str]]]:
    """Return frequent title words and title abbreviations from O*NET alternate titles.

    An abbreviation is an alternate title's short form written "Long Form (ABBR)": every one of
    a computer occupation (15-*), and of a health or licensed occupation one of three to five
    letters that one field alone uses for a job (its long form ends in a role noun), that no
    title writes as a word ("CRNA", "LMFT"; not "CAT") and that is no technology tag nor ESCO
    word (not "CMS", "SEO", "his").
    """
    onet = shared / "onet"
    words: Counter[str] = Counter()
    abbrevs: dict[str, str] = {}
    fields: dict[str, tuple[set[str], Counter[str]]] = {}  # abbreviation -> codes, long forms
    as_word: set[str] = set()  # words titles write in lower case somewhere ("Cat Skinner")
    with gzip.open(onet / "Alternate Titles.txt.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            title = row["Alternate Title"]
            words.update(w for w in re.findall(r"[a-z]+", title.lower()) if len(w) >= 3)
            as_word.update(w.lower() for w in re.findall(r"[A-Za-z]+", title) if not w.isupper())
            code = row["O*NET-SOC Code"]
            found = re.fullmatch(r"(.+?) \(([A-Z]{2,5})\)", title)
            if found and row["Short Title"] == found.group(2) and code.startswith("15-"):
                abbrevs.setdefault(found.group(2).lower(), found.group(1).lower())
                continue
            pair = _short_form(title, row["Short Title"])
            if pair and len(pair[0]) >= 3:
                codes, forms = fields.setdefault(pair[0], (set(), Counter()))
                codes.add(code[:2])
                forms[pair[1]] += 1
    taken = as_word | _other_uses(shared)
    # a certification of the seed skills ("cissp", "ccnp") is a specialty, never a title;
    # a licence ("cpa", "lpn") alone stays the title it stands for
    certified = {
        alias
        for aliases, flags in read_seed_skills().values()
        if "spec" in flags.split() and not any(f.startswith("licence") for f in flags.split())
        for alias in aliases
    }
    taken |= certified
    roles = set(build_role_nouns(shared)) | set(read_heads())
    for short, (codes, forms) in fields.items():
        form = forms.most_common(1)[0][0]
        licensed = codes <= HEALTH_CODES or LICENSED & set(form.split())
        job = form.split()[-1] in roles  # a job, not a unit or a record ("PACU", "EHR")
        if len(codes) == 1 and licensed and job and short not in taken | abbrevs.keys():
            abbrevs[short] = form
    reported = (onet / "Sample of Reported Titles.txt").read_text(encoding="utf-8")
    words.update(w for w in re.findall(r"[a-z]+", reported.lower()) if len(w) >= 3)
    common = [w for w, n in words.most_common(MAX_TITLE_WORDS) if n >= 2]
    return sorted(common), sorted(x for x in abbrevs.items() if x[0] not in certified)


def _short_form(title: str, short: str) -> tuple[str, str] | None:
    """(abbreviation, long form) of an alternate title written with its short form:
    "Air Traffic Controller (ATC)", "Clinic Licensed Practical Nurse (Clinic LPN)" or
    "Triage LPN (Triage Licensed Practical Nurse)"; None otherwise."""
    found = re.fullmatch(r"(.+?) \((.+)\)", title)
    if not found or short not in found.groups():
        return None
    long_form = found.group(1) if short == found.group(2) else found.group(2)
    a, b = short.split(), long_form.split()
    while len(a) > 1 and len(b) > 1 and a[0].lower() == b[0].lower():
        a, b = a[1:], b[1:]
    while len(a) > 1 and len(b) > 1 and a[-1].lower() == b[-1].lower():
        a, b = a[:-1], b[:-1]
    if len(a) != 1 or not re.fullmatch(r"[A-Z]{2,5}", a[0]) or len(b) < 2:
        return None
    return a[0].lower(), " ".join(b).lower()


def _other_uses(shared: Path) -> set[str]:
    """Words an abbreviation must not be: Stack Overflow tags and tag synonyms ("cms", "seo"),
    and the words of ESCO's occupation descriptions ("his")."""
    used = {tag.lower() for tag in read_tags(shared)}
    used |= {source.lower() for source, _ in read_synonyms(shared)}
    with gzip.open(shared / "esco" / "occupations_en.csv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            text = row["description"] or ""
            used.update(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    return used


def build_role_nouns(shared: Path) -> list[str]:
    """Words that end most O*NET alternate titles they occur in: role nouns ("Security Guard")."""
    last: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    with gzip.open(shared / "onet" / "Alternate Titles.txt.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            words = re.findall(r"[a-z]+", row["Alternate Title"].lower().split("(")[0])
            if words:
                last[words[-1]] += 1
                seen.update(set(words))
    nouns = {
        w
        for w, n in last.items()
        if n >= MIN_ROLE_TITLES and len(w) >= 3 and n >= ROLE_SHARE * seen[w] and w not in NOT_ROLES
    }
    # "Technicians" (O*NET "Accounting Technicians"): a plural of a role noun is the role noun
    # (Vocabulary.stem reads it so), never a role noun of its own
    singular = nouns | set(read_heads())
    return sorted(w for w in nouns if not (w.endswith("s") and w[:-1] in singular))


def read_heads() -> dict[str, str]:
    """Return the curated role nouns and their classes (terms.tsv)."""
    heads: dict[str, str] = {}
    for line in (DATA / "terms.tsv").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) > 2 and parts[1] == "head":
            heads[parts[0]] = parts[2]
    return heads


def build_role_links(shared: Path, nouns: list[str]) -> list[tuple[str, str]]:
    """Pairs of role classes that end the alternate titles of the same O*NET occupations
    (instructor, professor and teacher; mechanic, repairer and installer), at least one of them
    a role noun read from O*NET rather than a curated one.

    Two classes are linked when the occupations using each (in at least two titles) overlap
    by a Jaccard index of ROLE_LINK or more, in at least MIN_LINKED occupations.
    """
    curated = read_heads()
    heads = {n: n for n in nouns} | curated
    per_occupation: dict[str, Counter[str]] = {}
    with gzip.open(shared / "onet" / "Alternate Titles.txt.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            words = re.findall(r"[a-z]+", row["Alternate Title"].lower().split("(")[0])
            if words and words[-1] in heads:
                code = row["O*NET-SOC Code"][:7]
                per_occupation.setdefault(code, Counter())[heads[words[-1]]] += 1
    users: dict[str, set[str]] = {}
    for code, counts in per_occupation.items():
        for head, n in counts.items():
            if n >= 2:
                users.setdefault(head, set()).add(code)
    own = set(curated.values())
    links = []
    for a, b in combinations(sorted(users), 2):
        both = len(users[a] & users[b])
        if {a, b} <= own or both < MIN_LINKED:
            continue
        if both >= ROLE_LINK * len(users[a] | users[b]):
            links.append((a, b))
    return links


def build_title_kin(shared: Path) -> list[tuple[str, str, str]]:
    """Fields of their own (data, ml: scoring.OWN_FIELDS) that name one job before the same role
    noun: both before it in alternate titles of one O*NET occupation ("Data Scientist" and
    "Machine Learning Scientist", both 15-2051 Data Scientists), as (role class, field, field).

    Reads the titles as the matcher reads a posting's title (so run after the other files are
    written): a title of more than four words or a parenthesis is left out.
    """
    from core.matching.features import features
    from core.matching.scoring import OWN_FIELDS
    from core.model import Posting

    fields: dict[tuple[str, str], set[str]] = {}
    with gzip.open(shared / "onet" / "Alternate Titles.txt.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            title = row["Alternate Title"]
            if len(title.split()) > 4 or "(" in title:
                continue
            f = features(Posting(id="onet", title=title, source="onet"))
            own = f.role_keys & OWN_FIELDS
            if f.head is not None and len(own) == 1:
                fields.setdefault((row["O*NET-SOC Code"], f.head), set()).update(own)
    return sorted(
        {(head, a, b) for (_, head), own in fields.items() for a, b in combinations(sorted(own), 2)}
    )


def main() -> None:
    """Build the files."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    shared = parser.parse_args().shared
    skills = build_skills(shared)
    with (DATA / "skills.tsv").open("w", encoding="utf-8") as fh:
        fh.write(
            "# Skill names and aliases. Licence: CC BY-SA 4.0 "
            "(https://creativecommons.org/licenses/by-sa/4.0/).\n"
            "# Derived from Stack Overflow tags and tag synonyms (CC BY-SA 4.0), GitHub Linguist "
            "(MIT), hiringtrends (MIT), Microsoft skills list (MIT) and Job Concierge seed data;\n"
            "# filtered to popular technology tags and merged. See ATTRIBUTION.md.\n"
        )
        for name, aliases, flags in skills:
            fh.write(f"{name}\t{'|'.join(dict.fromkeys(aliases))}\t{flags}\n")
    words, abbrevs = build_titles(shared)
    header = "# Derived from the O*NET 27.0 Database (CC BY 4.0). See ATTRIBUTION.md.\n"
    (DATA / "title_words.txt").write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    (DATA / "title_abbrevs.tsv").write_text(
        header + "".join(f"{a}\t{b}\n" for a, b in abbrevs), encoding="utf-8"
    )
    nouns = build_role_nouns(shared)
    (DATA / "role_nouns.txt").write_text(header + "\n".join(nouns) + "\n", encoding="utf-8")
    links = build_role_links(shared, nouns)
    (DATA / "role_links.tsv").write_text(
        header + "".join(f"{a}\t{b}\n" for a, b in links), encoding="utf-8"
    )
    kin = build_title_kin(shared)
    (DATA / "title_kin.tsv").write_text(
        header + "".join(f"{h}\t{a}\t{b}\n" for h, a, b in kin), encoding="utf-8"
    )
    print(
        f"skills: {len(skills)}, title words: {len(words)}, abbreviations: {len(abbrevs)}, "
        f"role nouns: {len(nouns)}, role links: {len(links)}, title kin: {len(kin)}"
    )


if __name__ == "__main__":
    main()
