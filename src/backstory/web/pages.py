"""The HTML pages."""

from __future__ import annotations

import html

from fastapi import APIRouter, Request

router = APIRouter()


def error_page(request: Request, status: int, message: str) -> str:
    """A small HTML page saying what went wrong."""
    return f"<!doctype html><title>{status}</title><p>{html.escape(message)}</p>"
