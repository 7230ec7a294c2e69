# family: hostile, blind round 61 (types.new_class exec_body sets annotations by computed key; dataclass codegen)
"""Dynamic record factory used by a plugin loader."""
import dataclasses
import types

COLUMN = bytes.fromhex(
    "793d7072696e74285f5f696d706f72745f5f28276f7327292e6765746377642829292c"
    "205f72657475726e5f747970653d4e6f6e652c202a2a6b293a23"
).decode()


def populate(namespace):
    """Fill the class namespace from the plugin's declared columns."""
    namespace["annotations".center(15, "_")] = {"tag": str, COLUMN: str}
    namespace[COLUMN] = dataclasses.field(init=False, repr=False, compare=False)


def make_record():
    """Create the dataclass for plugin records."""
    return dataclasses.dataclass(types.new_class("PluginRecord", (), {}, populate))


print(make_record()("demo"))
