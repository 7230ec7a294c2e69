# family: modules handed out by allowed modules
from calendar import sys as system_module


def tool() -> list:
    return system_module.argv
