"""Normalisers: from a matched expression to its TimeML type, value and interval.

One function per pattern kind (``NORMALISERS[kind]``), each taking the
regex match and the ``Frame`` (publication date, narrative reference time,
tense lookup) and returning a ``Reading`` or None when the match turns out
not to be a temporal expression after all. Importing this module registers
them all.
"""

from __future__ import annotations

from backstory.timex import dates, durations, relative, times, vague
from backstory.timex.reading import NORMALISERS, Frame, Reading

__all__ = ["NORMALISERS", "Frame", "Reading", "dates", "durations", "relative", "times", "vague"]
