"""The dialogs in Swedish and Norwegian: they open, nothing is left in English, and the
screenshots (artifacts/screenshots/<lang>_dialog_*.png) are there to look at for clipping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel

from kastdesk import i18n
from kastdesk.ui import app as app_module
from tests.ui.conftest import screenshot, unlock
from tests.ui.test_app_main import select_code

ENGLISH_WORDS = {"Cancel", "Save", "Export", "Client", "Name", "Passphrase", "Choose"}


@pytest.fixture(params=["sv_SE", "nb_NO"])
def language(qapp, request):  # type: ignore[no-untyped-def]
    app_module.install_translations(qapp, QLocale(request.param))
    yield request.param[:2]
    for translator in app_module._translators:
        QCoreApplication.removeTranslator(translator)
    app_module._translators.clear()
    i18n.set_translator(None)


def _texts(dialog: QDialog) -> list[str]:
    out = [w.text() for w in dialog.findChildren(QLabel)]
    out += [b.text().replace("&", "") for b in dialog.findChildren(QAbstractButton)]
    return [t for t in out if t]


def _clipped(dialog: QDialog) -> list[str]:
    """One-line labels whose text is wider than the label: cut off on the screen."""
    out = []
    for label in dialog.findChildren(QLabel):
        text = label.text()
        if not label.isVisible() or label.wordWrap() or not text or "<" in text:
            continue
        if label.buddy() is not None:  # "&Date:" shows as "Date:" with the D underlined
            text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
        if label.fontMetrics().horizontalAdvance(text) > label.width() + 1:
            out.append(text)
    return out


def test_dialogs_are_translated(qtbot, language, main_window) -> None:  # type: ignore[no-untyped-def]
    from kastdesk.ui.cases.new_client import NewClientDialog
    from kastdesk.ui.settings import SettingsDialog
    from kastdesk.ui.supervision.export_dialog import ExportDialog
    from kastdesk.ui.supervision.meeting import MeetingDialog, PacketDialog

    window = main_window
    unlock(qtbot, window)
    select_code(qtbot, window, "K-2026-004")
    dialogs = {
        "new_client": NewClientDialog(window.vault, window, today=window.today()),
        "export": ExportDialog(window.vault, window.case.client_id, window),
        "packet": PacketDialog(window.vault, window),
        "meeting": MeetingDialog(window.vault, window),
        "settings": SettingsDialog(window.vault, window),
    }
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(30)
        screenshot(dialog, f"{language}_dialog_{name}")
        english = [t for t in _texts(dialog) if t.strip(" .…:") in ENGLISH_WORDS]
        assert english == [], (name, english)
        assert _clipped(dialog) == [], name
        dialog.close()


def test_create_vault_wizard_is_translated(qtbot, language, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The first thing a new clinic sees: both wizard pages, nothing in English, nothing cut."""
    from PySide6.QtCore import Qt

    from kastdesk.store import KdfParams
    from kastdesk.ui.main_window import MainWindow
    from tests.conftest import PASSPHRASE

    window = MainWindow(tmp_path / "new", kdf=KdfParams.for_tests())
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    wizard = window.create_wizard
    assert wizard is not None
    page = wizard.passphrase_page
    page.new.first.setText(PASSPHRASE)
    page.new.second.setText(PASSPHRASE)
    qtbot.wait(30)
    screenshot(window, f"{language}_create_vault")
    texts = [t.strip(" .…:") for t in _texts(wizard)]
    assert not set(texts) & (ENGLISH_WORDS | {"Next", "Back", "Create the vault", "Finish"})
    assert _clipped(wizard) == []
    commit = wizard.button(wizard.WizardButton.CommitButton)
    qtbot.mouseClick(commit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=10_000)
    screenshot(window, f"{language}_create_vault_recovery_key")
    assert _clipped(wizard) == []
    window.close()


def test_supervisor_window_is_translated(qtbot, language, demo_vault, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The supervisor reads the packet in the clinic's language too."""
    import random

    from kastdesk.report.sample import ensure_demo_content
    from kastdesk.store import KdfParams, Vault
    from kastdesk.supervision import export_packet, flag_for_guidance
    from kastdesk.ui.supervision.supervisor import open_packet_window
    from tests.conftest import PASSPHRASE

    with Vault.unlock(demo_vault, PASSPHRASE) as vault:
        entry = vault.clients()[0]
        case = vault.open_case(entry.id)
        ensure_demo_content(case, random.Random(2))
        session = case.sessions.list()[0]
        flag_for_guidance(case, "Where do we go from here?", "session", session.id)
        export_packet(vault, "a packet passphrase", tmp_path / "p.pdf", tmp_path / "p.kastsup",
                      kdf=KdfParams.for_tests())
    window = open_packet_window(tmp_path / "p.kastsup", "a packet passphrase")
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.wait(30)
    screenshot(window, f"{language}_supervisor")
    texts = [t.strip(" .…:") for t in _texts(window)]
    assert not set(texts) & (ENGLISH_WORDS | {"Questions for guidance", "Comment"})
    assert _clipped(window) == []
    window.close()
