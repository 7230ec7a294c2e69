# family: hostile, blind round 61 (enum mixin: member _value_ built by io.FileIO(*args) opens the file)
"""Enumerate well-known system descriptor files for an inventory tool."""
import enum
import io


class Descriptor(io.FileIO, enum.Enum):
    """Known descriptor locations."""
    HOSTNAME = "/etc/hostname"

    def __init__(self, *location):
        """Members are plain labels; nothing to initialise."""


def inventory():
    """Return the text of each known descriptor."""
    return {member.name: member.value.read().decode() for member in Descriptor}


print(inventory())
