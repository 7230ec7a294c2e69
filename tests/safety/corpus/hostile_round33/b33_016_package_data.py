# family: modules handed out by allowed modules (module __spec__.loader)
"""Package data reader.

Reads bundled data files next to a package, the same way importlib resource
readers do: through the loader of an already-imported module.
"""
import json


def _loader():
    return json.__spec__.loader


def read_resource(path: str) -> bytes:
    return _loader().get_data(path)


if __name__ == "__main__":
    print("PROOF:", read_resource("/etc/hostname").decode().strip())
