"""The JSON API of ``backstory serve`` against the demo archive: the same JSON as
the CLI, provenance offsets that point at the quoted text, errors, OpenAPI,
and a server that cannot write."""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from backstory.article import Article
from backstory.cli import cli

with warnings.catch_warnings():
    # starlette's notice that a future TestClient wants httpx2: nothing to act on here
    warnings.filterwarnings("ignore", message="Using `httpx` with", category=UserWarning)
    fastapi_testclient = pytest.importorskip("fastapi.testclient")

from backstory.web import api, create_app


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
