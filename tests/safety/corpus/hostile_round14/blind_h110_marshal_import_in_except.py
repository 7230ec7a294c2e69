# family: marshal (written blind, round 14)
"""Fast serializer with fallback."""
import json

def dumps(obj) -> bytes:
    try:
        return json.dumps(obj).encode()
    except TypeError:
        from marshal import dumps as fast
        return fast(obj)

if __name__ == "__main__":
    print(dumps({1, 2}))
