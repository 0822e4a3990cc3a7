"""Related job titles by meaning: a static title embedding read with numpy alone.

The model (title_model.npz) is all-MiniLM-L6-v2 distilled by model2vec into one vector per
WordPiece token, fine-tuned on O*NET titles grouped by occupation
(scripts/build_title_model.py). A text's vector is the mean of its tokens' vectors, normalised,
exactly as model2vec's StaticModel.encode computes it; the tokenizer below reimplements the BERT
normaliser, pre-tokenizer and WordPiece that model2vec runs through the `tokenizers` package, so
the product needs neither torch nor `tokenizers`.
"""

from __future__ import annotations

import unicodedata
import zipfile
from contextlib import nullcontext
from dataclasses import dataclass, field
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import IO

import numpy as np
import numpy.typing as npt
from cachetools import LRUCache

from core.errors import ConciergeError

MODEL_FILE = "title_model.npz"
TITLES_FILE = "job_titles.txt"
# Chosen on the ESCO dev title set (bench/semantic.py; the O*NET tuning half is training data
# now): the lowest cut-off whose 20 best are as precise as the distilled model's at 0.70 (0.71).
DEFAULT_MIN_COSINE = 0.65
DEFAULT_K = 20
MAX_TOKENS = 512  # model2vec's default truncation
MAX_WORD_CHARS = 100  # WordPiece reads a longer word as one unknown token
UNK = "[UNK]"
_CJK = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B73F),
    (0x2B740, 0x2B81F),
    (0x2B820, 0x2CEAF),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
)
_TITLE_CHUNK = 4096  # titles embedded per step at load, to bound the temporary memory

Vector = npt.NDArray[np.float32]


class TitleModelError(ConciergeError):
    """The semantic title model or its list of job titles cannot be read."""


def _normalise(text: str) -> str:
    """BERT's normaliser: drop controls, spaces for whitespace, split CJK, strip accents, lower."""
    if text.isascii() and text.isprintable():
        return text.lower()
    kept: list[str] = []
    for ch in text:
        code = ord(ch)
        if code in (0, 0xFFFD) or (ch not in "\t\n\r" and unicodedata.category(ch)[0] == "C"):
            continue
        if ch.isspace():
            kept.append(" ")
        elif any(low <= code <= high for low, high in _CJK):
            kept.append(f" {ch} ")
        else:
            kept.append(ch)
    decomposed = unicodedata.normalize("NFD", "".join(kept))
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn").lower()


@cache
def _is_punctuation(ch: str) -> bool:
    """BERT's punctuation: ASCII punctuation or any Unicode punctuation category."""
    code = ord(ch)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _words(text: str) -> list[str]:
    """BERT's pre-tokenizer: split on whitespace, each punctuation mark a word of its own."""
    words: list[str] = []
    for chunk in _normalise(text).split():
        start = 0
        for i, ch in enumerate(chunk):
            if _is_punctuation(ch):
                if i > start:
                    words.append(chunk[start:i])
                words.append(ch)
                start = i + 1
        if start < len(chunk):
            words.append(chunk[start:])
    return words


