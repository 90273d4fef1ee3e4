"""``backstory serve``: the read-only web app and JSON API over an archive."""

from __future__ import annotations

import socket

import click

from backstory.cli.options import db_option
from backstory.errors import ConfigError

LOCAL = "127.0.0.1"


@click.command()
@db_option
@click.option(
    "--host",
    default=LOCAL,
    show_default=True,
    help="Address to listen on. Anything but 127.0.0.1/localhost lets other machines read "
    "the whole archive (there is no login): only on a network you trust.",
)
@click.option("--port", default=8765, show_default=True, type=click.IntRange(1, 65535))
def serve(db: str, host: str, port: int) -> None:
    """Serve the archive read-only: web pages at / and a JSON API at /api.

    The archive is opened read-only (nothing can write to it through the
    server); the OpenAPI description is at /api/openapi.json.

    \b
    Example:
      backstory serve --db news.db --port 8765
      curl 'http://127.0.0.1:8765/api/timeline?about=North+Korea'
    """
    import uvicorn

    from backstory.settings import Settings
    from backstory.web import create_app

    _check_free(host, port)
    settings = Settings.from_env(db=db)
    app = create_app(settings.db, settings=settings)
    if host not in (LOCAL, "localhost", "::1"):
        click.echo(
            f"serve: listening on {host}: anyone who can reach it can read the whole archive",
            err=True,
        )
    click.echo(f"serving {db} read-only at http://{_shown(host)}:{port}/ (Ctrl-C stops)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _check_free(host: str, port: int) -> None:
    """ConfigError (one line, exit 1) when nothing can listen at host:port."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except OSError as exc:
        raise ConfigError(f"--host {host}: cannot listen there: {exc.strerror or exc}") from exc
    family, kind, proto, _name, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise ConfigError(
                f"--port {port}: cannot listen on {host}:{port}: {exc.strerror or exc}"
            ) from exc


def _shown(host: str) -> str:
    return f"[{host}]" if ":" in host else host
