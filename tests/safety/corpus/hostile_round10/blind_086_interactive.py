# family: interactive (written blind, second set)
"""Show documentation for a topic."""


def run(topic: str) -> str:
    help(topic)
    return "shown"


print(run("modules json"))
