"""Regression floors and integrity checks for the real-data judged sets (tests/eval/real).

The floors are the matcher's figures when the sets were made (before any tuning on them),
minus SLACK, measured with ``python -m tests.eval.real.evaluate --set dev|test``. Tune only on
the ``dev`` split; the ``test`` split is held out. Raise the figures below when the matcher
improves, never lower them to let a change through.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bench import semantic as bench_semantic
from core.matching import semantic
from tests.eval.real import evaluate, sets

ROOT = Path(__file__).resolve().parents[3]
BUILD = ROOT / "scripts" / "build_real_eval.py"
SHIPPED = (
    "federal_postings.jsonl.gz",
    "microsoft_postings.json.gz",
    "places_postings.jsonl.gz",
    "dev_titles.json",
    "test_titles.json",
    "dev_esco_titles.json",
    "test_esco_titles.json",
)
SLACK = 0.03
# (split, set) -> figure -> measured value (matcher at "normal"; titles: MAP at "loose").
MEASURED: dict[tuple[str, str], dict[str, float]] = {
    # federal: 98 dev and 62 test queries since federal8 moved T53-T67 to dev after their one
    # held-out run (0.703 / 0.701 / 0.800 on the sample) and added T68-T77 to test; the dev
    # figures are after its fixes (T53-T67 alone 0.930 / 0.969 / 1.000; F01-F83 unchanged at
    # 0.974 / 0.991 / 0.995)
    ("dev", "federal"): {"precision": 0.970, "recall": 0.989, "ndcg": 0.996},
    # microsoft: 28 dev and 28 test queries since msft6's fresh 26 (B16-B28, S16-S28), judged
    # before any run; the test half's figures are its one run with them, after the dev fixes
    # (the old 15 test queries had floors 0.646 / 0.606 / 0.588)
    ("dev", "microsoft"): {"precision": 0.718, "recall": 0.784, "ndcg": 0.836},
    # places: f6dev reads "Product Management Specialist", "IT Specialist (Product Management)"
    # as product managers (the fresh6 judge, reading them, grades them 2) and a product owner as
    # one's neighbour; this set's title pattern "product (manager|lead|owner)" leaves the
    # "Product Management" titles out, so they count as false positives here (0.965 / 0.796 before)
    ("dev", "places"): {"precision": 0.915, "recall": 0.828, "ndcg": 0.902},
    # titles: MAP of the loose ranking (issue 14, 2026-12-06 at 479583a; ESCO's as the lead
    # measured it on both halves); then titlemap's one cosine bar and its ranking by meaning
    # below the normal bar (0.403 / 0.615 before)
    ("dev", "titles"): {"map": 0.456},
    ("dev", "esco titles"): {"map": 0.671},
    # test federal: T01-T52, federal8's T68-T77 and federal9's T78-T87 (judged before any run),
    # its one run after the series pass (T78-T87 alone: 0.889 / 0.844 / 0.936; the 62 before it
    # had 0.958 / 0.914 / 0.904)
    ("test", "federal"): {"precision": 0.952, "recall": 0.911, "ndcg": 0.909},
    ("test", "microsoft"): {"precision": 0.601, "recall": 0.641, "ndcg": 0.722},
    ("test", "places"): {"precision": 0.988, "recall": 0.728, "ndcg": 1.000},
    # titles: titlemap's one run of the test half (0.434 / 0.572 before)
    ("test", "titles"): {"map": 0.476},
    ("test", "esco titles"): {"map": 0.639},
}

# (split, set) -> MAP of the shipped semantic title model alone (python -m bench semantic).
SEMANTIC_MEASURED: dict[tuple[str, str], float] = {
    ("dev", "titles"): 0.486,
    ("dev", "esco titles"): 0.680,
    ("test", "titles"): 0.519,
    ("test", "esco titles"): 0.667,
}


@pytest.fixture(scope="module", params=sets.SPLITS)
def matcher_reports(request: pytest.FixtureRequest) -> tuple[str, dict[str, evaluate.Report]]:
    split = request.param
    return split, {
        "federal": evaluate.matcher_report(sets.federal(split), "normal"),
        "microsoft": evaluate.matcher_report(sets.microsoft(split), "normal"),
        "places": evaluate.matcher_report(sets.places(split), "normal"),
        "titles": evaluate.matcher_report(sets.titles(split), "loose"),
        "esco titles": evaluate.matcher_report(sets.esco_titles(split), "loose"),
    }


def test_matcher_stays_above_the_floors(
    matcher_reports: tuple[str, dict[str, evaluate.Report]],
) -> None:
    split, reports = matcher_reports
    below = [
        f"{split}/{name} {figure} {getattr(reports[name], figure):.3f} < {value - SLACK:.3f}"
        for (s, name), figures in MEASURED.items()
        if s == split
        for figure, value in figures.items()
        if getattr(reports[name], figure) < value - SLACK
    ]
    assert not below, below


def test_semantic_title_model_stays_above_the_floors() -> None:
    model = semantic.load()
    below = []
    for (split, name), value in SEMANTIC_MEASURED.items():
        judged = sets.titles(split) if name == "titles" else sets.esco_titles(split)
        found, _ = bench_semantic.judged_maps(model, judged)["semantic"]
        if found < value - SLACK:
            below.append(f"{split}/{name} MAP {found:.3f} < {value - SLACK:.3f}")
    assert not below, below


def test_recall_at_false_rate_ignores_how_high_the_cosines_run() -> None:
    scores = np.array([[0.9, 0.5, 0.45, 0.1], [0.8, 0.3, 0.6, 0.2]])
    relevant = np.array([[True, False, True, False], [True, False, False, False]])
    # The others, best first: 0.6, 0.5, 0.3, 0.2, 0.1.
    assert bench_semantic.recall_at_false_rate(scores, relevant, 0.0) == pytest.approx(2 / 3)
    assert bench_semantic.recall_at_false_rate(scores, relevant, 0.4) == 1.0
    raised = scores * 0.5 + 0.4  # every cosine higher, the order unchanged
    for rate in (0.0, 0.2, 0.4):
        assert bench_semantic.recall_at_false_rate(
            raised, relevant, rate
        ) == bench_semantic.recall_at_false_rate(scores, relevant, rate)


def test_shipped_samples_carry_their_attribution() -> None:
    with gzip.open(sets.FEDERAL_POSTINGS, "rt", encoding="utf-8") as fh:
        header = json.loads(fh.readline())
    assert "USAJOBS" in header["attribution"] and "Abigail Haddad" in header["attribution"]
    assert "MIT License" in header["licence"] and "Abigail Haddad" in header["licence"]
    with gzip.open(sets.PLACES_POSTINGS, "rt", encoding="utf-8") as fh:
        header = json.loads(fh.readline())
    assert "USAJOBS" in header["attribution"] and "product_manager" in header["attribution"]
    assert "MIT License" in header["licence"] and "Abigail Haddad" in header["licence"]
    with gzip.open(sets.MICROSOFT_POSTINGS, "rt", encoding="utf-8") as fh:
        microsoft = json.load(fh)
    assert "SkillsExtractorCognitiveSearch" in microsoft["attribution"]
    assert "Copyright (c) Microsoft Corporation" in microsoft["licence"]
    assert len(microsoft["postings"]) == 182
    for split in sets.SPLITS:
        doc = json.loads((sets.HERE / f"{split}_titles.json").read_text(encoding="utf-8"))
        assert "O*NET 27.0 Database" in doc["attribution"]
        assert "CC BY 4.0" in doc["attribution"]
        assert "has modified" in doc["attribution"]
        esco = json.loads((sets.HERE / f"{split}_esco_titles.json").read_text(encoding="utf-8"))
        assert "ESCO classification of the European Commission" in esco["attribution"]
        assert "CC BY 4.0" in esco["attribution"] and "has modified" in esco["attribution"]
    sources = (sets.HERE / "SOURCES.md").read_text(encoding="utf-8")
    assert all(name in sources for name in SHIPPED)


def test_generator_reproduces_the_shipped_samples(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, str(BUILD), "--out", str(tmp_path)], capture_output=True, text=True
    )
    if build.returncode == 2 and "no shared/data folder" in build.stderr:
        pytest.skip("no shared/data beside the checkout")
    assert build.returncode == 0, build.stderr
    for name in SHIPPED:
        assert (tmp_path / name).read_bytes() == (sets.HERE / name).read_bytes(), name


def test_halves_share_no_query_and_every_query_has_relevant_postings() -> None:
    for load in (sets.federal, sets.microsoft, sets.places, sets.titles, sets.esco_titles):
        halves = {split: load(split) for split in sets.SPLITS}
        dev, test = ({q.text.lower() for q in h.queries} for h in halves.values())
        assert not dev & test
        for half in halves.values():
            assert len({q.id for q in half.queries}) == len(half.queries)
            assert all(q.relevant for q in half.queries), half.name
            assert all(q.rationale for q in half.queries), half.name


def test_systems_never_see_the_judges_fields() -> None:
    federal = sets.federal("dev")  # the series tags as USAJOBS gives them, nothing more
    rows = {r["id"]: r for r in sets.federal_rows()}
    assert all(p.tags == tuple(rows[p.id]["tags"]) for p in federal.postings)
    assert all(not p.description for p in federal.postings)
    assert all(not p.tags for p in sets.federal("dev", series=False).postings)
    microsoft = sets.microsoft("dev")
    assert all(not p.tags for p in microsoft.postings)
    assert all(len(p.tags) == 1 for p in sets.places("dev").postings)
    assert all(not p.tags for p in sets.places("dev", series=False).postings)
    texts = " ".join(p.description for p in microsoft.postings)
    assert "targetLevel" not in texts and "subCategory" not in texts


def test_rules_grade_by_series_title_level_and_text() -> None:
    doc = {"title": "IT Specialist (APPSW)", "text": "IT Specialist (APPSW)", "series": {"2210"}}
    assert sets.grade([{"series": ["2210"], "title": "appsw|software"}], doc) == 1
    assert sets.grade([{"series": ["0854"]}], doc) == 0
    assert sets.grade([{"series": ["2210"], "title_not": "appsw"}], doc) == 0
    defs = {"senior": {"level": [63, 64]}, "py": {"text": "python"}}
    clause = sets.expand({"grade": 2, "use": ["senior", "py"], "text": "kafka"}, defs)
    assert clause == {"level": [63, 64], "text": ["python", "kafka"], "grade": 2}
    posting = {"title": "Senior SWE", "text": "Python and Kafka", "level": 63, "series": set()}
    assert sets.grade([clause], posting) == 2
    assert sets.grade([clause], posting | {"level": 65}) == 0
    # Words match whole: "java" is not in "javascript".
    assert sets.grade([{"text": "java"}], {"text": "JavaScript", "title": ""}) == 0
    with pytest.raises(ValueError, match="titel"):
        sets.expand({"titel": "nurse"}, {})


def test_metrics_on_known_rankings() -> None:
    grades = {"a": 2, "b": 1}
    assert evaluate.ndcg_at(["a", "b"], grades) == pytest.approx(1.0)
    assert evaluate.ndcg_at(["b", "a"], grades) < 1.0
    assert evaluate.ndcg_at([], {}) == 1.0 and evaluate.ndcg_at(["x"], {}) == 0.0
    assert evaluate.average_precision(["a", "x", "b"], frozenset({"a", "b"})) == pytest.approx(
        (1 + 2 / 3) / 2
    )
    assert evaluate.average_precision(["x"], frozenset({"a"})) == 0.0


def test_ordered_is_the_map_of_the_returned_titles_in_the_best_order() -> None:
    query = sets.Query("q", "nurse", "", {"a": 2, "b": 2, "c": 1, "d": 2})
    # Returned: a, b and the lesser c of the three relevant (a, b, d); d never returned.
    report = evaluate.Report("matcher", (evaluate.Answer(query, ("x", "c", "a", "b")),))
    assert report.map == pytest.approx((1 / 3 + 2 / 4) / 3)
    assert report.ordered == pytest.approx((1 + 1) / 3)  # a, b first; d still missed
    everything = evaluate.Report("fuzzy", (evaluate.Answer(query, ("x", "c", "a", "b", "d")),))
    assert everything.ordered == 1.0


def test_misses_of_the_held_out_split_are_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        evaluate.main(["--set", "test", "--misses"])
    assert exit_info.value.code == 2
    assert "held out" in capsys.readouterr().err


def test_readme_command_prints_every_set_and_system(capsys: pytest.CaptureFixture[str]) -> None:
    assert evaluate.main(["--set", "dev"]) == 0
    out = capsys.readouterr().out
    headings = ("federal: 98", "microsoft: 28", "places: 6", "\ntitles: 120", "esco titles: 100")
    for heading in headings:
        assert heading in out
    for system in ("matcher", "keyword", "fuzzy"):
        assert f"\n{system} " in out
    assert "MAP" in out and "nDCG@10" in out and "ordered" in out and "\n[F01]" not in out


def test_a_missing_postings_file_is_one_clear_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        evaluate.main(["--federal-postings", str(tmp_path / "nope.jsonl.gz")])
    assert exit_info.value.code == 2
    assert "no such file" in capsys.readouterr().err.splitlines()[-1]


def test_an_id_range_runs_the_federal_queries_of_that_range_alone(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert evaluate.main(["--set", "dev", "--ids", "F69-F71", "--misses"]) == 0
    out = capsys.readouterr().out
    assert "federal: 3 queries" in out
    assert "\nmicrosoft: " not in out and "\ntitles: " not in out
    assert "\n[F69]" in out and "\n[F71]" in out and "\n[F68]" not in out and "[F72]" not in out
    keep = evaluate.id_range("t53-55")
    assert keep("T53") and keep("T55") and not keep("T56") and not keep("F54")
    with pytest.raises(SystemExit):
        evaluate.main(["--ids", "sixty-nine"])
