"""The PDF family map's labels wrap and shrink before they are cut, and never read alike.

The QA's case summary printed "maternal grandfat…", "Håkan Anderss…", and "maternal aun…"
twice, so two aunts could not be told apart.
"""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from kastdesk.genogram.demo import ClientFacts, make_demo_genogram
from kastdesk.genogram.model import Genogram, Person, Sex, Union, UnionKind
from kastdesk.genogram.symbols import person_symbol
from kastdesk.report.fonts import register_fonts
from kastdesk.report.genogram_drawing import GenogramFlowable, _baselines
from kastdesk.report.pseudonymize import kinship_roles


@pytest.fixture(scope="module", autouse=True)
def _fonts() -> None:
    register_fonts()


def _qa_family(pseudonymized: bool) -> Genogram:
    """The family of the QA's finding: a 23-year-old, separated, three children."""
    facts = ClientFacts(born=2003, relationship="separated_divorced", children=3, now=2026)
    g = make_demo_genogram(random.Random(5), "Håkan Andersson", "male", 0, facts)
    # A name of three words, which takes two lines: since the client's name begins under
    # the client's outer outline (QA 26) "Håkan Andersson" fits one line, and no name of
    # the family wrapped any more.
    persons = {p: replace(x, name="Agnes Sundberg Wikström") if x.name == "Agnes Sundberg"
               else x for p, x in g.persons.items()}
    g = replace(g, persons=persons)
    if pseudonymized:
        roles = kinship_roles(g)
        persons = {p: replace(x, name=roles[p], role="") for p, x in g.persons.items()}
        g = replace(g, persons=persons)
    return g


@pytest.mark.parametrize("pseudonymized", [False, True], ids=["names", "roles"])
def test_names_and_roles_wrap_instead_of_being_cut(pseudonymized: bool) -> None:
    g = _qa_family(pseudonymized)
    flowable = GenogramFlowable(g, 800, 500, reference_year=2026)
    labels = flowable.labels()
    room = flowable._label_room()
    for pid, label in labels.items():
        name = g.persons[pid].name
        shown = " ".join(text for text, font, size in label[: len(label) - 1])
        where = f"{name!r}: {label}"
        assert "…" not in shown, where
        if name:
            assert shown == name, where  # every word of it, on one line or two
        for text, font, size in label[:-1]:  # the name's lines (the years follow)
            assert stringWidth(text, font, size) <= room + 0.01, where
        # Shrunk a little at most: never below two thirds of the usual size.
        assert label[0][2] >= 10.5 * 0.66, where
    wrapped = [label for label in labels.values() if len(label) >= 3]
    assert wrapped, "the long names and roles take two lines"


def test_a_label_ends_above_the_couple_line_under_it() -> None:
    """Its white ground would hide the couple line (the partners would look apart)."""
    g = _qa_family(pseudonymized=True)
    flowable = GenogramFlowable(g, 800, 500, reference_year=2026)
    size = flowable.layout.options.symbol_size
    for pid, label in flowable.labels().items():
        box = flowable.layout.persons[pid]
        edge = box.y + size / 2 + (2 if person_symbol(g.persons[pid]).double_outline else 0)
        bottom = edge + _baselines(label)[-1] + label[-1][2] * 0.2
        for ul in flowable.layout.unions.values():
            if pid in (ul.left_id, ul.right_id) and ul.y > box.y:
                assert bottom < ul.y, f"{g.persons[pid].name}: {label} below {ul}"


def _couple_with(names: tuple[str, str]) -> Genogram:
    a = Person("a", Sex.FEMALE, name=names[0], birth_year=1960, is_index=True)
    b = Person("b", Sex.MALE, name=names[1], birth_year=1958)
    return Genogram.build([a, b], [Union("u", ("a", "b"), UnionKind.MARRIED)])


