"""Latency of the web app's API and pages over the demo archive, in-process.

    PYTHONPATH=src python benchmarks/serve_latency.py [--db backstory-demo.db] [--repeat 5]

Builds the demo archive (``backstory demo``'s) into a temporary file unless
``--db`` names one, opens it read-only as ``backstory serve`` does, and
prints the median and worst time of each request through FastAPI's
TestClient (no network: what the app itself costs). The first request of a
timeline pays for loading spaCy once; it is sent before timing.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import warnings
from pathlib import Path

from backstory.demo.showcase import build_demo
from backstory.settings import Settings
from backstory.web import create_app

REQUESTS = (
    "/api/articles?q=iPod",
    "/api/articles/{article}",
    "/api/timeline",
    "/api/timeline?about=North+Korea",
    "/api/timeline?about=Apple&max_dates=10",
    "/api/entities?q=apple",
    "/api/stories",
    "/api/claims",
    "/api/events.geojson",
    "/",
    "/?q=Steve+Jobs",
    "/timeline?about=Apple",
    "/articles/{article}?start=0&end=40",
    "/claims",
    "/map",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, default=None, help="an existing archive")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "demo.db"
            started = time.perf_counter()
            build_demo(db, settings=Settings(db=str(db)))
            print(f"demo archive built in {time.perf_counter() - started:.1f} s")
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message="Using `httpx` with", category=UserWarning)
            from fastapi.testclient import TestClient

        with TestClient(create_app(db)) as client:
            article = client.get("/api/articles?limit=1").json()["articles"][0]["id"]
            client.get("/api/timeline?about=North+Korea")  # loads spaCy once
            print(f"{'request':45} {'median ms':>10} {'max ms':>8} {'bytes':>8}")
            for template in REQUESTS:
                url = template.format(article=article)
                times, size = [], 0
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    response = client.get(url)
                    times.append((time.perf_counter() - started) * 1000)
                    assert response.status_code == 200, (url, response.text[:200])
                    size = len(response.content)
                print(f"{url[:45]:45} {statistics.median(times):10.1f} {max(times):8.1f} {size:8d}")


if __name__ == "__main__":
    main()
