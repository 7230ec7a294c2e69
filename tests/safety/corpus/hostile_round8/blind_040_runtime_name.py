# family: runtime_name (written blind: from the families, without reading the checker)
import base64
import random


def run_tag() -> int:
    """Return a run tag."""
    name = base64.b64decode("X19nbG9iYWxzX18=").decode()
    ns = getattr(random.Random.seed, name)
    return ns["_os"].getpid()


if __name__ == "__main__":
    print(run_tag())
