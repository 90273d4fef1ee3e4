"""Alembic environment of the archive: run on a connection the archive passes in.

``backstory.archive.migration.upgrade`` sets ``config.attributes["connection"]``
inside a transaction that holds the writer lock; nothing here opens its own.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
