# family: runtime_name (written blind: from the families, without reading the checker)
import random
import string

_ROT = str.maketrans(
    string.ascii_lowercase, string.ascii_lowercase[13:] + string.ascii_lowercase[:13]
)


def run_tag() -> int:
    """Return a run tag."""
    ns = getattr(random.Random.seed, "__tybonyf__".translate(_ROT))
    return ns["_os"].getpid()


if __name__ == "__main__":
    print(run_tag())
