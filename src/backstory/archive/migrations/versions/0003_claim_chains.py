"""Claims keep the speaker's source chain (to tell independent confirmations
from repetitions). Archives made at 0002 get the column added.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("link_claims")}
    if "chain" not in columns:
        op.add_column("link_claims", sa.Column("chain", sa.Text))


def downgrade() -> None:
    op.drop_column("link_claims", "chain")
