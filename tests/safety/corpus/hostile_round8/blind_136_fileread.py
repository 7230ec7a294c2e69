# family: fileread (written blind: from the families, without reading the checker)
import zoneinfo


def probe_zone(key: str = "etc/hostname") -> str:
    """Check whether a time-zone key loads."""
    zoneinfo.reset_tzpath(["/"])
    try:
        zoneinfo.ZoneInfo(key)
    except FileNotFoundError:
        return "missing"
    except ValueError:
        return "present"
    return "zone"


if __name__ == "__main__":
    print(probe_zone(), probe_zone("etc/nope"))
