"""TimeML documents: DCT as the publication date, TEXT without tags as the body."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

from backstory.readers import read_articles
from backstory.readers.detect import detect_format
from backstory.readers.source import load_file
from conftest import FIXTURES, ROOT

TML = FIXTURES / "timeml" / "iphone4-wwdc.tml"


def test_dct_title_and_text() -> None:
    assert detect_format(load_file(TML)) == "timeml"
    [article] = read_articles(TML)
    assert article.published == datetime(2010, 6, 8)
    assert article.title == "Apple shows iPhone 4 at its developers conference"
    assert article.text.startswith(
        "SAN FRANCISCO _\n\nApple chief executive Steve Jobs unveiled the iPhone 4 on Monday"
    )
    assert "<" not in article.text and "TIMEX3" not in article.text
    assert "customers can pre-order it from June 15." in article.text
    assert "MAKEINSTANCE" not in article.text


def test_sentence_elements_written_back_to_back_are_separated(tmp_path) -> None:
    path = tmp_path / "s.tml"
    path.write_text(
        '<?xml version="1.0"?>\n<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2010-06-16" '
        'functionInDocument="CREATION_TIME">2010-06-16</TIMEX3></DCT><TEXT><s id="1">Pre-orders '
        'began <TIMEX3 tid="t1" type="DATE" value="2010-06-15">Tuesday</TIMEX3> .</s><s id="2">'
        "Many buyers waited .</s></TEXT></TimeML>",
        encoding="utf-8",
    )
    [article] = read_articles(path)
    assert article.text == "Pre-orders began Tuesday .\nMany buyers waited ."


def test_extract_command_reads_timeml() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "backstory", "extract", str(TML), "--input-format", "timeml"],
        capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    article = json.loads(result.stdout)["article"]
    assert article["published"] == "2010-06-08T00:00:00"
    assert article["title"] == "Apple shows iPhone 4 at its developers conference"
