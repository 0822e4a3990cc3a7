"""`concierge explore` as a subprocess on the bundled sample: the README's lines, JSON, charts."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path

import pytest

from core.postings.sample import SAMPLE_FILE
from tests.e2e.test_cli import ROOT, concierge

KEYS = [
    "query",
    "understood",
    "open",
    "new_7d",
    "new_prev_7d",
    "skills",
    "pay",
    "workplace",
    "locations",
    "companies",
    "levels",
]


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("explore") / "sample.db"
    imported = concierge("import", str(ROOT / "core" / "data" / SAMPLE_FILE), db=db)
    assert imported.returncode == 0, imported.stderr
    return db


def readme_lines() -> list[str]:
    """The `concierge explore …` examples of the README."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return sorted(
        set(re.findall(r"`(concierge explore [^`]+)`", text))
        - {'concierge explore "QUERY" [--json] [--chart FILE.png]'}
    )


def test_the_readme_has_examples() -> None:
    assert len(readme_lines()) == 2


@pytest.mark.parametrize("line", readme_lines())
def test_each_readme_line_runs(sample_db: Path, tmp_path: Path, line: str) -> None:
    result = concierge(*shlex.split(line)[1:], db=sample_db, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    if "--json" in line:
        data = json.loads(result.stdout)
        assert list(data) == KEYS
        assert data["open"] > 0 and data["skills"][0] == {"name": "Go", "share": 1.0}
        assert {"Go", "Kubernetes"} <= {s["name"] for s in data["skills"]}
        assert all(set(p) == {"currency", "p25", "p50", "p75", "n"} for p in data["pay"])
    if "--chart" in line:
        assert "Chart: market.png" in result.stdout.splitlines()
        assert (tmp_path / "market.png").read_bytes().startswith(b"\x89PNG")
        assert "Follow this role: /add senior backend python" in result.stdout


def test_a_full_disk_leaves_the_figures_and_one_line(sample_db: Path) -> None:
    result = concierge("explore", "golang k8s", "--chart", "/dev/full", db=sample_db)
    assert result.returncode == 1
    assert "Open postings: 19" in result.stdout  # two of them run on GKE and AKS: Kubernetes
    assert (
        "Chart missing: I couldn't write /dev/full (No space left on device). "
        "The figures above are complete."
    ) in result.stdout.splitlines()
    assert "Traceback" not in result.stderr


def test_nothing_matching_in_json_is_zeros_and_the_offers_on_stderr(sample_db: Path) -> None:
    result = concierge("explore", "zookeeper", "--json", db=sample_db)
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert data["open"] == 0 and data["skills"] == [] and data["pay"] == []
    assert "No open posting matches “zookeeper”" in result.stderr


def test_a_query_without_a_role_is_one_line(sample_db: Path) -> None:
    result = concierge("explore", "the of", db=sample_db)
    assert result.returncode == 2
    assert result.stderr.startswith("concierge explore: I couldn't find a job title or skill")
    assert len(result.stderr.splitlines()) == 1


def test_a_word_read_otherwise_is_said(sample_db: Path) -> None:
    text = concierge("explore", "golang kubernets", db=sample_db)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith('I read "kubernets" as Kubernetes\n')
    as_json = concierge("explore", "golang kubernets", "--json", db=sample_db)
    assert json.loads(as_json.stdout)["open"] > 0
    assert 'I read "kubernets" as Kubernetes' in as_json.stderr


def test_a_chart_of_nothing_matching_is_said_missing_and_fails(
    sample_db: Path, tmp_path: Path
) -> None:
    chart = tmp_path / "f.png"
    result = concierge("explore", "astronaut", "--chart", str(chart), db=sample_db)
    # Was exit 0 with nothing written and nothing said of the chart.
    assert result.returncode == 1 and not chart.exists()
    assert f"Chart missing: with no posting to draw, I wrote nothing to {chart}." in result.stdout
