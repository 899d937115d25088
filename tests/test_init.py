import subprocess
import sys
import types

import pytest

import aicoverage


def test_all_is_sorted_and_complete() -> None:
    assert aicoverage.__all__ == sorted(aicoverage.__all__)
    assert sorted(aicoverage._HOMES) == aicoverage.__all__
    for name in aicoverage.__all__:
        assert not isinstance(getattr(aicoverage, name), types.ModuleType), name
    assert set(dir(aicoverage)) >= set(aicoverage.__all__)


def test_a_subpackage_does_not_replace_the_function_of_its_name() -> None:
    import aicoverage.compare.alignment
    import aicoverage.extract.claims

    assert callable(aicoverage.compare)
    assert callable(aicoverage.extract)
    assert aicoverage.compare.__module__.startswith("aicoverage.compare")


def test_a_name_loads_only_its_own_part() -> None:
    code = "import sys, aicoverage; aicoverage.find_quantities; print(sorted(sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "aicoverage.quantities" in out
    assert "aicoverage.compare" not in out
    assert "aicoverage.exporters" not in out


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        aicoverage.no_such_name  # noqa: B018


def test_version_is_read_from_metadata() -> None:
    assert aicoverage.__version__.count(".") >= 1
