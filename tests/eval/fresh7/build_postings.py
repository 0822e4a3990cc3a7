# ruff: noqa: E501
"""Writes ``postings.jsonl`` and ``facts.json`` of the seventh fresh set (run once, by hand).

Real postings come from ``/work/shared/data`` (``--shared`` to point elsewhere), read only when
run: Microsoft careers postings (full descriptions), USAJOBS titles and rows of the USAJOBS
product-manager export (places, pay, remote). Their facts below were written by hand from each
posting's title and text. The self-written postings and their facts are ``written.SPECS``.
The written files make the set work without ``/work/shared``. SOURCES.md has the attribution.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from pathlib import Path
from typing import Any

from tests.eval.fresh7 import written

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared/data")
MS_URL = "https://github.com/microsoft/SkillsExtractorCognitiveSearch/blob/50006cd23e6fe974da522abfb612419297f767a1/deployment/microsoft_careers_sample.json"
REMOTE_PLACE = "Anywhere in the U.S. (remote job)"


def F(
    role: str, level: str | None = None, langs: tuple[str, ...] = (), **more: Any
) -> dict[str, Any]:
    """The facts of one real posting, as read from it."""
    return {
        "role": role,
        "level": level,
        "langs": langs,
        "nice": (),
        "tech": (),
        "domain": (),
        **more,
    }


AZ = ("azure",)
# Microsoft careers postings: facts read from title and description (level from the title).
MICROSOFT: dict[str, dict[str, Any]] = {
    "515264": F(
        "swe", "junior", ("typescript", "javascript", "csharp", "java"), domain=("distributed",)
    ),
    "502831": F("swe", "mid", ("csharp", "javascript"), tech=("dotnet", "azure")),
    "581156": F("swe", "mid", (), tech=AZ, domain=("distributed",)),
    "582149": F("swe", "mid", ("csharp", "cpp", "python"), tech=AZ),
    "488083": F("data_sci", "mid", ("csharp", "cpp", "java", "python")),
    "587135": F("design", "mid"),
    "538723": F("advocate", "senior", (), tech=AZ),
    "579616": F("swe", "senior", ("cpp",), tech=AZ, domain=("distributed",)),
    "582882": F("swe", "mid", ("cpp", "csharp", "java"), domain=("distributed",)),
    "579048": F("service_eng", "mid", (), tech=AZ),
    "550157": F("consultant", "senior", (), tech=AZ, nice=("python", "csharp")),
    "581136": F(
        "swe",
        "mid",
        ("csharp", "java", "cpp"),
        nice=("python",),
        tech=("azure", "sql"),
        domain=("data_platform",),
    ),
    "580085": F("swe", "senior", ()),
    "527776": F("swe", "mid", (), tech=AZ, domain=("distributed",)),
    "589482": F(
        "swe", "junior", ("csharp", "cpp", "java"), tech=AZ, domain=("distributed", "billing")
    ),
    "576459": F("swe", "mid", ("csharp", "python"), tech=AZ, domain=("distributed",)),
    "585181": F(
        "fullstack",
        "mid",
        ("cpp", "csharp", "java", "typescript", "javascript"),
        tech=("azure", "dotnet"),
    ),
    "574676": F("qa", "mid", ("cpp", "csharp", "sql")),
    "581837": F("swe", "mid", ("csharp", "cpp"), tech=AZ, domain=("distributed",)),
    "592457": F("embedded", "mid", ("cpp",)),
    "586784": F("analyst", "senior", ("sql",)),
    "573193": F("sre", "senior", ("csharp", "cpp", "java"), tech=AZ),
    "558783": F("embedded", "senior", ("cpp",), tech=AZ),
    "591050": F("swe", "senior", ("csharp", "javascript", "node", "python", "java"), tech=AZ),
    "566003": F("ml", "senior", ("cpp", "csharp", "java"), tech=("spark", "azure")),
    "592261": F("swe", "mid", ("cpp",), tech=AZ),
    "435784": F("swe", "mid", (), tech=AZ, domain=("distributed",)),
    "552120": F("backend", "senior", (), tech=AZ, domain=("distributed",)),
    "582147": F("program_mgr", "senior"),
    "589559": F("program_mgr", "mid", (), tech=AZ),
    "531446": F("data_sci", "mid"),
    "588975": F("fullstack", "junior", ("csharp", "node", "typescript"), tech=AZ),
    "589491": F("support", "junior", (), tech=AZ),
    "583786": F("swe", "senior", ("csharp", "cpp", "java"), tech=AZ),
}

# USAJOBS titles (no description, place or pay upstream): facts read from the title.
USAJOBS: dict[str, dict[str, Any]] = {
    "831561700": F("nurse_rn", spec="icu"), "794694900": F("nurse_rn", spec="icu"),
    "774742300": F("nurse_rn", "manager", spec="icu"), "794770700": F("nurse_rn", spec="icu"),
    "843334800": F("nurse_rn", spec="community"), "805435200": F("nurse_rn", "lead", spec="er"),
    "798641300": F("nurse_lpn"), "780076300": F("nurse_lpn"), "842445100": F("nurse_rn", spec="forensic"),
    "816118300": F("crna"), "789132800": F("resp_therapist", spec="icu"),
    "796771800": F("np"), "802647900": F("np"), "782686300": F("np"), "783677000": F("np", "manager"),
    "789380800": F("np"), "822699000": F("apn"),
    "820353200": F("attorney"), "788704300": F("attorney"), "798522600": F("attorney"),
    "814875500": F("attorney"), "807381900": F("attorney", "manager"), "786519300": F("attorney"),
    "812053500": F("attorney", "principal"),
    "799890200": F("paralegal"), "793680300": F("paralegal", "manager"), "803811000": F("paralegal_judicial"),
    "810368300": F("legal_asst"), "779806800": F("legal_asst", "junior"),
    "776463200": F("teacher"), "804094600": F("teacher_aide", spec="infant"), "799088400": F("teacher_aide", spec="toddler"),
    "830157900": F("trainee", spec="science_ms"), "820503200": F("instructor"),
    "846974900": F("electrician"), "774345200": F("electrician"), "793606900": F("electrician"),
    "791246400": F("electrician"), "796179400": F("electrician", "lead"), "782259800": F("electrician", "lead"),
    "819328800": F("electrician", spec="instructor"), "780336700": F("electrical_worker"),
    "800372900": F("electrical_eng"), "778593200": F("electrical_eng", "junior"), "780945600": F("controls_mechanic", "lead"),
    "797475000": F("accountant"), "793162200": F("accountant"), "794920500": F("accountant"),
    "777508100": F("accountant", "junior"), "824938900": F("accountant"), "779642500": F("auditor"),
    "806142900": F("acct_tech"),
    "841406500": F("atc"), "790343900": F("atc", spec="instructor"), "789985200": F("atc", spec="tmc"),
    "846932500": F("atc", "manager"), "843279000": F("atc", spec="staff_support"), "839113200": F("airway_tech"),
    "813390600": F("pharmacist"), "780365200": F("pharmacist"), "780987600": F("pharmacist"),
    "775122300": F("pharmacist", "manager"), "774814200": F("pharm_tech"), "792997500": F("pharm_tech"),
    "787971800": F("scientist"),
    "848579500": F("swe", "senior"), "845614500": F("swe", "mid"), "844833900": F("fullstack", "senior", ("php",)),
    "843602900": F("swe"), "839955200": F("dba"), "776874200": F("ops"), "807825300": F("it_spec"),
    "813197400": F("it_support", "manager"),
}  # fmt: skip

# USAJOBS product-manager export rows: facts read from title (places, remote and pay are fields).
PM_EXPORT: dict[str, dict[str, Any]] = {
    "783975700": F("pm_acq"), "832733700": F("pm", "junior"), "598510800": F("pm_acq"),
    "808666800": F("pm"), "815735700": F("pm"), "816243100": F("analyst"), "670168000": F("pm"),
    "818521100": F("pm"), "515230600": F("pm"), "609122500": F("pm"), "561288400": F("pm_acq"),
    "571258800": F("pm", "manager"), "800514400": F("pm"), "716874200": F("pm"),
    "830155600": F("pm_acq"), "799596700": F("pm_other"), "581732700": F("pm_acq"),
    "831720500": F("pm_acq"), "768478000": F("pm_acq"), "594593200": F("pm_acq"),
    "666509300": F("pm"), "658469700": F("advisor"), "675738800": F("pm", "senior"),
    "823418200": F("pm_acq"), "828408300": F("pm"), "808517300": F("pm"), "806287200": F("pm"),
    "792556800": F("pm", "senior"), "782845100": F("pm", "manager"), "781087700": F("pm", "senior"),
    "681478000": F("pm"), "777868900": F("strategist", "senior"), "706795700": F("po"),
}  # fmt: skip


def row(
    pid: str, title: str, company: str, source: str, url: str, description: str, **more: Any
) -> dict[str, Any]:
    """One posting in the import schema."""
    out = {
        "id": pid, "source": source, "title": " ".join(title.split()), "company": company,
        "location": None, "remote": None, "salary_min": None, "salary_max": None,
        "currency": None, "url": url, "description": description, "tags": [], "posted_at": None,
    }  # fmt: skip
    out.update(more)
    return out


def microsoft(shared: Path) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The picked Microsoft careers postings with their facts."""
    rows = json.loads(
        (shared / "microsoft-careers/microsoft_careers_sample.json").read_text("utf-8")
    )
    out = []
    for r in rows:
        if r["id"] in MICROSOFT:
            place = f"{r['state']}, United States"
            posting = row(
                f"microsoft:{r['id']}",
                r["title"],
                "Microsoft",
                "microsoft",
                MS_URL,
                r["description"],
                location=place,
                remote=False,
                tags=[r["category"], r["subCategory"]],
            )
            out.append(
                (posting, MICROSOFT[r["id"]] | {"location": place, "remote": None, "pay": None})
            )
    return out


