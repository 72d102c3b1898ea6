"""Render docs/carriers.md from the rows, so the page cannot drift from the data.

``scripts/gen_carriers_md.py`` writes the file; a test fails when the committed page
differs from :func:`render`.
"""

from __future__ import annotations

from typing import Final

from parcelkit.carriers._checksums import describe
from parcelkit.carriers._engine import FAILED_CHECK_FACTOR, ORDER_NUMBER_LENGTHS, ROWS
from parcelkit.carriers._find import MAX_WORDS, MIN_CONFIDENCE, STRICT_CONFIDENCE
from parcelkit.carriers.fakes import EXPECT, FAKE_SERVICES

__all__ = ["render"]

_TRACKING: Final = {
    "yes": "tracked",
    "no": "not tracked",
    "origin_only": "origin country only",
    "destination_only": "destination country only",
    "varies": "per S10 range",
}

_HEAD: Final = """\
# Carriers and formats

<!-- Generated from the format rows by scripts/gen_carriers_md.py; do not edit by hand.
     A test fails when this page and the rows disagree. -->

`parcelkit.classify(code)` says which carrier and format a code belongs to, how sure
that is, whether it can be tracked, and whether it comes from a tracking service known to
invent statuses.  `parcelkit.find(text)` finds such codes in free text.

```python
>>> import parcelkit
>>> c = parcelkit.classify("1Z 879E 9303 4683 4440")
>>> c.carrier, c.candidates[0].format, c.candidates[0].confidence
('ups', 'ups_1z', 0.95)
>>> c = parcelkit.classify("62009147017545")   # Russian Post check digit fails
>>> c.carrier, [(x.format, x.valid) for x in c.candidates]
('dhl', [('dhl_ecommerce_14', True), ('russian_post_rpo', False), ('hermes_14', False)])
>>> [w.code for w in c.warnings]
['checksum_error']
>>> [f.code for f in parcelkit.find("трек RT 123 456 785 FI", strict=False)]
['RT123456785FI']
>>> parcelkit.classify("RT123456785FI").fakes[0].name
'Finland (Hong Kong) Express / Hongkong Express Post'

```

## How a code is classified

1. The code is cleaned by the one cleaning path of parcelkit (spaces, dashes and
   invisible characters removed, letters upper-cased, Cyrillic look-alikes mapped).
   Input longer than 256 characters has no candidates.
2. Rows are filed by the length and the first character of the cleaned code, both
   read from each row's pattern; only the rows filed there are tried.  Each row's pattern
   must match the whole code.
3. Where the row has a check digit, it is computed; S10 codes are checked by the S10
   rules that `parcelkit.s10` uses, which also decide country, service range and
   trackability.
4. Every matching row becomes a candidate.  `valid` means the shape and, where the format
   has one, the check digit hold.  Valid candidates come first, each group by confidence.
   `carrier` is the carrier of the best valid candidate, even when its confidence is low,
   unless a valid candidate of another carrier has the same confidence: formats that
   the number alone cannot tell apart give `carrier=None`, with both candidates listed
   (`classify_many` answers the same).

## Confidence

Each row carries the confidence of a match whose check digit (if any) holds.  The values
follow these rules, so that they can be compared across carriers:

* letters that fix the carrier (a prefix such as `1Z`, `LP`, `TBA`, `JJD`, `4PX`, or an
  S10 range with its country suffix): 0.7-0.96, the highest with a check digit;
* bare digits with a check digit and a fixed prefix of two or more digits (`94`, `96`,
  `80`): 0.5-0.7;
* bare digits with a check digit and no such prefix: 0.35-0.45, because a random run of
  digits passes a one-digit check one time in ten (one in seven for mod 7);
* a short or generic letter prefix (LaserShip `L…`, Canpar, DHL eCommerce, Purolator's
  three letters, Amazon International, UPS waybills): 0.3-0.6;
* bare digits without a check digit: 0.1;
* a candidate whose check digit fails, or whose S10 country or service indicator is not
  allocated, keeps {factor:g} of its row's confidence and is never valid.

On random digit strings of every length from 8 to 34, no more than 1 % reach a candidate
with confidence 0.5 or more (`benchmarks/false_positives.py` prints the rate per length).
Where formats overlap (12, 14, 15, 20, 22 and 34 bare digits; S10 look-alikes), every
candidate is returned and ranked; the test suite lists every pair of formats that can
match the same string.

`find` has three levels of leniency.  `valid` (the default, also `strict=True`) reports
runs whose best valid candidate reaches {min_conf:g}, or a weaker valid one right after a
tracking word; `strict` asks {strict_conf:g} of a run without such a word; `possible`
(`strict=False`) also reports near misses (a failed check digit) and fake-service codes.
Words before a run raise or lower it (a table per language: `трек`, `tracking`, `运单号`
raise; `тел`, `ИНН`, `order`, `订单号` and a currency sign after it lower), and dates,
times, phone numbers after a country prefix, mobile numbers and 16-digit card numbers
are never codes.  A code may be written in up to {max_words} groups separated by spaces,
dashes or one line break.  Text of any length is scanned in linear time; `finditer`
yields the codes as it reads.

## Warnings

| code | when |
|---|---|
| `fake_tracking_service` | the code fits a service of the fake-service table below |
| `checksum_error` | a check digit fails for a format more likely than the best valid one |
| `s10_country_unknown` | S10 shape, but the last two letters are no country a post uses |
| `s10_service_indicator_unknown` | S10 shape, but the first two letters are not allocated |
| `not_tracked` | the best candidate is a kind of item that is not tracked (S10 U, Q ranges) |
| `tracked_in_origin_only` | tracked only until it leaves the origin country (Yanwen UA…YP) |
| `looks_like_order_number` | {order} bare digits, no confident format: likely an AliExpress order |
"""

