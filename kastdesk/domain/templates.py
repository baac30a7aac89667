"""The first-session note template: the headings the clinics' first assessment follows.

Plain text, not a widget: it lives in the core, where the catalogue pass for core strings finds it.
"""

from __future__ import annotations

from kastdesk.i18n import tr


def first_session_headings() -> list[str]:
    return [
        tr("Template", "Reason for coming, in the client's own words"),
        tr("Template", "Who referred"),
        tr("Template", "What the client wants"),
        tr("Template", "Risk assessment (suicidal thoughts, violence, children)"),
        tr("Template", "Agreements and next step"),
    ]


def first_session_note() -> str:
    """Headings with an empty line under each, ready to write into."""
    return "".join(f"{heading}:\n\n\n" for heading in first_session_headings()).rstrip("\n") + "\n"
