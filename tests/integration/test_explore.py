"""/explore through the service and the terminal chat: figures, chart file, Follow, bad input."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from adapters.console.app import ConsoleChat
from adapters.console.charts import to_new_files
from core.chat.replies import Exploration, JobCards, SearchList, Text
from core.chat.service import Concierge
from tests.conftest import ALICE, BOB, posting


async def chat(service: Concierge, folder: Path, *lines: str) -> str:
    """Run the terminal chat over these lines, charts written into folder; what it printed."""
    out = io.StringIO()
    stdin = io.StringIO("".join(f"{line}\n" for line in lines))
    await ConsoleChat(service, stdin, out, to_new_files(folder)).run()
    return out.getvalue()


def _charts(folder: Path) -> list[tuple[Path, bytes]]:
    """The PNG files in a folder, with their bytes."""
    return [(path, path.read_bytes()) for path in sorted(folder.glob("*.png"))]


async def _explored(service: Concierge, text: str) -> Exploration:
    reply = await service.handle_text(ALICE, text)
    assert len(reply) == 1 and isinstance(reply[0], Exploration), reply
    return reply[0]


async def test_explore_answers_with_the_figures_of_the_matching_postings(
    service: Concierge,
) -> None:
    found = await _explored(service, "/explore backend python")
    market = found.market
    assert market.query == "backend python"
    assert market.understood == 'title "backend" · skills Python'
    assert market.open == 2  # the two backend engineering postings, not the sales manager
    assert {s.name for s in market.skills} >= {"Python", "PostgreSQL", "Kubernetes"}
    assert [c.name for c in market.companies] == ["Acme", "Globex"]
    assert "2 open postings match “backend python”" in found.summary
    assert found.chart.startswith(b"\x89PNG") and found.chart_missing == ""
    assert found.add_line == "/add backend python"
    assert found.follow is not None and found.follow.label == "Follow this role"


async def test_follow_saves_the_query_as_a_search_through_add(service: Concierge) -> None:
    found = await _explored(service, "/explore backend python")
    assert found.follow is not None
    saved = await service.handle_action(ALICE, found.follow.data)
    assert isinstance(saved[0], Text) and saved[0].text.startswith("Saved search #1: ")
    listed = await service.handle_text(ALICE, "/list")
    assert "backend python" in str(listed)
    again = await service.handle_action(ALICE, found.follow.data)
    assert "You already have that search as #1" in str(again)
    # Bob may press a Follow button he was shown too: it saves his own search.
    assert "Saved search #1" in str(await service.handle_action(BOB, found.follow.data))


async def test_a_word_read_otherwise_is_said_before_the_figures(service: Concierge) -> None:
    reply = await service.handle_text(ALICE, "/explore bakend pyhton")
    assert isinstance(reply[0], Text) and isinstance(reply[1], Exploration), reply
    assert reply[0].text == 'I read "bakend" as backend\nI read "pyhton" as Python'
    assert reply[1].market.understood == 'title "backend" · skills Python'
    nothing = await service.handle_text(ALICE, "/explore bakend in tokyo")
    assert [type(r) for r in nothing] == [Text, Text]
    assert nothing[0].text == 'I read "tokyo" as a city in Japan\nI read "bakend" as backend'


async def test_nothing_matching_says_so_and_offers_roles_that_have_postings(
    service: Concierge,
) -> None:
    reply = await service.handle_text(ALICE, "/explore senior backend engineer python in tokyo")
    assert len(reply) == 2 and isinstance(reply[1], Text)
    assert reply[0] == Text('I read "tokyo" as a city in Japan')
    text = reply[1].text
    assert text.startswith("No open posting matches “senior backend engineer python in tokyo”")
    assert "/explore Senior Backend Engineer (Python)  (1 open with this title)" in text
    for line in text.splitlines()[1:]:  # each offer really finds postings
        role = line.strip().split("  (")[0]
        assert isinstance((await service.handle_text(ALICE, role))[-1], Exploration)


async def test_nothing_near_either_says_so(service: Concierge) -> None:
    reply = await service.handle_text(ALICE, "/explore zookeeper")
    assert "Nothing near it is open either" in str(reply)


async def test_a_title_sharing_no_word_with_the_role_is_not_offered(service: Concierge) -> None:
    # Both titles score 60 (the cut) against "attorney" on letters alone: "ntor", "istr".
    await service.intake.record(
        [
            posting("n1", "Software Engineer, Network Inventory", tags=("python",)),
            posting("n2", "Systems Administrator", description="Linux servers."),
        ]
    )
    reply = str(await service.handle_text(ALICE, "/explore attorney"))
    assert "Network Inventory" not in reply and "Systems Administrator" not in reply
    assert "Nothing near it is open either" in reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("/explore", "Tell me which role to explore"),
        ("/explore " + "python " * 60, "at most 300 characters"),
        ("/explore the of", "couldn't find a job title or skill"),
        ("/explore " + ("lorem ipsum dolor sit amet zzz qq " * 9)[:300], "don't know these words"),
        ("/explore 🚀🔥", "couldn't find a job title or skill"),
        ("/explore $120k", "I understood: salary ≥ $120k"),
        ("/explore in tokyo", "I understood: in Tokyo"),
        ("/explore all jobs", "couldn't find a job title or skill"),
        # Was: read as the title "anything" ('No open posting matches “anything” (title …)').
        ("/explore anything", "couldn't find a job title or skill"),
        ("/explore anything in new york", "I understood: in New York"),
        ("/explore whatever remote", "I understood: remote"),
    ],
)
async def test_bad_queries_get_one_line(service: Concierge, text: str, said: str) -> None:
    reply = await service.handle_text(ALICE, text)
    assert len(reply) == 1 and said in getattr(reply[0], "text", "")
    assert "\n" not in reply[0].text and "Traceback" not in reply[0].text  # type: ignore[union-attr]


async def test_the_terminal_writes_the_chart_and_prints_its_path(
    service: Concierge, tmp_path: Path
) -> None:
    shown = await chat(service, tmp_path, "/explore backend python")
    assert 'Market for “backend python” (title "backend" · skills Python)' in shown
    assert "Open postings: 2 · new in the last 7 days:" in shown
    assert "Only 2 postings: figures without percentiles." in shown
    assert "Follow this role: /add backend python" in shown
    ((path, png),) = _charts(tmp_path)
    assert f"Chart: {path}\n" in shown and png.startswith(b"\x89PNG")


async def test_a_chart_that_cannot_be_written_is_one_line(
    service: Concierge, tmp_path: Path
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    shown = await chat(service, blocked, "/explore backend python")
    assert f"Chart missing: I couldn't write {blocked} (Not a directory)." in shown
    assert "Open postings: 2" in shown and "Follow this role: /add backend python" in shown


async def test_without_matplotlib_the_text_still_comes(
    service: Concierge, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.backends.backend_agg", None)
    shown = await chat(service, tmp_path, "/explore backend python")
    assert "Chart missing: matplotlib is not available here." in shown
    assert "Open postings: 2" in shown
    assert _charts(tmp_path) == []


async def test_summary_counts_pay_in_every_currency(service: Concierge) -> None:
    # p1 and p2 are the two backend postings; one states euros, the other dollars.
    await service.intake.record(
        [
            posting("p1", "Senior Backend Engineer (Python)", salary_min=60000.0, currency="EUR"),
            posting("p2", "Sr. Back-End Developer (Python)", salary_min=74000.0, currency="USD"),
        ]
    )
    found = await _explored(service, "/explore backend python")
    assert sum(p.n for p in found.market.pay) == 2
    assert "one posting states pay" not in found.summary
    assert "2 postings state pay, in 2 currencies: €60k and $74k a year" in found.summary


async def test_equal_matches_are_read_in_the_one_order_newest_first(service: Concierge) -> None:
    # Equal scores: the one order (core.matching.order) takes the newer first, not the id.
    older = posting(
        "qa", "Harbour Pilot", company="Alpha", posted_at=datetime(2026, 11, 2, tzinfo=UTC)
    )
    newer = posting(
        "qb", "Harbour Pilot", company="Beta", posted_at=datetime(2026, 11, 9, tzinfo=UTC)
    )
    await service.intake.record([older, newer])
    market = (await _explored(service, "/explore harbour pilot")).market
    assert [c.name for c in market.companies] == ["Beta", "Alpha"]


_FORMS = (
    "Conditions of Employment: U.S. Citizenship is required. Submit your SF-50, OF-306 and "
    "DD-214 through Apply Online; CTAP/ICTAP eligibles; Schedule A; Veterans preference (5-point, "
    "10-point) applies. Salary $72,553 - $94,317 per year, grade GS 11, step 1-10. "
)
_FIELD_POSTINGS = [
    ("Accountant", "Reconcile accounts. CPA preferred; skilled in Excel and SAP."),
    ("Attorney-Adviser (General)", "Member of the bar. A J.D. from an accredited law school."),
    ("Registered Nurse", "BLS and ACLS certification. An active, unrestricted RN licence."),
    ("Air Traffic Control Specialist (Terminal)", "An FAA control tower operator certificate."),
]


@pytest.mark.parametrize(
    ("role", "wanted"),
    [
        ("accountant", {"CPA", "Excel", "SAP"}),
        ("attorney", {"JD"}),
        ("registered nurse", {"BLS", "ACLS", "RN"}),
        ("air traffic controller", {"FAA"}),
    ],
)
async def test_skills_in_demand_are_credentials_and_tools_not_form_words(
    service: Concierge, role: str, wanted: set[str]
) -> None:
    """Federal postings' boilerplate (form numbers, grades, pay, veterans' points) names nothing
    the listing shows: it lists the vocabulary's skills and credentials only."""
    await service.intake.record(
        [
            posting(f"f{i}-{n}", title, source="usajobs", description=_FORMS + duties)
            for i, (title, duties) in enumerate(_FIELD_POSTINGS)
            for n in range(2)
        ]
    )
    found = await _explored(service, f"/explore {role}")
    assert {s.name for s in found.market.skills} == wanted
    line = next(line for line in found.lines if line.startswith("Skills in demand:"))
    assert not any(word in line for word in ("SF", "OF-", "DD", "GS", "Government", "Veteran"))


