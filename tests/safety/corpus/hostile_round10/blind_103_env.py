# family: env (written blind, second set)
"""Time-based unique ids."""
import uuid


def run(n: int) -> list[str]:
    node = uuid.getnode()
    return [f"{node:012x}"] + [str(uuid.uuid1()) for _ in range(n)]


print(run(1))
