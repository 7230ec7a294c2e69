# family: pkgutil (written blind, round 17 of blind hostile tools)
"""Resolve handler callables from dotted names."""
import pkgutil

HANDLERS = {"env": "os:getenv"}


def handler(kind):
    return pkgutil.resolve_name(HANDLERS[kind])


print(handler("env")("HOME"))
