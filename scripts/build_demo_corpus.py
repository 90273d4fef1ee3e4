"""Build the bundled demo corpus from ../shared/data (run from the repository root).

Reads the Wikinews articles of the SemEval-2015 Task 4 trial data (the CAT
XML in ``semeval2015-timeline-trial/cat``: tokens with sentence numbers, the
document creation time, the Wikinews url), detokenises them and writes
``src/backstory/demo/corpus/wikinews-apple.jsonl`` (fields date, title, url,
source, text), plus the attribution list in ``src/backstory/demo/ATTRIBUTION.md``
(next to the corpus folder, so that ingesting the folder reads only articles). It also
copies the seed article. The output is committed: it is openly licensed
(Wikinews, CC BY 2.5) and small.

    PYTHONPATH=src python scripts/build_demo_corpus.py [--data ../shared/data]

(``BACKSTORY_SHARED_DATA`` changes the default of ``--data``.)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from pathlib import Path
from xml.etree import ElementTree

from backstory.readers.detokenise import detokenise

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "src" / "backstory" / "demo" / "corpus"
SEED = ROOT / "tests" / "fixtures" / "seed" / "000_496289bd27277af9.txt"
WIKINEWS_FILE = "wikinews-apple.jsonl"
MAX_BYTES = 1_000_000

ATTRIBUTION_HEAD = """\
# Demo corpus: licence and attribution

## `{jsonl}`

{count} news articles from **English Wikinews** (https://en.wikinews.org), by
**Wikinews contributors**, licensed under the Creative Commons Attribution 2.5
licence (https://creativecommons.org/licenses/by/2.5/). Articles published
before 25 September 2005 were released into the public domain by their
authors; they are attributed here all the same. The texts come from the trial
data of SemEval-2015 Task 4 "TimeLine: Cross-Document Event Ordering"
(distributed under CC BY 3.0), which tokenised them; `scripts/build_demo_corpus.py`
joins the tokens back into running text (detokenises; spacing around some
punctuation may differ from the original) and drops the title and dateline
lines from the body; nothing else was changed. The sentence breaks
are the corpus's; its paragraph breaks were not kept, so each sentence is on
its own line.

| Published | Title | URL |
|---|---|---|
"""

ATTRIBUTION_SEED = """
## `{seed}`

The example article of this project (25 October 2024, by Valentyna
Romanenko), as saved by a scraper. Unlike the Wikinews texts it is not under
an open licence: the copyright stays with its publisher. It is included, as
in `tests/fixtures/seed/`, as the example input the project is built around.
"""


def read_cat(path: Path) -> dict[str, str | None]:
    """One CAT XML document as a corpus record (date, title, url, source, text)."""
    root = ElementTree.parse(path).getroot()
    sentences: dict[int, list[str]] = {}
    for token in root.iter("token"):
        sentences.setdefault(int(token.get("sentence", "0")), []).append(token.text or "")
    lines = [detokenise(" ".join(tokens)) for _, tokens in sorted(sentences.items())]
    dct = next(
        (
            t.get("value")
            for t in root.iter("TIMEX3")
            if t.get("functionInDocument") == "CREATION_TIME"
        ),
        None,
    )
    if not dct or len(lines) < 3:
        raise SystemExit(f"{path}: no creation time or no text")
    title, dateline, body = lines[0], lines[1], lines[2:]
    # Wikinews articles open with a dateline ("June 8, 2010"); the title is sentence 0.
    if not any(ch.isdigit() for ch in dateline) or len(dateline) > 40:
        body = [dateline, *body]
    url = root.get("src_url") or None
    if url:
        url = url.replace("http://", "https://", 1)
    return {"date": dct, "title": title, "url": url, "source": "Wikinews", "text": "\n".join(body)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default = os.environ.get("BACKSTORY_SHARED_DATA") or ROOT.parent / "shared" / "data"
    parser.add_argument("--data", type=Path, default=Path(default))
    args = parser.parse_args(argv)
    cat = args.data / "semeval2015-timeline-trial" / "cat"
    if not cat.is_dir():
        print(f"{cat}: not found (give --data)", file=sys.stderr)
        return 1
    records = sorted(
        (read_cat(p) for p in cat.glob("*.xml")), key=lambda r: (r["date"], r["title"])
    )
    CORPUS.mkdir(parents=True, exist_ok=True)
    out = CORPUS / WIKINEWS_FILE
    with out.open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    shutil.copyfile(SEED, CORPUS / SEED.name)
    rows = "".join(f"| {r['date']} | {r['title']} | {r['url']} |\n" for r in records)
    (CORPUS.parent / "ATTRIBUTION.md").write_text(
        ATTRIBUTION_HEAD.format(jsonl=WIKINEWS_FILE, count=len(records))
        + rows
        + ATTRIBUTION_SEED.format(seed=SEED.name),
        encoding="utf-8",
    )
    size = sum(p.stat().st_size for p in CORPUS.iterdir())
    if size > MAX_BYTES:
        print(f"corpus is {size} bytes, over the {MAX_BYTES} limit", file=sys.stderr)
        return 1
    print(f"wrote {len(records)} Wikinews articles and the seed to {CORPUS} ({size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