@pytest.mark.parametrize(
    "names",
    [
        ("maternalauntoftheclient1", "maternalauntoftheclient2"),
        ("GyllenhammarAbrahamssonEk", "GyllenhammarAbrahamssonEd"),
        ("Aaaaaaaaaaaaaaaaa-x-bbbbbbbbbbbbbbbbbbbb", "Aaaaaaaaaaaaaaaaa-y-bbbbbbbbbbbbbbbbbbbb"),
    ],
)
def test_two_names_cut_short_never_read_the_same(names: tuple[str, str]) -> None:
    """Names that cannot wrap (no space, no hyphen that leaves two lines within the room)
    are cut, keeping what tells them apart."""
    flowable = GenogramFlowable(_couple_with(names), 800, 500, reference_year=2026)
    labels = flowable.labels()
    shown = [labels[pid][0][0] for pid in ("a", "b")]
    assert all("…" in text for text in shown), shown
    assert shown[0] != shown[1], shown
    room = flowable._label_room()
    for pid in ("a", "b"):
        text, font, size = labels[pid][0]
        assert stringWidth(text, font, size) <= room + 0.01, labels[pid]


def test_the_map_draws_with_its_fitted_labels(tmp_path: Path) -> None:
    """The flowable draws in a real document (the labels are the ones it prints)."""
    from reportlab.platypus import SimpleDocTemplate

    out = tmp_path / "map.pdf"
    doc = SimpleDocTemplate(str(out))
    doc.build([GenogramFlowable(_qa_family(True), 500, 600, reference_year=2026)])
    assert out.stat().st_size > 1000


def test_the_pdf_legend_draws_widowed_apart_from_married() -> None:
    """The widowed sample was a married couple's line, the same as "Married"."""
    from kastdesk.report.genogram_drawing import legend_genogram

    widowed, married = legend_genogram("union:widowed"), legend_genogram("union:married")
    assert [p.deceased for p in widowed.persons.values()] == [False, True]
    assert not any(p.deceased for p in married.persons.values())


def test_a_double_name_wraps_at_its_hyphen_and_a_marker_keeps_to_its_room() -> None:
    """As the editor writes them: "Maria Johansson-" / "Lindqvist" (not "Maria" over a
    "Johansson-Lindqvist" shrunk to fit), and a typed marker wider than the room wrapped,
    not run into the neighbours' names."""
    person = Person("a", Sex.FEMALE, name="Maria Johansson-Lindqvist", birth_year=1983,
                    is_index=True, labels=("alkohol enl. Birgitta Ekström",))
    flowable = GenogramFlowable(Genogram.build([person]), 800, 500, reference_year=2026)
    label = flowable.labels()["a"]
    texts = [text for text, _font, _size in label]
    assert texts[:2] == ["Maria Johansson-", "Lindqvist"]
    assert " ".join(texts[3:]) == "alkohol enl. Birgitta Ekström"
    room = flowable._label_room()
    assert all(stringWidth(t, f, s) <= room + 0.01 for t, f, s in label)


def test_a_lower_couple_lines_years_stand_where_only_it_runs() -> None:
    """A man with three partners, two on one side, the later one's line drawn lower under
    the earlier one's: the later couple's years went right of its middle, under both lines
    and beside the earlier couple's ("m. 2017" next to "m. 2008 d. 2010"), and could be
    read as either's. They go under the stretch of the lower line that only it runs along
    (``genogram.captions``, as the editor places them)."""
    from kastdesk.genogram import edits as E

    g = Genogram.build([Person("c", Sex.MALE, name="Per Strand", birth_year=1986,
                               is_index=True)])
    years = [(UnionKind.DIVORCED, 2008, 2010), (UnionKind.LIVING_TOGETHER, 2015, None),
             (UnionKind.MARRIED, 2017, None)]
    for i, (kind, start, end) in enumerate(years):
        g = E.add_partner(g, "c", partner_id=f"p{i}", union_id=f"u{i}", kind=kind).apply(g)
        g = E.update_union(g, f"u{i}", start_year=start, end_year=end).apply(g)
    g = E.add_child(g, "u0", child_id="kid").apply(g)
    flowable = GenogramFlowable(g, 800, 500, reference_year=2026)
    lines = flowable.layout.unions
    upper, lower = sorted((u for u in lines.values() if min(u.x1, u.x2) < 180),
                          key=lambda u: u.y)
    places = flowable.caption_places()
    left, top = places[lower.union_id]
    width = stringWidth("m. 2017", "DejaVuSans", 7.5)
    assert min(lower.x1, lower.x2) <= left and left + width <= min(upper.x1, upper.x2)
    assert top > lower.y
    # The earlier couple's years stay right of its children's line.
    assert places[upper.union_id][0] > (upper.x1 + upper.x2) / 2
