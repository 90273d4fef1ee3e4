"""TimeML EVENT mentions: recognition over a spaCy parse, and TempEval-3 Task B scoring.

    from backstory.timeml_events import recognise_events
    events = recognise_events(nlp(text), exclude=[(t.start, t.end) for t in timexes])
"""

from backstory.timeml_events.recognise import TimemlEvent, recognise_events

__all__ = ["TimemlEvent", "recognise_events"]
