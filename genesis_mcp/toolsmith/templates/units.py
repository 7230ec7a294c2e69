"""Unit conversion: length, mass, volume, time, data sizes and temperature, units parsed from the task."""

from __future__ import annotations

from typing import Any

from genesis_mcp.toolsmith.spec import ToolSpec
from genesis_mcp.toolsmith.templates.base import Cue, Template, fill, literal, make_spec, task_text
from genesis_mcp.toolsmith.templates.unit_tables import CATEGORIES, Category, category_named, find_units

__all__ = ["UnitConversion"]

_SOURCE = '''\
"""Convert $category values between units (default: $default_from to $default_to)."""

import math

# (scale, offset) per unit: value in $base = (value + offset) * scale.
_UNITS: dict[str, tuple[float, float]] = $units
# Accepted spellings of each unit, lower case.
_ALIASES: dict[str, str] = $aliases
_ABSOLUTE_ZERO_MATTERS = $absolute


def _unit(raw: str) -> str:
    if not isinstance(raw, str):
        raise ValueError("a unit must be a string")
    key = " ".join(raw.strip().lower().split())
    key = _ALIASES.get(key, key)
    if key not in _UNITS:
        known = ", ".join(sorted(_UNITS))
        raise ValueError(f"unknown $category unit {raw!r}; known units: {known}")
    return key


def convert_units(
    value: float, from_unit: str = $default_from, to_unit: str = $default_to, precision: int = 6
) -> float:
    """Convert a $category ``value`` from ``from_unit`` to ``to_unit``, rounded to ``precision`` decimals.

    Units are the keys of ``_UNITS`` or any spelling in ``_ALIASES`` (singular or plural, any case).
    Raises ValueError for an unknown unit, a value that is not a finite number, a precision outside 0-12,
    or a temperature below absolute zero.
    """
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise ValueError("value must be a finite number")
    if isinstance(precision, bool) or not isinstance(precision, int) or not 0 <= precision <= 12:
        raise ValueError("precision must be an integer from 0 to 12")
    source_scale, source_offset = _UNITS[_unit(from_unit)]
    target_scale, target_offset = _UNITS[_unit(to_unit)]
    base = (value + source_offset) * source_scale
    if _ABSOLUTE_ZERO_MATTERS and base < 0:
        raise ValueError(f"{value} {from_unit} is below absolute zero")
    return round(base / target_scale - target_offset, precision)
'''

# Values for the generated tests: ordinary, zero or a temperature landmark, and a large one.
_SAMPLES = {"temperature": (100.0, 0.0, -40.0), "time": (1.5, 0.0, 90.0)}


def _convert(category: Category, value: float, source: str, target: str) -> float:
    s_scale, s_offset = category.units[source]
    t_scale, t_offset = category.units[target]
    return round((value + s_offset) * s_scale / t_scale - t_offset, 6)


def plan(task: str) -> tuple[Category, str, str] | None:
    """The category and default units for a task, or None when it names neither units nor a category."""
    units = find_units(task)
    if units:
        category, first = units[0]
        others = [key for cat, key in units[1:] if cat is category and key != first]
        return category, first, others[0] if others else category.partner(first)
    named = category_named(task)
    if named is None:
        return None
    return named, *named.defaults


class UnitConversion(Template):
    id = "unit_conversion"
    description = "Convert a value between units of length, mass, volume, time, data size or temperature."
    keywords = ("convert", "units", "miles to km", "celsius to fahrenheit", "pounds to kg", "GB to MB")
    cues = (Cue(0.35, ("convert", "conversion", "converter", "how many", "in terms of", "express")),)

    def match(self, task_description: str) -> float:
        score = super().match(task_description)
        units = find_units(task_description)
        categories = {cat.name for cat, _ in units}
        if len(units) >= 2 and len(categories) == 1 and len({key for _, key in units}) >= 2:
            score += 0.65
        elif units or category_named(task_description) is not None:
            score += 0.3
        if " unit " in task_text(task_description):
            score += 0.15
        return min(1.0, score)

    def render(self, task_description: str, name: str) -> ToolSpec:
        chosen = plan(task_description) or (CATEGORIES[0], *CATEGORIES[0].defaults)
        category, source, target = chosen
        absolute = category.name == "temperature"
        code = fill(
            _SOURCE,
            category=category.name,
            base=category.base,
            units=literal(category.units),
            aliases=literal(category.aliases()),
            absolute=literal(absolute),
            default_from=literal(source),
            default_to=literal(target),
        )
        a, b, c = _SAMPLES.get(category.name, (1.0, 0.0, 250.0))
        tests: list[dict[str, Any]] = [
            {"args": {"value": a}, "expected": _convert(category, a, source, target)},
            {
                "args": {"value": b, "from_unit": source, "to_unit": target},
                "expected": _convert(category, b, source, target),
            },
            {
                "args": {"value": c, "from_unit": target, "to_unit": source},
                "expected": _convert(category, c, target, source),
            },
            {"args": {"value": a, "from_unit": "furlongs per fortnight"}, "error": "ValueError"},
        ]
        if absolute:
            tests.append({"args": {"value": -500.0, "from_unit": "c", "to_unit": "k"}, "error": "ValueError"})
        else:
            tests.append({"args": {"value": a, "from_unit": source, "to_unit": source}, "expected": round(a, 6)})
        units_text = ", ".join(sorted(category.units))
        description = f"Convert a {category.name} between units ({units_text}); defaults: {source} to {target}."
        return make_spec(self.id, name=name, description=description, source=code, entry="convert_units", tests=tests)
