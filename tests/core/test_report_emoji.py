"""Emoji in the case summary and supervision PDFs: drawn in Noto Emoji (monochrome), which
the report embeds beside DejaVu Sans and Waree (QA: a client's message "det är över 😢"
quoted in a note, and ✅ ❤️ 👍 in a goal, printed as empty boxes). An emoji of several
characters is drawn whole in the emoji face, its pictures side by side; no character is
drawn as a face's box for a missing glyph (.notdef); the text is not changed, and copied
from the PDF it keeps the emoji. Pages for people to look at:
artifacts/screenshots/report_emoji-*.png and report_emoji_export-*.png.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth

from kastdesk.exercises.behaviour_in_words import BehaviourInWordsState
from kastdesk.exercises.storage import save_exercise
from kastdesk.genogram.model import Genogram, Person, Sex, Union, UnionKind
from kastdesk.report import document as d
from kastdesk.report import fonts, pdf, rtl
from kastdesk.report.export import ExportOptions, export_case_summary
from kastdesk.report.fonts import BOLD, EMOJI, OBLIQUE, REGULAR, THAI
from kastdesk.report.summary import write_genogram
from kastdesk.store import KdfParams, Vault
from kastdesk.supervision import export_packet, flag_for_guidance
from tests.core.pdf_look import look, render

QUOTE = 'Klienten skrev: "det är över 😢" i går kväll.'
GOAL = "✅ Sova hela natten ❤️ 👍"
#: Sequences of several characters: the emoji look asked for, a skin tone, a family (joined),
#: a keycap, a flag (two letters), a subdivision flag (tag letters), a joined flag.
SEQUENCES = ("❤️", "👍🏽", "👨\u200d👩\u200d👧", "1️⃣", "🇸🇪",
             "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f",
             "🏳️\u200d🌈", "🧑\u200d⚕️")
MESSAGE = "Sms från mamma: " + " ".join(SEQUENCES) + " (#️⃣ 2)"
THAI_NAME = "สมศรี ใจดี"


def _no_missing_glyphs(drawn: list[tuple[str, str]]) -> None:
    """No character is drawn in a face without it: reportlab would draw the face's glyph 0,
    .notdef (DejaVu's empty box)."""
    ours = {REGULAR, BOLD, OBLIQUE, fonts.BOLD_OBLIQUE, THAI, fonts.THAI_BOLD, EMOJI}
    missing = [(ch, f"U+{ord(ch):04X}", face) for text, face in drawn if face in ours
               for ch in text if not fonts.has_glyph(face, ch)]
    assert not missing


def _embedded(data: bytes) -> set[str]:
    reader = PdfReader(BytesIO(data))
    return {str(f.get_object()["/BaseFont"]).split("+")[-1] for page in reader.pages
            for f in page["/Resources"]["/Font"].values()}


def _emoji_name() -> str:
    """The emoji face's name in the PDF (the font's own: reportlab writes that)."""
    fonts.register_fonts()
    return str(pdfmetrics.getFont(EMOJI).face.name.decode())


def _summary() -> d.Document:
    """The parts where a note's or a goal's words are written: header and footer, profile,
    a note, a quoted goal, a risk alert, a bold cell, a heading (and its line in the
    contents), and a name on the family map."""
    doc = d.Document(title="t", header="Case K-5 · case summary ✅", footer="Pseudonymized 🇸🇪",
                     contents=True)
    doc.add(d.Heading("Client profile and intake"))
    doc.add(d.KeyValues(rows=(("Name", "Tova Lind"), ("Wants", GOAL))))
    doc.add(d.Paragraph(QUOTE))
    doc.add(d.Paragraph(MESSAGE))
    doc.add(d.Paragraph(f"Original goal: {GOAL}", "quote"))
    doc.add(d.Paragraph("Threat 😡\nSaid it in a message 🔪", "alert"))
    doc.add(d.Heading("Goal: calmer evenings 👍🏽", level=2))
    doc.add(d.Table(header=("Date", "Note"), rows=(("2026-01-02", "Called 📞 mamma"),),
                    marks={(0, 1): "strong"}))
    doc.add(d.Paragraph(f"{THAI_NAME} 😢 ✅"))
    persons = [Person("a", Sex.FEMALE, name="Tova Lind", is_index=True),
               Person("b", Sex.MALE, name="Jonas ❤️ Berg")]
    g = Genogram.build(persons, [Union("u", ("a", "b"), UnionKind.MARRIED)])
    write_genogram(doc, {"genogram": g.to_dict(), "reference_year": 2026})
    return doc


def test_emoji_are_drawn_whole_in_the_emoji_face(drawn) -> None:  # type: ignore[no-untyped-def]
    data = render(_summary())
    pages = look(data, "report_emoji", dpi=110)
    assert pages is None or pages  # rendered, where pdftoppm is
    assert {_emoji_name(), REGULAR, BOLD, OBLIQUE, THAI} <= _embedded(data)
    _no_missing_glyphs(drawn)
    # Every emoji is drawn in the emoji face, whole, and nothing else is.
    for text, face in drawn:
        if face == EMOJI:
            assert not re.search(r"[\w\s]", text.replace("\u200d", "")) or text == "1️⃣", text
    lines = [text for text, _ in drawn]
    note = lines.index('Klienten skrev: "det är över ')
    assert drawn[note:note + 3] == [('Klienten skrev: "det är över ', REGULAR), ("😢", EMOJI),
                                    ('" i går kväll.', REGULAR)]
    message = lines.index("Sms från mamma: ")
    expected = [("Sms från mamma: ", REGULAR)]
    for sequence in SEQUENCES:
        expected += [(sequence, EMOJI), (" ", REGULAR)]
    expected[-1:] = [(" (", REGULAR), ("#️⃣", EMOJI), (" 2)", REGULAR)]
    assert drawn[message:message + len(expected)] == expected
    # A quote keeps its slant around the emoji, bold its weight; Thai stays in Waree.
    quote = lines.index("Original goal: ")
    assert drawn[quote:quote + 3] == [("Original goal: ", OBLIQUE), ("✅", EMOJI),
                                      (" Sova hela natten ", OBLIQUE)]
    assert ("Called ", BOLD) in drawn and ("📞", EMOJI) in drawn
    assert ("Goal: calmer evenings ", BOLD) in drawn
    assert drawn.count(("👍🏽", EMOJI)) >= 3  # the message, the heading and its contents line
    assert (THAI_NAME, THAI) in drawn and ("😢", EMOJI) in drawn
    # The header, the footer and the family map's label (drawn on the canvas).
    assert ("Case K-5 · case summary ", BOLD) in drawn and ("✅", EMOJI) in drawn
    assert ("🇸🇪", EMOJI) in drawn
    assert ("Jonas ", REGULAR) in drawn and ("❤️", EMOJI) in drawn
    # The text is as written: copied from the PDF, every emoji is there.
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
    for written in (QUOTE, GOAL, MESSAGE):
        assert written in text, written


@pytest.mark.parametrize(("text", "face", "pieces"), [
    # The emoji look asked for (U+FE0F), also of a symbol DejaVu Sans has as text.
    ("❤️", REGULAR, [("❤️", EMOJI)]),
    ("❤", REGULAR, [("❤", REGULAR)]),
    # An emoji DejaVu Sans has is drawn as the others are, unless the text look is asked for.
    ("😢", REGULAR, [("😢", EMOJI)]),
    ("😢\ufe0e", REGULAR, [("😢\ufe0e", REGULAR)]),
    *[(s, face, [(s, EMOJI)]) for s in SEQUENCES for face in (REGULAR, BOLD)],
    ("#\u20e3", OBLIQUE, [("#\u20e3", EMOJI)]),  # a keycap without U+FE0F
    ("🇸🇪🇳", REGULAR, [("🇸🇪🇳", EMOJI)]),  # a flag and a lone letter
    # Spaces between emoji stay in the text face: the emoji face's is an emoji wide.
    ("✅ ❤️ 👍", REGULAR, [("✅", EMOJI), (" ", REGULAR), ("❤️", EMOJI), (" ", REGULAR),
                          ("👍", EMOJI)]),
    ("Spel 🎰", REGULAR, [("Spel ", REGULAR), ("🎰", EMOJI)]),
    ("Mål ✅", BOLD, [("Mål ", BOLD), ("✅", EMOJI)]),
    (f"{THAI_NAME} 😢", REGULAR, [(THAI_NAME, THAI), (" ", REGULAR), ("😢", EMOJI)]),
    ("Åsa 1 #2", REGULAR, [("Åsa 1 #2", REGULAR)]),
])
def test_each_emoji_is_one_piece_in_the_emoji_face(text: str, face: str,
                                                    pieces: list[tuple[str, str]]) -> None:
    fonts.register_fonts()
    assert fonts.runs(text, face) == pieces
    assert "".join(piece for piece, _ in pieces) == text


def test_a_paragraph_puts_emoji_in_the_emoji_face_inside_bold() -> None:
    fonts.register_fonts()
    assert pdf._with_fallbacks("<b>Mål ✅</b> ❤️", REGULAR) == (
        f'<b>Mål <font name="{EMOJI}">✅</font></b> <font name="{EMOJI}">❤️</font>')


def test_the_emoji_face_draws_a_keycap_round_its_digit_and_no_skin_tone_square() -> None:
    """Unshaped, as reportlab draws, the keycap's square encloses the digit before it and
    a skin tone adds nothing beside the hand (``tools/make_emoji_font.py``)."""
    fonts.register_fonts()
    assert stringWidth("1\ufe0f\u20e3", EMOJI, 10) == stringWidth("1", EMOJI, 10)
    assert stringWidth("👍🏽", EMOJI, 10) == stringWidth("👍", EMOJI, 10)
    assert stringWidth("👨\u200d👩", EMOJI, 10) == stringWidth("👨👩", EMOJI, 10)
    for sequence in SEQUENCES:
        assert all(fonts.has_glyph(EMOJI, ch) for ch in sequence), sequence


# Known-good visual order in DejaVu's presentation forms (as test_report_rtl.py): each
# word's letters from its last to its first.
MUHAMMAD, AL_AHMAD = "محمد", "الأحمد"
MUHAMMAD_DRAWN = "\ufeaa\ufee4\ufea4\ufee3"
AL_AHMAD_DRAWN = "\ufeaa\ufee4\ufea3\ufef7\ufe8d"
FAMILY = "👨\u200d👩\u200d👧"


def test_emoji_keep_their_characters_and_order_in_right_to_left_text() -> None:
    """The letter joining keeps a family's joiners, and the right-to-left order turns the
    words round an emoji, not the emoji's own characters (the tone stays after the hand)."""
    shaped = rtl.shape(f"{MUHAMMAD} {FAMILY} {AL_AHMAD} 👍🏽 1️⃣")
    assert FAMILY in shaped and "👍🏽" in shaped
    assert rtl.visual(shaped) == f"1️⃣ 👍🏽 {AL_AHMAD_DRAWN} {FAMILY} {MUHAMMAD_DRAWN}"
    # Pieces in other faces (the emoji's) are cut and placed by the line's order.
    line = rtl.shape(f"Partner: {MUHAMMAD} 😢 {AL_AHMAD}, b. 1980")
    before, after = line.split("😢")
    assert rtl.visual_pieces([before, "😢", after]) == [
        (0, "Partner: "), (2, f"{AL_AHMAD_DRAWN} "), (1, "😢"), (0, f" {MUHAMMAD_DRAWN}"),
        (2, ", b. 1980")]
    assert rtl.visual_pieces(["Åsa ", "✅"]) == [(0, "Åsa "), (1, "✅")]


def test_an_emoji_in_an_arabic_sentence_stands_between_its_words(drawn) -> None:  # type: ignore[no-untyped-def]
    doc = d.Document(title="t", header="h", contents=False)
    doc.add(d.Paragraph(f"Partner: {MUHAMMAD} 😢 {AL_AHMAD}, b. 1980"))
    look(render(doc), "report_emoji_rtl")
    _no_missing_glyphs(drawn)
    lines = [text for text, _ in drawn]
    start = lines.index("Partner: ")
    assert drawn[start:start + 5] == [("Partner: ", REGULAR), (f"{AL_AHMAD_DRAWN} ", REGULAR),
                                      ("😢", EMOJI), (f" {MUHAMMAD_DRAWN}", REGULAR),
                                      (", b. 1980", REGULAR)]


def test_a_summary_and_a_packet_print_the_emoji_typed_in_the_case(
        vault: Vault, tmp_path: Path, drawn) -> None:  # type: ignore[no-untyped-def]
    """Through the real path: a note, a goal, an exercise answer and a question for
    guidance with emoji, in the case summary, the pseudonymized summary and the packet
    (which holds the flagged session's note)."""
    when = datetime.now().replace(microsecond=0) - timedelta(days=3)
    case = vault.add_client("K-31", name="Tova Lind",
                            first_contact_date=(when - timedelta(days=10)).date())
    session = case.sessions.add(when, note=f"{QUOTE}\n{MESSAGE}")
    case.goals.add(GOAL)
    save_exercise(case, BehaviourInWordsState(answers={"what_i_want": "Lugn 🙏 hemma"}),
                  session.id)
    flag_for_guidance(case, "Hur svarar jag på 😢 i sms?", "session", session.id)
    cid = case.client_id

    for name, options in (("plain", ExportOptions()),
                          ("pseudonymized", ExportOptions(pseudonymize=True))):
        out = tmp_path / f"{name}.pdf"
        export_case_summary(vault, cid, out, options)
        data = out.read_bytes()
        if name == "pseudonymized":
            look(data, "report_emoji_export", dpi=70)
        assert _emoji_name() in _embedded(data), name
        text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
        for written in (QUOTE, GOAL, *MESSAGE.split(" "), "Lugn 🙏 hemma"):
            assert written in text, (name, written)

    packet_pdf = tmp_path / "packet.pdf"
    export_packet(vault, "supervision passphrase", packet_pdf, tmp_path / "p.kastsup",
                  kdf=KdfParams.for_tests())
    data = packet_pdf.read_bytes()
    look(data, "report_emoji_packet", dpi=70)
    assert _emoji_name() in _embedded(data)
    text = "\n".join(page.extract_text() for page in PdfReader(packet_pdf).pages)
    for written in ("Hur svarar jag på 😢 i sms?", GOAL, QUOTE, *MESSAGE.split(" ")):
        assert written in text, written
    assert "Tova" not in text
    _no_missing_glyphs(drawn)
    assert ("😢", EMOJI) in drawn and (FAMILY, EMOJI) in drawn and ("🙏", EMOJI) in drawn
