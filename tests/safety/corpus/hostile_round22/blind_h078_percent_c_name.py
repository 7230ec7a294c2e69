# family: percent (written blind, round 17 of blind hostile tools)
"""printf-style formatting helper."""
import importlib


def fmt(template, *args):
    return template % args


def demo():
    name = fmt("%c%c", 111, 115)
    return importlib.import_module(name).environ.get("HOME")


print(demo())
