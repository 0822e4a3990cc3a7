"""Per-chat lanes: one key's work in order, keys side by side, bounded running and waiting."""

from __future__ import annotations

import asyncio

import pytest

from core.chat.lanes import LaneFull, Lanes


async def test_a_keys_work_runs_in_order_and_other_keys_do_not_wait_for_it() -> None:
    lanes = Lanes(running=4, waiting=10)
    slow, log = asyncio.Event(), []

    async def work(key: str, name: str, gate: asyncio.Event | None = None) -> None:
        async with lanes.turn(key):
            if gate is not None:
                await gate.wait()
            log.append(name)

    tasks = [asyncio.create_task(work("alice", "a1", slow))]
    tasks += [asyncio.create_task(work("alice", f"a{n}")) for n in (2, 3)]
    tasks.append(asyncio.create_task(work("bob", "b1")))
    await asyncio.sleep(0.01)
    assert log == ["b1"]  # Alice's first is stuck; her others wait behind it, Bob does not
    slow.set()
    await asyncio.gather(*tasks)
    assert log == ["b1", "a1", "a2", "a3"]
    assert not lanes._lanes  # idle lanes are forgotten


async def test_running_is_bounded_and_a_full_lane_refuses_more() -> None:
    lanes = Lanes(running=2, waiting=2)
    gate, inside = asyncio.Event(), []

    async def work(key: str) -> None:
        async with lanes.turn(key):
            inside.append(key)
            await gate.wait()

    tasks = [asyncio.create_task(work(key)) for key in ("a", "b", "c")]
    await asyncio.sleep(0.01)
    assert sorted(inside) == ["a", "b"]  # c waits for a running slot
    queued = asyncio.create_task(work("a"))
    await asyncio.sleep(0.01)
    with pytest.raises(LaneFull):
        async with lanes.turn("a"):
            pass
    gate.set()
    await asyncio.gather(*tasks, queued)
    assert sorted(inside) == ["a", "a", "b", "c"]
