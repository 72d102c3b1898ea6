"""The output-language tables: complete, translated, placeholders intact; tags resolve."""

from __future__ import annotations

import string

import pytest
import regex

from parcelkit import i18n
from parcelkit.exceptions import InvalidComponent

_FORMATTER = string.Formatter()
#: The letters each table's values must be written in.
_SCRIPT = {
    "en": r"\p{Latin}", "es": r"\p{Latin}", "pt": r"\p{Latin}", "fr": r"\p{Latin}",
    "de": r"\p{Latin}", "it": r"\p{Latin}", "pl": r"\p{Latin}", "tr": r"\p{Latin}",
    "ru": r"\p{Cyrillic}", "uk": r"\p{Cyrillic}", "zh": r"\p{Han}", "zh-Hant": r"\p{Han}",
    "ja": r"[\p{Han}\p{Hiragana}\p{Katakana}ー]", "ko": r"\p{Hangul}", "ar": r"\p{Arabic}",
    "he": r"\p{Hebrew}",
}  # fmt: skip


def _placeholders(template: str) -> set[str]:
    return {field for _, field, _, _ in _FORMATTER.parse(template) if field}


def _letters_outside(value: str, script: str) -> str:
    """Letters of *value* that are neither in *script* nor inside a placeholder."""
    bare = regex.sub(r"\{[a-z_]+\}", "", value)
    return regex.sub(rf"{script}|\P{{L}}", "", bare)


def test_every_language_has_a_table() -> None:
    assert set(_SCRIPT) == set(i18n.LANGUAGES)
    assert i18n.LANGUAGES[0] == "en"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_table_has_every_key_and_no_other(lang: str) -> None:
    assert set(i18n.table(lang)) == i18n.keys()


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_values_are_translated_with_the_same_placeholders(lang: str) -> None:
    english = i18n.table("en")
    for key, value in i18n.table(lang).items():
        assert value.strip(), f"{lang}: {key} is empty"
        assert _placeholders(value) == _placeholders(english[key]), f"{lang}: {key}"
        if lang != "en":
            assert value != english[key], f"{lang}: {key} is still English"


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_values_are_written_in_the_languages_script(lang: str) -> None:
    script = _SCRIPT[lang]
    for key, value in i18n.table(lang).items():
        assert regex.search(script, value), f"{lang}: {key} has no letter of its script"
        if script != r"\p{Latin}":
            # Latin letters may appear only as placeholders' values, never in the wording.
            assert not _letters_outside(value, script), f"{lang}: {key}: {value!r}"


@pytest.mark.parametrize(
    ("tag", "lang"),
    [
        ("ru", "ru"), ("pt-BR", "pt"), ("PT_br", "pt"), ("zh", "zh"), ("zh-CN", "zh"),
        ("zh-Hans-CN", "zh"), ("zh-Hant", "zh-Hant"), ("zh-Hant-TW", "zh-Hant"),
        ("zh-TW", "zh-Hant"), ("zh_HK", "zh-Hant"), ("en-GB", "en"), ("xx", "en"),
        ("", "en"), (None, "en"), ("de-AT", "de"),
    ],
)  # fmt: skip
def test_resolve(tag: str | None, lang: str) -> None:
    assert i18n.resolve(tag) == lang


def test_resolve_rejects_a_wrong_type() -> None:
    with pytest.raises(TypeError):
        i18n.resolve(7)  # type: ignore[arg-type]


def test_text_fills_placeholders_and_falls_back_to_english() -> None:
    assert i18n.text("error.length", "de", found=12, expected=13) == (
        "die Nummer hat 12 Zeichen, erwartet sind 13"
    )
    assert i18n.text("stage.delivered.label", "tlh") == "Delivered"
    with pytest.raises(KeyError):
        i18n.text("no.such.key", "en")


@pytest.mark.parametrize(
    ("code", "lang", "name"),
    [
        ("KR", "en", "South Korea"), ("kr", "ru", "Южная Корея"), ("CN", "en", "China"),
        ("RU", "en", "Russia"), ("TW", "zh-Hant-TW", "臺灣"), ("DE", "fr", "Allemagne"),
        ("JE", "en", "Jersey"), ("IR", "de", "Iran"), ("US", "xx", "United States"),
    ],
)  # fmt: skip
def test_country_name(code: str, lang: str, name: str) -> None:
    assert i18n.country_name(code, lang) == name


@pytest.mark.parametrize("code", ["XX", "", "KOR", "K", "ÄÖ"])
def test_country_name_of_an_unknown_code(code: str) -> None:
    with pytest.raises(InvalidComponent):
        i18n.country_name(code)


def test_country_name_rejects_a_wrong_type() -> None:
    with pytest.raises(TypeError):
        i18n.country_name(82)  # type: ignore[arg-type]


def test_labels_of_every_vocabulary() -> None:
    from parcelkit import Advice, Flag, Stage

    assert Stage.READY_FOR_PICKUP.label("ru") == "Ожидает адресата"
    assert Stage.DELIVERED.label() == "Delivered"
    assert Stage.CUSTOMS.describe("zh-Hant").startswith("海關")
    assert Flag.STALLED.label("pt-BR") == "Muito tempo sem movimento"
    assert Advice.OPEN_DISPUTE.label("xx") == "Open a dispute"
    for lang in i18n.LANGUAGES:
        for member in (*Stage, *Flag, *Advice):
            assert member.label(lang)
        for stage in Stage:
            assert stage.describe(lang)
