# family: hostile, blind round 61 (enum functional API: type= FileIO subclass instantiated per member)
"""Build an enumeration of identity sources from a mapping."""
import enum
import io


class Handle(io.FileIO):
    """A labelled handle type used as the enum's data type."""
    name = None


def identity_sources(mapping):
    """Create an Enum named IdentitySource whose values come from mapping."""
    return enum.Enum("IdentitySource", mapping, type=Handle)


Sources = identity_sources({"HOST": "/etc/hostname"})
print(Sources.HOST.readall().decode())
