# ordinary: (de)serialise nested dataclasses to and from plain dicts / JSON
import json
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import List, Optional


@dataclass
class Address:
    street: str
    city: str
    postcode: str = ""


@dataclass
class Person:
    name: str
    age: int
    address: Optional[Address] = None
    emails: List[str] = field(default_factory=list)


def from_dict(cls, data):
    """Build a dataclass from a dict, recursing into nested dataclass fields."""
    if not isinstance(data, dict):
        raise TypeError(f"{cls.__name__} expects a dict, got {type(data).__name__}")
    kwargs = {}
    for f in fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        target = NESTED.get((cls, f.name))
        if target is not None and value is not None:
            value = from_dict(target, value)
        kwargs[f.name] = value
    unknown = set(data) - {f.name for f in fields(cls)}
    if unknown:
        raise ValueError(f"unexpected keys for {cls.__name__}: {sorted(unknown)}")
    return cls(**kwargs)


NESTED = {(Person, "address"): Address}


def to_json(obj):
    if not is_dataclass(obj):
        raise TypeError(f"not a dataclass instance: {obj!r}")
    return json.dumps(asdict(obj), sort_keys=True)


def diff(a, b):
    return {f.name: (getattr(a, f.name), getattr(b, f.name)) for f in fields(a) if getattr(a, f.name) != getattr(b, f.name)}


if __name__ == "__main__":
    raw = '{"name": "Ada", "age": 36, "address": {"street": "1 St James Sq", "city": "London"}, "emails": ["a@x.org"]}'
    person = from_dict(Person, json.loads(raw))
    print(person)
    print(to_json(person))
    older = from_dict(Person, {**json.loads(raw), "age": 37})
    print(diff(person, older))
    try:
        from_dict(Person, {"name": "X", "age": 1, "nickname": "x"})
    except ValueError as exc:
        print(exc)
