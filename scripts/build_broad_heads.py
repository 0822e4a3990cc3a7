"""Build core/matching/data/broad_heads.txt: the role nouns that head many known job titles.

Usage: .venv/bin/python scripts/build_broad_heads.py [--at-least 1000]

Reads the shipped job_titles.txt (O*NET 27.0 and ESCO v1 titles, CC BY 4.0) and counts, per
role noun as the matcher keys a title's head ("=manager", "=eng"), the titles it heads; those
heading at least --at-least titles are written. A search naming a federal occupation reads
them (core/matching/features.py): a broad role noun alone names no occupation. Needs no
shared/data.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.matching.features import features  # noqa: E402
from core.model import Posting  # noqa: E402

DATA = ROOT / "core" / "matching" / "data"
HEADER = (
    "# Derived from O*NET 27.0 and ESCO v1 job titles (CC BY 4.0; see ATTRIBUTION.md).\n"
    "# Role nouns (index head keys) heading at least {n:,} of job_titles.txt's titles, with the\n"
    "# count. Built by scripts/build_broad_heads.py.\n"
)


def head_counts(titles: list[str]) -> Counter[str]:
    """Per head key, the titles it heads (a title's own heads and their implied ones)."""
    counts: Counter[str] = Counter()
    for i, title in enumerate(titles):
        f = features(Posting(id=str(i), title=title, source="build"))
        counts.update({k[3:] for k in f.keys | f.series_keys if k.startswith("t:=")})
    return counts


def broad_heads_text(at_least: int = 1000) -> str:
    """The text of broad_heads.txt: the head keys heading at least at_least shipped titles."""
    lines = (DATA / "job_titles.txt").read_text(encoding="utf-8").splitlines()
    titles = [ln for ln in lines if ln.strip() and not ln.startswith("#")]
    counts = head_counts(titles)
    broad = sorted((k, n) for k, n in counts.items() if n >= at_least)
    return HEADER.format(n=at_least) + "".join(f"{k}\t{n}\n" for k, n in broad)


def main() -> int:
    """Write broad_heads.txt."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--at-least", type=int, default=1000)
    args = parser.parse_args()
    text = broad_heads_text(args.at_least)
    (DATA / "broad_heads.txt").write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10)) - HEADER.count(chr(10))} broad heads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
