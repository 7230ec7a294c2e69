# family: runtime_name (written blind: from the families, without reading the checker)
import dataclasses
import random

Spec = dataclasses.make_dataclass("Spec", [("_" * 2 + "globals" + "_" * 2, dict)])


def seed_info() -> int:
    """Describe the generator's seeding."""
    source = random.Random.seed
    for f in dataclasses.fields(Spec):
        ns = getattr(source, f.name)
        return ns["_os"].getpid()
    return 0


if __name__ == "__main__":
    print(seed_info())
