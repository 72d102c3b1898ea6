"""``ValidationError.text(lang)``: every reason worded in every language, as precise as the
English message; the classifier reads ``reason``, never the message."""

from __future__ import annotations

import pathlib
import pickle
import string

import pytest

from parcelkit import i18n, s10
from parcelkit._s10_rules import examine
from parcelkit.exceptions import InvalidValue, ValidationError

#: One input per case of the S10 examination's message, with its reason.
CASES = {
    "R" * 300: "length",
    "": "length",
    "RK1903214": "length",
    "R!190321410CN": "character",
    "1K190321410CN": "shape",
    "RK19032141OCN": "shape",
    "RK1903214101N": "shape",
    "AA190321410CN": "service_indicator",
    "RK190321410XX": "country",
    "RK190321411CN": "check_digit",
}


def _error(code: str) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        s10.validate(code)
    return info.value


def test_the_cases_cover_every_reason() -> None:
    reasons = {_error(code).reason for code in CASES}
    assert reasons == {"character", "length", "shape", "service_indicator", "country",
                       "check_digit"}  # fmt: skip
    assert [_error(code).reason for code in CASES] == list(CASES.values())


@pytest.mark.parametrize("code", list(CASES))
@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_every_case_is_worded_in_every_language(code: str, lang: str) -> None:
    exc = _error(code)
    assert exc.text_key is not None
    template = i18n.table(lang)[exc.text_key]
    fields = {f for _, f, _, _ in string.Formatter().parse(template) if f}
    assert fields == set(exc.text_params)
    worded = exc.text(lang)
    assert worded == template.format(**exc.text_params)
    for value in exc.text_params.values():
        assert str(value) in worded  # the found character, count or digit is quoted


def test_the_wording_is_as_precise_as_the_message() -> None:
    assert _error("RK190321411CN").text("ru") == "контрольная цифра 1, ожидалась 0"
    assert _error("R!190321410CN").text("en") == (
        "character 2 (! U+0021) is not allowed in a tracking code"
    )
    assert _error("R" * 300).text("de") == (
        "die Eingabe hat 300 Zeichen; gelesen werden höchstens 256"
    )
    assert _error("").text("zh") == "单号为空，应有 13 个字符"
    assert _error("RK1903214101N").text("fr") == (
        "le code pays 1N doit être composé de deux lettres latines"
    )
    assert "\u200b" not in _error("RK\u200b!190321410CN").text("en")


def test_language_tags_and_wrong_types() -> None:
    exc = _error("RK190321411CN")
    assert exc.text("pt-BR") == exc.text("pt")
    assert exc.text("xx") == exc.text("en") == exc.text(None) == exc.text()
    with pytest.raises(TypeError):
        exc.text(7)  # type: ignore[arg-type]


def test_an_error_without_a_wording_gives_its_message() -> None:
    exc = InvalidValue("protection_days must not be negative")
    assert exc.text_key is None
    assert exc.text("ru") == str(exc)
    with pytest.raises(TypeError):
        exc.text(b"ru")  # type: ignore[arg-type]


def test_the_wording_survives_pickling() -> None:
    exc = _error("RK190321411CN")
    back = pickle.loads(pickle.dumps(exc))
    assert (back.text_key, dict(back.text_params)) == (exc.text_key, dict(exc.text_params))
    assert back.text("uk") == exc.text("uk")


def test_the_failure_and_its_exception_agree() -> None:
    for code in CASES:
        failure = examine(code)[1]
        assert failure is not None
        assert failure.text == (_error(code).text_key, dict(_error(code).text_params))


def test_no_code_branches_on_message_text() -> None:
    """Errors are told apart by ``reason`` and their class, never by their wording."""
    root = pathlib.Path(__file__).parents[1] / "src" / "parcelkit"
    for path in root.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for needle in ("in str(exc)", "in str(e)", "in exc.args", "str(exc).startswith",
                       "in str(err)"):  # fmt: skip
            assert needle not in source, f"{path.name} reads an error's message: {needle}"
