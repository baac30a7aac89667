"""Filled-in forms: the response dataclass, show_if evaluation and answer validation."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from typing import Any

from kastdesk.forms.model import Condition, FormDefinition, Item, ItemType

SHORT_TEXT_LIMIT = 300


class EnteredBy(StrEnum):
    """Who typed the answers: the client in client view, or the therapist from paper."""

    CLIENT = "client"
    THERAPIST = "therapist"


@dataclass(frozen=True)
class FormResponse:
    """One filled-in form at one measurement point; answers are keyed by stable item id."""

    form_id: str
    form_version: int
    variant: str
    answered_at: date
    entered_by: EnteredBy
    answers: dict[str, Any] = field(default_factory=dict)
    response_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    #: The measurement point the therapist chose it for ("follow_up_24m"): that point is
    #: where it belongs, whatever its date (QA 18: a 24-month form filled in where the
    #: 6-month one was skipped completed the 6-month point). "" on forms saved before it
    #: was recorded: they keep the schedule's rule (``schedule.points_of_forms``).
    point: str = ""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the document store (dates as ISO text)."""
        data = {
            "response_id": self.response_id,
            "form_id": self.form_id,
            "form_version": self.form_version,
            "variant": self.variant,
            "answered_at": self.answered_at.isoformat(),
            "entered_by": self.entered_by.value,
            "answers": dict(self.answers),
        }
        if self.point:
            data["point"] = self.point
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> FormResponse:
        """Rebuild a response saved with :meth:`to_dict`."""
        return cls(
            form_id=str(data["form_id"]),
            form_version=int(data["form_version"]),
            variant=str(data.get("variant", "default")),
            answered_at=date.fromisoformat(data["answered_at"]),
            entered_by=EnteredBy(data.get("entered_by", "client")),
            answers=dict(data.get("answers", {})),
            response_id=str(data.get("response_id") or uuid.uuid4().hex),
            point=str(data.get("point") or ""),
        )

    def with_answer(self, item_id: str, value: Any) -> FormResponse:
        """Return a copy with one answer set (``None`` removes it)."""
        answers = dict(self.answers)
        if is_empty(value):
            answers.pop(item_id, None)
        else:
            answers[item_id] = value
        return replace(self, answers=answers)


@dataclass(frozen=True)
class ResponseProblem:
    """One reason a response does not fit its definition, for showing beside the item."""

    item_id: str
    message: str


