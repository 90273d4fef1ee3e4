"""Reuters-21578 SGML: many documents per file, briefs, unprocessed texts, non-articles."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from backstory.errors import InputError
from backstory.readers import iter_articles, read_articles
from backstory.readers.detect import detect_format
from backstory.readers.source import load_file

# Written for this test in the Lewis DTD layout of the collection (not copied from it).
SGML = """<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="901">
<DATE> 3-MAR-1987 09:15:05.40</DATE>
<TOPICS><D>coffee</D><D>trade</D></TOPICS>
<PLACES><D>brazil</D></PLACES>
<UNKNOWN> &#5;&#5;&#5;C T
&#22;&#22;&#1;f0001&#31;reute
u f BC-BRAZIL-COFFEE   03-03 0045</UNKNOWN>
<TEXT>&#2;
<TITLE>BRAZIL COFFEE EXPORTS RISE &lt;IBC&gt; SAYS</TITLE>
<DATELINE>    RIO DE JANEIRO, March 3 - </DATELINE><BODY>Brazil's coffee exports rose to 1.2 mln
bags in February from 0.9 mln a year earlier, the Brazilian Coffee
Institute &lt;IBC> said.
    Shipments to the United States &amp; Europe led the increase.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="2" NEWID="902">
<DATE>31-MAR-1987 605:12:19.12</DATE>
<TOPICS></TOPICS>
<TEXT TYPE="BRIEF">&#2;
<TITLE>******U.S. CONSUMER CREDIT ROSE 1.5 BILLION DLRS IN FEBRUARY
</TITLE>
&#3;
</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="3" NEWID="903">
<DATE>27-MAR-1987 00:02:59.13&#5;&#5;&#5;RM</DATE>
<TOPICS></TOPICS>
<TEXT TYPE="UNPROC">&#2;
Tokyo stock prices closed higher in active trading, brokers said.
 REUTER
&#3;</TEXT>
</REUTERS>
<REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="4" NEWID="904">
<DATE>27-MAR-1987 00:03:35.68</DATE>
<TOPICS></TOPICS>
<TEXT>&#2;
&#3;</TEXT>
</REUTERS>
"""


def test_documents_briefs_and_unprocessed_texts(tmp_path: Path) -> None:
    path = tmp_path / "reut2-900.sgm"
    path.write_text(SGML, encoding="ascii")
    assert detect_format(load_file(path)) == "reuters"
    items = list(iter_articles([path]))
    assert not [
        i for i in items if isinstance(i, InputError)
    ]  # 904 has no text: skipped, not failed
    coffee, brief, tokyo = items
    assert coffee.title == "BRAZIL COFFEE EXPORTS RISE <IBC> SAYS"
    assert coffee.published == datetime(1987, 3, 3, 9, 15, 5, 400000)
    assert coffee.outlet == "Reuters"
    assert coffee.text.startswith("RIO DE JANEIRO, March 3 - Brazil's coffee exports rose")
    assert "Institute <IBC> said." in coffee.text and "United States & Europe" in coffee.text
    assert not coffee.text.endswith("Reuter")
    assert coffee.extras.tags == ("coffee", "trade")
    assert coffee.origin == f"{path}#901"
    assert (
        brief.text == brief.title == "******U.S. CONSUMER CREDIT ROSE 1.5 BILLION DLRS IN FEBRUARY"
    )
    assert brief.published == datetime(1987, 3, 31)  # garbled time: the day is kept
    assert tokyo.text == "Tokyo stock prices closed higher in active trading, brokers said."
    assert tokyo.published == datetime(1987, 3, 27, 0, 2, 59, 130000)


def test_stray_latin1_bytes_do_not_fail_the_file(tmp_path: Path) -> None:
    path = tmp_path / "reut2-901.sgm"
    path.write_bytes(SGML.replace("Europe", "Europe\xfc").encode("latin-1"))
    articles = list(read_articles(path))
    assert len(articles) == 3
