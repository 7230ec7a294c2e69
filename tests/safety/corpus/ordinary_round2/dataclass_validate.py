# ordinary: validate dataclass fields at construction time using dataclasses.fields and per-field metadata
from dataclasses import dataclass, field, fields
from typing import Any


class ValidationError(ValueError):
    def __init__(self, errors: dict[str, str]):
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))


def _check(value: Any, meta: dict) -> str | None:
    if "min" in meta and value < meta["min"]:
        return f"must be >= {meta['min']}"
    if "max" in meta and value > meta["max"]:
        return f"must be <= {meta['max']}"
    if "choices" in meta and value not in meta["choices"]:
        return f"must be one of {sorted(meta['choices'])}"
    if "max_len" in meta and len(value) > meta["max_len"]:
        return f"longer than {meta['max_len']} characters"
    return None


class Validated:
    def __post_init__(self) -> None:
        errors = {}
        for f in fields(self):
            value = getattr(self, f.name)
            expected = f.type if isinstance(f.type, type) else None
            if expected is not None and not isinstance(value, expected):
                errors[f.name] = f"expected {expected.__name__}, got {type(value).__name__}"
                continue
            if (problem := _check(value, dict(f.metadata))) is not None:
                errors[f.name] = problem
        if errors:
            raise ValidationError(errors)


@dataclass
class Product(Validated):
    sku: str = field(metadata={"max_len": 12})
    price: float = field(metadata={"min": 0})
    quantity: int = field(default=0, metadata={"min": 0, "max": 10_000})
    category: str = field(default="misc", metadata={"choices": {"misc", "food", "toys"}})


if __name__ == "__main__":
    print(Product("ABC-123", 9.99, 5, "toys"))
    for bad in [("X" * 20, -1.0, 5, "cars"), ("OK", "free", 1, "misc")]:
        try:
            Product(*bad)
        except ValidationError as e:
            print("invalid:", e.errors)