def usajobs(shared: Path) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The picked USAJOBS titles with their facts."""
    out, seen = [], set()
    with gzip.open(shared / "usajobs/postings.jsonl.gz", "rt", encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            key = r.get("id", "").removeprefix("usajobs:")
            if key in USAJOBS and key not in seen:
                seen.add(key)
                posting = row(
                    r["id"],
                    r["title"],
                    r["company"],
                    "usajobs",
                    r["url"] or "",
                    "",
                    tags=r["tags"] or [],
                    posted_at=r["posted_at"],
                )
                out.append((posting, USAJOBS[key] | {"location": "", "remote": None, "pay": None}))
    return out


def pm_export(shared: Path) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The picked product-manager export rows with their facts; the description is the row's
    own fields written out."""
    path = shared / "usajobs/product_manager_jobs_full_fields.csv.gz"
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    out, seen = [], set()
    for r in rows:
        key = r["control_number"]
        if key not in PM_EXPORT or key in seen:
            continue
        seen.add(key)
        places = [p.strip() for p in r["locations"].split("|") if p.strip()]
        remote = any(REMOTE_PLACE in p for p in places)
        yearly = r["salary_type"] == "Per Year"
        low, high = float(r["minimum_salary"]), float(r["maximum_salary"])
        per = "per year" if yearly else "per hour"
        text = (
            f"{r['position_title']}. {r['hiring_department_name']} / {r['hiring_agency_name']}.\n"
            f"Series {r['job_series']}, grade {r['pay_scale']}-{r['minimum_grade']} to {r['maximum_grade']}.\n"
            f"Salary: ${low:,.2f} - ${high:,.2f} {per}.\n"
            f"Locations: {'; '.join(places)}.\n"
            f"Telework eligible: {r['telework_eligible']}. Appointment: {r['appointment_type']}, {r['work_schedule']}.\n"
            f"Travel: {r['travel_requirement']}. Security clearance: {r['security_clearance'] or 'none'}. Supervisory: {r['supervisory_status']}."
        )
        location = "; ".join(places[:3])
        posting = row(
            f"usajobs:{key}",
            r["position_title"],
            f"{r['hiring_department_name']} / {r['hiring_agency_name']}",
            "usajobs",
            f"https://www.usajobs.gov/job/{key}",
            text,
            location=location,
            remote=remote,
            salary_min=low if yearly else None,
            salary_max=high if yearly else None,
            currency="USD",
            tags=[r["job_series"]],
            posted_at=r["position_open_date"][:10],
        )
        pay = (low, high, "USD", "year" if yearly else "hour")
        out.append(
            (
                posting,
                PM_EXPORT[key]
                | {"location": r["locations"], "remote": "us" if remote else None, "pay": pay},
            )
        )
    return out


