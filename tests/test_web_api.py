"""The JSON API of ``backstory serve`` against the demo archive: the same JSON as
the CLI, provenance offsets that point at the quoted text, errors, OpenAPI,
and a server that cannot write."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from archive_fixtures import postgres_cluster  # noqa: F401  (a fixture, by name)
from backstory.article import Article
from backstory.cli import cli
from conftest import FIXTURES, ROOT, SEED

with warnings.catch_warnings():
    # starlette's notice that a future TestClient wants httpx2: nothing to act on here
    warnings.filterwarnings("ignore", message="Using `httpx` with", category=UserWarning)
    fastapi_testclient = pytest.importorskip("fastapi.testclient")

from backstory.web import api, create_app

DEMO_FEED = ROOT / "src" / "backstory" / "demo" / "corpus" / "wikinews-apple.jsonl"


@pytest.fixture(scope="module")
def client(demo_db: Path) -> Iterator[Any]:
    with fastapi_testclient.TestClient(create_app(demo_db)) as test_client:
        yield test_client


def run_cli(*args: str) -> Any:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def ok(client: Any, url: str, **params: Any) -> Any:
    # no params= when there are none: httpx would drop the query string of ``url``
    response = client.get(url, params=params) if params else client.get(url)
    assert response.status_code == 200, (url, response.text)
    return response.json()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def a_korea_entity(client: Any) -> dict[str, Any]:
    found = ok(client, "/api/entities", q="North Korea")["entities"]
    return next(e for e in found if e["name"] == "North Korea")


@pytest.mark.parametrize(
    "options",
    [
        {"about": "North Korea"},
        {"about": "Apple", "since": "2007-01-01", "until": "2008-12-31", "max_dates": "5"},
        {},
    ],
)
def test_timeline_endpoint_gives_the_clis_timeline_json(
    client: Any, demo_db: Path, options: dict[str, str]
) -> None:
    api = ok(client, "/api/timeline", **options)
    argv = [f"--{k.replace('_', '-')}={v}" for k, v in options.items()]
    assert api == run_cli("timeline", "--db", str(demo_db), "--format", "json", *argv)
    assert api["schema"] == "backstory.timeline/1" and api["items"]


def test_every_timeline_source_points_at_its_sentence_in_the_article(client: Any) -> None:
    timeline = ok(client, "/api/timeline", about="North Korea")
    texts: dict[str, str] = {}
    sources = [s for item in timeline["items"] for s in item["sources"]]
    assert sources
    for source in sources:
        if source["article_id"] not in texts:
            texts[source["article_id"]] = ok(client, f"/api/articles/{source['article_id']}")[
                "text"
            ]
        assert texts[source["article_id"]][source["start"] : source["end"]] == source["sentence"]


def test_article_endpoint_is_show_json_with_annotations_at_their_offsets(
    client: Any, demo_db: Path
) -> None:
    listed = ok(client, "/api/articles", q='"North Korean"')
    assert listed["total"] == len(listed["articles"]) >= 1
    article_id = listed["articles"][0]["id"]
    record = ok(client, f"/api/articles/{article_id}")
    assert record == run_cli("show", article_id, "--db", str(demo_db))
    text, extraction = record["text"], record["extraction"]
    assert all(text[t["start"] : t["end"]] == t["text"] for t in extraction["timexes"])
    assert all(text[e["start"] : e["end"]] == e["trigger"] for e in extraction["events"])
    for entity in extraction["entities"]:
        for start, end in entity["mentions"]:
            assert text[start:end].strip(), entity


def test_article_search_rows_are_the_clis_rows(client: Any, demo_db: Path) -> None:
    api = ok(client, "/api/articles", q="iPod", since="2005-01-01", limit=5)
    cli_rows = run_cli(
        "articles",
        "--db",
        str(demo_db),
        "--search",
        "iPod",
        "--since",
        "2005-01-01",
        "--limit",
        "5",
    )
    assert api["articles"] == cli_rows and cli_rows
    assert api["total"] >= len(cli_rows)


def test_claims_endpoint_gives_the_clis_claims_json(client: Any, demo_db: Path) -> None:
    api = ok(client, "/api/claims", about="North Korea")
    assert api == run_cli(
        "claims", "--db", str(demo_db), "--about", "North Korea", "--format", "json"
    )
    values = [c["value"] for h in api["claims"] for c in h["history"]]
    assert values, api
    article = ok(client, f"/api/articles/{api['claims'][0]['history'][0]['source']['article_id']}")
    for claim in api["claims"][0]["history"]:
        source = claim["source"]
        assert article["text"][source["start"] : source["end"]] == claim["text"]


def test_entity_search_and_entity_timeline(client: Any, demo_db: Path) -> None:
    korea = a_korea_entity(client)
    assert korea["type"] == "COUNTRY" and korea["lat"] is not None
    record = ok(client, f"/api/entities/{korea['id']}")
    assert record["mentions"]
    texts = {
        m["article_id"]: ok(client, f"/api/articles/{m['article_id']}")["text"]
        for m in record["mentions"]
    }
    for mention in record["mentions"]:
        assert texts[mention["article_id"]][mention["start"] : mention["end"]] == mention["alias"]
    timeline = ok(client, f"/api/entities/{korea['id']}/timeline")
    assert timeline == run_cli(
        "timeline", "--db", str(demo_db), "--about", korea["name"], "--format", "json"
    )


def test_stories_and_a_storys_timeline(client: Any, demo_db: Path) -> None:
    stories = ok(client, "/api/stories")["stories"]
    assert stories and all(s["articles"] >= 1 for s in stories)
    story = ok(client, f"/api/stories/{stories[0]['id']}")
    assert story["articles"]
    timeline = ok(client, f"/api/stories/{story['id']}/timeline")
    assert timeline["query"]["story"] == story["id"]
    members = {a["article_id"] for a in story["articles"]}
    assert all(s["article_id"] in members for i in timeline["items"] for s in i["sources"])
    assert timeline == run_cli(
        "timeline", "--db", str(demo_db), "--story", str(story["id"]), "--format", "json"
    )


def test_located_events_are_geojson_points_with_sources(client: Any) -> None:
    body = ok(client, "/api/events.geojson", about="North Korea")
    assert body["type"] == "FeatureCollection" and body["features"]
    for feature in body["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert feature["properties"]["sources"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/articles/no-such-article",
        "/api/entities/999999",
        "/api/entities/999999/timeline",
        "/api/stories/999999",
        "/api/stories/999999/timeline",
    ],
)
def test_unknown_ids_are_404_with_one_line(client: Any, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    detail = response.json()["detail"]
    assert "999999" in detail or "no-such-article" in detail
    assert "\n" not in detail


@pytest.mark.parametrize(
    ("url", "params", "status", "names"),
    [
        ("/api/timeline", {"since": "2024-13-45"}, 400, "since"),
        ("/api/timeline", {"until": "yesterday"}, 400, "until"),
        ("/api/articles", {"since": "not a date"}, 400, "since"),
        ("/api/articles", {"q": '"" -'}, 400, "q"),
        ("/api/timeline", {"max_dates": "0"}, 422, "max_dates"),
        ("/api/articles", {"limit": "many"}, 422, "limit"),
        ("/api/entities/abc", {}, 422, "entity_id"),
    ],
)
def test_bad_parameters_are_refused_with_a_message_naming_them(
    client: Any, url: str, params: dict[str, str], status: int, names: str
) -> None:
    # no params= when there are none: httpx would drop the query string of ``url``
    response = client.get(url, params=params) if params else client.get(url)
    assert response.status_code == status, response.text
    detail = response.json()["detail"]
    assert detail.startswith(f"{names}:") and "\n" not in detail


def test_openapi_describes_every_api_route(client: Any) -> None:
    spec = ok(client, "/api/openapi.json")
    routes = {route.path for route in api.router.routes}
    assert len(routes) >= 10
    assert routes == set(spec["paths"])
    for path, operations in spec["paths"].items():
        assert set(operations) == {"get"}, path
        assert operations["get"]["summary"], path
        assert operations["get"].get("description"), path
        answer = operations["get"]["responses"]["200"]["content"]["application/json"]["schema"]
        assert answer["$ref"].startswith("#/components/schemas/"), path
        if "{" in path:
            assert "404" in operations["get"]["responses"], path
    timeline = spec["components"]["schemas"]["Timeline"]
    assert {"schema", "query", "items"} <= set(timeline["properties"])
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


def test_the_server_cannot_write_to_the_archive(client: Any, demo_db: Path) -> None:
    before = digest(demo_db)
    for method in ("post", "put", "patch", "delete"):
        response = getattr(client, method)("/api/articles")
        assert response.status_code == 405, method
        assert "read-only" in response.json()["detail"]
    for url in ("/api/articles", "/api/timeline", "/api/claims", "/api/stories", "/api/stats"):
        ok(client, url)
    archive = client.app.state.archive
    assert archive.read_only
    with pytest.raises(Exception, match=r"readonly|read-only"):
        archive.add(Article(id="0123456789abcdef", text="Something new happened today."))
    assert digest(demo_db) == before


def test_a_read_only_archive_must_exist(tmp_path: Path) -> None:
    from backstory.errors import ArchiveError

    with pytest.raises(ArchiveError, match="no archive at"):
        create_app(tmp_path / "missing.db")
    assert not (tmp_path / "missing.db").exists()


def test_serve_exits_1_with_one_line_when_the_archive_is_missing(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 1
    assert result.stderr.strip().count("\n") == 0
    assert "no archive at" in result.stderr


def test_serve_refuses_an_archive_it_cannot_read(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.db"
    bogus.write_text("this is not a database\n" * 100)
    result = CliRunner().invoke(cli, ["serve", "--db", str(bogus)])
    assert result.exit_code == 1
    assert "bogus.db" in result.stderr and result.stderr.strip().count("\n") == 0


def test_serve_exits_1_with_one_line_when_the_port_is_taken(demo_db: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(demo_db), "--port", str(port)])
    assert result.exit_code == 1
    assert f"--port {port}" in result.stderr and result.stderr.strip().count("\n") == 0


def test_concurrent_requests_get_the_same_answers_as_one_by_one(client: Any) -> None:
    from concurrent.futures import ThreadPoolExecutor

    urls = [
        "/api/timeline?about=North+Korea",
        "/api/timeline?about=Apple&max_dates=5",
        "/api/claims",
        "/api/articles?q=iPhone",
        "/api/stories",
    ] * 3
    expected = {url: ok(client, url) for url in set(urls)}
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(pool.map(lambda url: client.get(url), urls))
    for url, answer in zip(urls, answers, strict=True):
        assert answer.status_code == 200 and answer.json() == expected[url], url


# -- PostgreSQL: the same corpus served from both backends -------------------


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def served(db: str, log: Path) -> Iterator[str]:
    """``backstory serve --db DB`` in its own process on a free port; its base URL."""
    port = _free_port()
    with log.open("wb") as out:
        server = subprocess.Popen(
            [sys.executable, "-m", "backstory", "serve", "--db", db, "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if server.poll() is not None:
                pytest.fail(f"backstory serve exited: {log.read_text(errors='replace')}")
            try:
                fetch(base, "/api/stats")
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"backstory serve not answering: {log.read_text()}")
                time.sleep(0.2)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=15)


def fetch(base: str, path: str, method: str = "GET") -> Any:
    request = urllib.request.Request(base + path, method=method)
    with urllib.request.urlopen(request, timeout=120) as response:
        return json.loads(response.read())


def a_small_corpus(folder: Path) -> list[Path]:
    """Three reports, the seed and a few JSON Lines articles."""
    folder.mkdir()
    lines = DEMO_FEED.read_text(encoding="utf-8").splitlines()[:4]
    (folder / "wikinews.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [FIXTURES / "archive", SEED, folder / "wikinews.jsonl"]


@pytest.fixture(scope="module")
def sqlite_and_postgres(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str, str]]:
    """The same corpus ingested with extraction into SQLite and into PostgreSQL, each
    served by ``backstory serve`` in its own process: (SQLite base URL, PostgreSQL
    base URL, the PostgreSQL database URL)."""
    from backstory.archive import Archive
    from backstory.ingest import ingest
    from backstory.settings import Settings

    postgres = request.getfixturevalue("postgres_cluster")  # skips without PostgreSQL
    folder = tmp_path_factory.mktemp("served")
    paths = a_small_corpus(folder / "corpus")
    # an English collation, as most servers have: text sorts otherwise than on SQLite
    sqlite_db = str(folder / "archive.db")
    postgres_db = postgres.create_database(icu_locale="en-US")
    for db in (sqlite_db, postgres_db):
        with Archive.open(db) as archive:
            summary = ingest(archive, paths, settings=Settings(db=db))
        assert summary.ok and summary.added == 8, summary.to_json()
    with (
        served(sqlite_db, folder / "sqlite.log") as from_sqlite,
        served(postgres_db, folder / "postgres.log") as from_postgres,
    ):
        yield from_sqlite, from_postgres, postgres_db


@pytest.mark.postgres
@pytest.mark.slow
def test_postgresql_serves_what_sqlite_serves(sqlite_and_postgres: tuple[str, str, str]) -> None:
    from_sqlite, from_postgres, _ = sqlite_and_postgres

    def same(path: str) -> Any:
        expected = fetch(from_sqlite, path)
        assert fetch(from_postgres, path) == expected, path
        return expected

    listed = same("/api/articles?limit=1000")
    assert listed["total"] == 8
    same("/api/articles?limit=3&offset=2&since=2010-01-01")
    for words in ("troops", '"North Korean" OR flood', "budget -vaccine", "iPod"):
        assert same("/api/articles?q=" + urllib.parse.quote(words))["total"], words
    for row in listed["articles"]:
        record = same(f"/api/articles/{row['id']}")
        assert record["extraction"] is not None
        for timex in record["extraction"]["timexes"]:
            assert record["text"][timex["start"] : timex["end"]] == timex["text"]
    timeline = same("/api/timeline")
    assert timeline["items"] and all(item["sources"] for item in timeline["items"])
    entities = same("/api/entities?limit=1000")["entities"]
    assert entities
    assert same("/api/entities?q=korea")["entities"]
    for entity in entities[:10]:
        same(f"/api/entities/{entity['id']}")
        same(f"/api/entities/{entity['id']}/timeline")
    assert same("/api/timeline?about=" + urllib.parse.quote(entities[0]["name"]))["items"]
    stories = same("/api/stories")["stories"]
    for story in stories:
        same(f"/api/stories/{story['id']}")
    assert same("/api/claims")["claims"]
    stats = {f: fetch(base, "/api/stats") for f, base in (("s", from_sqlite), ("p", from_postgres))}
    assert stats["p"]["database"].startswith("postgresql")
    assert {k: v for k, v in stats["p"].items() if k != "database"} == {
        k: v for k, v in stats["s"].items() if k != "database"
    }


@pytest.mark.postgres
@pytest.mark.slow
def test_a_server_over_postgresql_cannot_write(sqlite_and_postgres: tuple[str, str, str]) -> None:
    from sqlalchemy.exc import DBAPIError

    from backstory.archive import Archive

    _, from_postgres, postgres_db = sqlite_and_postgres
    with pytest.raises(urllib.error.HTTPError) as refused:
        fetch(from_postgres, "/api/articles", method="POST")
    assert refused.value.code == 405
    app = create_app(postgres_db)
    archive = app.state.archive
    try:
        assert archive.read_only
        with pytest.raises(DBAPIError, match=r"read-only transaction"):
            archive.add(Article(id="0123456789abcdef", text="The ferry resumed on Tuesday."))
    finally:
        archive.close()
    with Archive.open(postgres_db) as writable:
        assert writable.count() == 8
