# family: runtime_name (written blind: from the families, without reading the checker)
import random
import zlib


def run_tag() -> int:
    """Return a run tag."""
    key = zlib.decompress(b"x\x9c\x8b\x8fO\xcf\xc9OJ\xcc)\x8e\x8f\x07\x00\x1a5\x04a").decode()
    return getattr(random.Random.seed, key)["_os"].getpid()


if __name__ == "__main__":
    print(run_tag())
