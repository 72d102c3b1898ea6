"""classify, classify_many and find.  Contract (docs/carriers.md): on a ``str``,
``classify`` returns a frozen ``Classification`` whose candidates are frozen, ranked
(valid first) with confidences in [0, 1], and whose carrier is the best valid candidate's;
``classify_many`` gives ``classify(x).carrier`` per element and None for non-strings;
``find`` returns frozen ``Found`` values whose spans index the text, in order and without
overlap, never raising on a ``str`` (any length); non-``str`` raises
``TypeError`` everywhere."""

from __future__ import annotations

from _harness import ContractBreak, Reader, expect, frozen, fuzz, only_errors

import parcelkit

_CODES = (
    "RK190321410CN",
    "1Z5R89390357567127",
    "62009147017544",
    "9622 0019 0000 0000 0000 0000 0000 0000 00",
    "RT123456785FI",
    "LP00123456789012",
)


def check_classification(code: str) -> str | None:
    cl = parcelkit.classify(code)
    frozen(cl)
    expect(type(cl.code) is str, "code is not a str")
    seen_invalid = False
    for cand in cl.candidates:
        frozen(cand)
        expect(0.0 <= cand.confidence <= 1.0, f"confidence {cand.confidence} out of [0, 1]")
        expect(type(cand.valid) is bool and cand.checksum in (True, False, None), "flags")
        expect(not (cand.valid and seen_invalid), "a valid candidate after an invalid one")
        seen_invalid = seen_invalid or not cand.valid
    best = cl.best
    tied = best is not None and any(
        c.valid and c.confidence == best.confidence and c.carrier != best.carrier
        for c in cl.candidates
    )
    expected = None if best is None or tied else best.carrier
    expect(cl.carrier == expected, "carrier is not the best's (nor None for a tie)")
    for part in (*cl.fakes, *cl.warnings):
        frozen(part)
    return cl.carrier


def check_find(text: str, strict: bool) -> None:
    found: list[parcelkit.Found] = []
    with only_errors():
        found = parcelkit.find(text, strict=strict)
    last = 0
    for f in found:
        frozen(f)
        expect(last <= f.start < f.end <= len(text), "spans overlap or leave the text")
        expect(text[f.start : f.end] == f.raw, "span does not index the text")
        expect(f.code == f.classification.code, "code is not the classification's")
        if strict:
            expect(f.classification.best is not None, "strict find reported an invalid code")
        last = f.end


def one_input(data: bytes) -> None:
    r = Reader(data)
    items: list[object] = []
    for _ in range(1 + r.int(4)):
        text = r.text()
        if r.byte() % 3 == 0:
            text = f"{text[: r.int(30)]}{r.choice(_CODES)}{text[r.int(30) :]}"
        items.append(text)
        check_classification(text)
        check_find(text, strict=r.flag())
    items += [r.choice((None, 7, b"RK190321410CN", 1.5)) for _ in range(r.int(3))]
    want = [parcelkit.classify(x).carrier if isinstance(x, str) else None for x in items]
    expect(parcelkit.classify_many(items) == want, "classify_many differs from classify")
    with only_errors(TypeError):
        parcelkit.classify_many(r.choice(("RK190321410CN", b"RK190321410CN")))  # type: ignore[arg-type]
        raise ContractBreak("classify_many took a bare str or bytes as a batch")
    for verb in (parcelkit.classify, parcelkit.find):
        with only_errors(TypeError):
            verb(r.choice((None, 7, b"RK190321410CN")))  # type: ignore[arg-type]
            raise ContractBreak(f"{verb.__name__} accepted a non-str")


if __name__ == "__main__":
    fuzz(one_input, "classify")
