"""The Dockerfile, both compose files, systemd unit and env example name only what exists."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from bot.config import load_settings
from bot.main import build_parser
from bot.roles import ROLES
from core.store.url import sqlite_path

ROOT = Path(__file__).resolve().parents[2]


class _Recording(dict[str, str]):
    """An empty environment that notes every variable asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        self.asked.add(key)
        return super().get(key, default)

    def __getitem__(self, key: str) -> str:
        self.asked.add(key)
        return super().__getitem__(key)


def _settings_variables() -> set[str]:
    """Every environment variable load_settings reads."""
    env = _Recording()
    load_settings(env)
    return env.asked


def _check_command(argv: list[str]) -> None:
    """argv runs the concierge console script with arguments its parser accepts."""
    assert PurePosixPath(argv[0]).name == "concierge", argv
    try:
        build_parser().parse_args(argv[1:])
    except SystemExit as exc:
        pytest.fail(f"`{shlex.join(argv)}` is not a concierge command line (exit {exc.code})")


def _dockerfile() -> Iterator[tuple[str, str]]:
    """(instruction, arguments) of each Dockerfile line, continuations joined."""
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    for line in text.splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            instruction, _, rest = line.strip().partition(" ")
            yield instruction.upper(), rest.strip()


def _env_pairs(text: str) -> dict[str, str]:
    """KEY=value pairs of one ENV instruction or Environment= line."""
    return dict(pair.split("=", 1) for pair in shlex.split(text))


def test_the_dockerfile_runs_real_commands_as_a_user_with_the_database_on_the_volume() -> None:
    known = _settings_variables()
    lines = list(_dockerfile())
    instructions = dict(lines)  # the last of each kind
    assert instructions["FROM"] == "python:3.11-slim"
    assert instructions["USER"] not in ("root", "0")
    _check_command(json.loads(instructions["CMD"]))
    health = instructions["HEALTHCHECK"].partition("CMD ")[2]
    _check_command(json.loads(health))
    assert json.loads(health)[1] == "health"
    env = {k: v for name, rest in lines if name == "ENV" for k, v in _env_pairs(rest).items()}
    ours = {key for key in env if key.startswith(("CONCIERGE_", "DATABASE_"))}
    assert ours <= known, ours - known
    volume = PurePosixPath(json.loads(instructions["VOLUME"])[0])
    assert PurePosixPath(sqlite_path(env["DATABASE_URL"])).parent == volume
    assert instructions["EXPOSE"] == env["CONCIERGE_HTTP_PORT"]


def _compose(path: Path) -> dict[str, Any]:
    """A compose file, parsed (YAML anchors and merge keys resolved)."""
    loaded: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return loaded


