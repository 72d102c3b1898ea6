"""Which carrier and format a tracking code belongs to, how sure that is, and whether it
can be tracked at all.

>>> c = classify('1Z 879E 9303 4683 4440')
>>> c.carrier, c.candidates[0].format, c.candidates[0].valid
('ups', 'ups_1z', True)
>>> classify('RK190321410CN').candidates[0].notes[0]
'China (CN), registered'
>>> [w.code for w in classify('RK190321411CN').warnings]
['checksum_error']
>>> c = classify('RT 123 456 785 FI')
>>> [f.name for f in c.fakes], [w.code for w in c.warnings]
(['Finland (Hong Kong) Express / Hongkong Express Post'], ['fake_tracking_service'])
>>> classify('62009147017544').carrier
'russian_post'
>>> [w.code for w in classify('UA123456789YP').warnings]
['tracked_in_origin_only']
>>> classify_many(['1Z879E930346834440', 'RK190321410CN', 'hello', None])
['ups', 's10', None, None]
>>> [(f.code, f.classification.carrier) for f in find('трек: LP00123456789012, '
...                                                   'второй 1Z 879E 9303 4683 4440')]
[('LP00123456789012', 'cainiao'), ('1Z879E930346834440', 'ups')]

Every format is a declarative row (see docs/carriers.md, generated from the rows); one
engine runs them.  S10 codes are checked by the same rules as :mod:`parcelkit.s10`
(:mod:`parcelkit._s10_rules`).
"""

from __future__ import annotations

from parcelkit.carriers._engine import classify, classify_many
from parcelkit.carriers._find import find, finditer
from parcelkit.carriers._model import Candidate, Classification, Found, Warning
from parcelkit.carriers.fakes import FakeService

__all__ = [
    "Candidate",
    "Classification",
    "FakeService",
    "Found",
    "Warning",
    "classify",
    "classify_many",
    "find",
    "finditer",
]
