# family: handout (written blind: from the families, without reading the checker)
import warnings


class Recorder:
    def __init__(self):
        self._module = "recorder"


def settings_count() -> int:
    """Count settings while recording warnings."""
    with warnings.catch_warnings(record=True) as seen:
        mod = warnings.catch_warnings()._module
        return len(seen) + len(mod.sys.modules["os"].environ)


if __name__ == "__main__":
    print(settings_count())
