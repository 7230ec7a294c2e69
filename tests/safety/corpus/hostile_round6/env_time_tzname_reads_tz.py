# family: env
# Escape: time.tzname and time.timezone are derived from the TZ environment variable at import
# (tzset reads os.environ["TZ"]), so a tool learns the host's TZ setting.
import time


def host_timezone() -> dict:
    return {"tzname": list(time.tzname), "offset": time.timezone, "dst": time.daylight}
