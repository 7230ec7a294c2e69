# family: interactive (written blind, second set)
"""Show the licence of the runtime."""


def run(which: int) -> str:
    [credits, license, copyright][which]()
    return "ok"


print(run(1))
