"""`concierge run` with SLACK_CLIENT_ID: workspaces install over OAuth; no token is logged."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path

import aiohttp

from tests.e2e.test_cli import ROOT, _env
from tests.e2e.test_run_platforms import SLACK_SECRET, _free_port, _start, _stop
from tests.slack.fake_web_api import FakeSlackApi, SlackSender
from tests.slack.test_oauth import install

CLIENT_SECRET = "oauth-client-secret-never-logged"
GUIDE = ROOT / "adapters" / "slack" / "README.md"


def _guide_variables() -> set[str]:
    """The variables the Slack guide's many-workspaces example exports."""
    section = GUIDE.read_text(encoding="utf-8").split("## 2c.")[1].split("\n## ")[0]
    return set(re.findall(r"export (\w+)=", section))


async def test_run_installs_a_workspace_and_answers_with_its_token(tmp_path: Path) -> None:
    fake = FakeSlackApi()
    await fake.start()
    port = _free_port()
    env = _env(
        tmp_path / "oauth.db",
        SLACK_CLIENT_ID="111.222",
        SLACK_CLIENT_SECRET=CLIENT_SECRET,
        SLACK_SIGNING_SECRET=SLACK_SECRET,
        SLACK_PORT=str(port),
        SLACK_API_URL=fake.api_url,
        CONCIERGE_LOG_LEVEL="DEBUG",
    )
    assert _guide_variables() == {"SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_SIGNING_SECRET"}
    base = f"http://127.0.0.1:{port}"
    proc = await _start(env)
    try:
        async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as browser:
            for _ in range(600):  # wait up to a minute for the HTTP server to listen
                try:
                    status, _ = await install(browser, base, "TA")
                    break
                except aiohttp.ClientConnectionError:
                    await asyncio.sleep(0.1)
            assert status == 200
            slack = SlackSender(browser, f"{base}/slack/events", SLACK_SECRET, fake)
            _, (status, _) = await slack.command("add senior backend", team="TA", channel="C1")
            assert status == 200
            (token,) = fake.teams
            await fake.wait_for("users.info", where=lambda c: c.token == token, within=20)
    finally:
        code, stderr = await _stop(proc)
        await fake.close()
    assert code == 0, stderr
    assert "installed in workspace TA" in stderr
    assert token not in stderr and CLIENT_SECRET not in stderr
