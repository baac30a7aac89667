"""The check's list after a pseudonymized export (every name and note here made up):

- an ordinary word capitalized as a sentence's first ("Alone in the evening", "Ensam
  hemma", "Alene igjen") was listed as a word that may identify someone wherever the case
  also wrote it capitalized inside a sentence (a list: "Stress, Alone at home") or a field
  of the family map began with it; a name no list knows still is listed there;
- an unknown first name with initials without their dots ("Lars A J kom") was passed over
  as a sentence's first word, while "Lars A. J. kom" was listed.
"""

from __future__ import annotations

import pytest

from kastdesk.genogram import Genogram
from kastdesk.genogram.model import Person, Sex
from kastdesk.report.pseudonymize import CAPITALISED, Pseudonymizer, suspects

# Each word also written capitalized inside a sentence, in the language's own list.
LISTS = {
    "Alone": "Triggers this week: Stress, Alone at home, Argument.",
    "Ensam": "Utlösare i veckan: Stress, Ensam hemma, Gräl.",
    "Alene": "Utløsere denne uka: Stress, Alene hjemme, Krangel.",
}
STARTS = {
    "Alone": "Alone in the evening after the partner goes to bed.",
    "Ensam": "Ensam hemma på kvällen efter jobbet.",
    "Alene": "Alene hjemme om kvelden etter jobb.",
}


def _pseudo(*notes: str, map_notes: str = "") -> Pseudonymizer:
    snap: dict[str, object] = {
        "name": "Tove Lindmark",
        "sessions": [{"note": n} for n in notes],
    }
    if map_notes:
        snap["genogram"] = Genogram.build([
            Person("c", Sex.FEMALE, name="Tove Lindmark", is_index=True, notes=map_notes),
        ], [], [], [], check=False).to_dict()
    return Pseudonymizer.for_snapshot(snap, date_offset_days=-91)


def _listed(text: str, pseudo: Pseudonymizer) -> list[str]:
    return [s.word for s in suspects(text, pseudo)]


@pytest.mark.parametrize("word", list(STARTS))
def test_a_common_word_beginning_a_sentence_is_not_listed(word: str) -> None:
    pseudo = _pseudo(LISTS[word], STARTS[word])
    # The word inside the list, capitalized where no sentence begins, is still shown.
    assert _listed(LISTS[word], pseudo).count(word) == 1
    assert _listed(STARTS[word], pseudo) == []
    rows = {s.word: n for s, n in pseudo.suspects_in([LISTS[word], STARTS[word]])}
    assert rows.get(word) == 1


@pytest.mark.parametrize("word", list(STARTS))
def test_a_common_word_beginning_a_family_map_note_is_not_listed_at_a_sentence_start(
        word: str) -> None:
    pseudo = _pseudo(map_notes=STARTS[word])
    assert _listed(STARTS[word], pseudo) == []


def test_an_unknown_name_beginning_a_sentence_still_is_listed() -> None:
    pseudo = _pseudo("Vi träffade mormor Greta och Kikki igår.")
    assert _listed("Greta dog i våras.", pseudo) == ["Greta"]
    assert _listed("Kikki ringde igen.", pseudo) == ["Kikki"]
    assert _listed("Jonte sa nej.", pseudo) == ["Jonte"]


def test_a_family_name_that_is_a_word_too_still_is_listed_at_a_sentence_start() -> None:
    """"Lund", "Berg" are words and family names (``COMMON_WORD_NAMES``): where the case
    writes them capitalized inside a sentence, they are listed at its start too."""
    pseudo = _pseudo("Hon pratade med Lund och Berg om det.")
    assert _listed("Lund ringde i morse.", pseudo) == ["Lund"]
    assert _listed("Berg kom inte.", pseudo) == ["Berg"]


@pytest.mark.parametrize("written", [
    "Lars A J kom tidigt.",
    "Lars A. J. kom tidigt.",
    "Lars A J",
    "Lars A J, sedan mamma.",
    "Hon kom. Lars A J kom sedan.",
])
def test_an_unknown_name_with_initials_without_dots_is_listed(written: str) -> None:
    found = suspects(written, _pseudo())
    assert [(s.word, s.why) for s in found] == [("Lars", CAPITALISED)]


@pytest.mark.parametrize("written", [
    "Vitamin D tas dagligen.",  # one capital alone is a word's letter
    "Afterward I felt better.",
    "Plan B är att ringa.",
])
def test_a_letter_after_a_sentences_first_word_is_no_initial(written: str) -> None:
    assert suspects(written, _pseudo()) == []
