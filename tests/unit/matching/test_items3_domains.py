"""A business domain named beside a software title is wanted, as a sector is (items3, issue 14).

People name the business they want to work in (payments, fintech, gaming) as they name a
sector: "staff backend engineer payments" is no Staff Backend Engineer on a growth team, and
fresh5 dev's judges grade such postings 0 (and fintech outside payments 1). A posting naming the
domain nowhere, title or text, is a loose match at best, counted in the left-out line. A
technology practice (distributed systems, microservices) is how the work is done, not what it
is for: it still only ranks. The domain is the team's work, not the company's: a bank's backend
job naming no payments is a loose match. A title naming the payments domain alone ("Staff Engineer,
Payments") is server-side work, as one naming storage is.
"""

from __future__ import annotations

from core.matching import parse_query, rank, score_posting
from core.matching.scoring import UNNAMED
from core.matching.silent import left_out
from core.model import Posting
from tests.unit.matching.found import found, posting

GROWTH = posting(
    "Staff Backend Engineer, Growth",
    "Growth experiments and notifications. 8+ years with Python, PostgreSQL and AWS.",
)
PAYMENTS = posting(
    "Staff Engineer, Payments",
    "You will design, build and run our systems. 8+ years with Python, PostgreSQL and AWS.",
)
CRYPTO = posting(
    "Staff Software Engineer, Crypto Payments",
    "Stablecoin payouts for marketplaces. 8+ years with Go and PostgreSQL.",
)
IN_TEXT = posting(
    "Staff Backend Engineer",
    "Own the ledger and the payment processing services. Java, Kafka, AWS.",
)
BANK = posting(
    "Staff Backend Engineer (Go)",
    "Go services for our retail banking app.",
    company="Fernhill Bank",
)
SEARCH = "staff backend engineer payments"


def test_a_posting_naming_the_domain_nowhere_is_a_loose_match() -> None:
    assert not found(SEARCH, GROWTH)
    result = score_posting(parse_query(SEARCH), GROWTH)
    assert result.score <= UNNAMED
    assert "names none of the specialties asked" in " ".join(result.breakdown)
    listed = [p.id for p, _ in rank(parse_query(SEARCH), [GROWTH, IN_TEXT], "loose")]
    assert listed == [IN_TEXT.id, GROWTH.id]


def test_the_domain_in_the_title_or_text_meets_it() -> None:
    for job in (PAYMENTS, CRYPTO, IN_TEXT):
        assert found(SEARCH, job), job.title


def test_a_bank_naming_no_payments_work_is_no_payments_job() -> None:
    # payments is the team's work, not the company's: fresh dev grades banks' backend jobs 0
    # for "software engineer payments platform"; a shop's checkout team is payments work
    assert not found(SEARCH, BANK)
    shop = posting("Staff Backend Engineer, Checkout", "Java services for our online shop.")
    assert found(SEARCH, shop)


def test_the_postings_left_out_are_counted() -> None:
    pool = [GROWTH, PAYMENTS, IN_TEXT]
    assert left_out(parse_query(SEARCH), pool, "normal") == [GROWTH.id]


def test_a_payments_title_is_server_side_work() -> None:
    plain = posting("Principal Engineer, Payments", "Set the architecture of our payment rails.")
    assert found("principal backend engineer payments", plain)
    front = posting("Senior Frontend Engineer, Payments", "React checkout pages.")
    assert not found("senior backend engineer payments", front)


def test_a_practice_still_only_ranks() -> None:
    for search in ("staff backend engineer distributed systems", "staff backend microservices"):
        assert found(search, GROWTH), search


def test_the_domain_is_no_title_word_of_other_jobs() -> None:
    clerk = Posting(
        id="clerk",
        title="Accounts Payable Clerk",
        description="Process vendor invoices and payments.",
    )
    assert found("accounts payable clerk", clerk)
