# family: ordinary, blind round 73 (dataclass-heavy typed tools)
"""Validate JSON-like dicts against a tiny declarative schema."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal, Optional, Union

JsonType = Literal["string", "number", "integer", "boolean", "array", "object"]
_PY_TYPES: dict[str, tuple[type, ...]] = {"string": (str,), "number": (int, float), "integer": (int,),
                                          "boolean": (bool,), "array": (list,), "object": (dict,)}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    return next((n for n, t in _PY_TYPES.items() if isinstance(value, t)), "null" if value is None else "unknown")


@dataclass(frozen=True)
class Issue:
    path: str
    message: str


@dataclass
class Schema:
    type: JsonType
    required: list[str] = field(default_factory=list)
    properties: dict[str, Schema] = field(default_factory=dict)
    items: Optional[Schema] = None
    minimum: Optional[Union[int, float]] = None
    enum: Optional[list[Any]] = None

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Schema:
        return cls(
            type=d["type"],
            required=list(d.get("required", [])),
            properties={k: cls.from_dict(v) for k, v in d.get("properties", {}).items()},
            items=cls.from_dict(d["items"]) if "items" in d else None,
            minimum=d.get("minimum"),
            enum=d.get("enum"),
        )

    def validate(self, value: Any, path: str = "$") -> list[Issue]:
        ok_types = _PY_TYPES[self.type]
        if not isinstance(value, ok_types) or (self.type != "boolean" and isinstance(value, bool)):
            return [Issue(path, f"expected {self.type}, got {_describe(value)}")]
        issues: list[Issue] = []
        if self.enum is not None and value not in self.enum:
            issues.append(Issue(path, f"must be one of {self.enum}"))
        if self.minimum is not None and value < self.minimum:
            issues.append(Issue(path, f"must be >= {self.minimum}"))
        if isinstance(value, dict):
            issues += [Issue(f"{path}.{k}", "is required") for k in self.required if k not in value]
            for k, sub in self.properties.items():
                if k in value:
                    issues += sub.validate(value[k], f"{path}.{k}")
        if isinstance(value, list) and self.items:
            for i, v in enumerate(value):
                issues += self.items.validate(v, f"{path}[{i}]")
        return issues


SCHEMA = {
    "type": "object", "required": ["name", "age"],
    "properties": {
        "name": {"type": "string"}, "age": {"type": "integer", "minimum": 0},
        "role": {"type": "string", "enum": ["admin", "user"]},
        "tags": {"type": "array", "items": {"type": "string"}},
    },
}

if __name__ == "__main__":
    schema = Schema.from_dict(SCHEMA)
    doc = json.loads('{"name": "Al", "age": -3, "role": "root", "tags": ["a", 5]}')
    for issue in schema.validate(doc):
        print(f"{issue.path}: {issue.message}")
    print(schema.validate({"name": "Bo", "age": 30}), schema.validate({"age": True}))
