"""The case summary PDF: sections, content, typography and the audit entry (pypdf text)."""

from __future__ import annotations

import random
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from kastdesk.report.export import ExportOptions, export_case_summary
from kastdesk.report.sample import ensure_demo_content
from kastdesk.store import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture(scope="module")
def report_vault(demo_vault_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo vault with a genogram, exercises and scales in every case."""
    target = tmp_path_factory.mktemp("report") / "vault"
    shutil.copytree(demo_vault_template, target)
    with Vault.unlock(target, PASSPHRASE) as vault:
        for n, entry in enumerate(vault.clients()):
            case = vault.open_case(entry.id, audit_open=False)
            ensure_demo_content(case, random.Random(n))
            vault.close_case(entry.id)
    return target


@pytest.fixture
def vault(report_vault: Path) -> Iterator[Vault]:
    with Vault.unlock(report_vault, PASSPHRASE) as v:
        yield v


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def _large(vault: Vault) -> str:
    return max(vault.clients(), key=lambda e: vault.open_case(e.id).sessions.count()).id


def test_full_summary_has_every_section_and_content(vault: Vault, tmp_path: Path) -> None:
    cid = _large(vault)
    case = vault.open_case(cid)
    profile = case.profile.get()
    out = tmp_path / "summary.pdf"
    result = export_case_summary(vault, cid, out)
    text = _text(out)
    for heading in ("Case summary", "Contents", "Client profile and intake",
                    "Goals and their history", "Family map (genogram)", "Legend", "Exercises",
                    "Consequence listing", "Urge log", "Self-rating scale", "Session log",
                    "Risk flags"):
        assert heading in text, heading
    assert profile.code in text
    assert f"page 2 of {result.pages}" in text
    sessions = case.sessions.list()
    # Only the sessions held are numbered (the demo's showcase case has some not held).
    assert f"Session {sum(s.held for s in sessions)} ·" in text
    if any(s.signed for s in sessions):
        assert "✓ Signed" in text
    if any(s.amendments for s in sessions):
        assert "Amendment" in text
    if profile.name:
        assert profile.name in text  # a plain export shows the name


def test_metadata_has_no_personal_data_and_fonts_are_embedded(vault: Vault,
                                                              tmp_path: Path) -> None:
    entry = next(e for e in vault.clients() if e.name)
    out = tmp_path / "s.pdf"
    export_case_summary(vault, entry.id, out, ExportOptions(sections=("cover", "profile")))
    reader = PdfReader(out)
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert entry.name not in meta and entry.code not in meta
    fonts = {str(f.get_object()["/BaseFont"]) for page in reader.pages
             for f in page["/Resources"]["/Font"].values()}
    assert any("DejaVuSans" in f for f in fonts)


def test_sections_can_be_left_out(vault: Vault, tmp_path: Path) -> None:
    cid = _large(vault)
    out = tmp_path / "s.pdf"
    export_case_summary(vault, cid, out, ExportOptions(sections=("goals", "flags")))
    text = _text(out)
    assert "Goals and their history" in text and "Risk flags" in text
    assert "Session log" not in text and "Case summary" not in text


@pytest.mark.parametrize("sections", [("genogram",), ("profile", "genogram"), ("profile",),
                                      ("sessions",), ("cover", "sessions"),
                                      ("self_rating", "sessions")])
def test_no_page_is_left_empty(vault: Vault, tmp_path: Path, sections: tuple[str, ...]) -> None:
    """The contents page's break and the genogram's own (to its landscape page) once left an
    empty page between them when the genogram came first; so did a section that starts a
    new page of its own (the session log)."""
    cid = _large(vault)
    out = tmp_path / "s.pdf"
    export_case_summary(vault, cid, out, ExportOptions(sections=sections))
    assert ("genogram" not in sections) == ("Family map" not in _text(out))
    for number, page in enumerate(PdfReader(out).pages, 1):
        lines = [line for line in page.extract_text().splitlines() if line.strip()]
        assert len(lines) > 3, f"page {number} has only its header and footer"


def test_date_range_limits_the_session_log(vault: Vault, tmp_path: Path) -> None:
    cid = _large(vault)
    sessions = vault.open_case(cid).sessions.list()
    start, end = sessions[10].starts_at.date(), sessions[19].starts_at.date()
    out = tmp_path / "s.pdf"
    export_case_summary(vault, cid, out, ExportOptions(sections=("sessions",), start=start,
                                                       end=end))
    text = _text(out)
    assert "Session 10 ·" in text and "Session 11 ·" not in text


def test_export_is_audited_with_sections_and_place(vault: Vault, tmp_path: Path) -> None:
    cid = _large(vault)
    out = tmp_path / "audited.pdf"
    export_case_summary(vault, cid, out, ExportOptions(sections=("goals",), pseudonymize=True))
    entry = next(e for e in vault.open_case(cid).audit_entries()
                 if e.action == "Export case summary" and e.detail["path"] == str(out.resolve()))
    assert entry.detail["sections"] == ["goals"]
    assert entry.detail["path"] == str(out.resolve())
    assert entry.detail["pseudonymized"] is True
    assert entry.actor


def test_cli_export_pdf(report_vault: Path, tmp_path: Path,
                        monkeypatch: pytest.MonkeyPatch,
                        capsys: pytest.CaptureFixture[str]) -> None:
    from kastdesk.cli import main

    monkeypatch.setenv("KASTDESK_PASSPHRASE", PASSPHRASE)
    with Vault.unlock(report_vault, PASSPHRASE) as v:
        code = v.clients()[0].code
    out = tmp_path / "cli.pdf"
    rc = main(["export-pdf", "--vault", str(report_vault), "--case", code, "--out", str(out),
               "--pseudonymize", "--sections", "cover,goals", "--extra-names", "Gothenburg"])
    assert rc == 0 and out.exists()
    # The reference that stands for the client is said, so the therapist can note it.
    printed = capsys.readouterr().out
    reference = re.search(r"the client is (P-[A-Z0-9]{4});", printed)
    assert reference is not None, printed
    assert reference.group(1) in "\n".join(p.extract_text() for p in PdfReader(out).pages)
    assert main(["export-pdf", "--vault", str(report_vault), "--case", code, "--out",
                 str(out), "--sections", "nonsense"]) == 2


@pytest.mark.parametrize(("lang", "words"), [
    ("sv_SE.UTF-8", ("Skrev", "Ärendesammanfattning", "Innehåll")),
    ("nb_NO.UTF-8", ("Skrev", "Saksoppsummering", "Innhold")),
    ("C.UTF-8", ("Wrote", "Case summary", "Contents")),
])
def test_cli_export_pdf_follows_the_computer_s_language(
    report_vault: Path, tmp_path: Path, lang: str, words: tuple[str, ...]
) -> None:
    """The command line never installed the translations: its PDF was always English."""
    import os
    import subprocess
    import sys

    with Vault.unlock(report_vault, PASSPHRASE) as v:
        code = v.clients()[0].code
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("LC_") and k not in ("LANGUAGE", "DISPLAY", "WAYLAND_DISPLAY",
                                                    "QT_QPA_PLATFORM")}
    env.update(LANG=lang, KASTDESK_PASSPHRASE=PASSPHRASE)
    out = tmp_path / "cli.pdf"
    result = subprocess.run(
        [sys.executable, "-m", "kastdesk", "export-pdf", "--vault", str(report_vault),
         "--case", code, "--out", str(out), "--sections", "cover,profile"],
        capture_output=True, text=True, env=env, timeout=120,
        cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    said, text = result.stdout, _text(out)
    assert said.startswith(words[0]), said
    assert words[1] in text and words[2] in text


def test_genogram_names_fit_between_their_neighbours() -> None:
    """In the PDF, names stand one symbol gap apart: a name a little too wide is set smaller,
    a long one goes in two lines, and each line then fits the gap."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from kastdesk.report.fonts import REGULAR, register_fonts
    from kastdesk.report.genogram_drawing import _fit

    register_fonts()
    room = stringWidth("Leif Sundberg", REGULAR, 10.0)
    assert _fit("Leif Sundberg", REGULAR, 10.0, room) == [("Leif Sundberg", 10.0)]
    (text, size), = _fit("Jorunn Sundberg", REGULAR, 10.0, room)
    assert text == "Jorunn Sundberg" and 7.5 <= size < 10.0
    assert stringWidth(text, REGULAR, size) <= room + 1e-6
    lines = _fit("Anna-Karin Johansson Lindqvist", REGULAR, 10.0, room)
    assert [t for t, _ in lines] == ["Anna-Karin", "Johansson Lindqvist"]
    assert all(stringWidth(t, REGULAR, pt) <= room + 1e-6 for t, pt in lines)


def test_parts_end_between_persons_or_overlap_where_there_is_no_room() -> None:
    from kastdesk.report.pdf import map_parts

    def whole(box: tuple[float, ...], part: tuple[float, ...]) -> bool:
        (x, y, w, h), (px, py, pw, ph) = box, part
        return px <= x and x + w <= px + pw and py <= y and y + h <= py + ph

    def cut(box: tuple[float, ...], part: tuple[float, ...]) -> bool:
        (x, y, w, h), (px, py, pw, ph) = box, part
        return x < px + pw and px < x + w and y < py + ph and py < y + h and not whole(
            box, part)

    persons = [(x0, 5.0, x1 - x0, 10.0)
               for x0, x1 in [(10.0, 20.0), (30.0, 40.0), (95.0, 105.0), (150.0, 160.0)]]
    parts = map_parts(persons, (200.0, 20.0), (100.0, 50.0))
    assert len(parts) == 2
    assert not any(cut(b, p) for b in persons for p in parts)
    assert all(any(whole(b, p) for p in parts) for b in persons)
    # Nowhere to cut (names overlapping across the whole row): pages that overlap, each
    # person whole on one of them.
    dense = [(8.0 * i, 5.0, 12.0, 10.0) for i in range(25)]
    parts = map_parts(dense, (204.0, 20.0), (100.0, 50.0))
    assert all(any(whole(b, p) for p in parts) for b in dense)
    assert all(w <= 100.0 and h <= 50.0 for _x, _y, w, h in parts)
    # No page for the blank margin right of the last person: one part, as large as they are.
    (part,) = map_parts([(10.0, 5.0, 10.0, 10.0)], (200.0, 20.0), (100.0, 50.0))
    assert part[2] < 20.0


def test_the_pdf_map_shows_couple_lines_and_ages_as_the_editor_does(tmp_path: Path) -> None:
    """Names stood on white boxes three lines deep (name, years, age), and every couple line
    ran behind them: it showed as dots between the ages. Now the age is inside the symbol, as
    in the editor, and no white box reaches down to a couple line."""
    from pypdf.generic import ContentStream
    from reportlab.pdfgen import canvas

    from kastdesk.genogram import edits as E
    from kastdesk.genogram.model import Genogram, Person, Sex
    from kastdesk.report.fonts import register_fonts
    from kastdesk.report.genogram_drawing import GenogramFlowable

    register_fonts()
    g = Genogram.build([Person("c", Sex.MALE, name="Erik Berg", birth_year=1980,
                               is_index=True)])
    g = E.add_parents(g, "c", ids=("f", "m", "u", "l")).apply(g)
    g = E.update_person(g, "f", name="Bjørnar Berg", birth_year=1950).apply(g)
    g = E.update_person(g, "m", name="Anna Berg", birth_year=1952).apply(g)
    flow = GenogramFlowable(g, 500, 400, reference_year=2026)
    path = tmp_path / "map.pdf"
    c = canvas.Canvas(str(path), pagesize=(flow.width, flow.height))
    flow.drawOn(c, 0, 0)
    c.save()
    page = PdfReader(path).pages[0]
    text = page.extract_text()
    assert "76" in text and "46" in text and " y" not in text  # ages inside, no "76 y" line
    ops = ContentStream(page.get_contents(), page.pdf).operations
    white_boxes, horizontal = [], []
    fill = None
    for operands, op in ops:
        if op == b"rg":
            fill = tuple(float(v) for v in operands)
        elif op == b"re" and fill == (1.0, 1.0, 1.0):
            x, y, w, h = (float(v) for v in operands)
            white_boxes.append((x, y, x + w, y + h))
    # The couple line, where the layout puts it, in the flowable's points.
    line = flow.layout.unions["u"]
    (x1, y), (x2, _) = flow._pt(line.x1, line.y), flow._pt(line.x2, line.y)
    horizontal.append((min(x1, x2), max(x1, x2), y))
    for bx0, by0, bx1, by1 in white_boxes:
        for lx0, lx1, ly in horizontal:
            assert not (bx0 < lx1 and lx0 < bx1 and by0 <= ly <= by1), "a label hides the line"


def test_the_pdf_map_writes_no_impossible_age(tmp_path: Path) -> None:
    """A great-grandfather born in 1850 and not marked deceased: the case summary's map
    wrote 176 in his symbol; it keeps his birth year and writes no age, as the editor."""
    from reportlab.pdfgen import canvas

    from kastdesk.genogram.model import Genogram, Person, Sex
    from kastdesk.report.fonts import register_fonts
    from kastdesk.report.genogram_drawing import GenogramFlowable

    register_fonts()
    g = Genogram.build([Person("c", Sex.MALE, name="Erik Berg", birth_year=1980, is_index=True),
                        Person("g", Sex.MALE, name="Olof Berg", birth_year=1850)])
    flow = GenogramFlowable(g, 500, 400, reference_year=2026)
    path = tmp_path / "map.pdf"
    c = canvas.Canvas(str(path), pagesize=(flow.width, flow.height))
    flow.drawOn(c, 0, 0)
    c.save()
    text = PdfReader(path).pages[0].extract_text()
    assert "1850" in text and "46" in text and "176" not in text


def test_self_rating_chart_charts_each_column_s_own_response(demo_vault: Path) -> None:
    """Two measurement points of one variant (the 6- and 24-month follow-up): the chart
    looked values up by variant, so both follow-up columns got the later answer and an
    item left unanswered borrowed the other's. The chart must agree with the table."""
    from datetime import date

    from kastdesk.forms import EnteredBy, FormResponse, get_family
    from kastdesk.forms.storage import list_responses, save_response
    from kastdesk.report import document as d
    from kastdesk.report.snapshot import collect_case
    from kastdesk.report.summary import build_case_summary

    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        case = vault.open_case(vault.client_by_code("K-2024-002").id)
        assert list_responses(case, "self_rating")
        save_response(case, FormResponse(
            "self_rating", get_family("self_rating").latest.version, "follow_up",
            date(2026, 12, 1), EnteredBy.THERAPIST,
            {"has_bought_sex": True, "wellbeing": "very_bad",
             "control_unwanted_impulses": "never"}, point="follow_up_24m"))
        doc = build_case_summary(collect_case(case), ["self_rating"])
    # The scales are charted section by section: the charts share the table's columns.
    charts = [b for b in doc.blocks if isinstance(b, d.LineChart)]
    chart = charts[0]
    series = [line for c in charts for line in c.series]
    assert all(c.categories == chart.categories for c in charts)
    table = next(b for b in doc.blocks if isinstance(b, d.Table))
    assert len(chart.categories) == len(table.header) - 1
    # Both follow-up columns (the form typed in here is for the 24-month point).
    assert sum(c.startswith("Follow-up") for c in chart.categories) >= 2
    rows = {row[0]: row[1:] for row in table.rows}
    checked = 0
    for label, values in series:
        cells = rows[label]
        for value, cell in zip(values, cells, strict=True):
            assert (value is None) == (cell == "–"), (label, values, cells)
        checked += 1
    assert checked
    wellbeing = next(v for label, v in series if label.startswith("How are you doing"))
    cells = rows[next(r for r in rows if r.startswith("How are you doing"))]
    assert wellbeing[-1] == 0.0 and cells[-1].startswith("Very badly")
    # Every other column charts its own answer: "Very badly" (0) only where the table says so.
    for value, cell in zip(wellbeing, cells, strict=True):
        assert (value == 0.0) == cell.startswith("Very badly"), (wellbeing, cells)
    assert len(set(chart.categories)) == len(chart.categories), "columns told apart"


def jump_targets(path: Path) -> tuple[list[tuple[str, int]], list[int]]:
    """The outline entries with their pages, and the contents' link targets (pages from 1)."""
    reader = PdfReader(path)
    number = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages, 1)}
    outline: list[tuple[str, int]] = []

    def walk(entries: list) -> None:  # type: ignore[type-arg]
        for entry in entries:
            if isinstance(entry, list):
                walk(entry)
            else:
                outline.append((entry.title, reader.get_destination_page_number(entry) + 1))

    walk(reader.outline)
    links = [number[annot.get_object()["/Dest"][0].idnum]
             for page in reader.pages for annot in page.get("/Annots", [])
             if "/Dest" in annot.get_object()]
    return outline, links


def check_jumps(path: Path) -> None:
    """Every outline entry and contents link leads to the page its heading is on."""
    reader = PdfReader(path)
    texts = [" ".join(page.extract_text().split()) for page in reader.pages]
    outline, links = jump_targets(path)
    assert len(outline) > 1 and links
    for title, page in outline:
        assert " ".join(title.split()) in texts[page - 1], (title, page)
    assert len({page for _, page in outline}) > 1

    def runs(pages: list[int]) -> list[int]:
        return [p for i, p in enumerate(pages) if i == 0 or pages[i - 1] != p]

    # The contents link each entry (its text and its page number) where the outline does.
    assert runs(links) == runs([page for _, page in outline])


def test_contents_links_and_bookmarks_lead_to_their_headings(vault: Vault,
                                                             tmp_path: Path) -> None:
    """Every contents entry and bookmark jumped to page 1: the canvas holds pages back until
    it knows their number, and bookmarks were bound to the first page meanwhile."""
    out = tmp_path / "s.pdf"
    export_case_summary(vault, _large(vault), out)
    check_jumps(out)
