"""Translated names for the register's enum values (channels, referrals, risk flags)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kastdesk.domain.models import ContactChannel, ReferralSource, RiskKind


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def channel_label(channel: ContactChannel) -> str:
    return {
        ContactChannel.PHONE: _t("Phone"),
        ContactChannel.EMAIL: _t("E-mail"),
        ContactChannel.WEB_FORM: _t("Web form"),
        ContactChannel.IN_PERSON: _t("In person"),
        ContactChannel.OTHER: _t("Other"),
    }[channel]


def referral_label(source: ReferralSource) -> str:
    return {
        ReferralSource.OWN_INITIATIVE: _t("Own initiative"),
        ReferralSource.POLICE: _t("Police"),
        ReferralSource.PARTNER: _t("Partner"),
        ReferralSource.WEBSITE: _t("Website"),
        ReferralSource.HEALTH_SERVICE: _t("Health service"),
        ReferralSource.SOCIAL_SERVICES: _t("Social services"),
        ReferralSource.OTHER: _t("Other"),
    }[source]


def risk_label(kind: str) -> str:
    """Risk flags arrive from the register as plain strings; unknown ones show as they are."""
    labels = {
        RiskKind.SUICIDAL.value: _t("Suicidal thoughts"),
        RiskKind.VIOLENCE.value: _t("Violence"),
        RiskKind.CHILD_AT_RISK.value: _t("Child at risk"),
        RiskKind.OTHER.value: _t("Other risk"),
    }
    return labels.get(kind, kind)