_FAKES_HEAD: Final = """
## Fake tracking services

From seed `001_476d9909002067ca.txt`.  A code that fits one adds `fake_tracking_service`.
Shapes that real carriers use too (12 or 11 bare digits, RH…HK, RS…CN) count only when
no format with a check digit accepts the code; KP…CN and RA…CN count only with a wrong
S10 check digit.  RA…FI is a real Posti (Finland) code; RT…FI is not.  Unless the table
says otherwise, what to expect is the seed's general advice:

> {expect}

| service | code shapes | what to expect |
|---|---|---|
"""

_TAIL: Final = """
## Carrier ids

Carriers of tracking_number_data keep its `courier_code` ({tnd}); parcelkit's own are
{own}.  Formats and test numbers of tracking_number_data are used under its MIT licence
(Copyright (c) 2017 Jeff Keen).
"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def render() -> str:
    """The full text of docs/carriers.md."""
    parts = [
        _HEAD.format(
            factor=FAILED_CHECK_FACTOR,
            min_conf=MIN_CONFIDENCE,
            max_words=MAX_WORDS,
            strict_conf=STRICT_CONFIDENCE,
            order="-".join(map(str, ORDER_NUMBER_LENGTHS)),
        ),
        "\n## Formats\n\n",
        "| carrier | format | name | length | check digit | tracking | confidence | source |\n",
        "|---|---|---|---|---|---|---|---|\n",
    ]
    for r in sorted(ROWS, key=lambda r: (r.carrier, r.format)):
        lengths = (
            f"{r.lengths[0]}-{r.lengths[-1]}"
            if len(r.lengths) > 3
            else ", ".join(map(str, r.lengths))
        )
        check = describe(r.checksum, r.params) if r.checksum else "none"
        parts.append(
            f"| `{r.carrier}` | `{r.format}` | {_cell(r.name)} | {lengths} | {_cell(check)} | "
            f"{_TRACKING[r.tracking]} | {r.confidence:g} | {_cell(r.source)} |\n"
        )
    parts.append(_FAKES_HEAD.format(expect=EXPECT))
    for s in FAKE_SERVICES:
        expect = "the general advice above" if s.expect == EXPECT else _cell(s.expect)
        parts.append(f"| {_cell(s.name)} | {_cell(s.pattern)} | {expect} |\n")
    tnd = sorted({r.carrier for r in ROWS if "tracking_number_data" in r.source})
    own = sorted({r.carrier for r in ROWS} - set(tnd))
    parts.append(
        _TAIL.format(tnd=", ".join(f"`{c}`" for c in tnd), own=", ".join(f"`{c}`" for c in own))
    )
    return "".join(parts)