async def test_skills_named_by_few_postings_say_how_few(service: Concierge) -> None:
    """Was: 'Skills in demand: Azure 2% · Python 2% · R 1%' for /explore data scientist on the
    probe store, and 'the skills asked for most are Azure (2%)…': 290 of its 296 postings (federal
    ones, with no text) name no skill at all, which the listing did not say."""
    await service.intake.record(
        [posting("ds0", "Data Scientist", description="Python, SQL and Spark.")]
        + [posting(f"ds{n}", "Data Scientist", source="usajobs") for n in range(1, 5)]
    )
    found = await _explored(service, "/explore data scientist")
    line = next(line for line in found.lines if line.startswith("Skills in demand:"))
    assert line.endswith("(4 of the 5 postings name no skill)")
    assert "Python 20%" in line
    assert "Few postings name skills: the ones named most are" in found.summary


UNPLACED = [  # postings stating neither place nor workplace: maybes for "onsite tokyo"
    posting(f"u{n}", "Senior Backend Engineer", tags=("kubernetes", "rabbitmq"), company=f"C{n}")
    for n in range(3)
]


async def test_explore_counts_what_add_finds_and_says_none_is_known_to_fit_the_place(
    service: Concierge,
) -> None:
    """Was: "3 open postings match “… onsite tokyo”" for postings none of which states its place
    or workplace, where /add's matches say no posting is known to be onsite in Tokyo."""
    await service.intake.record(UNPLACED)
    text = "kubernetes rabbitmq senior backend onsite tokyo"
    found = await _explored_after_notes(service, f"/explore {text}")
    added = await service.handle_text(ALICE, f"/add {text}")
    [cards] = [m for m in added if isinstance(m, JobCards)]
    listed = await service.handle_text(ALICE, "/list")
    [searches] = [m for m in listed if isinstance(m, SearchList)]
    assert found.market.open == len(cards.cards) == 3
    assert searches.items[0].matches == "3 matches"
    note = "I found no posting known to be onsite in Tokyo."
    assert note in cards.footer
    assert note in found.summary and any(note in line for line in found.lines)


async def _explored_after_notes(service: Concierge, text: str) -> Exploration:
    """The exploration of a reply that may first say how a word was read."""
    reply = await service.handle_text(ALICE, text)
    return next(m for m in reply if isinstance(m, Exploration))
