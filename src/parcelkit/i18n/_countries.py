"""Country names as people say them, localized through pycountry's own gettext catalogues."""

from __future__ import annotations

import functools
import gettext

from parcelkit.exceptions import InvalidComponent
from parcelkit.i18n._lang import resolve

__all__ = ["country_name"]

#: pycountry's catalogue for each output language (English needs none).
_CATALOGUE = {
    "ru": "ru", "uk": "uk", "zh": "zh_CN", "zh-Hant": "zh_TW", "es": "es", "pt": "pt",
    "fr": "fr", "de": "de", "it": "it", "pl": "pl", "tr": "tr", "ja": "ja", "ko": "ko",
    "ar": "ar", "he": "he",
}  # fmt: skip

#: English names people use where ISO 3166 has only the official form and pycountry no
#: ``common_name``.
_EVERYDAY = {"RU": "Russia"}


class _Untranslated(gettext.NullTranslations):
    """The last fallback: says that a catalogue has no entry, instead of echoing it."""

    def gettext(self, message: str) -> str:
        return ""


@functools.cache
def _translation(lang: str) -> gettext.NullTranslations:
    catalogue = _CATALOGUE.get(lang)
    if catalogue is None:
        return _Untranslated()
    import pycountry  # noqa: PLC0415  (loaded with the first country name)

    found = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=[catalogue], fallback=True
    )
    found.add_fallback(_Untranslated())
    return found


@functools.lru_cache(maxsize=1024)
def country_name(alpha2: str, lang: str = "en") -> str:
    """The everyday name of an ISO 3166-1 country, in *lang* (resolved like every output
    language; unknown → English).  An unknown code raises ``InvalidComponent``.

    >>> country_name("KR"), country_name("KR", "ru"), country_name("TW", "zh-Hant")
    ('South Korea', 'Южная Корея', '臺灣')
    >>> country_name("RU")
    'Russia'
    """
    import pycountry  # noqa: PLC0415  (loaded with the first country name)

    if not isinstance(alpha2, str):
        raise TypeError(f"alpha2 must be a str, not {type(alpha2).__name__}")
    code = alpha2.strip().upper()
    country = pycountry.countries.get(alpha_2=code) if len(code) == 2 and code.isascii() else None
    if country is None:
        raise InvalidComponent(f"unknown country code {alpha2[:8]!r}")
    chosen = resolve(lang)
    common: str | None = getattr(country, "common_name", None)
    if chosen == "en":
        return _EVERYDAY.get(code) or common or str(country.name)
    translate = _translation(chosen).gettext
    name = str(country.name)
    return (common and translate(common)) or translate(name) or _EVERYDAY.get(code) or name
