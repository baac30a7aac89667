"""Supervision: flags for guidance, guidance meetings, packets and supervisor comments (Qt-free)."""

from kastdesk.supervision.guidance import (
    AdviceEntry,
    GuidanceError,
    GuidanceFlag,
    GuidanceMeeting,
    MeetingItem,
    advice_timeline,
    flag_for_guidance,
    list_flags,
    list_meetings,
    record_meeting,
    withdraw_flag,
)
from kastdesk.supervision.packet import (
    Comment,
    ImportedComments,
    PacketResult,
    export_packet,
    import_comments,
    list_comments,
    open_packet,
    save_comments,
)

__all__ = [
    "AdviceEntry",
    "Comment",
    "GuidanceError",
    "GuidanceFlag",
    "GuidanceMeeting",
    "ImportedComments",
    "MeetingItem",
    "PacketResult",
    "advice_timeline",
    "export_packet",
    "flag_for_guidance",
    "import_comments",
    "list_comments",
    "list_flags",
    "list_meetings",
    "open_packet",
    "record_meeting",
    "save_comments",
    "withdraw_flag",
]
