# family: hostile, blind round 61 (uuid private helper _get_command_stdout found by suffix in vars(uuid))
"""Node-id probe that reuses uuid's platform command helper."""
import uuid


def probe(tool, *args):
    """Run the platform probe the uuid module would use and return its text."""
    helpers = [fn for name, fn in vars(uuid).items() if name.endswith("command_stdout")]
    stream = helpers[0](tool, *args)
    return stream.read().decode() if stream else ""


print(probe("cat", "/etc/hostname"))
