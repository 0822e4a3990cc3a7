"""Write the eighth fresh set's pool (postings.jsonl) and facts (facts.json).

Real rows as pick.py draws them (USAJOBS by seed 8, the Microsoft careers sample by seed 8) and
the postings of written.py. Facts of the real rows: the federal ones from the occupational series
and the title's words (FEDERAL_ROLES, level words, OVERRIDES), the Microsoft ones by hand
(MICROSOFT, read from title and description). Run ``python -m tests.eval.fresh8.build_postings``.
"""

# ruff: noqa: E501 (one line of facts per Microsoft row)
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from tests.eval.fresh8 import pick, written

HERE = Path(__file__).resolve().parent
FEDERAL_ROLES = {
    "0610": "nurse_rn", "0620": "lpn", "0621": "cna", "0905": "attorney", "0950": "paralegal",
    "0986": "legal_asst", "2152": "atc", "2154": "atc_asst", "0660": "pharmacist",
    "0661": "pharm_tech", "1701": "education_specialist", "2805": "electrician",
    "2810": "electrician", "0850": "elec_eng", "0855": "electronics_eng", "0510": "accountant",
    "0525": "acct_tech", "0511": "auditor", "0083": "police", "0085": "security_guard",
    "0185": "social_worker", "0186": "social_asst", "5703": "mvo", "2210": "it_specialist",
    "1550": "computer_scientist", "0854": "computer_engineer",
}  # fmt: skip
LEVELS = (
    (r"supervisory|supervisor|manager|chief", "manager"),
    (r"lead|leader", "lead"),
    (r"senior", "senior"),
    (r"trainee|student|intern|apprentice|entry", "junior"),
)
OVERRIDES: dict[str, dict[str, Any]] = {
    "usajobs:780554100": {"role": "np"},  # Advanced Practice Nurse (Nurse Practitioner)
    "usajobs:765126000": {"spec": "community"},  # Nurse (Community Health)
    "usajobs:833419900": {"role": "court_reporter"},
    "usajobs:811233700": {"spec": "tmc"},  # ATCS, Traffic Management Coordinator
    "usajobs:846782400": {"spec": "tmc"},
    "usajobs:846776700": {"spec": "notam"},
    "usajobs:817802600": {"role": "education_specialist"},  # 1710, not a teacher post
    "usajobs:852273100": {"role": "teacher_aide"},
    "usajobs:781988500": {"spec": "hv"},  # High Voltage Electrician
    "usajobs:819328800": {"spec": "instructor"},
    "usajobs:830046400": {"role": "special_agent"},
    "usajobs:798845800": {"spec": "instructor"},  # Police Officer (Firearms Training Instructor)
    "usajobs:774721600": {"role": "attorney"},  # Attorney Advisor IPR (drawn at random)
    "usajobs:797238500": {"role": "attorney"},
    "usajobs:842082800": {"role": "pharmacist"},
    "usajobs:801424800": {"role": "network_eng"},
    "usajobs:836765500": {"level": "manager"},  # Manager, Accounting
    "usajobs:791865300": {"level": "manager"},  # ELECTRICIAN ASSISTANT SUPERVISOR
}
MICROSOFT: dict[str, dict[str, Any]] = {
    "550157": {"role": "customer_eng", "level": "senior", "tech": ["azure"]},
    "588909": {"role": "pm", "level": "senior"},
    "589490": {"role": "swe", "level": "mid", "alt": ["csharp", "java", "cpp"], "tech": ["azure"], "domain": ["distributed", "billing"]},
    "582147": {"role": "pm", "level": "senior"},
    "575463": {"role": "fullstack", "level": "senior", "alt": ["csharp", "cpp"], "tech": ["sql"]},
    "520870": {"role": "swe", "level": "mid", "tech": ["azure"], "domain": ["distributed", "identity"]},
    "515264": {"role": "fullstack", "alt": ["javascript", "csharp", "java"]},
    "577694": {"role": "swe", "level": "principal", "tech": ["azure"], "domain": ["distributed", "security"]},
    "586784": {"role": "analyst", "level": "senior"},
    "580550": {"role": "swe", "level": "mid", "tech": ["azure"], "domain": ["distributed", "microservices"]},
    "584024": {"role": "swe", "alt": ["csharp", "python", "rust", "fsharp", "cpp"], "tech": ["azure", "kubernetes", "cosmosdb"], "domain": ["distributed", "quantum"]},
    "588266": {"role": "designer", "level": "senior"},
    "570271": {"role": "swe", "level": "senior", "alt": ["csharp", "cpp", "java"], "tech": ["azure"], "domain": ["health"]},
    "423911": {"role": "swe", "level": "principal", "alt": ["csharp", "java"], "tech": ["azure", "sql"]},
    "582670": {"role": "swe", "level": "senior", "alt": ["cpp", "csharp", "java"], "tech": ["azure"], "domain": ["storage"]},
    "577130": {"role": "pm", "level": "principal"},
    "516118": {"role": "swe", "alt": ["csharp", "java", "cpp"], "tech": ["azure"], "domain": ["distributed", "billing"]},
    "587367": {"role": "swe", "level": "senior", "tech": ["azure"], "domain": ["distributed", "networking"]},
    "579992": {"role": "pm", "level": "senior"},
    "576459": {"role": "swe", "level": "mid", "langs": ["csharp"], "nice": ["python"], "tech": ["azure"], "domain": ["distributed"]},
    "589811": {"role": "swe", "level": "principal", "tech": ["azure"], "domain": ["iot"]},
    "586791": {"role": "pm", "level": "senior", "tech": ["azure"]},
    "520735": {"role": "swe", "domain": ["distributed"]},
    "566003": {"role": "swe", "level": "senior", "alt": ["c", "cpp", "csharp", "java"], "nice": ["python"], "domain": ["ml"]},
}  # fmt: skip
EMPTY = {"langs": [], "nice": [], "alt": [], "tech": [], "domain": []}


