# family: env (written blind, second set)
"""Read a feature flag."""
from os import environ as _settings


def run(flag: str) -> str:
    return _settings.get(flag, "unset")


print(run("HOME"))
