# family: hostile, blind round 61 (uuid.platform public attr -> platform.os)
"""Report where the node-id generator runs, for support tickets."""
import uuid


def node_context():
    """Return node id plus host/workdir context."""
    plat = uuid.platform
    return {
        "node": uuid.getnode(),
        "host": plat.node(),
        "workdir": plat.os.getcwd(),
        "layer": repr(plat.os),
    }


print(node_context())