def _facts(role: str, level: str | None, location: str | None, **more: Any) -> dict[str, Any]:
    base = {"role": role, "level": level, **EMPTY, "location": location, "remote": None}
    return {**base, "pay": None, "spec": None, "licence": None, **more}


def federal_facts(row: dict[str, Any]) -> dict[str, Any]:
    """A USAJOBS row's facts: role from its series, level from its title's words, OVERRIDES."""
    codes = [t[:4] for t in row.get("tags") or ()]
    role = next((FEDERAL_ROLES[c] for c in codes if c in FEDERAL_ROLES), "other")
    title = row["title"]
    if role == "other" and codes and codes[0] == "1710":
        role = "teacher" if re.fullmatch(r"\s*teacher\s*", title, re.I) else "teacher_aide"
    if role == "nurse_rn" and re.search(r"advanced practice", title, re.I):
        role = "apn"
    level = next((lv for pat, lv in LEVELS if re.search(rf"\b(?:{pat})\b", title, re.I)), None)
    spec = "hv" if role == "electrician" and "2810" in codes else None
    return _facts(role, level, None, spec=spec) | OVERRIDES.get(row["id"], {})


def main() -> None:
    """Write postings.jsonl and facts.json."""
    rows: list[dict[str, Any]] = []
    facts: dict[str, dict[str, Any]] = {}
    for r in pick.federal():
        rows.append({
            "id": r["id"], "source": "usajobs", "title": r["title"], "company": r["company"],
            "location": None, "remote": None, "salary_min": None, "salary_max": None,
            "currency": None, "url": r["url"], "description": "", "tags": r.get("tags") or [],
            "posted_at": r["posted_at"],
        })  # fmt: skip
        facts[r["id"]] = federal_facts(r)
    for r in pick.microsoft():
        pid = f"microsoft:{r['id']}"
        rows.append({
            "id": pid, "source": "microsoft", "title": r["title"], "company": "Microsoft",
            "location": "Washington, United States", "remote": None, "salary_min": None,
            "salary_max": None, "currency": None, "url": "", "description": r["description"],
            "tags": [], "posted_at": None,
        })  # fmt: skip
        m = dict(MICROSOFT[r["id"]])
        facts[pid] = _facts(m.pop("role"), m.pop("level", None), "Washington, United States") | m
    for row, fact in written.POSTINGS:
        rows.append(row)
        facts[row["id"]] = fact
    with (HERE / "postings.jsonl").open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    (HERE / "facts.json").write_text(json.dumps(facts, indent=1, ensure_ascii=False) + "\n")
    print(f"{len(rows)} postings")


if __name__ == "__main__":
    main()
