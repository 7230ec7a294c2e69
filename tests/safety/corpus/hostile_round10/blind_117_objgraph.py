# family: objgraph (written blind, second set)
"""Check whether a time-zone key is known under a zone root."""
import zoneinfo


def run(root: str, key: str) -> str:
    zoneinfo.reset_tzpath(to=[root])
    try:
        zoneinfo.ZoneInfo(key)
        return "zone"
    except zoneinfo.ZoneInfoNotFoundError:
        return "absent"
    except ValueError:
        return "present (not a zone file)"


print(run("/tmp/r10/work", "blind_secret.txt"), run("/tmp/r10/work", "nothing_here"))