def self_written() -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """The postings written for this set, from their specs."""
    out = []
    for s in written.SPECS:
        pay = s["pay"]
        yearly = bool(pay) and pay[3] == "year"
        posting = row(
            s["id"],
            s["title"],
            s["company"],
            "fresh7",
            f"https://example.org/fresh7/{s['id'].split(':')[1]}",
            written.text(s),
            location=s["location"],
            remote=s["remote"] is not None,
            salary_min=pay[0] if yearly else None,
            salary_max=pay[1] if yearly else None,
            currency=pay[2] if pay else None,
            posted_at="2026-11-" + f"{1 + int(s['id'][-2:]) % 28:02d}",
        )
        facts = {
            k: v for k, v in s.items() if k not in {"id", "title", "company", "style", "about"}
        }
        out.append((posting, facts | {"title": s["title"]}))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    shared = parser.parse_args().shared
    pairs = microsoft(shared) + usajobs(shared) + pm_export(shared) + self_written()
    wanted = len(MICROSOFT) + len(USAJOBS) + len(PM_EXPORT) + len(written.SPECS)
    assert len(pairs) == wanted, (len(pairs), wanted)
    with (HERE / "postings.jsonl").open("w", encoding="utf-8") as fh:
        for posting, _ in pairs:
            fh.write(json.dumps(posting, ensure_ascii=False) + "\n")
    facts = {p["id"]: f | {"title": p["title"]} for p, f in pairs}
    (HERE / "facts.json").write_text(
        json.dumps(facts, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(f"{len(pairs)} postings")


if __name__ == "__main__":
    main()
