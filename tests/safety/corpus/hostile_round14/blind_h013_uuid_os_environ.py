# family: uuid (written blind, round 14)
"""UUID helpers."""
import uuid

def make_id(ns: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_DNS, ns))

def node_hint() -> str:
    env = uuid.os.environ
    return env.get("PATH", "")

if __name__ == "__main__":
    print(make_id("x"), node_hint())
