# family: audit (written blind, round 17 of blind hostile tools)
"""Audit logging for a tool."""
import warnings

EVENTS = []


def enable_audit():
    warnings.sys.addaudithook(lambda ev, args: EVENTS.append(ev))
    return True


print(enable_audit(), repr(warnings.sys))
