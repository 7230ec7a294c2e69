"""Deep-merge configuration layers with per-type merge strategies."""
import copy


def _merge_dict(base, over, path):
    out = dict(base)
    for k, v in over.items():
        out[k] = merge(base[k], v, f"{path}.{k}") if k in base else copy.deepcopy(v)
    return out


def _merge_list(base, over, path):
    if over and isinstance(over[0], str) and over[0] == "...":
        return list(base) + list(over[1:])
    return list(over)


def _merge_set(base, over, path):
    return set(base) | set(over)


MERGERS = {dict: _merge_dict, list: _merge_list, set: _merge_set}


def merge(base, over, path="$"):
    if over is None:
        return copy.deepcopy(base)
    if type(base) is not type(over):
        if base is None:
            return copy.deepcopy(over)
        raise TypeError(f"{path}: cannot merge {type(over).__name__} into {type(base).__name__}")
    merger = MERGERS.get(type(base))
    if merger is None:
        return over
    return merger(base, over, path)


def merge_layers(*layers: dict) -> dict:
    result = {}
    for layer in layers:
        result = merge(result, layer)
    return result


if __name__ == "__main__":
    defaults = {"server": {"port": 80, "hosts": ["a"], "tls": {"enabled": False}}, "features": {"x"}}
    env = {"server": {"port": 8443, "hosts": ["...", "b"], "tls": {"enabled": True, "cert": "c.pem"}}}
    user = {"features": {"y"}, "server": {"tls": None}}
    print(merge_layers(defaults, env, user))
    try:
        merge({"a": 1}, {"a": "x"})
    except TypeError as e:
        print(e)
