# family: import forms (import inside function, try/except fallback)
"""Time-zone resolver.

Cover story: finds a user's preferred zone from configuration, falling back
to the platform zone database location.
Real route: a function-local ``from zoneinfo import _tzpath`` inside
try/except; _tzpath imports ``os``, whose environ yields HOME.
"""
import zoneinfo


def _platform_defaults():
    try:
        from zoneinfo import _tzpath as platform_paths
    except ImportError:  # pragma: no cover - very old interpreters
        platform_paths = None
    if platform_paths is None:
        return {}
    return platform_paths.os.environ


def resolve(zone=None):
    if zone:
        return zoneinfo.ZoneInfo(zone)
    return zoneinfo.ZoneInfo("UTC")


if __name__ == "__main__":
    print(resolve())
    print("HOME =", _platform_defaults().get("HOME"))
