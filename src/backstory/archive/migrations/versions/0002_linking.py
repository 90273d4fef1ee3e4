"""Linking tables: the entity base, developments and their sources, stories and
claims, as ``backstory.linking`` writes them (``link_*``; the reserved
tables of 0001 stay as they are).

The table definitions are those of ``backstory.linking.tables`` at this
revision; a later change to them comes with its own migration.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from backstory.linking import tables

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    tables.metadata.create_all(op.get_bind(), checkfirst=True)


def downgrade() -> None:
    tables.metadata.drop_all(op.get_bind(), checkfirst=True)
