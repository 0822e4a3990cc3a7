"""Vocabulary and parsing for role families, abbreviations and implied skills (held-out misses)."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.matching.features import features
from core.matching.vocab import vocabulary
from core.model import Posting, Sensitivity

SERVER_TEXT = (
    "You will own the order service: REST endpoints, message queues and the PostgreSQL schema "
    "behind them, plus the business logic that settles invoices overnight."
)
KAFKA_TEXT = SERVER_TEXT.replace("message queues", "Kafka topics")
CLUSTER_TEXT = (
    "Run the shared Kubernetes clusters, Terraform modules and CI/CD pipelines; improve "
    "observability with Prometheus and take part in incident response."
)
WEAK_TEXT = "Join a small team shipping features for our customers every week."


def posting(title: str, **fields: object) -> Posting:
    return Posting(id=title, title=title, **fields)  # type: ignore[arg-type]


def passes(query: str, title: str, sensitivity: Sensitivity = "normal", **fields: object) -> bool:
    result = score_posting(parse_query(query), posting(title, **fields))
    return result.passed and result.score >= threshold_for(sensitivity)


# 1. abbreviations and related titles


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("rn", "Night Shift Charge Nurse (RN)"),
        ("registered nurse", "Charge Nurse (RN) – Cardiology"),
        ("registered nurse", "Supervisory Nurse"),
        ("electrical engineer", "Power Systems Engineer"),
        ("electrical engineer", "Senior Electronics Hardware Engineer"),
        ("machine learning engineer", "Computer Vision Engineer"),
        ("ml engineer", "Senior Computer Vision Engineer"),
        ("financial analyst", "Investment Analyst"),
        ("financial analyst", "Senior Investment Analyst, Fixed Income"),
    ],
)
def test_related_titles_match(query: str, title: str) -> None:
    assert passes(query, title)


def test_related_families_stay_apart() -> None:
    assert not passes("electrical engineer", "Civil Engineer")
    # O*NET (17-2071/17-2072) and OPM (0850/0855) keep electronics engineers apart
    assert not passes("electrical engineer", "Electronics Engineer")
    assert not passes("sysadmin", "Health System Administrator")  # a VA hospital's head
    assert passes("sysadmin", "IT Specialist (SYSADMIN)")
    assert not passes("financial analyst", "Security Analyst")
    assert not passes("machine learning engineer", "Frontend Engineer")


def test_each_slashed_alternative_names_the_role() -> None:
    for query in ("electrical engineer", "civil engineer"):
        assert passes(query, "Electrical Engineer/Civil Engineer")
    assert passes(
        "electrical engineer", "Electrical Engineer/Computer Engineer/Electronics Engineer"
    )


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("electrician", "High Voltage Electrical Worker"),
        ("mechanic", "Maintenance Worker"),
        ("mechanic", "Maintenance Mechanic Worker"),
        ("mechanic", "Electronics Worker"),
        ("software engineer", "Computer Scientist"),
    ],
)
def test_federal_grades_and_series_of_the_same_work(query: str, title: str) -> None:
    assert passes(query, title)


def test_other_workers_and_scientists_stay_apart() -> None:
    assert not passes("mechanic", "Social Worker")
    assert not passes("electrician", "Food Service Worker")
    assert not passes("software engineer", "Research Scientist")
    assert not passes("software engineer", "Physical Scientist")
    assert not passes("chemical engineer", "Chemist")


def test_a_scientist_is_a_developer_only_in_the_field_the_search_names() -> None:
    # eng -> scientist is linked for "Computer Scientist" (software); a search naming no field
    # ("python developer", "python") or another one does not take any scientist
    text = "We build our models in Python and SQL."
    assert passes("software engineer", "Computer Scientist")
    assert passes("software developer", "Computer Scientist", description=text)
    for title in ("Python Data Scientist", "Data Scientist", "Senior Data Scientist (Python)"):
        assert not passes("python developer", title, description=text)
        assert not passes("python", title, description=text)
        assert not passes("software engineer", title, description=text, sensitivity="loose")
    assert not passes("python developer", "Computer Scientist", description=text)
    # the field met, but another job of it (roles10): ranked at loose only
    assert not passes("data engineer", "Data Scientist")
    assert passes("data engineer", "Data Scientist", sensitivity="loose")


def test_a_rank_a_title_may_leave_out_weighs_little_in_it() -> None:
    # "Supervisory" says the grade, not another job: the neighbour stays one
    assert passes("software engineer", "Supervisory Computer Scientist")
    assert passes("software engineer", "Deputy Computer Scientist")
    assert not passes("software engineer", "Supervisory Research Scientist")


def test_junior_takes_an_unlevelled_title_asking_little_experience() -> None:
    def text(years: int) -> str:
        return f"Bachelor's degree in Computer Science AND {years}+ years of coding experience."

    assert passes("junior software engineer", "Software Engineer", description=text(2))
    assert not passes("junior software engineer", "Software Engineer", description=text(5))
    silent = "Build and run our services with the team."
    assert not passes("junior software engineer", "Software Engineer", description=silent)
    # no text at all: any level, as for a mid or senior search (newuser11: "entry level data
    # analyst" found none of the federal file's plain Data Analysts, which have no text)
    assert passes("junior software engineer", "Software Engineer")
    assert not passes("senior software engineer", "Junior Software Engineer")


def test_early_career_is_entry_level() -> None:
    assert parse_query("early career software engineer").seniority == ("junior",)
    assert features(posting("Software Engineer, Early Career")).seniority == "junior"
    assert passes("junior software engineer", "Early-Career Software Engineer")
    assert not passes("senior software engineer", "Software Engineer (Early Career)")


# 2. platform engineering is an infrastructure family when it heads the title


@pytest.mark.parametrize(
    "title",
    [
        "Platform Engineer",
        "Platform Engineer, Infrastructure",
        "DevOps Engineer",
        "Site Reliability Engineer",
        "Cloud Infrastructure Engineer",
    ],  # not "MLOps Engineer": fresh2 and fresh3 grade it 0 for a platform search (prec31)
)
def test_platform_search_finds_infrastructure_roles(title: str) -> None:
    assert passes("platform engineer k8s", title, description=CLUSTER_TEXT)


@pytest.mark.parametrize(
    "title",
    ["Backend Platform Engineer", "Software Engineer, API Platform", "Trading Platform Engineer"],
)
def test_product_platforms_are_backend(title: str) -> None:
    assert not passes("platform engineer k8s", title, description=SERVER_TEXT)
    assert passes("backend engineer", title, description=SERVER_TEXT)


def test_devops_search_prefers_infrastructure_over_backend_using_kubernetes() -> None:
    text = SERVER_TEXT + " Services are deployed to Kubernetes."
    assert not passes("devops kubernetes", "Software Engineer", description=text)
    assert passes("devops kubernetes", "Software Engineer", description=CLUSTER_TEXT)


def test_data_and_ml_platforms_keep_their_family() -> None:
    assert passes("data engineer", "Data Platform Engineer")
    assert passes("mlops engineer", "ML Platform Engineer")


# 3. queries whose only role word is "engineer" or "manager"


def test_microservices_is_a_specialty_not_a_role() -> None:
    q = parse_query("kafka microservices engineer")
    assert q.title == ("engineer",)
    assert q.skills == ("Kafka", "Microservices")
    # tools11: a posting naming neither Kafka nor microservices passes at loose only (it passed
    # at normal while a developer's tool only ranked).
    assert passes("kafka microservices engineer", "Backend Engineer", description=KAFKA_TEXT)
    assert not passes("kafka microservices engineer", "Backend Engineer", description=SERVER_TEXT)
    assert passes(
        "kafka microservices engineer", "Backend Engineer", "loose", description=SERVER_TEXT
    )
    for title in ("Frontend Engineer", "iOS Engineer", "Traffic Engineer", "QA Engineer"):
        assert not passes("kafka microservices engineer", title), title


@pytest.mark.parametrize(
    "title",
    [
        "Engineering Manager",
        "Engineering Manager, Payments",
        "Software Development Manager",
        "Teamleiter Softwareentwicklung",
    ],
)
def test_engineering_manager_manages_engineers(title: str) -> None:
    assert passes("engineering manager", title)


@pytest.mark.parametrize(
    "title",
    [
        "Product Manager",
        "Technical Project Manager",
        "Program Manager",
        "Sales Manager",
        "Customer Success Manager",
    ],
)
def test_engineering_manager_is_not_any_manager(title: str) -> None:
    assert not passes("engineering manager", title)


# 4. "<server-side language> Developer" titles lean backend


@pytest.mark.parametrize(
    ("query", "title", "language"),
    [
        ("senior backend engineer", "Senior Python Developer", "Python"),
        ("senior backend engineer", "Golang Developer", "Golang"),
        ("senior backend engineer", "Senior .NET Developer", "C#"),
        ("backend engineer", "Node.js Engineer II", "Node.js"),
        ("backend engineer", "Kotlin Developer", "Kotlin"),
        ("backend engineer", "Elixir Engineer", "Elixir"),
        ("backend engineer", "Member of Technical Staff - Server", "Rust"),
        ("backend java", "IT Specialist (APPSW)", "Java"),
    ],
)
def test_language_titles_lean_backend(query: str, title: str, language: str) -> None:
    assert passes(query, title, description=f"{SERVER_TEXT} We write {language}.")


def test_lean_is_weaker_than_the_text() -> None:
    strong = score_posting(
        parse_query("backend engineer"), posting("Java Developer", description=SERVER_TEXT)
    )
    weak = score_posting(
        parse_query("backend engineer"), posting("Java Developer", description=WEAK_TEXT)
    )
    assert strong.score > weak.score >= threshold_for("normal")


def test_lean_is_for_titles_only() -> None:
    assert parse_query("python developer").title == ("developer",)
    assert "backendlean" in features(posting("Python Developer")).title_words
    assert "backendlean" not in features(posting("Python Data Engineer")).title_words
    assert not passes("frontend react", "JavaScript Developer", description=SERVER_TEXT)


# 6. frameworks that imply their language


@pytest.mark.parametrize(
    ("query", "description"),
    [
        ("python", "Batch jobs in PySpark on a shared cluster."),
        ("python", "Our API is Django with a Celery worker pool."),
        ("python", "Async services on FastAPI."),
        ("php", "A Laravel monolith with Vue on top."),
        ("php", "Symfony services and Doctrine."),
        ("node.js", "APIs written with NestJS."),
    ],
)
def test_framework_implies_language(query: str, description: str) -> None:
    assert passes(query, "Backend Engineer", description=description)


def test_pyspark_is_python_and_spark() -> None:
    assert parse_query("pyspark").skills == ("PySpark", "Python", "Spark")
    assert {"pyspark", "python", "spark"} <= features(posting("PySpark Developer")).skills.keys()


def test_excluding_a_framework_does_not_exclude_its_language() -> None:
    q = parse_query("backend php -laravel")
    assert q.exclude_skills == ("Laravel",)
    assert passes("backend php -laravel", "Backend Engineer", description="PHP 8 and Symfony.")
    assert not passes("backend php -laravel", "Backend Engineer", description="Laravel and PHP.")


def test_ambiguous_frameworks_imply_nothing() -> None:
    v = vocabulary()
    assert all(skill not in v.ambiguous for skill in v.implies)


def test_developer_advocate_is_not_a_developer() -> None:
    text = "Give talks about Go, write Go tutorials and grow the Go community."
    assert features(posting("Developer Advocate", description=text)).head == "advocate"
    assert not passes("backend developer golang", "Developer Advocate", description=text)
    assert passes("developer advocate", "Senior Developer Evangelist")
