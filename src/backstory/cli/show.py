"""``backstory show``: one stored article, with its duplicates and extraction."""

from __future__ import annotations

from typing import Any

import click

from backstory.archive import Archive
from backstory.article import Article
from backstory.cli.options import db_option
from backstory.cli.output import format_option, to_json
from backstory.records import article_record
from backstory.settings import Settings


@click.command()
@click.argument("article_id")
@db_option
@format_option("json", "text")
def show(article_id: str, db: str, output_format: str) -> None:
    """Print the article ARTICLE_ID: JSON (with duplicates and extraction) or text.

    \b
    Example:
      backstory show 84292f37b3bf28ce --format text
    """
    settings = Settings.from_env(db=db)
    with Archive.open(settings, create=False) as archive:
        if output_format == "text":
            article = archive.get(article_id)
            click.echo(_as_text(article, archive.duplicates(article.id)))
            return
        data = article_record(archive, article_id)
    click.echo(to_json(data))


def _as_text(article: Article, duplicates: list[dict[str, Any]]) -> str:
    lines = [article.title or "(untitled)", ""]
    for label, value in (
        ("id", article.id),
        ("published", article.published.isoformat() if article.published else None),
        ("outlet", article.outlet),
        ("author", article.author),
        ("url", article.url),
        ("origin", article.origin),
    ):
        if value:
            lines.append(f"{label}: {value}")
    for copy in duplicates:
        lines.append(
            f"duplicate: {copy['article_id']} ({copy['kind']}, {copy['similarity']:.2f}) "
            f"{copy['origin'] or copy['url'] or ''}".rstrip()
        )
    lines += ["", article.text.strip()]
    return "\n".join(lines)
