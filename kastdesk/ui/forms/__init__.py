"""The generic form widget: any form definition from the forms engine, rendered and edited."""

from kastdesk.ui.forms.formwidget import FormWidget, ItemEditor, make_editor

__all__ = ["FormWidget", "ItemEditor", "make_editor"]
