"""KastDesk: an offline, encrypted workbench for therapists who counsel people who buy sex."""

__version__ = "0.1.0"
