"""``backstory serve``: a read-only web app over the archive.

app.py     ``create_app``: the FastAPI app, its error responses, static files
api.py     the JSON API under ``/api`` (OpenAPI at ``/api/openapi.json``)
pages.py   the HTML pages: search, timelines, article view, claims, map
markup.py  article text with its annotations as nested HTML spans
charts.py  the claim-history chart and the map, drawn as inline SVG
templates/ and static/: the pages' Jinja2 templates, CSS and script
"""

from backstory.web.app import create_app

__all__ = ["create_app"]
