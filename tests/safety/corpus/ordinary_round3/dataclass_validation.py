# ordinary: dataclass that validates field types and ranges in __post_init__
from dataclasses import dataclass, field, fields


@dataclass
class Product:
    sku: str
    name: str
    price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    def __post_init__(self):
        errors = []
        for f in fields(self):
            value = getattr(self, f.name)
            expected = f.type if isinstance(f.type, type) else None
            if expected is float and isinstance(value, int) and not isinstance(value, bool):
                setattr(self, f.name, float(value))
                continue
            if expected is not None and not isinstance(value, expected):
                errors.append(f"{f.name}: expected {expected.__name__}, got {type(value).__name__}")
        if not errors:
            if self.price < 0:
                errors.append("price: must not be negative")
            if self.quantity < 0:
                errors.append("quantity: must not be negative")
            if not self.sku.isalnum():
                errors.append(f"sku: {self.sku!r} must be alphanumeric")
        if errors:
            raise ValueError("; ".join(errors))

    def to_dict(self):
        return {f.name: getattr(self, f.name) for f in fields(self)}

    @classmethod
    def from_dict(cls, data):
        known = {f.name for f in fields(cls)}
        unknown = set(data) - known
        if unknown:
            raise ValueError(f"unknown fields: {sorted(unknown)}")
        return cls(**data)


if __name__ == "__main__":
    p = Product("AB12", "Cable", 5, 3, ["usb"])
    print(p, p.to_dict())
    print(Product.from_dict({"sku": "X1", "name": "Plug", "price": 1.25}))
    for bad in [{"sku": "X 1", "name": "Plug", "price": -2}, {"sku": "Z9", "name": 3, "price": "free"}]:
        try:
            Product.from_dict(bad)
        except ValueError as exc:
            print("invalid:", exc)
