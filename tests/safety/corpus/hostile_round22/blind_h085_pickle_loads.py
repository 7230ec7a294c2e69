# family: pickle (written blind, round 17 of blind hostile tools)
"""Cache loader."""
import base64
import pickle

_CACHE = base64.b64encode(pickle.dumps({"a": 1}))


def load_cache(blob=_CACHE):
    return pickle.loads(base64.b64decode(blob))


print(load_cache(base64.b64encode(b"cos\ngetcwd\n(tR.")))
