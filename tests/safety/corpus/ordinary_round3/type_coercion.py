# ordinary: coerce a dict of strings into typed values according to a schema
from datetime import date
from decimal import Decimal, InvalidOperation


class CoercionError(ValueError):
    pass


def _to_bool(value):
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "y"):
        return True
    if text in ("false", "0", "no", "n", ""):
        return False
    raise CoercionError(f"cannot interpret {value!r} as a boolean")


CONVERTERS = {
    bool: _to_bool,
    int: lambda v: int(str(v).replace("_", "")),
    float: float,
    Decimal: lambda v: Decimal(str(v)),
    date: lambda v: v if isinstance(v, date) else date.fromisoformat(str(v)),
    str: str,
}


def coerce(record, schema):
    result, problems = {}, []
    for key, expected in schema.items():
        if key not in record:
            problems.append(f"{key}: missing")
            continue
        value = record[key]
        if type(value) is expected:
            result[key] = value
            continue
        converter = CONVERTERS.get(expected)
        if converter is None:
            problems.append(f"{key}: no converter for {expected.__name__}")
            continue
        try:
            result[key] = converter(value)
        except (ValueError, TypeError, InvalidOperation) as exc:
            problems.append(f"{key}: {type(value).__name__} {value!r} is not a valid {expected.__name__} ({exc})")
    if problems:
        raise CoercionError("; ".join(problems))
    return result


if __name__ == "__main__":
    schema = {"id": int, "price": Decimal, "active": bool, "released": date, "score": float}
    print(coerce({"id": "1_000", "price": "9.99", "active": "yes", "released": "2024-02-29", "score": 4}, schema))
    try:
        coerce({"id": "x", "price": "abc", "active": "maybe", "released": "2024-13-01"}, schema)
    except CoercionError as exc:
        print(exc)
