"""The storage ports: small, one per aggregate, each implemented by the SQLite store."""

from __future__ import annotations

import inspect

import pytest

import core.model
from core import ports
from core.store.sqlite import SqliteStore

AGGREGATE_PORTS = [
    ports.SubscriberStore,
    ports.DueDigestStore,
    ports.SearchStore,
    ports.SearchIndexStore,
    ports.PostingStore,
    ports.PostingReader,
    ports.MatchStore,
    ports.OutboxStore,
    ports.FeedbackStore,
    ports.SourceStore,
    ports.SourcePostingStore,
    ports.PlatformStatusStore,
    ports.RetentionStore,
    ports.StatsStore,
    ports.MetricsStore,
    ports.ShareStore,
    ports.OwedExploreStore,
    ports.ChatStateStore,
    ports.WorkerStore,
    ports.PostingNoteStore,
    ports.SnapshotStore,
    ports.ClosingStore,
    ports.ListPageStore,
]
MAX_METHODS = 8


def _methods(port: type) -> dict[str, object]:
    """The methods a port declares itself (not those of the ports it is composed of)."""
    return {
        name: value
        for name, value in vars(port).items()
        if inspect.isfunction(value) and not name.startswith("_")
    }


@pytest.mark.parametrize("port", AGGREGATE_PORTS, ids=lambda port: port.__name__)
def test_each_port_is_small_and_documented_in_one_line(port: type) -> None:
    methods = _methods(port)
    assert 0 < len(methods) <= MAX_METHODS
    assert port.__doc__ and "\n" not in port.__doc__.strip()


@pytest.mark.parametrize("port", AGGREGATE_PORTS, ids=lambda port: port.__name__)
def test_the_sqlite_store_implements_each_port_with_its_signature(port: type) -> None:
    for name, method in _methods(port).items():
        implemented = inspect.signature(getattr(SqliteStore, name))
        assert list(implemented.parameters) == list(inspect.signature(method).parameters), name


def test_no_method_is_in_two_ports() -> None:
    seen: dict[str, str] = {}
    for port in AGGREGATE_PORTS:
        for name in _methods(port):
            assert name not in seen, f"{name} is in {seen.get(name)} and {port.__name__}"
            seen[name] = port.__name__


def test_the_whole_store_is_every_port_and_close() -> None:
    declared = set().union(*(_methods(port) for port in AGGREGATE_PORTS))
    whole = {name for name in dir(ports.Store) if not name.startswith("_")}
    assert whole == declared | {"close"}
    assert set(AGGREGATE_PORTS) <= set(ports.Store.__mro__)


@pytest.mark.parametrize(
    "name",
    [
        "StoredMatch",
        "NewMatch",
        "AlertCheck",
        "SearchChange",
        "Recorded",
        "OutboxItem",
        "FeedbackRow",
        "MetricFigures",
        "PlatformState",
        "PostingPage",
    ],
)
def test_value_types_live_in_the_model(name: str) -> None:
    assert getattr(core.model, name).__module__ == "core.model"
