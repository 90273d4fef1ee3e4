"""Entities: the knowledge base, the offline gazetteer, name matching and resolution.

``resolve_entities`` is the pipeline stage; ``EntityIndex`` (left in
``context.data["entities"]``) tells later stages which entity a token
belongs to.
"""

from backstory.entities.resolve import EntityIndex, resolve_entities

__all__ = ["EntityIndex", "resolve_entities"]
