"""Demo responses validate; the storage adapter uses only the document-store contract."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from kastdesk.forms import FormResponse, get_family, validate_response
from kastdesk.forms.demo import make_demo_intake, make_demo_responses
from kastdesk.forms.storage import list_responses, load_response, save_response


@dataclass
class Version:
    version: int
    saved_at: str
    session_id: str | None
    data: dict[str, Any]


class FakeDocuments:
    def __init__(self) -> None:
        self.docs: dict[tuple[str, str], list[Version]] = {}
        self.in_transaction = False

    def put(self, kind: str, doc_id: str, data: dict[str, Any], session_id: str | None) -> None:
        assert self.in_transaction, "put outside a transaction"
        versions = self.docs.setdefault((kind, doc_id), [])
        versions.append(Version(len(versions) + 1, "2025-01-01T00:00:00", session_id, dict(data)))

    def get(self, kind: str, doc_id: str) -> dict[str, Any] | None:
        versions = self.docs.get((kind, doc_id))
        return versions[-1].data if versions else None

    def history(self, kind: str, doc_id: str) -> list[Version]:
        return list(self.docs.get((kind, doc_id), []))

    def list_ids(self, kind: str) -> list[str]:
        return [d for k, d in self.docs if k == kind]


class FakeCase:
    def __init__(self) -> None:
        self.documents = FakeDocuments()
        self.labels: list[str] = []

    @contextmanager
    def transaction(self, label: str) -> Iterator[None]:
        self.labels.append(label)
        self.documents.in_transaction = True
        try:
            yield
        finally:
            self.documents.in_transaction = False


def test_demo_responses_validate_on_their_version() -> None:
    family = get_family("self_rating")
    for seed in range(10):
        for data in make_demo_responses(
            random.Random(seed), date(2024, 5, 1), date(2025, 2, 1), date(2025, 8, 1), 0.2
        ):
            response = FormResponse.from_dict(data)
            assert validate_response(family.get(response.form_version), response) == []


def test_demo_responses_skip_all_with_probability_one() -> None:
    assert make_demo_responses(random.Random(1), date(2025, 1, 1), None, None, 1.0) == []


def test_demo_responses_are_reproducible() -> None:
    args = (date(2025, 1, 1), date(2025, 6, 1), date(2025, 12, 1), 0.0)
    assert make_demo_responses(random.Random(5), *args) == make_demo_responses(
        random.Random(5), *args
    )


def test_demo_intake_honours_hint_and_validates() -> None:
    data = make_demo_intake(random.Random(3), {"age_group": "age_25_34", "has_bought_sex": True})
    response = FormResponse.from_dict(data)
    assert response.answers["age_group"] == "age_25_34"
    assert validate_response(get_family("intake").latest, response) == []


def test_save_and_load_response() -> None:
    case = FakeCase()
    response = FormResponse.from_dict(make_demo_intake(random.Random(2), {}))
    save_response(case, response, session_id="s1")
    assert load_response(case, response.response_id) == response
    assert case.labels == ["Intake: save answers"]


def test_list_responses_filters_by_form() -> None:
    case = FakeCase()
    for data in make_demo_responses(
        random.Random(4), date(2025, 1, 1), date(2025, 6, 1), None, 0.0
    ):
        save_response(case, FormResponse.from_dict(data))
    save_response(case, FormResponse.from_dict(make_demo_intake(random.Random(2), {})))
    assert [r.variant for r in list_responses(case, "self_rating")] == ["start", "end"]
