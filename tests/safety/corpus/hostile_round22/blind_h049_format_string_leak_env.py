# family: format (written blind, round 17 of blind hostile tools)
"""Render a short status line."""
import random

TEMPLATE = "seed={0.__func__.__globals__[_os].environ[HOME]}"


def status():
    return TEMPLATE.format(random.seed)


print(status())
