"""Crypto (blockchain, web3, DeFi) is a sector a search can name, read in a posting's title and
text as fintech is; Solidity is its language; cryptography is security work, no crypto."""

from __future__ import annotations

import pytest

from core.matching import parse_query, rank
from core.model import Posting

EXCHANGE = Posting(
    id="exchange",
    title="Backend Engineer",
    company="Ledgerline",
    description="Go services for our cryptocurrency exchange, trading Bitcoin and Ethereum.",
)
WEB3 = Posting(id="web3", title="Senior Backend Engineer, Web3", description="Go and Kafka APIs.")
DEFI = Posting(
    id="defi",
    title="Smart Contract Engineer",
    description="Write Solidity smart contracts for our DeFi protocol.",
)
FOOD = Posting(
    id="food",
    title="Backend Engineer",
    company="Saltmarsh Foods",
    description="Go services for our grocery deliveries, on PostgreSQL.",
)
CRYPTOGRAPHY = Posting(
    id="cryptography",
    title="Cryptography Engineer",
    description="Applied cryptography: TLS, key management and post-quantum schemes.",
)
POOL = [EXCHANGE, WEB3, DEFI, FOOD, CRYPTOGRAPHY]


def _ids(text: str) -> set[str]:
    return {p.id for p, _ in rank(parse_query(text), POOL)}


@pytest.mark.parametrize(
    "text",
    ["backend engineer crypto", "web3 backend", "blockchain backend engineer", "defi backend"],
)
def test_crypto_is_a_sector_read_and_echoed(text: str) -> None:
    # Was a title word ("backend engineer crypto"), matching no posting.
    query = parse_query(text)
    assert query.skills == ("Crypto",), query.skills
    assert "specialty Crypto" in query.describe()
    assert "crypto" not in query.title and "web3" not in query.title


def test_a_crypto_backend_search_finds_crypto_postings_only() -> None:
    assert _ids("backend engineer crypto") == {"exchange", "web3"}


def test_solidity_is_a_language_of_crypto_work() -> None:
    query = parse_query("solidity developer")
    assert "Solidity" in query.skills and "solidity" not in query.title
    assert _ids("solidity developer") == {"defi"}
    assert "defi" in _ids("smart contract engineer crypto")


def test_cryptography_is_its_own_specialty_not_crypto() -> None:
    query = parse_query("cryptography engineer")
    assert query.skills == ("Cryptography",) and "Crypto" not in query.skills
    assert _ids("cryptography engineer") == {"cryptography"}
    assert "cryptography" not in _ids("backend engineer crypto")


@pytest.mark.parametrize("text", ["crypto", "cryptographer", "cryptographic"])
def test_crypto_never_reads_cryptography_nor_the_reverse(text: str) -> None:
    skills = parse_query(f"engineer {text}").skills
    assert not ("Crypto" in skills and "Cryptography" in skills)
