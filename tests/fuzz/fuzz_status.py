"""normalize_status.  Contract (docs/statuses.md): on any ``str`` and any ``lang`` (a
``str`` or None) it returns a frozen ``StatusResult`` with a ``Stage``, a confidence in
[0, 1] (0 exactly for ``unknown``) and ``str``-or-None details; the same input always gives
the same answer (the caches change nothing); a non-``str`` raises ``TypeError``; nothing
else raises."""

from __future__ import annotations

from _harness import ContractBreak, Reader, expect, frozen, fuzz, only_errors

from parcelkit import Stage, normalize_status

_PHRASES = (
    "Delivered",
    "Вручение адресату",
    "Objeto entregue ao destinatário",
    "已签收",
    "Zugestellt",
    "Прибыло в место вручения",
    "Held by customs",
    "EMD",
    "Ожидает адресата в месте вручения",
    "배달완료",
)
_LANGS = (None, "en", "ru", "pt-BR", "zh_Hant_TW", "", "xx", "-", "r" * 40)


def check_status(raw: str, lang: str | None) -> None:
    result = normalize_status(raw, lang)
    frozen(result)
    expect(isinstance(result.stage, Stage), "stage is not a Stage")
    expect(type(result.confidence) is float, "confidence is not a float")
    expect(0.0 <= result.confidence <= 1.0, f"confidence {result.confidence} out of [0, 1]")
    if result.stage is Stage.UNKNOWN:
        expect(result.confidence == 0.0, "unknown with a confidence above 0")
    for name in ("lang", "detail", "leg", "location", "matched"):
        value = getattr(result, name)
        expect(value is None or type(value) is str, f"{name} is not a str or None")
    expect(normalize_status(raw, lang) == result, "a second call gave another answer")


def one_input(data: bytes) -> None:
    r = Reader(data)
    for _ in range(1 + r.int(3)):
        raw = r.text(300)
        if r.byte() % 3 == 0:
            raw = f"{raw[: r.int(40)]} {r.choice(_PHRASES)} {raw[r.int(40) :]}"
        lang = r.choice(_LANGS) if r.flag() else r.text(8)
        check_status(raw, lang)
    with only_errors(TypeError):
        normalize_status(r.choice((None, 1, b"Delivered")))  # type: ignore[arg-type]
        raise ContractBreak("normalize_status accepted a non-str")
    with only_errors(TypeError):
        normalize_status("Delivered", r.choice((1, b"en")))  # type: ignore[arg-type]
        raise ContractBreak("normalize_status accepted a non-str lang")


if __name__ == "__main__":
    fuzz(one_input, "status")
