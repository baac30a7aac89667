"""The review list says where a name that is also an everyday word was replaced: only where
it is capitalized ("Bo → father" promised every "bo", Swedish for "live", had gone; the
lower-case ones stay in the text and are listed among the words to check)."""

from __future__ import annotations

from kastdesk.report.pseudonymize import Replacement
from kastdesk.ui.supervision.withhold import WithholdPanel


def test_an_everyday_word_name_is_marked_in_the_review(qtbot: object) -> None:
    box = WithholdPanel()
    qtbot.addWidget(box)  # type: ignore[attr-defined]
    box.show_names.setChecked(True)
    box.show_review([("", [Replacement("Bo Berg", "father", "genogram"),
                           Replacement("Bo", "father", "genogram", True),
                           Replacement("Moa", "child 1", "genogram")])])
    lines = [box.review.item(i).text() for i in range(box.review.count())]
    assert lines == ["Bo Berg  →  father", "Bo  →  father  (where capitalized)",
                     "Moa  →  child 1"]


def test_a_name_left_at_a_sentence_start_is_marked_so(qtbot: object) -> None:
    """'Hans → brother (where capitalized)' promised every capitalized 'Hans' went; one
    that begins a sentence ('Hans mamma dog', his mother died) stays (QA 18 H2)."""
    box = WithholdPanel()
    qtbot.addWidget(box)  # type: ignore[attr-defined]
    box.show_names.setChecked(True)
    box.show_review([("", [Replacement("Hans", "brother", "genogram", True),
                           Replacement("Moa", "child 1", "genogram", True)])],
                    everyday={"Hans"})
    lines = [box.review.item(i).text() for i in range(box.review.count())]
    assert lines == ["Hans  →  brother  (where capitalized, not at a sentence's start)",
                     "Moa  →  child 1  (where capitalized)"]


def test_a_name_that_is_a_month_is_marked_so(qtbot: object) -> None:
    """'Juni → child 1 (where capitalized, not at a sentence's start)' promised "i Juni"
    had gone; where it reads as the month it stays, as "i juni" does."""
    box = WithholdPanel()
    qtbot.addWidget(box)  # type: ignore[attr-defined]
    box.show_names.setChecked(True)
    box.show_review([("", [Replacement("Juni", "child 1", "genogram", True),
                           Replacement("Hans", "brother", "genogram", True)])],
                    everyday={"Juni", "Hans"})
    lines = [box.review.item(i).text() for i in range(box.review.count())]
    assert lines == [
        "Juni  →  child 1  (where capitalized, not at a sentence's start nor as a month)",
        "Hans  →  brother  (where capitalized, not at a sentence's start)"]
