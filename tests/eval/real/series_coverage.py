"""Coverage of the OPM occupational series: does each series' everyday name find its postings?

Run ``python -m tests.eval.real.series_coverage [--postings PATH] [--min N] [--worst K]
[--exclude 0930,0809] [--sensitivity normal]``.

For every series of ``core/matching/data/occupational_series.tsv`` with at least ``--min``
postings in a USAJOBS file (the shipped sample by default, or all 57,145 postings of
``shared/data/usajobs/postings.jsonl.gz``), it searches each name people would type for it:
the titles the table gives it, the posting title its postings carry most often (without
"Supervisory" or a parenthesis), and the everyday names below. Per name it reports recall
(share of the series' postings found), precision (share of what it found that is of the
series), the other series that took most postings and the series' titles it missed most.

It judges by series alone, so a name another series also uses ("inspector") shows a low
precision that is no fault; read the other series it names before changing data.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from core.matching import Matcher, parse_query, vocabulary
from core.model import SENSITIVITIES, Posting, Sensitivity
from tests.eval.real import sets

# Names people type for a series, other than the table's titles (the everyday names this
# report was first written to check).
EVERYDAY: Mapping[str, tuple[str, ...]] = {
    "0025": ("park ranger",),
    "0456": ("wildland firefighter",),
    "0682": ("dental hygienist",),
    "1165": ("loan specialist",),
    "0007": ("correctional officer",),
    "0083": ("police officer",),
    "1801": ("immigration officer",),
    "0401": ("biologist",),
    "1315": ("hydrologist",),
    "0110": ("economist",),
    "0950": ("paralegal",),
}
_TAIL = re.compile(r"\s*(?:[(\[,/]|\s-\s|-\s*\d|\bgs\b).*$", re.IGNORECASE)
_LEADING = re.compile(r"^(supervisory|lead|senior|sr\.?|chief|deputy)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Line:
    """One name searched for one series, and what it found."""

    series: str
    name: str
    postings: int
    found: int
    hits: int
    others: tuple[tuple[str, int], ...]
    missed: tuple[tuple[str, int], ...]

    @property
    def recall(self) -> float:
        """Share of the series' postings found."""
        return self.hits / self.postings if self.postings else 1.0

    @property
    def precision(self) -> float:
        """Share of what was found that is of the series."""
        return self.hits / self.found if self.found else 1.0

    def __str__(self) -> str:
        others = " ".join(f"{s}:{n}" for s, n in self.others)
        missed = "; ".join(f"{t} x{n}" for t, n in self.missed)
        return (
            f"{self.series} {self.name!r:42} n={self.postings:<5} found={self.found:<5}"
            f" R={self.recall:.2f} P={self.precision:.2f}  others[{others}]  missed[{missed}]"
        )


def plain_title(title: str) -> str:
    """A posting title as a name people type: no parenthesis, no leading Supervisory/Lead."""
    return _LEADING.sub("", _TAIL.sub("", title)).strip().lower()


def names_for(code: str, titles: Counter[str]) -> list[str]:
    """The names searched for one series: the table's, its commonest posting title, everyday."""
    table = list(vocabulary().series[code][1])
    common = [plain_title(t) for t, _ in titles.most_common(1)]
    return list(dict.fromkeys([*table, *common, *EVERYDAY.get(code, ())]))


def coverage(
    rows: Iterable[Mapping[str, object]],
    min_postings: int,
    exclude: set[str],
    sensitivity: Sensitivity,
) -> list[Line]:
    """Every series' names searched over the postings, one line per (series, name)."""
    postings: list[Posting] = []
    series_of: list[set[str]] = []
    titles: dict[str, Counter[str]] = defaultdict(Counter)
    for row in rows:
        codes = sets.series_codes(row)
        postings.append(sets._federal_posting(row))
        series_of.append(codes)
        for code in codes:
            titles[code][str(row["title"])] += 1
    known = vocabulary().series
    wanted = [
        c
        for c in sorted(titles)
        if c in known and c not in exclude and sum(titles[c].values()) >= min_postings
    ]
    searches = [(c, n) for c in wanted for n in names_for(c, titles[c]) if n]
    matcher = Matcher()
    for i, (_, name) in enumerate(searches):
        matcher.add(i, parse_query(name), sensitivity)
    matcher.freeze()
    found: list[list[int]] = [[] for _ in searches]
    for at, posting in enumerate(postings):
        for sid in matcher.passing_by_id(posting)[0]:
            found[sid].append(at)
    return [
        _line(code, name, found[i], postings, series_of, titles[code])
        for i, (code, name) in enumerate(searches)
    ]


def _line(
    code: str,
    name: str,
    found: Sequence[int],
    postings: Sequence[Posting],
    series_of: Sequence[set[str]],
    titles: Counter[str],
) -> Line:
    """One search's figures."""
    hits = [at for at in found if code in series_of[at]]
    others = Counter(s for at in found if code not in series_of[at] for s in series_of[at])
    missed = titles.copy()
    missed.subtract(Counter(postings[at].title for at in hits))
    return Line(
        series=code,
        name=name,
        postings=sum(titles.values()),
        found=len(found),
        hits=len(hits),
        others=tuple(others.most_common(4)),
        missed=tuple((t, n) for t, n in missed.most_common(3) if n > 0),
    )


def summary(lines: Sequence[Line]) -> str:
    """Means over the names and the share of names below 0.8 recall or precision."""
    n = len(lines) or 1
    low_r = sum(1 for x in lines if x.recall < 0.8)
    low_p = sum(1 for x in lines if x.precision < 0.8)
    return (
        f"{len(lines)} names of {len({x.series for x in lines})} series:"
        f" mean R {sum(x.recall for x in lines) / n:.3f}, mean P"
        f" {sum(x.precision for x in lines) / n:.3f}; R<0.8: {low_r}, P<0.8: {low_p}"
    )


def main(argv: list[str] | None = None) -> int:
    """Print the coverage report, worst names first."""
    parser = argparse.ArgumentParser(description="Coverage of the OPM series by their names")
    parser.add_argument("--postings", type=Path, default=sets.FEDERAL_POSTINGS)
    parser.add_argument("--min", type=int, default=10, dest="min_postings")
    parser.add_argument("--worst", type=int, default=0, help="only the K worst names (0: all)")
    parser.add_argument("--exclude", default="", help="series codes to leave out, comma-separated")
    parser.add_argument("--sensitivity", choices=SENSITIVITIES, default="normal")
    args = parser.parse_args(argv)
    exclude = {c.strip() for c in args.exclude.split(",") if c.strip()}
    lines = coverage(sets.federal_rows(args.postings), args.min_postings, exclude, args.sensitivity)
    lines.sort(key=lambda x: min(x.recall, x.precision))
    print(summary(lines))
    for line in lines[: args.worst or None]:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
