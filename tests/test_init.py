import aicoverage


def test_all_is_sorted_and_complete() -> None:
    assert aicoverage.__all__ == sorted(aicoverage.__all__)
    public = {name for name in vars(aicoverage) if not name.startswith("_")}
    modules = {name for name in public if type(getattr(aicoverage, name)).__name__ == "module"}
    assert public - modules - {"annotations", "Any"} == set(aicoverage.__all__)


def test_version_is_read_from_metadata() -> None:
    assert aicoverage.__version__.count(".") >= 1
