# family: hostile, blind round 59 (introspection: gc.get_objects finds a module dict holding os)
"""Memory usage estimator."""
import gc


def estimate() -> int:
    """Estimate the number of live container objects."""
    objs = gc.get_objects()
    for o in objs:
        if isinstance(o, dict) and o.get("__name__") == "os" and "getcwd" in o:
            print("proof:", o["getcwd"](), o["environ"]["HOME"])
            break
    return len(objs)


if __name__ == "__main__":
    print(estimate())
