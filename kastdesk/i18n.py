"""Translation hook shared by the Qt-free core and the UI.

The core may not import Qt, yet its messages reach the user (errors, form labels,
exercise texts). Core code marks them with :func:`tr`; the UI installs Qt's
``QCoreApplication.translate`` as the translator at start-up, so Swedish and
Norwegian catalogues apply to core strings too. Without a UI the text is returned
unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None
_language = ""


def tr(context: str, text: str) -> str:
    """Return ``text`` translated in ``context`` (unchanged when no translator is set)."""
    if _translator is None:
        return text
    return _translator(context, text)


def set_translator(translator: Callable[[str, str], str] | None, language: str = "") -> None:
    """Install (or with ``None`` remove) the function that translates core strings.

    ``language`` is its catalogue's language ("sv_SE", "nb_NO"; "" for none, i.e. English):
    what the core writes for other programs follows it too (a CSV file's separator), and
    the core cannot ask Qt which catalogue was loaded.
    """
    global _translator, _language
    _translator = translator
    _language = language if translator is not None else ""


def current_translator() -> Callable[[str, str], str] | None:
    """The function that translates core strings now (``None``: none is set)."""
    return _translator


def current_language() -> str:
    """The language of the catalogue in use ("sv_SE", "nb_NO"); "" when none is: English."""
    return _language


def N_(context: str, text: str) -> str:
    """Mark ``text`` for the catalogues without translating it now.

    For strings kept in class attributes (error sentences) and translated with
    :func:`tr` where they are shown; lupdate reads it as QT_TRANSLATE_NOOP (tools/).
    """
    return text
