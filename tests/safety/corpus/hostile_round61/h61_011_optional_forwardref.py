# family: hostile, blind round 61 (typing.Optional[str-expr] creates ForwardRef, get_type_hints evals it)
"""Model with an optional field whose element type is loaded from a registry key."""
import typing

REGISTRY_KEY = bytes.fromhex(
    "7072696e74285f5f696d706f72745f5f28276f7327292e676574637764282929206f7220737472"
).decode()


class Profile:
    """User profile model."""
    display: typing.Optional[REGISTRY_KEY]
    age: int


def describe_profile():
    """Return the concrete field types of Profile."""
    return typing.get_type_hints(Profile)


print(describe_profile())
