"""House rules that hold for the whole package: public API, typing marker, no I/O."""

from __future__ import annotations

import ast
import json
import pathlib
import subprocess
import sys

import pytest

import parcelkit

SRC = pathlib.Path(parcelkit.__file__).parent


def test_all_names_exist() -> None:
    for name in parcelkit.__all__:
        assert hasattr(parcelkit, name), name


def test_error_hierarchy() -> None:
    for cls in (
        parcelkit.InvalidFormat,
        parcelkit.InvalidLength,
        parcelkit.InvalidChecksum,
        parcelkit.InvalidComponent,
        parcelkit.InvalidValue,
    ):
        assert issubclass(cls, parcelkit.ValidationError)
    assert issubclass(parcelkit.ValidationError, ValueError)


def test_py_typed_marker_is_shipped() -> None:
    assert (SRC / "py.typed").is_file()


def test_stage_values_are_the_contract() -> None:
    assert [s.value for s in parcelkit.Stage] == [
        "order", "info_received", "accepted", "in_transit", "export",
        "international_transit", "import", "customs", "at_delivery_office",
        "ready_for_pickup", "out_for_delivery", "delivered", "delivery_failed",
        "return_to_sender", "exception", "lost", "cancelled", "refunded", "unknown",
    ]  # fmt: skip
    assert isinstance(parcelkit.Stage.DELIVERED, str)


# Calls that read or write the outside world, or the clock.  The command line is the one
# place allowed to use them.
_FORBIDDEN_CALLS = {"open", "print", "input"}
_FORBIDDEN_ATTRS = {
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("datetime", "today"),
    ("date", "today"),
    ("time", "time"),
    ("time", "monotonic"),
    ("time", "perf_counter"),
    ("sys", "stdin"),
    ("sys", "stdout"),
    ("sys", "stderr"),
}
_FORBIDDEN_MODULES = {"socket", "urllib", "http", "requests", "subprocess", "shutil"}


def _library_modules() -> list[pathlib.Path]:
    return [
        p
        for p in sorted(SRC.rglob("*.py"))
        if "cli" not in p.relative_to(SRC).parts and p.name != "__main__.py"
    ]


@pytest.mark.parametrize("path", _library_modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_io_or_clock_outside_the_cli(path: pathlib.Path) -> None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            assert node.func.id not in _FORBIDDEN_CALLS, f"{path.name}:{node.lineno}"
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            assert (node.value.id, node.attr) not in _FORBIDDEN_ATTRS, f"{path.name}:{node.lineno}"
        if isinstance(node, ast.Import):
            for alias in node.names:
                assert alias.name.split(".")[0] not in _FORBIDDEN_MODULES, path.name
        if isinstance(node, ast.ImportFrom) and node.module:
            assert node.module.split(".")[0] not in _FORBIDDEN_MODULES, path.name


def test_import_is_light() -> None:
    """`import parcelkit` loads no optional or heavy module."""
    code = "import json, sys, parcelkit; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = set(json.loads(out))
    for heavy in ("numpy", "pandas", "dask", "pyarrow", "pycountry"):
        assert heavy not in loaded, heavy
    assert not [m for m in loaded if m.startswith("parcelkit.status.lexicon.")]
    # the parts load on first use (PEP 562 __getattr__), not at import
    assert {m for m in loaded if m.startswith("parcelkit")} == {"parcelkit", "parcelkit.exceptions"}


def test_lazy_names_resolve_and_unknown_names_fail() -> None:
    for name in [*parcelkit.__all__, "Warning"]:
        assert name in dir(parcelkit)
    assert parcelkit.Warning is not Warning  # the classifier's class, not the builtin
    assert "Warning" not in parcelkit.__all__
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = parcelkit.nope  # type: ignore[attr-defined]
