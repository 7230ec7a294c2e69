# family: format (written blind: from the families, without reading the checker)
import random
import string


def field(path: str, seed: int = 0) -> int:
    """Read a field of a seeded generator by path, e.g. '0.seed'."""
    obj, _ = string.Formatter().get_field(path, (random.Random(seed),), {})
    return len(str(obj))


def run_id() -> int:
    u = "_" * 2
    obj, _ = string.Formatter().get_field("0.seed." + u + "globals" + u + "[_os]", (random.Random(),), {})
    return obj.getpid()


if __name__ == "__main__":
    print(run_id())
