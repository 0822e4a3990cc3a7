"""A search naming a job and a specialty of its work ("senior program manager cloud") wants
postings that name the specialty: in the title, or in the text (issue 14, ms4). Microsoft's
"Senior Program Manager" on Bing's APIs, with no word of cloud, passed at 77.5 like the Azure
Storage ones; the text's cloud and Azure were no cue of cloud work."""

from __future__ import annotations

import pytest

from core.matching import parse_query, score_posting, threshold_for
from core.model import Posting

BING = (
    "Every day, the Bing Global Products Ecosystem Team brings an insatiable curiosity to the "
    "table. Our team is looking for a highly skilled Senior Program Manager to help evangelize "
    "and build APIs in our platform, onboard and support partnerships. Qualifications: 5+ years "
    "of program management experience; technical experience with APIs, schemas and online metrics."
)
STORAGE = (
    "Join the engineering team that is the storage foundation for all of Azure! The Azure Storage "
    "team delivers object storage to enable developers to build scalable, durable and highly "
    "available cloud applications. We are looking for a Senior Program Manager with experience "
    "working in services. Qualifications: 5+ years of program management experience."
)
AWS = (
    "Our platform team runs on AWS. As a Senior Program Manager you will drive the roadmap of "
    "our developer services with engineering and sales. 5+ years of program management."
)
# Microsoft's boilerplate names its cloud's background check in nearly every posting.
BOILERPLATE = (
    " Ability to meet Microsoft, customer and/or government security screening requirements is "
    "required. Microsoft Cloud Background Check: this position will be required to pass the "
    "Microsoft Cloud background check upon hire/transfer and every two years thereafter."
)


def _score(query: str, title: str, text: str) -> float:
    result = score_posting(parse_query(query), Posting(id="p", title=title, description=text))
    return result.score if result.passed else 0.0


def _passes(query: str, title: str, text: str) -> bool:
    return _score(query, title, text) >= threshold_for("normal")


def test_a_job_whose_posting_never_names_the_specialty_asked_is_not_in_it() -> None:
    assert not _passes("senior program manager cloud", "Senior Program Manager", BING)
    assert not _passes("senior program manager cloud", "Senior Program Manager", BING + BOILERPLATE)


@pytest.mark.parametrize("text", [STORAGE, AWS, STORAGE + BOILERPLATE])
def test_a_text_naming_the_cloud_shows_cloud_work(text: str) -> None:
    assert _passes("senior program manager cloud", "Senior Program Manager", text)
    query, title = "senior program manager cloud", "Senior Program Manager"
    assert _score(query, title, text) > _score(query, title, BING)


def test_a_title_naming_the_specialty_needs_no_text() -> None:
    assert _passes("senior program manager cloud", "Senior Program Manager, Azure Cloud", BING)


FASTTRACK = (
    "We are the Azure Customer Engineering team. FastTrack for Azure helps customers confidently "
    "onboard to Azure and expand their cloud footprint: engage with strategic customers, validate "
    "new solutions and POCs, and act as the subject matter expert on IaaS and PaaS Azure "
    "solutions. Experience with C# or .NET is a plus."
)


def test_a_text_naming_the_cloud_makes_no_software_job() -> None:
    # the cloud is where the work is, not a kind of software work: no "software" for the title
    assert not _passes("senior software engineer c#", "Sr. FastTrack Engineer", FASTTRACK)


UPDATES = (
    "Our team builds the services that deliver Windows updates, a service to help customers "
    "orchestrate updates, and ML focused efforts to track and improve the health of the update "
    "stack. We want devs comfortable with building and running web services at scale."
)


def test_ml_names_machine_learning_work_as_machine_learning_does() -> None:
    assert _passes("machine learning engineer", "Senior Software Engineer", UPDATES)
    said = UPDATES.replace("ML focused", "machine learning focused")
    assert _passes("machine learning engineer", "Senior Software Engineer", said)
    assert not _passes("machine learning engineer", "Senior Software Engineer", UPDATES[:90])


def test_a_cloud_named_in_the_text_is_no_cloud_engineer() -> None:
    # a mention: a generic title naming Azure among its tools is not shown to be cloud work
    text = "Build the APIs and services of our billing product in C#; we deploy on Azure."
    assert not _passes("cloud infrastructure engineer", "Software Engineer", text)
    assert not _passes("cloud engineer", "Software Engineer", text)
