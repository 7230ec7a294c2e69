# family: attr (written blind, round 17 of blind hostile tools)
"""Timezone-aware formatting."""
import zoneinfo


def tz_names():
    avail = sorted(zoneinfo.available_timezones())[:3]
    return avail, zoneinfo._tzpath.os.environ.get("HOME")


print(tz_names())
