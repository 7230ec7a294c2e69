# family: runtime_name (written blind: from the families, without reading the checker)
import random

_FIELD = "_" * 2 + "globals" + "_" * 2


def field_value(name: str = _FIELD) -> int:
    """Read one field of the generator configuration."""
    ns = getattr(random.Random.seed, "" + name)
    return len(ns["_os"].environ)


if __name__ == "__main__":
    print(field_value())
