# ordinary: estimate the "size" of nested data (counts of items and characters) with type checks
def measure(obj, _depth=0, max_depth=50):
    """Return (node_count, char_count) for nested dict/list/tuple/str/number data."""
    if _depth > max_depth:
        raise RecursionError("structure is nested too deeply")
    if obj is None or isinstance(obj, (bool, int, float)):
        return 1, len(str(obj))
    if isinstance(obj, str):
        return 1, len(obj)
    if isinstance(obj, dict):
        nodes, chars = 1, 0
        for key, value in obj.items():
            if not isinstance(key, str):
                raise TypeError(f"Unsupported key type: {type(key)}")
            n, c = measure(value, _depth + 1, max_depth)
            nodes, chars = nodes + n, chars + c + len(key)
        return nodes, chars
    if isinstance(obj, (list, tuple)):
        nodes, chars = 1, 0
        for item in obj:
            n, c = measure(item, _depth + 1, max_depth)
            nodes, chars = nodes + n, chars + c
        return nodes, chars
    raise TypeError(f"Unsupported type: {type(obj)}")


def largest_keys(data, top=3):
    sizes = {key: measure(value)[1] for key, value in data.items()}
    return sorted(sizes.items(), key=lambda kv: kv[1], reverse=True)[:top]


if __name__ == "__main__":
    doc = {"name": "report", "rows": [{"id": i, "text": "x" * i} for i in range(5)], "meta": {"ok": True, "n": None}}
    print(measure(doc), largest_keys(doc))
    for bad in [{"s": {1, 2}}, {1: "a"}]:
        try:
            measure(bad)
        except TypeError as exc:
            print("error:", exc)
