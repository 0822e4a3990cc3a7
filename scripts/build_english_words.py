"""Build core/matching/data/english_words.tsv: the common English words a search may hold
("strong", "working", "settle") with their frequency, so that a place typo is never read
from one ("strong" is no misspelt Sorong, "settle" no misspelt Seattle).

Only for building (pip install wordfreq==3.1.1; its data are CC BY-SA 4.0): the product ships
the output. Words of letters only, four or more (shorter ones are never read as misspelt
places), of a Zipf frequency of 3 or more (once in a million words)."""

from __future__ import annotations

import argparse
from pathlib import Path

FLOOR = 3.0
OUT = Path(__file__).resolve().parent.parent / "core" / "matching" / "data" / "english_words.tsv"
HEADER = (
    "# Common English words with their Zipf frequency (log10 per billion words), from wordfreq\n"
    "# 3.1.1 (Robyn Speer; data CC BY-SA 4.0), built by scripts/build_english_words.py: words\n"
    "# of four or more letters, frequency 3 or more. A search word listed here is no misspelt\n"
    "# place (core/matching/query/places.py: common_word).\n"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    from wordfreq import top_n_list, zipf_frequency  # build-only dependency

    rows = sorted(
        (word, zipf_frequency(word, "en"))
        for word in top_n_list("en", 100_000)
        if word.isascii() and word.isalpha() and len(word) >= 4
    )
    lines = [f"{word}\t{zipf:.1f}\n" for word, zipf in rows if zipf >= FLOOR]
    args.out.write_text(HEADER + "".join(lines), encoding="utf-8")
    print(f"{len(lines)} words -> {args.out}")


if __name__ == "__main__":
    main()
