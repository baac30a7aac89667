"""Every widget string reaches the catalogues under the context the app looks it up in.

lupdate files a text under the context it can read from the call: a widget's ``self.tr``
or ``QCoreApplication.translate("Context", ...)``. A helper such as ``tr(text)`` that adds
the context at run time is filed under an empty context the app never asks, so the text
stays English on a Swedish screen (the "Something unexpected went wrong" sentence did).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or shutil.which(
        "pyside6-lupdate", path=str(Path(sys.executable).parent))
    if not found:
        pytest.skip("pyside6-lupdate is not installed")
    return found


def _messages(tmp_path: Path) -> list[tuple[str, str, str]]:
    ts = tmp_path / "widgets.ts"
    sources = sorted(str(p) for p in (ROOT / "kastdesk" / "ui").rglob("*.py"))
    subprocess.run([_lupdate(), *sources, "-ts", str(ts)], check=True, capture_output=True)
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            location = message.find("location")
            where = location.get("filename", "") if location is not None else ""
            out.append((name, message.findtext("source") or "", where))
    return out


def test_no_widget_string_is_filed_under_an_empty_context(tmp_path: Path) -> None:
    messages = _messages(tmp_path)
    assert [m for m in messages if not m[0]] == []
    common = {text for context, text, _ in messages if context == "Common"}
    assert any(text.startswith("Something unexpected went wrong") for text in common)


def test_the_fallback_sentence_is_looked_up_in_common(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QTranslator

    from kastdesk.ui.common import error_text

    asked: list[tuple[str, str]] = []

    class Recorder(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def,override]
            asked.append((context or "", source or ""))
            return None

        def isEmpty(self) -> bool:  # type: ignore[override]
            return False

    recorder = Recorder()
    QCoreApplication.installTranslator(recorder)
    try:
        error_text(RuntimeError("a bug"))
    finally:
        QCoreApplication.removeTranslator(recorder)
    assert any(c == "Common" and s.startswith("Something unexpected") for c, s in asked)


def test_no_alias_hides_translate_calls_from_lupdate() -> None:
    """``t = QCoreApplication.translate`` then ``t("Ctx", "text")``: lupdate reads neither,
    so the texts never reached the catalogues (the supervision file dialogs, and the new
    client form's labels, whose translations were dropped as obsolete)."""
    import re

    alias = re.compile(r"^\s*\w+\s*=\s*QCoreApplication\.translate\s*$", re.M)
    found = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "kastdesk").rglob("*.py")
        if alias.search(path.read_text(encoding="utf-8"))
    ]
    assert found == []
