"""TimeML EVENT mentions: recognition over a spaCy parse, and TempEval-3 Task B scoring.

from backstory.timeml_events import recognise_events
events = recognise_events(nlp(text), exclude=[(t.start, t.end) for t in timexes])
"""

from backstory.timeml_events.recognise import TimemlEvent, recognise_events
from backstory.timeml_events.scoring import EventScores, evaluate_events, score_timeml_events

__all__ = [
    "EventScores",
    "TimemlEvent",
    "evaluate_events",
    "recognise_events",
    "score_timeml_events",
]
