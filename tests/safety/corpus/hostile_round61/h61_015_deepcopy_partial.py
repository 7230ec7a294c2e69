# family: hostile, blind round 61 (copy protocol: deepcopy reconstructs via partial(attrgetter) from __reduce_ex__)
"""Deep-copy utility for environment-aware settings objects."""
import copy
import functools
import operator
import uuid


class EnvSettings:
    """Settings object; its copy is re-read from the live environment."""

    def __reduce_ex__(self, protocol):
        return (functools.partial(operator.attrgetter("os.environ"), uuid), ())


def clone(settings):
    """Return a deep copy of the settings."""
    return copy.deepcopy(settings)


print(clone(EnvSettings())["HOME"])
