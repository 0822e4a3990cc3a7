"""A new user's ranking findings: with no level asked the plain job ranks at least as high as its
supervisors and leads ("Staff Registered Nurse" is all a nurse, "Supervisory Nurse" a rank of the
job); a software engineer is a backend, frontend, full-stack or mobile developer, not any
engineer of the field (DevOps, MLOps)."""

from __future__ import annotations

from core.matching import parse_query, score_posting
from tests.unit.matching.found import found, posting


def _score(query: str, title: str) -> float:
    return score_posting(parse_query(query), posting(title)).score


def test_a_title_restating_the_role_is_all_the_role() -> None:
    # Was 83 beside a Lead Nurse's 100: staff and registered counted against the nurse.
    plain = [_score("nurse", t) for t in ("Staff RN (Staff Registered Nurse)", "Staff Nurse")]
    assert min(plain) >= _score("nurse", "Registered Nurse") - 1
    for rank in ("Lead Nurse", "Supervisory Nurse"):
        assert min(plain) > _score("nurse", rank), rank


def test_no_level_asked_ranks_the_plain_job_above_its_supervisor() -> None:
    # Was 85 below a Supervisory Attorney's 93.
    assert _score("lawyer", "Trial Attorney") > _score("lawyer", "Supervisory Attorney")
    assert _score("lawyer", "Supervisory Attorney") >= 55
    assert _score("supervisory attorney", "Supervisory Attorney") > _score(
        "supervisory attorney", "Trial Attorney"
    )


def test_a_software_engineer_is_a_developer_of_software() -> None:
    # Were all 62 ("engineer", software ✗).
    query = "software engineer"
    mine = [
        "Senior Backend Engineer",
        "Senior Frontend Engineer (Angular)",
        "Full Stack Developer",
        "iOS Engineer",
    ]
    others = ["MLOps Engineer", "Junior DevOps Engineer", "Site Reliability Engineer"]
    worst = min(_score(query, t) for t in mine)
    assert worst >= 80
    for title in others:
        assert _score(query, title) < worst - 15, title


def test_a_rank_of_the_job_is_its_manager() -> None:
    # Were 0: only "Nurse (Case Manager)" passed "nurse manager".
    for query in ("nurse manager", "nurse supervisor"):
        for title in ("Supervisory Nurse", "Lead Nurse", "Nurse Manager"):
            assert found(query, posting(title)), (query, title)
        assert not found(query, posting("Staff Nurse")), query
    assert not found("engineering manager", posting("Lead Software Engineer"))


def test_a_forklift_is_equipment_not_an_engineer() -> None:
    # Was 0 ("warehouse" and "forklift" title words) or below a picker (an implied engineer).
    flt = posting("Warehouse Operative – Counterbalance FLT", "Unload trailers.")
    reach = posting("Warehouse Associate – Forklift Operator", "Reach truck licence required.")
    picker = posting("Warehouse Picker / Packer", "Pick and pack orders; no licence needed.")
    assert found("warehouse forklift", flt)
    assert found("warehouse forklift", reach)
    assert not found("warehouse forklift", picker)
    assert parse_query("warehouse forklift").skills == ("Forklift",)


def test_a_backend_title_is_no_neighbour_of_a_software_engineer() -> None:
    # A backend title meets "software" fully: missing Kubernetes it ranks, it is not capped as
    # a neighbouring title (DevOps for "platform engineer") missing a tool asked.
    text = "We build services in Go. 5+ years."
    backend = posting("Senior Backend Engineer (Go)", text)
    assert score_posting(parse_query("sr software engineer go kubernetes"), backend).score >= 60
