"""The exercise core's refusals reach the user as hints: they go through the catalogues.

A Swedish or Norwegian therapist saw "a consequence needs some words" in English, because
the core raised bare strings. Each message is looked up with :func:`kastdesk.i18n.tr` in its
exercise's context (the one lupdate files it under) and reads as a sentence.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from kastdesk import i18n
from kastdesk.exercises import ExerciseError
from kastdesk.exercises import consequence_listing as cl
from kastdesk.exercises import coping_plan as cp
from kastdesk.exercises import i_am_vs_i_do as iam
from kastdesk.exercises import triggers_alternatives as ta


@pytest.fixture
def looked_up() -> Iterator[list[tuple[str, str]]]:
    """A translator that marks every text it translates, and remembers what it was asked."""
    seen: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        seen.append((context, text))
        return f"<{text}>"

    i18n.set_translator(translate)
    yield seen
    i18n.set_translator(None)


def _one_statement() -> iam.IAmVsIDoState:
    return iam.add_statement(iam.IAmVsIDoState(), "I am weak", statement_id="a")


REFUSALS: list[tuple[str, Callable[[], Any], str]] = [
    ("exercise_consequence_listing",
     lambda: cl.add_consequence(cl.ConsequenceListingState(), "money", "   "),
     "A consequence needs some words."),
    ("exercise_i_am_vs_i_do",
     lambda: iam.add_statement(iam.IAmVsIDoState(), " "),
     "The statement needs some words."),
    ("exercise_i_am_vs_i_do",
     lambda: iam.edit_identity(_one_statement(), "a", ""),
     "The statement needs some words."),
    ("exercise_i_am_vs_i_do",
     lambda: iam.rewrite_statement(_one_statement(), "a", "  "),
     "The rewritten statement needs some words."),
    ("exercise_coping_plan",
     lambda: cp.add_strategy(cp.CopingPlanState(), "own", " "),
     "Describe your own strategy."),
    ("exercise_coping_plan",
     lambda: cp.add_contact(cp.CopingPlanState(), " "),
     "Say who it is (a role is enough)."),
    ("exercise_triggers_alternatives",
     lambda: ta.add_trigger(ta.TriggersAlternativesState(), " "),
     "Describe the situation."),
    ("exercise_triggers_alternatives",
     lambda: ta.add_alternative(ta.TriggersAlternativesState(), " "),
     "Describe what you would rather do."),
]


@pytest.mark.parametrize(("context", "operation", "english"), REFUSALS)
def test_refusal_is_translated_sentence(looked_up, context, operation, english) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ExerciseError) as caught:
        operation()
    assert str(caught.value) == f"<{english}>"
    assert (context, english) in looked_up
    assert english[0].isupper() and english.endswith(".")
