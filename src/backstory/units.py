"""Units of measurement and currency codes: which tokens give the unit of a number.

In "a 4GB model", "16 GB of memory", "a gunshot is 140 dB", "USD 5 million"
and "US $199" the token next to the number is a unit (or, for "US", the
issuer of the currency), not a name, although NER often tags "GB" as a
country and "US" before a dollar sign as the United States. The quantity
stage reads the unit off these tokens and the entity stage never makes an
entity of them: one rule, defined here, for both.

Units are matched case-sensitively ("GB" and "dB" are units, "Gb" is too,
"gb" is not a word news writes), and only right next to a number, so that
the same letters elsewhere ("GB" for Great Britain, "MB" for a person's
initials) are left to NER.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

# Abbreviated units written after a number. Written-out units ("metres",
# "tonnes") are common nouns that are never entities, so they need no list;
# capital letters alone ("A", "B") are left out: "Class 1 A", "Plan 9 B".
SYMBOLS = frozenset(
    """
    KB kB MB GB TB PB EB Kb kb Mb Gb Tb KiB MiB GiB TiB
    bps kbps Kbps Mbps Gbps Tbps KB/s MB/s GB/s
    Hz kHz MHz GHz THz
    mm cm km nm µm mi ft yd sq
    m² km² m2 km2 ha ac
    mg kg g lb lbs oz
    ml mL cl dl kl gal bbl bpd Bcf Tcf mcm bcm
    mph kph km/h m/s kn
    W kW MW GW TW Wh kWh MWh GWh TWh mAh Ah V kV mV mA kJ MJ GJ cal kcal hp bhp
    dB dBA
    °C °F ºC ºF
    Mt Gt kt MtCO2 tCO2 ppm ppb psi rpm mpg
    px dpi fps MP
    """.split()  # noqa: SIM905 - a table of symbols reads better as text
)
# Currency symbols that a country abbreviation may precede: "US $199", "HK$ 5".
CURRENCY_SIGNS = frozenset("$€£¥₩₹₽₴")
# Currency names that a country abbreviation may qualify: "9.99 US dollars".
_CURRENCY_WORDS = frozenset(["dollar", "dollars"])
_NUMBER = re.compile(r"^[+-]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)$")


@lru_cache(maxsize=1)
def currency_codes() -> frozenset[str]:
    """ISO 4217 currency codes ("USD", "EUR", "UAH")."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def is_unit(text: str) -> bool:
    """Whether ``text`` is written like a unit or a currency code (a trailing full stop aside)."""
    word = text[:-1] if text.endswith(".") and len(text) > 1 else text
    return word in SYMBOLS or word in currency_codes()


def is_number(token: Any) -> bool:
    """Whether a token is written as a number ("16", "1.5", "10,000")."""
    return bool(_NUMBER.match(token.text))


def unit_tokens(doc: Any) -> dict[int, int]:
    """Tokens that are the unit of a number next to them -> that number's token.

    "4GB" / "16 GB": the unit after the number; "USD 5": a currency code
    before it; "US $199", "HK$ 5", "9.99 US dollars": the abbreviation of
    the country that issues the dollar; "5 gigabytes (GB)": a unit's
    abbreviation given in brackets after it.
    """
    units: dict[int, int] = {}
    n = len(doc)
    for tok in doc:
        i = tok.i
        if is_unit(tok.text):
            if i > 0 and is_number(doc[i - 1]) and "\n" not in doc[i - 1].whitespace_:
                units[i] = i - 1
                continue
            code = tok.text.rstrip(".")
            if code in currency_codes() and i + 1 < n and is_number(doc[i + 1]):
                units[i] = i + 1
                continue
            bracketed = 3 <= i < n - 1 and doc[i - 1].text == "(" and doc[i + 1].text == ")"
            if bracketed and is_number(doc[i - 3]) and doc[i - 2].is_alpha:
                units[i] = i - 3
                continue
        if (tok.is_upper and tok.is_alpha and len(tok.text) <= 3) or tok.text == "U.S.":
            after = doc[i + 1] if i + 1 < n else None
            if after is None:
                continue
            if after.text in CURRENCY_SIGNS and i + 2 < n and is_number(doc[i + 2]):
                units[i] = i + 2
            elif after.lower_ in _CURRENCY_WORDS and i > 0 and is_number(doc[i - 1]):
                units[i] = i - 1
    return units
