"""What ``backstory watch`` remembers of each feed it read (ETag, Last-Modified,
a file's modification time and size), so a restarted watcher sends a
conditional GET instead of fetching every feed in full. Archives made at 0004
get the (empty) table.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("feed_validators"):
        return
    op.create_table(
        "feed_validators",
        sa.Column("feed", sa.Text, primary_key=True),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("file_mtime_ns", sa.BigInteger),
        sa.Column("file_size", sa.BigInteger),
        sa.Column("extracted", sa.Boolean, nullable=False),
        sa.Column("read_at", sa.DateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("feed_validators")
