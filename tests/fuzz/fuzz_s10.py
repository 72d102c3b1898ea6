"""S10 verbs: compact, validate, is_valid, is_valid_many, format, parse, calc_check_digit,
find.  Contract (docs/s10.md): ``is_valid`` returns a bool and never raises, on any
object; the other verbs raise only ``ValidationError`` on a ``str`` and ``TypeError`` on
anything else; a valid code round-trips through ``format`` and ``parse``; ``find``'s spans
index the text and hold valid codes."""

from __future__ import annotations

from _harness import ContractBreak, Reader, expect, frozen, fuzz, only_errors

from parcelkit import ValidationError, s10


def _valid_code(r: Reader) -> str:
    """A valid S10 code from the reader, written with some separators or case."""
    serial = f"{r.int(10**8):08d}"
    code = f"{r.choice(('RK', 'EE', 'CP', 'LZ', 'RR', 'UA'))}{serial}"
    code += s10.calc_check_digit(serial) + r.choice(("CN", "RU", "US", "DE", "UA"))
    if r.flag():
        code = f"{code[:2]} {code[2:5]}-{code[5:8]} {code[8:11]} {code[11:]}".lower()
    return code


def check_text(text: str) -> None:
    ok = s10.is_valid(text)
    expect(type(ok) is bool, "is_valid did not return a bool")
    compact = s10.compact(text)
    expect(type(compact) is str, "compact did not return a str")
    expect(s10.compact(compact) == compact, "compact is not idempotent")
    validated = None
    with only_errors(ValidationError):
        validated = s10.validate(text)
    expect((validated is not None) == ok, f"validate and is_valid disagree on {text!r}")
    if validated is not None:
        expect(validated == compact, "validate did not return the compact form")
        shown = s10.format(text)
        expect(s10.validate(shown) == validated, "format does not round-trip")
        parsed = s10.parse(text)
        frozen(parsed)
        expect(parsed.code == validated, "parse's code is not the validated code")
        expect(
            parsed.service_indicator + parsed.serial + parsed.check_digit + parsed.country
            == validated,
            "parse's parts do not make up the code",
        )
        expect(s10.calc_check_digit(parsed.serial) == parsed.check_digit, "check digit")
    else:
        for verb in (s10.format, s10.parse):
            with only_errors(ValidationError):
                verb(text)
                raise ContractBreak(f"{verb.__name__} accepted what validate refused")
    with only_errors(ValidationError):
        digit = s10.calc_check_digit(text)
        expect(len(text) == 8 and digit in "0123456789", "calc_check_digit of a non-serial")
    found = s10.find(text)
    last = 0
    for f in found:
        frozen(f)
        expect(last <= f.start < f.end <= len(text), "find's spans overlap or leave the text")
        expect(text[f.start : f.end] == f.raw, "find's span does not index the text")
        expect(s10.is_valid(f.raw) and s10.compact(f.raw) == f.code, "find reported garbage")
        last = f.end


def one_input(data: bytes) -> None:
    r = Reader(data)
    texts = []
    for _ in range(1 + r.int(4)):
        text = r.text()
        if r.byte() % 4 == 0:  # a valid code, alone or inside the text
            code = _valid_code(r)
            text = code if r.flag() else f"{text[:20]} {code} {text[20:]}"
        texts.append(text)
        check_text(text)
    others: list[object] = [None, 42, b"RK190321410CN", 3.5, ["RK190321410CN"], object()]
    batch: list[object] = texts + [r.choice(others) for _ in range(r.int(3))]
    expect(
        s10.is_valid_many(batch) == [s10.is_valid(x) for x in batch],
        "is_valid_many differs from is_valid",
    )
    with only_errors(TypeError):
        s10.is_valid_many(r.choice(("RK190321410CN", b"RK190321410CN")))  # type: ignore[arg-type]
        raise ContractBreak("is_valid_many took a bare str or bytes as a batch")
    wrong = r.choice(others)
    expect(s10.is_valid(wrong) is False, "is_valid accepted a non-str")
    for verb in (s10.compact, s10.validate, s10.format, s10.parse, s10.find):
        with only_errors(TypeError):
            verb(wrong)  # type: ignore[arg-type]
            raise ContractBreak(f"{verb.__name__} accepted {type(wrong).__name__}")


if __name__ == "__main__":
    fuzz(one_input, "s10")
