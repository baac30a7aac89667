"""The legend explains the couple lines' abbreviations ("d." read as died) and draws a
widowed couple unlike a married one (QA pass 15, finding 11)."""

from __future__ import annotations

from kastdesk.genogram import edits as E
from kastdesk.genogram.layout import layout_genogram
from kastdesk.genogram.model import Genogram, UnionKind
from kastdesk.ui.genogram.scene import GenogramScene


def test_the_legend_says_what_the_abbreviations_stand_for(qtbot) -> None:  # type: ignore[no-untyped-def]
    g = Genogram()
    edit = E.add_person(g, sex="male", name="Jonas", is_index=True)
    g = edit.apply(g)
    (jonas,) = edit.created
    g = E.add_partner(g, jonas, name="Karin", kind=UnionKind.DIVORCED, start_year=2005).apply(g)
    (couple,) = g.unions
    g = E.update_union(g, couple, end_year=2010).apply(g)
    scene = GenogramScene()
    scene.show_genogram(g, layout_genogram(g, scene.options))
    rows = {e.key: e.label for e in scene.legend.entries}
    assert rows["caption:m."] == "married in (year)"
    assert rows["caption:d."] == "divorced in (year)"
    keys = list(rows)
    assert keys.index("union:divorced") < keys.index("caption:m.")  # after the couples
    # No years on the lines: nothing to explain.
    g = E.update_union(g, couple, start_year=None, end_year=None).apply(g)
    scene.show_genogram(g, layout_genogram(g, scene.options))
    assert not any(e.category == "caption" for e in scene.legend.entries)
