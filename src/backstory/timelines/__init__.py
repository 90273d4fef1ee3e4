"""Timelines and Background sections written from the linked archive."""

from backstory.timelines.background import build_background
from backstory.timelines.timeline import Item, Source, Timeline, build_timeline

__all__ = ["Item", "Source", "Timeline", "build_background", "build_timeline"]