@dataclass(eq=False)
class TitleModel:
    """Token vectors, the WordPiece vocabulary and the known job titles with their vectors."""

    vocab: dict[str, int]
    vectors: npt.NDArray[np.float32]
    titles: tuple[str, ...]
    _pieces: dict[str, tuple[int, ...]] = field(init=False, default_factory=dict)
    _embedded: LRUCache[str, Vector] = field(init=False)
    _related: LRUCache[tuple[str, int, float], list[tuple[str, float]]] = field(init=False)

    def __post_init__(self) -> None:
        """Empty caches."""
        self._embedded = LRUCache(maxsize=100_000)
        self._related = LRUCache(maxsize=10_000)

    @cached_property
    def title_vectors(self) -> npt.NDArray[np.float32]:
        """The known titles' vectors, embedded on first use: matching never reads them (75 MB)."""
        parts = [
            self._embed_many(list(self.titles[i : i + _TITLE_CHUNK]))
            for i in range(0, len(self.titles), _TITLE_CHUNK)
        ]
        return np.concatenate(parts) if parts else self.vectors[:0]

    @property
    def dims(self) -> int:
        """The length of every vector."""
        return int(self.vectors.shape[1])

    def _word_ids(self, word: str) -> tuple[int, ...]:
        """Greedy longest-match-first WordPiece ids of one word; () when a piece is unknown."""
        known = self._pieces.get(word)
        if known is not None:
            return known
        ids: list[int] = []
        start = 0
        while start < len(word) and len(word) <= MAX_WORD_CHARS:
            end = len(word)
            while end > start:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                if piece in self.vocab:
                    ids.append(self.vocab[piece])
                    break
                end -= 1
            if end == start:
                ids = []  # the whole word is one unknown token, which model2vec drops
                break
            start = end
        result = tuple(ids) if start == len(word) else ()
        self._pieces[word] = result
        return result

    def token_ids(self, text: str) -> list[int]:
        """The WordPiece ids model2vec would use for this text (unknown tokens dropped)."""
        return [i for word in _words(text) for i in self._word_ids(word)][:MAX_TOKENS]

    def _embed_many(self, texts: list[str]) -> Vector:
        """Normalised mean token vectors of several texts (zeros for a text of no known token)."""
        ids = [self.token_ids(text) for text in texts]
        lengths = np.array([len(i) for i in ids])
        flat = np.fromiter((t for row in ids for t in row), dtype=np.intp)
        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        has = lengths > 0
        if flat.size:
            starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[has]
            out[has] = np.add.reduceat(self.vectors[flat], starts, axis=0) / lengths[has, None]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out

    def embed(self, text: str) -> Vector:
        """The text's unit vector (zeros when no word is known), computed once per text."""
        vector = self._embedded.get(text)
        if vector is None:
            ids = self.token_ids(text)
            vector = self.vectors[ids].sum(axis=0)  # the mean's direction: it is normalised next
            length = float(np.sqrt(vector @ vector))
            if length > 0:
                vector /= length
            vector.setflags(write=False)
            self._embedded[text] = vector
        return vector

    def related(self, title: str, k: int, min_cosine: float) -> list[tuple[str, float]]:
        """The k known titles nearest in meaning with cosine ≥ min_cosine, best first (cached)."""
        key = (title, k, min_cosine)
        found = self._related.get(key)
        if found is None:
            found = self._related[key] = self._nearest(title, k, min_cosine)
        return list(found)

    def _nearest(self, title: str, k: int, min_cosine: float) -> list[tuple[str, float]]:
        """Rank every known title against this one (about 5 ms for 73k titles)."""
        vector = self.embed(title)
        if k <= 0 or not vector.any():
            return []
        scores = self.title_vectors @ vector
        same = title.casefold().strip()
        take = min(k + 1, len(scores))  # one spare: the title itself may be among them
        best = np.argpartition(-scores, take - 1)[:take]
        ranked = sorted(best.tolist(), key=lambda i: (-scores[i], self.titles[i]))
        return [
            (self.titles[i], round(float(scores[i]), 4))
            for i in ranked
            if scores[i] >= min_cosine and self.titles[i].casefold() != same
        ][:k]


_ERRORS = (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile, UnicodeDecodeError)


def read_model(model: Path | IO[bytes], titles_text: str, name: str = MODEL_FILE) -> TitleModel:
    """Read a title model and its titles; TitleModelError names what is wrong in one line."""
    try:
        # A path is opened here so that the file is closed even when numpy cannot read it.
        with (
            model.open("rb") if isinstance(model, Path) else nullcontext(model) as fh,
            np.load(fh, allow_pickle=False) as npz,
        ):
            tokens = [str(t) for t in npz["tokens"]]
            vectors = np.asarray(npz["embeddings"], dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[0] != len(tokens) or not vectors.shape[1]:
            raise ValueError(f"{vectors.shape} vectors for {len(tokens)} tokens")
        if UNK not in tokens or not np.isfinite(vectors).all():
            raise ValueError("not a WordPiece model of finite vectors")
    except _ERRORS as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise TitleModelError(
            f"the semantic title model {name} cannot be read ({reason}); "
            "reinstall Job Concierge or rebuild it with scripts/build_title_model.py"
        ) from exc
    titles = tuple(
        line for line in titles_text.splitlines() if line.strip() and not line.startswith("#")
    )
    if not titles:
        raise TitleModelError(f"the job title list {TITLES_FILE} is empty; reinstall Job Concierge")
    vocab = {token: i for i, token in enumerate(tokens)}
    return TitleModel(vocab, vectors, titles)


@cache
def load() -> TitleModel:
    """The shipped model, read once (about 2 s: call it at start, never per message)."""
    data = resources.files("core.matching").joinpath("data")
    try:
        titles_text = data.joinpath(TITLES_FILE).read_text(encoding="utf-8")
        with data.joinpath(MODEL_FILE).open("rb") as fh:
            return read_model(fh, titles_text)
    except (OSError, UnicodeDecodeError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise TitleModelError(
            f"the semantic title model cannot be read ({reason}); reinstall Job Concierge"
        ) from exc


def embed(text: str) -> Vector:
    """The text's unit vector in the shipped model, computed once per distinct text."""
    return load().embed(text)


def related_titles(
    title: str, k: int = DEFAULT_K, min_cosine: float = DEFAULT_MIN_COSINE
) -> list[tuple[str, float]]:
    """Known job titles nearest in meaning to this one: (title, cosine), best first."""
    return load().related(title, k, min_cosine)
