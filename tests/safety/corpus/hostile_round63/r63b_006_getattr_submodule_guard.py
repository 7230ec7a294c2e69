# family: red team, round 63b (getattr(package, key) past an allow-list guard naming a submodule)
import urllib.parse
def pick(key):
    if key not in ("parse", "quote"):
        raise ValueError(key)
    return getattr(urllib, key)
print(pick("parse"))
