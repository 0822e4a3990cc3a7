"""HTTP mode checks every request before Bolt reads it: signature first, then replays."""

from __future__ import annotations

import json
import logging
import time

import pytest

from adapters.slack import verify
from adapters.slack.verify import Verdict
from tests.slack.fake_web_api import FORM, FakeSlackApi, SlackSender, sign
from tests.slack.helpers import texts
from tests.slack.test_e2e import QUERY, answer, run

MALFORMED = [
    ("application/json", "{not json"),
    ("application/json", '["a", "list"]'),
    (FORM, "payload=%7Bbroken"),
    (FORM, "payload=" + "%5B" * 5000),
    ("application/json", "[" * 100_000 + "]" * 100_000),
    ("application/json", '{"authorizations": 5}'),
    ("application/json", json.dumps({"type": "event_callback", "event": {"type": "x"}})),
]


async def test_unsigned_malformed_requests_get_401_and_one_log_line_each(
    slack: SlackSender, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    now = str(int(time.time()))
    sent = 0
    for content_type, body in MALFORMED:
        unsigned = {"Content-Type": content_type}
        bad_timestamp = {
            "Content-Type": content_type,
            "X-Slack-Request-Timestamp": "not-a-number",
            "X-Slack-Signature": "v0=abc",
        }
        huge_timestamp = {**bad_timestamp, "X-Slack-Request-Timestamp": "9" * 5000}
        wrong_secret = {"Content-Type": content_type, **sign("wrong", body, int(now))}
        for headers in (unsigned, bad_timestamp, huge_timestamp, wrong_secret):
            caplog.clear()
            assert await slack.send(body, headers) == 401, (body[:30], headers)
            # Background work (the store, the Web API client) may log at DEBUG meanwhile.
            ours = [
                r
                for r in caplog.records
                if r.levelno >= logging.INFO and not r.name.startswith("slack_sdk.web")
            ]
            assert len(ours) <= 1, [r.getMessage()[:200] for r in ours]
            assert not any(r.exc_info for r in caplog.records)
            sent += 1
    assert sent == 4 * len(MALFORMED)


async def test_signed_malformed_requests_get_400_not_500(
    slack: SlackSender, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    for content_type, body in MALFORMED[:6]:
        status, _ = await slack.post(body, content_type)
        assert status == 400, body[:30]
    assert not any(r.exc_info for r in caplog.records)


async def test_a_replayed_signed_request_acts_once(slack: SlackSender, fake: FakeSlackApi) -> None:
    for query in (QUERY, "golang developer", "data engineer"):
        await run(slack, fake, f"add {query}")
    body = slack.command_form("remove 1", "removal")
    headers = slack.signed(body)
    statuses = [await slack.send(body, headers) for _ in range(3)]
    assert statuses == [200, 200, 200]  # a replay is acknowledged and ignored
    assert "Removed #1" in texts((await answer(fake, "removal"))["blocks"])
    listed = texts((await run(slack, fake, "list"))["blocks"])
    assert "#2 " in listed and "#3 " not in listed  # two of three searches remain
    assert len(fake.calls_to("response_url", status=None)) == 5  # 3 adds, 1 removal, 1 list


async def test_the_replay_memory_is_bounded_and_expires(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verify, "MAX_REMEMBERED", 3)
    clock = [1000.0]
    gate = verify.RequestGate("s3cret", timer=lambda: clock[0])
    now = int(time.time())
    requests = [(f"text={n}".encode(), sign("s3cret", f"text={n}", now)) for n in range(5)]
    verdicts = [await gate.check(body, headers) for body, headers in requests]
    assert verdicts == [Verdict.ACCEPT] * 3 + [Verdict.BUSY] * 2  # never forgets one early
    assert await gate.check(*requests[0]) is Verdict.REPLAYED
    clock[0] += verify.REMEMBER_SECONDS + 1  # past the window: the memory empties
    assert await gate.check(*requests[3]) is Verdict.ACCEPT
