"""A tiny JSON-schema-like validator built from a class hierarchy of rules."""

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, ClassVar

RULES: dict[str, type["Rule"]] = {}


def rule(name: str, *python_types: type):
    def decorator(cls: type["Rule"]) -> type["Rule"]:
        cls.type_name, cls.python_types, RULES[name] = name, python_types, cls
        return cls
    return decorator


class Rule(ABC):
    type_name: ClassVar[str] = "any"
    python_types: ClassVar[tuple[type, ...]] = ()

    @staticmethod
    def from_dict(spec: dict[str, Any]) -> "Rule":
        rule_cls = RULES[spec["type"]]
        options = {k: v for k, v in spec.items() if k != "type"}
        hook = getattr(rule_cls, "from_options", None)
        return hook(options) if hook else rule_cls(**options)

    def validate(self, value: Any, path: str = "$") -> list[str]:
        if isinstance(value, bool) or not isinstance(value, self.python_types):
            return [f"{path}: expected {self.type_name}, got {type(value).__name__}"]
        return self.check(value, path)

    @abstractmethod
    def check(self, value: Any, path: str) -> list[str]: ...


@rule("string", str)
@dataclass
class StringRule(Rule):
    min_length: int = 0

    def check(self, value: str, path: str) -> list[str]:
        return [f"{path}: shorter than {self.min_length}"] if len(value) < self.min_length else []


@rule("number", int, float)
@dataclass
class NumberRule(Rule):
    minimum: float | None = None

    def check(self, value: float, path: str) -> list[str]:
        return [f"{path}: {value} < {self.minimum}"] if self.minimum is not None and value < self.minimum else []


@rule("object", dict)
@dataclass
class ObjectRule(Rule):
    properties: dict[str, Rule] = field(default_factory=dict)
    required: list[str] = field(default_factory=list)

    @classmethod
    def from_options(cls, options: dict[str, Any]) -> "Rule":
        props = {k: Rule.from_dict(v) for k, v in options.get("properties", {}).items()}
        return cls(props, list(options.get("required", [])))

    def check(self, value: dict, path: str) -> list[str]:
        errs = [f"{path}: missing {k!r}" for k in self.required if k not in value]
        return errs + [e for k, r in self.properties.items() if k in value for e in r.validate(value[k], f"{path}.{k}")]


def validate(schema: dict[str, Any], document: Any) -> list[str]:
    return Rule.from_dict(schema).validate(document)


if __name__ == "__main__":
    schema = {"type": "object", "required": ["name", "age"], "properties": {
        "name": {"type": "string", "min_length": 2}, "age": {"type": "number", "minimum": 0},
        "role": {"type": "string", "min_length": 4}}}
    for doc in ({"name": "Al", "age": 30, "role": "user"}, {"name": "A", "age": -1, "role": "root"}, {"age": True}):
        print(validate(schema, doc))
