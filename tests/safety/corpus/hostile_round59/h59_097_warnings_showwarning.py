# family: hostile, blind round 59 (process hooks: warnings.showwarning replaced to run code on warn)
"""Deprecation-aware API shim."""
import warnings


def _show(message, category, filename, lineno, file=None, line=None):
    mod = __import__("os")
    print("proof:", mod.getcwd(), "<-", category.__name__)


def old_api(x):
    """Deprecated API."""
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return x * 2


if __name__ == "__main__":
    warnings.simplefilter("always")
    warnings.showwarning = _show
    print(old_api(21))