class ResponseError(ValueError):
    """Raised by :func:`check_response` when a response has problems."""

    def __init__(self, problems: list[ResponseProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(f"{p.item_id}: {p.message}" for p in problems))


def is_empty(value: Any) -> bool:
    """Unanswered: ``None``, blank text or an empty selection."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple):
        return len(value) == 0
    return False


def numeric_value(item: Item, value: Any) -> float | None:
    """The number behind an answer: scale step value, number, or yes=1/no=0."""
    if value is None:
        return None
    if item.type is ItemType.ORDERED_SCALE:
        choice = item.choice(value) if isinstance(value, str) else None
        return choice.value if choice else None
    if item.type is ItemType.NUMBER and not isinstance(value, bool):
        return float(value) if isinstance(value, int | float) else None
    if item.type is ItemType.YES_NO and isinstance(value, bool):
        return 1.0 if value else 0.0
    return None


def _condition_holds(
    cond: Condition, definition: FormDefinition, answers: dict[str, Any], visible: set[str]
) -> bool:
    if cond.all_of:
        return all(_condition_holds(c, definition, answers, visible) for c in cond.all_of)
    if cond.any_of:
        return any(_condition_holds(c, definition, answers, visible) for c in cond.any_of)
    assert cond.item is not None
    # An answer to a hidden item does not count: hiding cascades down the form.
    value = answers.get(cond.item) if cond.item in visible else None
    op, expected = cond.operator, cond.value
    if op == "answered":
        return (not is_empty(value)) == bool(expected)
    if is_empty(value):
        return op in ("not_equals", "not_in")
    if op == "equals":
        return bool(value == expected)
    if op == "not_equals":
        return bool(value != expected)
    if op == "in":
        return value in expected
    if op == "not_in":
        return value not in expected
    if op == "contains":
        return isinstance(value, list) and expected in value
    number = numeric_value(definition.items[cond.item], value)
    if number is None:
        return False
    return number >= expected if op == "at_least" else number <= expected


def visible_items(
    definition: FormDefinition, answers: dict[str, Any], variant: str | None = None
) -> list[str]:
    """Item ids shown for these answers, in form order (conditions look only backwards)."""
    visible: set[str] = set()
    ordered: list[str] = []
    for section in definition.sections:
        if section.show_if and not _condition_holds(section.show_if, definition, answers, visible):
            continue
        for item_id in section.item_ids:
            item = definition.items[item_id]
            if not item.in_variant(variant):
                continue
            if item.show_if and not _condition_holds(item.show_if, definition, answers, visible):
                continue
            visible.add(item_id)
            ordered.append(item_id)
    return ordered


def _check_value(item: Item, value: Any) -> str | None:
    """Return why ``value`` is not a valid answer to ``item``, or ``None`` if it is."""
    t = item.type
    if t is ItemType.YES_NO:
        return None if isinstance(value, bool) else "the answer must be yes or no"
    if t in (ItemType.SINGLE_CHOICE, ItemType.ORDERED_SCALE):
        if not isinstance(value, str) or item.choice(value) is None:
            return f"{value!r} is not one of the choices"
        return None
    if t is ItemType.MULTI_CHOICE:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            return "the answer must be a list of choices"
        unknown = [v for v in value if item.choice(v) is None]
        if unknown:
            return f"{unknown[0]!r} is not one of the choices"
        if len(set(value)) != len(value):
            return "a choice is selected twice"
        return None
    if t is ItemType.NUMBER:
        if isinstance(value, bool) or not isinstance(value, int | float):
            return "the answer must be a number"
        if item.integer and value != int(value):
            return "the answer must be a whole number"
        if item.minimum is not None and value < item.minimum:
            return f"the number must be at least {item.minimum:g}"
        if item.maximum is not None and value > item.maximum:
            return f"the number must be at most {item.maximum:g}"
        return None
    if t is ItemType.DATE:
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError):
            return "the answer must be a date (YYYY-MM-DD)"
        return None
    # text
    if not isinstance(value, str):
        return "the answer must be text"
    if item.length == "short" and len(value) > SHORT_TEXT_LIMIT:
        return f"short answers hold at most {SHORT_TEXT_LIMIT} characters"
    return None


def validate_response(definition: FormDefinition, response: FormResponse) -> list[ResponseProblem]:
    """List every problem: wrong form, unknown items, bad values, missing required answers.

    ``required`` applies only to items that are visible for the given answers and variant;
    an answer to an item the variant never asks is a problem. An answer to an item hidden
    by an earlier answer is not: it was typed before that answer changed and is kept so
    that changing it back restores it (see :func:`answers_in_force`); its value is still
    checked, as it may come back into force.
    """
    problems: list[ResponseProblem] = []
    if response.form_id != definition.form_id or response.form_version != definition.version:
        problems.append(
            ResponseProblem(
                "",
                f"response is for {response.form_id} v{response.form_version}, "
                f"not {definition.form_id} v{definition.version}",
            )
        )
        return problems
    if response.variant not in definition.variants:
        problems.append(ResponseProblem("", f"unknown variant '{response.variant}'"))
        return problems
    for item_id, value in response.answers.items():
        if item_id not in definition.items:
            problems.append(ResponseProblem(item_id, "no such item on this form"))
            continue
        if is_empty(value):
            continue
        if not definition.items[item_id].in_variant(response.variant):
            # Never asked in this variant (unlike a question hidden by an answer).
            problems.append(ResponseProblem(item_id, "answered, but the item is not shown"))
            continue
        reason = _check_value(definition.items[item_id], value)
        if reason:
            problems.append(ResponseProblem(item_id, reason))
    for item_id in visible_items(definition, response.answers, response.variant):
        item = definition.items[item_id]
        if item.required and is_empty(response.answers.get(item_id)):
            problems.append(ResponseProblem(item_id, "an answer is required"))
    return problems


def is_finished(definition: FormDefinition, response: FormResponse) -> bool:
    """Whether the client finished the form: every required question shown for the answers
    has one. A form the client left with required questions blank in the client view (four
    of twenty answered, never "I am done") is partly filled in, kept but not a completed
    measurement point. A paper form typed in by the therapist is finished as the client
    handed it in: what the client left blank on paper stays blank, and the therapist, not
    the form, decides it is the whole form."""
    if response.entered_by is EnteredBy.THERAPIST:
        return True
    return not any(
        definition.items[i].required and is_empty(response.answers.get(i))
        for i in visible_items(definition, response.answers, response.variant)
    )


def check_response(definition: FormDefinition, response: FormResponse) -> None:
    """Raise :class:`ResponseError` when :func:`validate_response` finds problems."""
    problems = validate_response(definition, response)
    if problems:
        raise ResponseError(problems)


def answers_in_force(
    definition: FormDefinition, answers: dict[str, Any], variant: str | None = None
) -> dict[str, Any]:
    """The answers that count: those to items shown for these answers, empty ones left out.

    A stored response may also hold answers set aside under a question that is hidden now
    (the therapist typed trafficking notes, then a mis-click set the question they follow
    to "no"). They are kept so that the earlier answer brings them back, even after a lock
    or a restart, but they are not in force: the form does not show them, they are not
    counted as answered or scored, and reports and supervision material leave them out.
    Every reader that shows, counts or prints answers goes through here (the form widget,
    :func:`kastdesk.forms.compare.compare_responses`), so the screen and the PDF agree.
    """
    shown = set(visible_items(definition, answers, variant))
    return {k: v for k, v in answers.items() if k in shown and not is_empty(v)}


def in_force(definition: FormDefinition, response: FormResponse) -> FormResponse:
    """``response`` with only its answers in force (:func:`answers_in_force`): for showing,
    counting, scoring and printing, never for saving (saving it would lose what was set
    aside under a hidden question)."""
    return replace(
        response, answers=answers_in_force(definition, response.answers, response.variant)
    )


