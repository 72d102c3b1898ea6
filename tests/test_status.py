"""normalize_status: the corpus, the phrase-table lint, the precedence rules and the house
rules (never raises, lazy tables, bounded work)."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
from collections import Counter, defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import parcelkit
from parcelkit import Stage, StatusResult, normalize_status
from parcelkit.status import phrases
from parcelkit.status._fold import MAX_STATUS_INPUT, fold_tokens
from parcelkit.status._matcher import Index, best_match, compile_phrase
from parcelkit.status._phrase import DETAILS, LEGS
from parcelkit.status.events import table

EVENTS = {row.code: row for row in table("upu").rows}

CORPUS = pathlib.Path(__file__).parent / "data" / "status_cases.tsv"
LANGS = phrases.available_languages()


def _corpus() -> list[tuple[str, str, str, str]]:
    lines = CORPUS.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["raw", "lang", "expected", "source"]
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip("\t ") and line.count("\t") < 3:
            continue
        parts = line.split("\t")
        assert len(parts) == 4, f"status_cases.tsv:{n}: {len(parts)} columns"
        rows.append((parts[0], parts[1], parts[2], parts[3]))
    return rows


ROWS = _corpus()


# ---------------------------------------------------------------- the corpus


def test_corpus_is_well_formed() -> None:
    stages = {s.value for s in Stage}
    for raw, lang, expected, source in ROWS:
        assert expected in stages, raw
        assert source.strip(), raw
        assert lang == "-" or lang in LANGS, (raw, lang)
    counts = Counter(expected for _, _, expected, _ in ROWS)
    assert len(ROWS) >= 440
    assert all(counts[s.value] >= 15 for s in Stage), counts


def test_corpus_accuracy_floor() -> None:
    """Detected language (no hint): ≥ 97 % overall, ≥ 90 % in every language."""
    total: Counter[str] = Counter()
    right: Counter[str] = Counter()
    misses = []
    for raw, lang, expected, _ in ROWS:
        got = normalize_status(raw).stage.value
        total[lang] += 1
        right[lang] += got == expected
        if got != expected:
            misses.append((raw, expected, got))
    assert sum(right.values()) / sum(total.values()) >= 0.97, misses
    for lang in total:
        assert right[lang] / total[lang] >= 0.90, (lang, misses)


def test_corpus_accuracy_with_language_hint() -> None:
    right = sum(
        normalize_status(raw, None if lang == "-" else lang).stage.value == expected
        for raw, lang, expected, _ in ROWS
    )
    assert right / len(ROWS) >= 0.97


def test_no_confident_answer_on_garbage() -> None:
    for raw, lang, _, _ in ROWS:
        if lang == "-":
            result = normalize_status(raw)
            assert result.stage is Stage.UNKNOWN, (raw, result)
            assert result.confidence == 0.0


# ---------------------------------------------------------------- phrase-table lint


def _all_rows() -> list[tuple[str, int]]:
    return [(lang, i) for lang in LANGS for i in range(len(phrases.load(lang)))]


@pytest.mark.parametrize("lang", LANGS)
def test_phrase_module_shape(lang: str) -> None:
    module = sys.modules.get(f"parcelkit.status.phrases.{lang}")
    if module is None:
        phrases.load(lang)
        module = sys.modules[f"parcelkit.status.phrases.{lang}"]
    assert lang == module.LANG
    assert phrases.load(lang), lang


@pytest.mark.parametrize("lang", LANGS)
def test_every_row_is_complete(lang: str) -> None:
    for row in phrases.load(lang):
        assert row.source.strip(), row
        assert row.examples, row
        assert row.leg is None or row.leg in LEGS, row
        assert row.detail is None or row.detail in DETAILS, row
        assert row.pattern == row.pattern.lower().strip(), row
        compile_phrase(row, lang, 0)  # raises on an empty or malformed stem


@pytest.mark.parametrize("lang", LANGS)
def test_every_row_matches_its_own_examples(lang: str) -> None:
    """A row that cannot match its own examples is dead weight (or mistyped)."""
    for i, row in enumerate(phrases.load(lang)):
        index = Index.build([compile_phrase(row, lang, i)])
        for example in row.examples:
            tokens = fold_tokens(example)
            assert best_match(index, tokens, "".join(tokens)), (lang, row.pattern, example)


@pytest.mark.parametrize("lang", LANGS)
def test_every_example_normalises_to_its_rows_stage(lang: str) -> None:
    """No other row (of this or another language) captures an example unintentionally."""
    wrong = []
    for row in phrases.load(lang):
        for example in row.examples:
            for hint in (lang, None):
                got = normalize_status(example, hint)
                if got.stage is not row.stage:
                    wrong.append((example, hint, row.stage.value, got.stage.value, got.matched))
    assert not wrong, wrong


def test_no_duplicate_patterns_within_a_language() -> None:
    for lang in LANGS:
        seen: dict[str, str] = {}
        for row in phrases.load(lang):
            assert row.pattern not in seen, (lang, row.pattern)
            seen[row.pattern] = row.stage.value


def test_every_stage_has_rows_in_the_deep_languages() -> None:
    by_lang: dict[str, set[Stage]] = defaultdict(set)
    for lang in ("en", "ru"):
        for row in phrases.load(lang):
            by_lang[lang].add(row.stage)
        assert by_lang[lang] == set(Stage), (lang, set(Stage) - by_lang[lang])


# ---------------------------------------------------------------- EMSEVT codes


def test_event_table() -> None:
    for code, row in EVENTS.items():
        assert code == row.code
        assert len(code) == 3
        assert code.isupper()
        assert row.source.startswith("https://")
        assert row.leg is None or row.leg in LEGS
        assert row.detail is None or row.detail in DETAILS


@pytest.mark.parametrize("code", sorted(EVENTS))
def test_event_codes_alone(code: str) -> None:
    for text in (code, code.lower(), f" {code}. "):
        result = normalize_status(text)
        assert result.stage is EVENTS[code].stage, text
        assert result.matched == code


def test_event_code_inside_a_sentence_is_not_a_code() -> None:
    assert normalize_status("EMA is my friend").matched != "EMA"


# ---------------------------------------------------------------- the issue's rules

RULES = [
    # direction rules
    ("Export customs clearance completed", Stage.EXPORT),
    ("Item presented to export customs/security", Stage.EXPORT),
    ("Released by customs", Stage.CUSTOMS),
    ("Departed from customs", Stage.CUSTOMS),
    ("Прибыло в место международного обмена", Stage.IMPORT),
    ("Покинуло место международного обмена", Stage.IN_TRANSIT),
    ("Выпущено таможней", Stage.CUSTOMS),
    ("Handed over to airline", Stage.EXPORT),
    ("Departed country of origin", Stage.EXPORT),
    ("Flight arrived", Stage.INTERNATIONAL_TRANSIT),
    ("GMTC, Departed transit country", Stage.INTERNATIONAL_TRANSIT),
    # notices that are no stage
    ("Expired", Stage.UNKNOWN),
    ("In Transit, Arriving Late", Stage.UNKNOWN),
    ("Delayed", Stage.UNKNOWN),
    ("No updates for 30 days", Stage.UNKNOWN),
    ("Истекает срок хранения", Stage.READY_FOR_PICKUP),
    # precedence
    ("Refused, returning to sender", Stage.RETURN_TO_SENDER),
    ("Refused by addressee", Stage.DELIVERY_FAILED),
    ("Address incorrect", Stage.DELIVERY_FAILED),
    ("Вручение отправителю", Stage.RETURN_TO_SENDER),
    ("Возврат. Истёк срок хранения", Stage.RETURN_TO_SENDER),
    ("Отказ адресата. Возврат", Stage.RETURN_TO_SENDER),
    ("Arrived at the delivery office", Stage.AT_DELIVERY_OFFICE),
    ("Available for pickup", Stage.READY_FOR_PICKUP),
    ("Прибув у відділення", Stage.READY_FOR_PICKUP),
    ("Held by customs", Stage.CUSTOMS),
    ("Order frozen", Stage.EXCEPTION),
    ("Awaiting clarification", Stage.ORDER),
    ("Order unfulfillable", Stage.EXCEPTION),
    # noise
    ("Pribylo v mesto vrucheniya", Stage.AT_DELIVERY_OFFICE),
    ("Objeto entregue ao destinatario", Stage.DELIVERED),
    ("dElIvErEd", Stage.DELIVERED),
    ("Delivred", Stage.DELIVERED),
    ("<td>Out&nbsp;for&nbsp;delivery</td>", Stage.OUT_FOR_DELIVERY),
    ("已到达寄达地", Stage.IMPORT),
    ("已到達寄達地", Stage.IMPORT),
]


@pytest.mark.parametrize(("raw", "stage"), RULES)
def test_rules_of_the_issue(raw: str, stage: Stage) -> None:
    assert normalize_status(raw).stage is stage


@pytest.mark.parametrize(
    ("raw", "detail"),
    [
        ("Shipped", "seller_declared"),
        ("Held by Customs", "customs_held"),
        ("Duties and taxes due", "duty_due"),
        ("Notice Left", "notice_left"),
        ("Customs clearance completed", "customs_released"),
        ("Временное отсутствие адресата", "addressee_absent"),
        ("Delayed", "delayed"),
    ],
)
def test_details(raw: str, detail: str) -> None:
    result = normalize_status(raw)
    assert result.detail == detail
    assert detail in DETAILS


@pytest.mark.parametrize(
    ("raw", "location"),
    [
        ("Departed from facility [Guangzhou]", "Guangzhou"),
        ("Прибыло в место вручения, 101000, Москва", "101000, Москва"),
        ("Arrived at Sort Facility, SHANGHAI", "SHANGHAI"),
        ("离开【上海】，发往【北京】", "上海"),
        ("Delivered", None),
    ],
)
def test_location(raw: str, location: str | None) -> None:
    assert normalize_status(raw).location == location


@pytest.mark.parametrize(
    ("raw", "lang"),
    [
        ("Доставлено", "ru"),
        ("Відправлення отримано", "uk"),
        ("配達完了", "ja"),
        ("已签收", "zh"),
        ("배달완료", "ko"),
        ("Delivered", "en"),
        ("Vruchenie adresatu", "ru"),
    ],
)
def test_language_detection(raw: str, lang: str) -> None:
    assert normalize_status(raw).lang == lang


def test_language_hint_is_tried_first_then_detection() -> None:
    assert normalize_status("Доставлено", "uk").lang == "uk"
    assert normalize_status("Delivered", "ru").stage is Stage.DELIVERED
    assert normalize_status("Delivered", "xx").stage is Stage.DELIVERED
    assert normalize_status("Delivered", "").stage is Stage.DELIVERED
    assert normalize_status("Entregue", "pt-BR").lang == "pt"
    assert normalize_status("已簽收", "zh_Hant_TW").lang == "zh"


# ---------------------------------------------------------------- never raises, bounded


@pytest.mark.parametrize("bad", [None, 1, b"Delivered", ["Delivered"]])
def test_non_str_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        normalize_status(bad)  # type: ignore[arg-type]
    if bad is not None:  # lang=None is the documented "detect it"
        with pytest.raises(TypeError):
            normalize_status("Delivered", bad)  # type: ignore[arg-type]


def test_empty_and_unrelated() -> None:
    for raw in ("", " ", "RK190321410CN", "2024-03-12 10:00", "hello world", "🙂"):
        result = normalize_status(raw)
        assert result == StatusResult(Stage.UNKNOWN, 0.0, result.lang)


def test_long_input_is_truncated() -> None:
    tail = " Delivered"
    assert normalize_status("x" * MAX_STATUS_INPUT + tail).stage is Stage.UNKNOWN
    assert normalize_status("Out for delivery " + "ab " * 100_000).stage is (
        Stage.OUT_FOR_DELIVERY
    )
    assert normalize_status("<" * 50_000 + "delivered").stage is Stage.UNKNOWN


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200), st.sampled_from([None, "en", "ru", "zh", "ko", "xx", ""]))
def test_any_text_gives_a_result(raw: str, lang: str | None) -> None:
    result = normalize_status(raw, lang)
    assert isinstance(result, StatusResult)
    assert 0.0 <= result.confidence <= 1.0
    assert (result.stage is Stage.UNKNOWN) == (result.confidence == 0.0)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from([r for r, _, _, _ in ROWS]), min_size=1, max_size=3))
def test_concatenated_statuses_never_raise(parts: list[str]) -> None:
    assert isinstance(normalize_status(" | ".join(parts)), StatusResult)


def test_phrase_tables_are_loaded_lazily() -> None:
    code = (
        "import json, sys, parcelkit\n"
        "before = [m for m in sys.modules if m.startswith('parcelkit.status.phrases.')]\n"
        "parcelkit.normalize_status('Вручение адресату')\n"
        "after = [m for m in sys.modules if m.startswith('parcelkit.status.phrases.')]\n"
        "print(json.dumps([before, sorted(after)]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    before, after = json.loads(out)
    assert before == []
    assert after == ["parcelkit.status.phrases.ru", "parcelkit.status.phrases.uk"]


def test_public_names() -> None:
    assert parcelkit.normalize_status is normalize_status
    assert parcelkit.StatusResult is StatusResult
    assert {"normalize_status", "StatusResult"} <= set(parcelkit.__all__)


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("郵件已到達寄達國", "邮件已到达寄达国"),
        ("貨件已抵達營業所", "货件已抵达营业所"),
        ("包裹已離開處理中心", "包裹已离开处理中心"),
        ("海關查驗中", "海关查验中"),
    ],
)
def test_traditional_chinese_reads_like_simplified(traditional: str, simplified: str) -> None:
    trad, simp = normalize_status(traditional), normalize_status(simplified)
    assert trad.stage is simp.stage is not Stage.UNKNOWN
    assert trad.matched == simp.matched


@pytest.mark.parametrize(
    "raw",
    [
        "iPhone 15 Pro Max 256GB Natural Titanium",
        "Где моя посылка?? уже месяц жду",
        "我的包裹在哪里",
        "荷物はどこですか",
        "택배 언제 와요?",
        "Київ, вул. Хрещатик, 22",
        "Free shipping on orders over $50",
        "新品上市 限时优惠",
        "Опс, я забыл пароль",
        "Inbound marketing destination guide",
    ],
)
def test_chat_and_shop_text_is_not_a_stage(raw: str) -> None:
    result = normalize_status(raw)
    assert result.stage is Stage.UNKNOWN or result.confidence < 0.5


@pytest.mark.parametrize(
    ("raw", "stage"),
    [
        ("Покинуло место международного обмена, выпущено таможней", Stage.CUSTOMS),
        ("Departed exchange office, cleared customs", Stage.CUSTOMS),
        ("Покинуло место международного обмена", Stage.IN_TRANSIT),
    ],
)
def test_stated_customs_release_beats_leaving_the_exchange(raw: str, stage: Stage) -> None:
    assert normalize_status(raw).stage is stage


def test_hebrew_final_letters_fold_to_ordinary_forms() -> None:
    from parcelkit.status._fold import fold

    assert fold("ממתין") == fold("ממתינ")
    assert fold("נמסרה לנמען") == fold("נמסרה לנמענ")
