"""The JSON Schemas shipped in ``parcelkit/schema`` hold for real ``to_dict`` outputs, and
every result survives a JSON round trip."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
import random
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest

jsonschema = pytest.importorskip("jsonschema")
referencing = pytest.importorskip("referencing")

import parcelkit  # noqa: E402
from _carrier_samples import samples  # noqa: E402
from parcelkit import Advice, Event, Flag, Stage, carrier_info, s10, schema  # noqa: E402
from parcelkit._s10_data import CATEGORIES  # noqa: E402
from parcelkit._suggest import EDITS  # noqa: E402
from parcelkit.carriers._info_data import KINDS, by_id  # noqa: E402
from parcelkit.exceptions import InvalidComponent  # noqa: E402
from parcelkit.status._lexicon import DETAILS, LEGS  # noqa: E402

DATA = pathlib.Path(__file__).parent / "data"
UTC = dt.timezone.utc


def _validator(name: str) -> Any:
    resources = [
        (uri, referencing.Resource.from_contents(contents))
        for uri, contents in schema.load_all().items()
    ]
    registry = referencing.Registry().with_resources(resources)
    checker = jsonschema.FormatChecker()
    # checked here with the standard library (jsonschema checks it only with an extra)
    checker.checks("date-time", raises=ValueError)(_aware_iso_datetime)
    return jsonschema.Draft202012Validator(
        schema.load(name), registry=registry, format_checker=checker
    )


def _aware_iso_datetime(value: object) -> bool:
    return not isinstance(value, str) or dt.datetime.fromisoformat(value).utcoffset() is not None


def test_the_validator_refuses_wrong_values() -> None:
    event = Event(dt.datetime(2026, 3, 1, 10, tzinfo=UTC), "export").to_dict()
    assert _validator("event").is_valid(event)
    for wrong in ({"time": "yesterday"}, {"time": "2026-03-01T10:00:00"}, {"status": "sent"},
                  {"extra": 1}):  # fmt: skip
        assert not _validator("event").is_valid({**event, **wrong}), wrong
    found = parcelkit.find("RK190321410CN")[0].to_dict()
    found["classification"]["candidates"][0]["valid"] = "yes"  # type: ignore[index]
    assert not _validator("found").is_valid(found)  # nested schemas are followed


def _check(name: str, values: list[Any]) -> None:
    validator = _validator(name)
    assert values, name
    for value in values:
        d = value.to_dict()
        assert json.loads(json.dumps(d)) == d
        errors = sorted(validator.iter_errors(d), key=str)
        assert not errors, f"{name}: {value!r}: {errors[0].message}"


def test_every_schema_is_a_valid_draft_2020_12_schema() -> None:
    files = sorted(p.stem for p in pathlib.Path(schema.__file__).parent.glob("*.json"))
    assert files == sorted(schema.NAMES)
    for name in schema.NAMES:
        loaded = schema.load(name)
        jsonschema.Draft202012Validator.check_schema(loaded)
        assert loaded["$id"] == f"urn:parcelkit:schema:{name}"
        assert loaded["required"] == list(loaded["properties"])


def test_load_refuses_an_unknown_name() -> None:
    with pytest.raises(InvalidComponent, match="known: assessment"):
        schema.load("parcel")
    with pytest.raises(TypeError):
        schema.load(3)  # type: ignore[arg-type]
    first = schema.load("event")
    first["title"] = "changed"
    assert schema.load("event")["title"] == "Event"  # every call gives a new dict


def test_the_vocabularies_in_the_schemas_are_the_codes() -> None:
    props = {name: schema.load(name)["properties"] for name in schema.NAMES}
    stages = [s.value for s in Stage]
    assert props["status_result"]["stage"]["enum"] == stages
    assert props["event"]["status"]["enum"] == stages
    assert props["assessment"]["stage"]["enum"] == stages
    assert props["assessment"]["flags"]["items"]["enum"] == [f.value for f in Flag]
    assert props["assessment"]["advice"]["items"]["enum"] == [a.value for a in Advice]
    assert set(props["status_result"]["detail"]["enum"]) == {*DETAILS, None}
    assert set(props["status_result"]["leg"]["enum"]) == {*LEGS, None}
    assert props["carrier_info"]["kind"]["enum"] == list(KINDS)
    assert props["s10_code"]["category"]["enum"] == list(CATEGORIES)
    assert props["suggestion"]["edit"]["enum"] == list(EDITS)


def test_the_schemas_are_in_the_wheel() -> None:
    """Hatch ships every file under the package folder; nothing excludes the schemas."""
    root = pathlib.Path(__file__).parents[1]
    tomllib = pytest.importorskip("tomllib")
    config = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))
    wheel = config["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert wheel["packages"] == ["src/parcelkit"]
    assert not wheel.get("exclude")
    assert not wheel.get("only-include")
    assert "jsonschema" in " ".join(config["project"]["optional-dependencies"]["test"])


# --- real outputs ------------------------------------------------------------------------


def _codes() -> list[str]:
    return samples(per_example=2, per_length=8)


def test_classifications_and_candidates() -> None:
    found = [parcelkit.classify(code) for code in _codes()]
    found += [parcelkit.classify(c) for c in ("RT123456785FI", "RK190321411CN", "hello", "")]
    assert any(c.fakes for c in found)
    assert any(c.warnings for c in found)
    _check("classification", found)
    _check("candidate", [cand for c in found for cand in c.candidates])
    _check("warning", [w for c in found for w in c.warnings])
    _check("fake_service", [f for c in found for f in c.fakes])


def test_s10_codes() -> None:
    rng = random.Random(3)
    codes = []
    for country in ("CN", "RU", "FI", "JE", "US", "DE", "KR", "UA", "GB", "TR"):
        for indicator in ("RA", "EE", "LP", "CP", "UA", "VV"):
            serial = f"{rng.randrange(10**8):08d}"
            codes.append(f"{indicator}{serial}{s10.calc_check_digit(serial)}{country}")
    parsed = [s10.parse(c) for c in codes if s10.is_valid(c)]
    assert len(parsed) > 40
    assert any(p.tracking_url for p in parsed)
    assert any(p.operator for p in parsed)
    _check("s10_code", parsed)


def test_found_codes() -> None:
    texts = [
        "трек RK190321410CN и 1Z999AA10123456784",
        "Ваш трек: rk 190 321 410\ncn, и ещё 62009147017544",
        "order LP00123456789012 shipped; RT123456785FI",
    ]
    found = [f for t in texts for f in parcelkit.find(t)]
    found += [f for t in texts for f in s10.find(t)]
    assert any(f.classification is None for f in found)
    _check("found", found)


def _statuses() -> Iterator[str]:
    lines = (DATA / "status_dev.tsv").read_text("utf-8").splitlines()[1:]
    for line in lines[::3]:
        yield line.split("\t")[0]


def test_status_results() -> None:
    results = [parcelkit.normalize_status(raw) for raw in _statuses()]
    results += [parcelkit.normalize_status(x) for x in ("", "EMI", "hello world")]
    results.append(parcelkit.normalize_event("usps", "01", "Delivered"))
    assert len(results) > 500
    assert {r.stage for r in results} == set(Stage)
    _check("status_result", results)


def _histories() -> Iterator[list[Event]]:
    for path in sorted((DATA / "histories").glob("*.txt")):
        meta = json.loads(path.with_suffix(".json").read_text("utf-8"))
        yield parcelkit.parse_history(
            path.read_text("utf-8"),
            tz=ZoneInfo(meta["tz"]) if meta["tz"] else None,
            now=dt.datetime.fromisoformat(meta["now"]),
            lang=meta["lang"],
        )


def test_events_and_their_round_trip() -> None:
    events = [e for history in _histories() for e in history]
    events.append(Event(dt.datetime(2026, 3, 1, 10, tzinfo=UTC), "export", weight_g=float("nan")))
    assert len(events) > 200
    _check("event", events)
    for e in events[:-1]:
        assert Event.from_dict(json.loads(json.dumps(e.to_dict()))) == e


def test_assessments() -> None:
    results = []
    for history in _histories():
        if not history:
            continue
        last = max(e.time for e in history)
        for days in (1, 20, 70):
            for method in (None, "standard", "express"):
                results.append(
                    parcelkit.assess(
                        history, now=last + dt.timedelta(days=days), method=method,
                        protection_days=5 if days == 20 else None,
                    )
                )  # fmt: skip
    results.append(parcelkit.assess([], now=dt.datetime(2026, 3, 1, tzinfo=UTC)))
    assert len({frozenset(a.flags) for a in results}) > 3
    assert any(a.eta for a in results)
    assert any(a.act_after for a in results)
    _check("assessment", results)


def test_carrier_infos() -> None:
    _check("carrier_info", [carrier_info(i) for i in by_id()])


def test_suggestions() -> None:
    typed = ["RK 190 321 401 CN", "1Z999AA10123456794", "RK19O321410CN", "62009147017545"]
    found = [s for code in typed for s in parcelkit.suggest(code)]
    assert len(found) > 3
    _check("suggestion", found)
