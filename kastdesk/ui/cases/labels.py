"""Translated names for the register's enum values (channels, referrals, risk flags)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kastdesk.domain.models import ContactChannel, ReferralSource, RiskKind
from kastdesk.ui.workspace.common import risk_label as workspace_risk_label


def channel_label(channel: ContactChannel) -> str:
    return {
        ContactChannel.PHONE: QCoreApplication.translate("Labels", "Phone"),
        ContactChannel.EMAIL: QCoreApplication.translate("Labels", "E-mail"),
        ContactChannel.WEB_FORM: QCoreApplication.translate("Labels", "Web form"),
        ContactChannel.IN_PERSON: QCoreApplication.translate("Labels", "In person"),
        ContactChannel.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[channel]


def referral_label(source: ReferralSource) -> str:
    return {
        ReferralSource.OWN_INITIATIVE: QCoreApplication.translate("Labels", "Own initiative"),
        ReferralSource.POLICE: QCoreApplication.translate("Labels", "Police"),
        ReferralSource.PARTNER: QCoreApplication.translate("Labels", "Partner"),
        ReferralSource.WEBSITE: QCoreApplication.translate("Labels", "Website"),
        ReferralSource.HEALTH_SERVICE: QCoreApplication.translate("Labels", "Health service"),
        ReferralSource.SOCIAL_SERVICES: QCoreApplication.translate("Labels", "Social services"),
        ReferralSource.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[source]


def risk_label(kind: str) -> str:
    """Risk flags arrive from the register as plain strings; unknown ones show as they are.

    The names are the workspace's (one translation for the banner and the register)."""
    try:
        return workspace_risk_label(RiskKind(kind))
    except ValueError:
        return kind
