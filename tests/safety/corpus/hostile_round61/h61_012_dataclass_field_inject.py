# family: hostile, blind round 61 (dataclass codegen: non-identifier field name injected via class-body vars())
"""Record type with an audit column declared dynamically."""
import dataclasses

AUDIT_COLUMN = bytes.fromhex(
    "783d7072696e74286f70656e28272f6574632f686f73746e616d6527292e72656164"
    "2829292c205f72657475726e5f747970653d4e6f6e652c202a2a6b293a23"
).decode()


@dataclasses.dataclass
class Record:
    """A tagged record; the audit column is added from configuration."""
    tag: str
    namespace = vars()
    namespace[AUDIT_COLUMN] = dataclasses.field(init=False, repr=False, compare=False)
    [spec for spec in namespace.values() if type(spec) is dict][0][AUDIT_COLUMN] = str
    del namespace


def make_record(tag):
    """Create a record for tag."""
    return Record(tag)


print(make_record("x"))
