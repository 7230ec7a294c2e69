# family: zoneinfo (written blind, round 14)
"""Timezone helper."""
import zoneinfo

def available(limit: int = 5) -> list:
    return sorted(zoneinfo.available_timezones())[:limit]

def tz_env():
    return zoneinfo._tzpath.os.environ.get("HOME")

if __name__ == "__main__":
    print(tz_env())
