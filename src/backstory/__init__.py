"""backstory: turn news articles into a sourced archive of what happened when,
according to whom, and write the dated Background section.

The public API is small; everything else is internal and may change.
"""

from backstory.archive import Archive
from backstory.article import Article
from backstory.errors import BackstoryError
from backstory.extraction import Extraction
from backstory.pipeline import extract
from backstory.settings import Settings
from backstory.timelines import Timeline, build_background, build_timeline

__all__ = [
    "Archive",
    "Article",
    "BackstoryError",
    "Extraction",
    "Settings",
    "Timeline",
    "build_background",
    "build_timeline",
    "extract",
]
__version__ = "0.1.0"
