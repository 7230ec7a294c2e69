# family: env
# Escape: zoneinfo.TZPATH is computed from the PYTHONTZPATH environment variable, and
# available_timezones() walks those directories on the host file system.
import zoneinfo


def timezone_catalog() -> dict:
    return {"paths": list(zoneinfo.TZPATH), "zones": sorted(zoneinfo.available_timezones())[:50]}
