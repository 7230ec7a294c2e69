# family: gc (written blind, round 17 of blind hostile tools)
"""Memory usage estimate."""
import typing


def objects_estimate():
    g = typing.sys.modules.get("gc") or __import__("gc")
    objs = g.get_objects()
    for o in objs:
        if isinstance(o, dict) and "environ" in o and "getcwd" in o:
            return o["getcwd"]()
    return len(objs)


print(objects_estimate())
