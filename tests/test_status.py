"""normalize_status: the development corpus, the lexicon lint, the rules of the issue and
the house rules (never raises, lazy tables, bounded work and memory)."""

from __future__ import annotations

import json
import pathlib
import subprocess
import sys
from collections import Counter

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import parcelkit
from parcelkit import Stage, StatusResult, normalize_status
from parcelkit.status import lexicon
from parcelkit.status._fold import MAX_STATUS_INPUT, fold_tokens
from parcelkit.status._lexicon import DETAILS, LEGS, SCRIPTS, Action, Idiom, Modality, Place, Term
from parcelkit.status._matcher import SUBSTRING_LANGS, Index, best_match, compile_row
from parcelkit.status.events import table as _event_table

EVENTS = {row.code: row for row in _event_table("upu").rows}

DATA = pathlib.Path(__file__).parent / "data"
DEV = DATA / "status_dev.tsv"
HOLDOUT = DATA / "status_holdout.tsv"
LANGS = lexicon.available_languages()
HEADER = ["raw", "lang", "expected", "source"]


def read_corpus(path: pathlib.Path) -> list[tuple[str, str, str, str]]:
    """The rows of a status corpus (raw, lang, expected stage, source)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == HEADER, path.name
    rows = []
    for n, line in enumerate(lines[1:], start=2):
        if not line.strip("\t ") and line.count("\t") < 3:
            continue
        parts = line.split("\t")
        assert len(parts) == 4, f"{path.name}:{n}: {len(parts)} columns"
        rows.append((parts[0], parts[1], parts[2], parts[3]))
    return rows


ROWS = read_corpus(DEV)

#: Development rows (and row examples) the model reads wrongly today, each with what goes
#: wrong.  A row leaves this list when the model reads it (xfail_strict makes that a
#: failure); the list must only shrink.
KNOWN_MISSES: dict[str, str] = {
    # held-out round 2 (scored once): a bare carrier verb whose stage depends on the carrier
    "発送": "reads in_transit (dispatched), labelled accepted (Yamato's first scan)",
    "Abgeholt": "reads delivered (picked up by the addressee), labelled accepted (from the sender)",
    "Afhentet": "reads ready_for_pickup, labelled accepted (collected from the sender)",
    "依頼受付（店頭受取）":
        "reads info_received (request received), labelled in_transit (to a store)",
    "Request Accepted (alternate delivery schedule arrangement)":
        "reads accepted, labelled unknown (a rescheduling request)",
    "Hold at Yamato (pickup at Yamato's office)":
        "reads exception (hold), labelled ready_for_pickup (held for collection)",
    "持戻（ポスト投函不可）":
        "reads delivered (ポスト投函), labelled delivery_failed (持戻: taken back)",
    "2024.03.18 07:42 안양우편물류센터 배달준비":
        "reads at_delivery_office (preparing delivery), labelled out_for_delivery",
    "Відправлення прийнято у відділенні 01001 Київ":
        "reads ready_for_pickup (via відправлення у$ відділенні), labelled accepted",
    "Одержано і створено ЄН зворотньої доставки":
        "reads info_received (via створено$), labelled delivered",
    "包裹已离开始发国，正在飞往目的国":
        "reads import (via 目的国), labelled export",
    "等待卖家发货":
        "reads in_transit (via 卖家发货), labelled order",
    "발송교환국에 도착 부산":
        "reads import (via 교환국 도착), labelled export",
    "반송 (수취인 불명)":
        "reads delivered (via 수취), labelled return_to_sender",
    "ご注文受付完了":
        "reads accepted (via 受付完了), labelled order",
    "Votre colis est pris en charge par La Poste. Il est en cours d'acheminement.":
        "reads in_transit (via en cours d acheminement), labelled accepted",
    "تم إنشاء الشحنة - بانتظار الاستلام من المرسل":
        "reads accepted (via من المرسل), labelled info_received",
    "Inbound Into Customs":
        "reads in_transit (via inbound), labelled customs",
    "Origin Post is Preparing Shipment":
        "reads info_received (via pre shipment), labelled accepted",
    "Awaiting collection by recipient as requested":
        "reads info_received (via collection request), labelled ready_for_pickup",
    "The shipment has been loaded onto the delivery vehicle":
        "reads in_transit (via loaded on vehicle), labelled out_for_delivery",
    "Order information received by seller":
        "reads info_received (via information received), labelled order",
    "The shipment could not be delivered, and the recipient has been notified":
        "reads ready_for_pickup (via recipient notified), labelled delivery_failed",
    "Accepted by last mile courier":
        "reads accepted (via accept+courier), labelled in_transit",
    "ご不在のため、お預かりしています":
        "reads accepted (via お預かり), labelled delivery_failed",
    "快件已揽收，正在发往集散中心":
        "reads in_transit (via move), labelled accepted",
    "Item is ready for handing to the addressee":
        "reads delivered (via handing addressee), labelled ready_for_pickup",
    "Item packed and ready to be collected by courier":
        "reads info_received (via pick_up+courier+awaiting), labelled order",
    "Shipment has arrived in the destination country and is awaiting customs clearance":
        "reads customs (via arrive+customs+destination), labelled import",
    "Delivery office received the item":
        "reads accepted (via accept+delivery_office), labelled at_delivery_office",
    "Delivery not possible: the address could not be found":
        "reads lost (via could not be found), labelled delivery_failed",
    "Таможенное оформление. Возвращено таможней":
        "reads return_to_sender (via возвращен), labelled customs",
    "到达寄达地处理中心":
        "reads in_transit (via arrive+sorting_centre), labelled import",
    "Record created, awaiting shipment":
        "reads order (via awaiting shipment), labelled info_received",
    "Item being held, addressee being notified":
        "reads exception (via hold+addressee), labelled ready_for_pickup",
    "Item transferred to the national post of the destination country":
        "reads in_transit (via hand_over+country+destination), labelled import",
    "택배기사가 배송을 시작했습니다":
        "reads in_transit (via 배송 시작), labelled out_for_delivery",
    "Shipment received at the parcel terminal for pickup":
        "reads accepted (via shipment received), labelled ready_for_pickup",
    "Missorted, rerouted to correct facility":
        "reads in_transit (via rerouted), labelled exception",
    "Handed to local courier":
        "reads out_for_delivery (via handed courier), labelled in_transit",
    "Parcel reported lost":
        "reads delivery_failed (via reporte), labelled lost",
    "발송교환국에 도착":
        "reads import (via 교환국 도착), labelled export",
    "Received at delivery station":
        "reads accepted (via accept+delivery_office), labelled at_delivery_office",
    "Відправлення прийняте у відділенні":
        "reads ready_for_pickup (via відправлення у$ відділенні), labelled accepted",
    "已揽收，准备发出":
        "reads in_transit (via depart), labelled accepted",
    "배송이 완료되었습니다 (부재시 문앞)":
        "reads delivery_failed (via 부재), labelled delivered",
    "Carded - item can be collected from depot":
        "reads accepted (via collected from), labelled ready_for_pickup",
    "المندوب في الطريق إليك":
        "reads in_transit (via في الطريق), row 'المندوب' says out_for_delivery",
    "تم تأجيل التسليم":
        "reads delivered (via تم التسليم), row 'تاجيل' says delivery_failed",
    "تم تحديد موعد التسليم":
        "reads delivered (via تم التسليم), row 'موعد التسليم' says unknown",
    "تم استلام الشحنة في مركز أرامكس":
        "reads accepted (via تم استلام), row 'في مركز' says in_transit",
    "Zásilka nebyla vyzvednuta a vrací se":
        "reads delivered (via vyzvednuta), row 'vraci se' says return_to_sender",
    "Le colis est pris en charge. Il est en cours d'acheminement":
        "reads in_transit (via en cours d acheminement), row 'colis pris en charge' says accepted",
    "Votre colis a quitté le point relais et part en livraison":
        "reads in_transit (via quitte point relais), row 'part en livraison' says out_for_delivery",
    "窓口でお渡しの準備ができています":
        "reads delivered (via 窓口でお渡し), row 'お渡し 準備' says ready_for_pickup",
    "Objeto em trânsito para a Unidade Internacional de Curitiba":
        "reads import (via unidade internacional), row 'transito para' says in_transit",
    "Objeto aguardando saída para entrega":
        "reads out_for_delivery (via saida para entrega), row 'aguardando saida' says at_delivery_office",  # noqa: E501
    "卖家已通知快递员上门揽件":
        "reads accepted (via accept+courier), row '通知 揽件' says info_received",
    "Sendingen er ankommet Kiwi Lindeberg":
        "reads in_transit (via arrive): the pickup point is named only by its shop (Kiwi)",
    "RECEIVED AT INBOUND STATION  [JAKARTA , HUB VETERAN BINTARO]":
        "reads accepted (via accept+facility): JNE's inbound station is the destination "
        "depot, which the English lexicon does not know",
    "Customer addressing error found; attempting to correct. Possible delay":
        "reads unknown/delayed (the later 'possible delay' notice), labelled exception",
    "Collection":
        "reads unknown: a bare 'collection' is also the addressee's collection (Carded - "
        "collection from local office), labelled accepted",
    "Arrived in New Zealand":
        "reads in_transit: country names are not lexicon words, labelled import",
    "The parcel was handed over to GLS.":
        "reads in_transit (hand_over): carrier names are not lexicon words, labelled accepted",
}


def _dev_params() -> list[object]:
    params = []
    for raw, lang, expected, _ in ROWS:
        marks = []
        if raw in KNOWN_MISSES:
            marks.append(pytest.mark.xfail(reason=KNOWN_MISSES[raw], strict=True))
        params.append(pytest.param(raw, lang, expected, marks=marks, id=f"{lang}:{raw[:40]}"))
    return params


# ---------------------------------------------------------------- the development corpus


def test_corpus_is_well_formed() -> None:
    stages = {s.value for s in Stage}
    for raw, lang, expected, source in ROWS:
        assert expected in stages, raw
        assert source.strip(), raw
        assert lang == "-" or lang in LANGS, (raw, lang)
    counts = Counter(expected for _, _, expected, _ in ROWS)
    assert len(ROWS) >= 440
    assert all(counts[s.value] >= 15 for s in Stage), counts


def test_known_misses_are_dev_rows() -> None:
    examples = {e for lang in LANGS for row in lexicon.load(lang).IDIOMS for e in row.examples}
    assert set(KNOWN_MISSES) <= {raw for raw, _, _, _ in ROWS} | examples
    assert len(KNOWN_MISSES) <= 80


@pytest.mark.parametrize(("raw", "lang", "expected"), _dev_params())
def test_dev_corpus(raw: str, lang: str, expected: str) -> None:
    """Every development row, language detected: exactly its stage."""
    assert normalize_status(raw).stage.value == expected


def test_dev_corpus_with_language_hint() -> None:
    wrong = [
        (raw, expected)
        for raw, lang, expected, _ in ROWS
        if raw not in KNOWN_MISSES
        and normalize_status(raw, None if lang == "-" else lang).stage.value != expected
    ]
    assert len(wrong) <= len(ROWS) // 100, wrong


def test_no_confident_answer_on_garbage() -> None:
    for raw, lang, _, _ in ROWS:
        if lang == "-":
            result = normalize_status(raw)
            assert result.stage is Stage.UNKNOWN, (raw, result)
            assert result.confidence == 0.0


def test_confident_answers_are_right() -> None:
    """Confidence ≥ 0.8 is right ≥ 99 % of the time on the development corpus."""
    confident = [
        (raw, expected, r.stage.value)
        for raw, _, expected, _ in ROWS
        if (r := normalize_status(raw)).confidence >= 0.8
    ]
    wrong = [c for c in confident if c[1] != c[2]]
    assert len(wrong) <= len(confident) // 100, wrong


def test_holdout_corpus_is_well_formed_when_present() -> None:
    """The blind held-out rows are scored by benchmarks/status_accuracy.py, never tuned on."""
    if not HOLDOUT.exists():
        pytest.skip("no held-out corpus in this checkout")
    rows = read_corpus(HOLDOUT)
    stages = {s.value for s in Stage}
    assert all(expected in stages for _, _, expected, _ in rows)


# ---------------------------------------------------------------- lexicon lint


def _module(lang: str) -> object:
    return lexicon.load(lang)


def _rows(lang: str) -> tuple[Term | Idiom, ...]:
    module = lexicon.load(lang)
    return (*module.TERMS, *module.IDIOMS)


@pytest.mark.parametrize("lang", LANGS)
def test_lexicon_module_shape(lang: str) -> None:
    module = lexicon.load(lang)
    assert lang == module.LANG
    assert module.SCRIPT in SCRIPTS
    assert lexicon.script_of(lang) == module.SCRIPT
    assert sorted(module.__all__) == ["IDIOMS", "LANG", "SCRIPT", "TERMS"]
    assert all(isinstance(r, Term) for r in module.TERMS)
    assert all(isinstance(r, Idiom) for r in module.IDIOMS)
    assert module.IDIOMS or module.TERMS


#: The Unicode scripts each declared SCRIPT allows in a row's pattern.
_ALLOWED = {
    "Latn": ("Latin",), "Cyrl": ("Cyrillic",), "Hani": ("Han",),
    "Jpan": ("Han", "Hiragana", "Katakana"), "Hang": ("Hangul", "Han"),
    "Arab": ("Arabic",), "Hebr": ("Hebrew",), "Grek": ("Greek",), "Thai": ("Thai",),
}  # fmt: skip


@pytest.mark.parametrize("lang", LANGS)
def test_script_matches_the_letters_of_the_rows(lang: str) -> None:
    allowed = regex.compile(
        "[" + "".join(rf"\p{{{s}}}" for s in _ALLOWED[lexicon.script_of(lang)]) + "ー]"
    )
    letters = {c for row in _rows(lang) for c in row.pattern if c.isalpha()}
    assert letters, lang
    assert {c for c in letters if not allowed.match(c)} == set(), lang


@pytest.mark.parametrize("lang", LANGS)
def test_every_row_is_complete(lang: str) -> None:
    for row in _rows(lang):
        assert row.source.strip(), row
        assert row.examples, row
        if isinstance(row, Idiom):
            assert row.leg is None or row.leg in LEGS, row
            assert row.detail is None or row.detail in DETAILS, row
        assert row.pattern == row.pattern.lower().strip(), row
        compile_row(row, lang, 0)  # raises on an empty or malformed stem


@pytest.mark.parametrize("lang", LANGS)
def test_every_row_matches_its_own_examples(lang: str) -> None:
    """A row that cannot match its own examples exactly is dead weight (or mistyped)."""
    for i, row in enumerate(_rows(lang)):
        index = Index.build([compile_row(row, lang, i)])
        for example in row.examples:
            tokens = fold_tokens(example)
            found = best_match(index, tokens, "".join(tokens), fuzzy=False)
            assert found, (lang, row.pattern, example)


@pytest.mark.parametrize("lang", LANGS)
def test_every_idiom_example_normalises_to_its_rows_stage(lang: str) -> None:
    """No other row (of this or another language) captures an example unintentionally."""
    wrong = []
    for row in lexicon.load(lang).IDIOMS:
        for example in row.examples:
            if example in KNOWN_MISSES:
                continue
            for hint in (lang, None):
                got = normalize_status(example, hint)
                if got.stage is not row.stage:
                    wrong.append((example, hint, row.stage.value, got.stage.value, got.matched))
    assert not wrong, wrong


def _folded_key(lang: str, pattern: str) -> tuple[str, ...]:
    joiner = "" if lang in SUBSTRING_LANGS else " "
    return tuple(
        joiner.join(fold_tokens(w.rstrip("$"))) + ("$" if w.endswith("$") else "")
        for w in pattern.split()
    )


#: Pages whose status wording is English only: they cannot be the source of a row (or a
#: development line) in another language, whose wording they do not contain.
ENGLISH_ONLY_SOURCES = (
    "help.17track.net/hc/en-us/",
    "eng.allexprs.info/",
)


def _english_only(source: str) -> bool:
    return any(marker in source for marker in ENGLISH_ONLY_SOURCES)


@pytest.mark.parametrize("lang", [lang for lang in LANGS if lang != "en"])
def test_no_row_cites_an_english_only_source(lang: str) -> None:
    wrong = [row.pattern for row in _rows(lang) if _english_only(row.source)]
    assert not wrong, (lang, wrong)


def test_no_dev_line_cites_an_english_only_source() -> None:
    wrong = [
        (lang, raw)
        for raw, lang, _, source in ROWS
        if lang not in ("en", "-") and _english_only(source)
    ]
    assert not wrong, wrong


def test_english_only_sources_are_recognised() -> None:
    assert _english_only(
        "https://help.17track.net/hc/en-us/articles/235987288--Terminology-Shipping-information"
    )
    assert _english_only("https://eng.allexprs.info/info/article/statusy-zakazov.html")
    assert not _english_only("https://tracking.pochta.ru/specification")


@pytest.mark.parametrize("lang", LANGS)
def test_no_duplicate_rows_after_folding(lang: str) -> None:
    """Two rows whose patterns fold alike (traditional and simplified 處/处) are one."""
    seen: dict[tuple[str, ...], str] = {}
    for row in _rows(lang):
        key = _folded_key(lang, row.pattern)
        assert key not in seen, (lang, row.pattern, seen[key])
        seen[key] = row.pattern


def test_every_stage_has_idioms_or_rules() -> None:
    from parcelkit.status._compose import RULES

    reachable = {stage for stage, _, _ in RULES.values()}
    for lang in ("en", "ru"):
        reachable |= {row.stage for row in lexicon.load(lang).IDIOMS}
    assert reachable == set(Stage)


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


def test_lexicons_are_loaded_lazily() -> None:
    code = (
        "import json, sys, parcelkit\n"
        "before = [m for m in sys.modules if m.startswith('parcelkit.status.lexicon.')]\n"
        "parcelkit.normalize_status('Вручение адресату')\n"
        "after = [m for m in sys.modules if m.startswith('parcelkit.status.lexicon.')]\n"
        "print(json.dumps([before, sorted(after)]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    before, after = json.loads(out)
    assert before == []
    assert after == [f"parcelkit.status.lexicon.{lang}" for lang in ("bg", "ru", "uk")]


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


@attrs.frozen
class _Ev:
    """A stated event as :func:`parcelkit.status._precedence.prevails` reads it."""

    stage: Stage
    detail: str | None
    strong: bool
    covered: int
    clause: int
    eventful: bool = True
    announced: bool = False


def test_a_bare_return_still_beats_a_stated_failure() -> None:
    from parcelkit.status._precedence import prevails

    failed = _Ev(Stage.DELIVERY_FAILED, "refused", True, 20, 0)
    bare_return = _Ev(Stage.RETURN_TO_SENDER, None, False, 4, 1)
    assert prevails(failed, bare_return)  # "拒收，退回": the return is the news
    assert not prevails(bare_return, failed)
    bare_delivered = _Ev(Stage.DELIVERED, None, False, 4, 0)
    accepted = _Ev(Stage.ACCEPTED, None, True, 20, 0)
    assert prevails(bare_delivered, accepted)  # a bare word does not beat an idiom


@pytest.mark.parametrize(
    ("frame", "stage"),
    [
        ((Action.OUT_FOR_DELIVERY, None, None, Modality.FAILED), Stage.DELIVERY_FAILED),
        ((Action.PAY_DUTY, None, None, Modality.AWAITING), Stage.CUSTOMS),
        ((Action.NOTICE, None, None, Modality.AWAITING), Stage.READY_FOR_PICKUP),
        ((Action.ACCEPT, Place.CUSTOMS, None, None), Stage.CUSTOMS),
        ((Action.DELIVER, Place.PICKUP_POINT, None, Modality.AWAITING), Stage.READY_FOR_PICKUP),
        ((None, Place.ADDRESSEE, None, Modality.AWAITING), Stage.READY_FOR_PICKUP),
    ],
)
def test_composition_of_pairs_many_languages_state(frame: tuple[object, ...], stage: Stage) -> None:
    from parcelkit.status._compose import Frame, compose

    reading = compose(Frame(*frame))
    assert reading is not None
    assert reading.stage is stage


def test_a_negation_inside_an_idiom_undoes_it() -> None:
    # "consegna effettuata" is an Italian idiom for delivered; "non" between its words
    # denies it
    assert normalize_status("Consegna non effettuata").stage is not Stage.DELIVERED
    assert normalize_status("Consegna effettuata").stage is Stage.DELIVERED


def test_an_announced_event_does_not_beat_one_stated_as_done() -> None:
    """A plan in another clause ("will be delivered tomorrow") is not news."""
    from parcelkit.status._precedence import prevails

    arrived = _Ev(Stage.IN_TRANSIT, None, True, 15, 0)
    planned = _Ev(Stage.UNKNOWN, "pending", True, 15, 1, announced=True)
    assert not prevails(arrived, planned)
    assert prevails(planned, arrived)
    same_clause = _Ev(Stage.UNKNOWN, "pending", True, 15, 0, announced=True)
    assert prevails(arrived, same_clause)  # one clause: the usual rules decide
    for raw in (
        "Arrived at facility, will be delivered tomorrow",
        "Прибыло в сортировочный центр, будет доставлено завтра",
    ):
        assert normalize_status(raw).stage is Stage.IN_TRANSIT, raw
