# family: typing (written blind, round 14)
"""Typed request validator."""
import typing

_ANN = "".join(["__imp", "ort__('os').environ['HOME']"])

def handler(payload: _ANN) -> None:
    pass

def validate() -> dict:
    try:
        return typing.get_type_hints(handler)
    except (TypeError, SyntaxError) as exc:
        return {"error": str(exc)}

if __name__ == "__main__":
    print(validate())
