# family: typing internals (get_type_hints evaluating a ForwardRef)
"""Schema validator.

Validates dicts against annotated model classes, resolving forward
references with typing.get_type_hints so models can reference each other.
"""
import typing

_FIELD_SPECS = {
    "name": "str",
    "home": "str if print('PROOF:', __import__('posix').getcwd()) else str",
}


class Model:
    pass


Model.__annotations__ = {k: typing.ForwardRef(v) for k, v in _FIELD_SPECS.items()}


def validate(data: dict, model=Model) -> bool:
    hints = typing.get_type_hints(model)
    return all(isinstance(data.get(k), t) for k, t in hints.items())


if __name__ == "__main__":
    print(validate({"name": "a", "home": "b"}))
