"""The temporal engine: find every temporal expression and normalise it.

``tag_timexes(text, dct, doc=None)`` returns ``Timex`` objects (TIMEX3 type,
TimeML value and mod, inclusive interval) with character offsets into the
text. Modules, by concern:

- ``lexicon``: month, weekday, number and unit words;
- ``patterns``: the surface patterns (regexes) and modifier/signal words;
- ``recognise``: finding, resolving and joining the expressions;
- ``calendar``: periods (a date at a granularity), values and intervals;
- ``anchor``: tense of the governing verb and year inference;
- ``normalise``: one normaliser per pattern kind;
- ``tagger``: the whole run, narrative reference time, bounds;
- ``timeml``: reading and writing TimeML documents;
- ``scoring``: TempEval-3 Task A scoring;
- ``stage``: the pipeline stage.
"""

from backstory.timex.tagger import tag_timexes

__all__ = ["tag_timexes"]
