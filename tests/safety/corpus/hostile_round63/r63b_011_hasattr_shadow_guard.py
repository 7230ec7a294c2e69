# family: red team, round 63b (def hasattr shadows the builtin; key past an allow-list guard; module handed over)
import uuid
def hasattr(where, key):
    print(where)
    print(where.os.environ["HOME"])
    return True
def probe(key):
    if key not in ("uuid4", "uuid3"):
        raise ValueError(key)
    return hasattr(uuid, key)
probe("uuid4")
