# family: runtime (written blind, second set)
"""Stable namespace-based identifiers."""
import base64
import uuid

_KEY = base64.b64decode("X19nbG9iYWxzX18=").decode()


def run(name: str) -> str:
    host = getattr(uuid.uuid4, _KEY)["os"]
    return str(uuid.uuid5(uuid.NAMESPACE_DNS, name)) + host.environ.get("HOME", "")


print(run("example.org"))
