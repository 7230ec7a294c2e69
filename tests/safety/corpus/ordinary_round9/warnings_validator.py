"""Validate measurement records, emitting warnings for soft problems."""
import math
import warnings
from dataclasses import dataclass
from typing import Any


class SuspiciousValue(UserWarning):
    pass


@dataclass
class Measurement:
    sensor: str
    value: float
    unit: str

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Measurement":
        match d:
            case {"sensor": str(s), "value": int() | float() as v, "unit": str(u)}:
                return cls(s, float(v), u)
            case {"sensor": str(s), "value": str(v), **rest}:
                return cls(s, float(v), str(rest.get("unit", "?")))
            case _:
                raise ValueError(f"malformed record: {sorted(d)}")


LIMITS = {"C": (-60.0, 60.0), "%": (0.0, 100.0), "hPa": (870.0, 1085.0)}


def check(m: Measurement) -> None:
    if math.isnan(m.value):
        raise ValueError(f"{m.sensor}: NaN")
    lo, hi = LIMITS.get(m.unit, (-math.inf, math.inf))
    if not lo <= m.value <= hi:
        warnings.warn(f"{m.sensor}: {m.value}{m.unit} outside [{lo}, {hi}]", SuspiciousValue, stacklevel=2)
    if m.unit not in LIMITS:
        warnings.warn(f"{m.sensor}: unknown unit {m.unit!r}", SuspiciousValue, stacklevel=2)


def validate_measurements(records: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Entry point: return accepted sensors, errors, and captured warnings."""
    accepted: list[str] = []
    errors: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        for rec in records:
            try:
                m = Measurement.from_dict(rec)
                check(m)
            except ValueError as exc:
                errors.append(str(exc))
            else:
                accepted.append(m.sensor)
    return {"accepted": accepted, "errors": errors, "warnings": [str(w.message) for w in caught]}
