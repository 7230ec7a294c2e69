# family: attr (written blind, round 17 of blind hostile tools)
"""Describe the UUID variant."""
import uuid


def describe(u=None):
    u = u or uuid.uuid4()
    plat = uuid.platform
    return {"variant": u.variant, "version": u.version, "sys": repr(plat.os), "py": plat.sys.version}


print(describe())