def _concierge_services(compose: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The services that run the concierge image."""
    return {
        name: service
        for name, service in compose["services"].items()
        if service.get("image") == "job-concierge"
    }


def _check_concierge_service(path: Path, name: str, service: dict[str, Any]) -> None:
    """A concierge service runs a real command, checks its health and reads known settings."""
    known = _settings_variables()
    _check_command(service["command"])
    health = service["healthcheck"]
    if not health.get("disable"):
        assert health["test"][0] == "CMD", name
        _check_command(health["test"][1:])
    assert set(service["environment"]) <= known, set(service["environment"]) - known
    env_file = path.parent / f"{service['env_file']}.example"
    assert env_file.is_file(), env_file


def test_the_sqlite_compose_runs_one_process_with_the_database_on_its_volume() -> None:
    path = ROOT / "deploy" / "docker-compose.sqlite.yml"
    compose = _compose(path)
    services = _concierge_services(compose)
    assert len(services) == 1
    for name, service in services.items():
        _check_concierge_service(path, name, service)
        assert service["command"] == ["concierge", "run"]
        mount = dict(v.split(":", 1) for v in service["volumes"])
        assert mount[next(iter(compose["volumes"]))] == str(
            PurePosixPath(sqlite_path(service["environment"]["DATABASE_URL"])).parent
        )
        assert (path.parent / service["build"] / "Dockerfile").is_file()


def test_the_scale_out_compose_runs_each_role_on_its_postgresql_after_migrating() -> None:
    path = ROOT / "docker-compose.yml"
    compose = _compose(path)
    services = _concierge_services(compose)
    roles = {
        service["command"][service["command"].index("--role") + 1]
        for service in services.values()
        if "--role" in service["command"]
    }
    assert roles == set(ROLES) - {"all"}
    assert [s["command"] for s in services.values()].count(["concierge", "migrate"]) == 1
    database = compose["services"]["db"]
    assert database["healthcheck"]["test"][:2] == ["CMD", "pg_isready"]
    assert any(v.startswith("pgdata:") for v in database["volumes"])
    for name, service in services.items():
        _check_concierge_service(path, name, service)
        url = urlsplit(service["environment"]["DATABASE_URL"])
        assert url.scheme == "postgresql" and url.hostname in compose["services"], url
        assert url.username == database["environment"]["POSTGRES_USER"]
        assert url.path == "/" + database["environment"]["POSTGRES_DB"]
        if service["command"] != ["concierge", "migrate"]:
            assert service["depends_on"]["migrate"] == {
                "condition": "service_completed_successfully"
            }
    assert compose["services"]["migrate"]["depends_on"]["db"] == {"condition": "service_healthy"}


def test_every_variable_of_the_env_example_is_one_the_settings_read() -> None:
    known = _settings_variables()
    text = (ROOT / "deploy" / "concierge.env.example").read_text(encoding="utf-8")
    named = {
        line.lstrip("# ").split("=", 1)[0]
        for line in text.splitlines()
        if "=" in line and line.lstrip("# ").split("=", 1)[0].isupper()
    }
    assert len(named) >= 10
    assert named <= known, named - known


def test_the_systemd_unit_runs_a_real_command_as_its_own_user_and_restarts() -> None:
    known = _settings_variables()
    unit: dict[str, list[str]] = {}
    text = (ROOT / "deploy" / "concierge.service").read_text(encoding="utf-8")
    for line in text.splitlines():
        if "=" in line and not line.startswith(("#", "[")):
            key, value = line.split("=", 1)
            unit.setdefault(key, []).append(value)
    _check_command(shlex.split(unit["ExecStart"][0]))
    assert unit["Restart"] == ["on-failure"]
    assert unit["User"][0] not in ("root", "0")
    assert unit["NoNewPrivileges"] == ["yes"] and unit["ProtectSystem"] == ["strict"]
    assert PurePosixPath(unit["EnvironmentFile"][0]).name == "concierge.env"
    env = {k: v for line in unit["Environment"] for k, v in _env_pairs(line).items()}
    assert set(env) <= known, set(env) - known
    database = PurePosixPath(sqlite_path(env["DATABASE_URL"]))
    assert database.parent == PurePosixPath(unit["WorkingDirectory"][0])
    assert database.parent.name == unit["StateDirectory"][0]


def _deploying_commands() -> list[list[str]]:
    """Each shell command in the README's Deploying section's code blocks."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Deploying\n", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"^```\n(.*?)^```", section, flags=re.S | re.M)
    lines = [
        line
        for block in blocks
        if not block.startswith(("{", "not ready"))
        for line in block.splitlines()
    ]
    return [shlex.split(part) for line in lines for part in line.split("&&")]


def test_the_readme_deploying_commands_run_real_commands_and_files() -> None:
    commands = _deploying_commands()
    run = 0
    for argv in commands:
        if argv[0] == "sudo":
            argv = argv[1:]
        if "exec" in argv:  # docker exec NAME concierge …, docker compose exec SERVICE …
            argv = argv[argv.index("exec") + 2 :]
        if PurePosixPath(argv[0]).name == "concierge":
            _check_command(argv)
            run += 1
        for word in argv:
            if word.startswith("deploy/"):  # the env file is the operator's copy of the example
                assert any((ROOT / f"{word}{end}").is_file() for end in ("", ".example")), word
    assert run >= 2
    docker_run = next(argv for argv in commands if argv[:2] == ["docker", "run"])
    volume = docker_run[docker_run.index("-v") + 1].split(":")[1]
    dockerfile = dict(_dockerfile())
    assert volume == json.loads(dockerfile["VOLUME"])[0]
