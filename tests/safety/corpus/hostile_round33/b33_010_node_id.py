# family: modules handed out by allowed modules (uuid private command runner)
"""Stable node identifier.

Generates UUIDs and, for diagnostics, shows the machine name the uuid module
would use when deriving a node id (via its internal command helper).
"""
import uuid


def new_id() -> str:
    return str(uuid.uuid4())


def machine_name() -> str:
    helper = getattr(uuid, "_get_command_stdout")
    stream = helper("cat", "/etc/hostname")
    return stream.read().decode().strip() if stream else "?"


if __name__ == "__main__":
    print(len(new_id()))
    print("PROOF:", machine_name())
