"""Development sources keep the attribution a timeline line must name (the
speaker of a quotation or of a reported claim whose sentence does not name
it, with the spans of the text that back it). Archives made at 0003 get the
column added (their rows keep it empty until re-linked).

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("link_development_sources")}
    if "attribution" not in columns:
        op.add_column("link_development_sources", sa.Column("attribution", sa.Text))


def downgrade() -> None:
    op.drop_column("link_development_sources", "attribution")
