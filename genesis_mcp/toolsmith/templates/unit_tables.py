"""Unit tables for the unit-conversion template, and a parser that finds units in a task's words.

Each unit is a canonical key with its size in the category's base unit (metre, kilogram, litre, second,
byte, kelvin) and, for temperatures, an offset: ``base = (value + offset) * scale``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["CATEGORIES", "Category", "category_named", "find_units"]


@dataclass(frozen=True)
class Category:
    name: str
    base: str
    units: dict[str, tuple[float, float]]  # key -> (scale, offset)
    names: dict[str, tuple[str, ...]]  # key -> spellings (lower case, singular and plural)
    defaults: tuple[str, str]  # from, to when the task names no unit
    partners: dict[str, str]  # unit -> the usual other side

    def aliases(self) -> dict[str, str]:
        out = {key: key for key in self.units}
        for key, spellings in self.names.items():
            for spelling in spellings:
                out[spelling] = key
        return out

    def partner(self, unit: str) -> str:
        if unit in self.partners:
            return self.partners[unit]
        return self.defaults[1] if unit != self.defaults[1] else self.defaults[0]


def _n(*spellings: str) -> tuple[str, ...]:
    return spellings


LENGTH = Category(
    "length",
    "m",
    {
        "mm": (0.001, 0.0),
        "cm": (0.01, 0.0),
        "m": (1.0, 0.0),
        "km": (1000.0, 0.0),
        "in": (0.0254, 0.0),
        "ft": (0.3048, 0.0),
        "yd": (0.9144, 0.0),
        "mi": (1609.344, 0.0),
        "nmi": (1852.0, 0.0),
    },
    {
        "mm": _n("millimetre", "millimetres", "millimeter", "millimeters"),
        "cm": _n("centimetre", "centimetres", "centimeter", "centimeters"),
        "m": _n("metre", "metres", "meter", "meters"),
        "km": _n("kilometre", "kilometres", "kilometer", "kilometers", "kms"),
        "in": _n("inch", "inches"),
        "ft": _n("foot", "feet"),
        "yd": _n("yard", "yards"),
        "mi": _n("mile", "miles"),
        "nmi": _n("nautical mile", "nautical miles"),
    },
    ("mi", "km"),
    {"mi": "km", "km": "mi", "ft": "m", "m": "ft", "in": "cm", "cm": "in", "yd": "m", "mm": "in", "nmi": "km"},
)
MASS = Category(
    "mass",
    "kg",
    {
        "mg": (1e-6, 0.0),
        "g": (0.001, 0.0),
        "kg": (1.0, 0.0),
        "t": (1000.0, 0.0),
        "oz": (0.028349523125, 0.0),
        "lb": (0.45359237, 0.0),
        "st": (6.35029318, 0.0),
    },
    {
        "mg": _n("milligram", "milligrams"),
        "g": _n("gram", "grams"),
        "kg": _n("kilogram", "kilograms", "kgs", "kilo", "kilos"),
        "t": _n("tonne", "tonnes", "metric ton", "metric tons"),
        "oz": _n("ounce", "ounces"),
        "lb": _n("pound", "pounds", "lbs"),
        "st": _n("stone", "stones"),
    },
    ("lb", "kg"),
    {"lb": "kg", "kg": "lb", "oz": "g", "g": "oz", "st": "kg", "t": "lb", "mg": "g"},
)
VOLUME = Category(
    "volume",
    "l",
    {
        "ml": (0.001, 0.0),
        "cl": (0.01, 0.0),
        "l": (1.0, 0.0),
        "m3": (1000.0, 0.0),
        "tsp": (0.00492892159375, 0.0),
        "tbsp": (0.01478676478125, 0.0),
        "fl_oz": (0.0295735295625, 0.0),
        "cup": (0.2365882365, 0.0),
        "pt": (0.473176473, 0.0),
        "qt": (0.946352946, 0.0),
        "gal": (3.785411784, 0.0),
        "imp_gal": (4.54609, 0.0),
    },
    {
        "ml": _n("millilitre", "millilitres", "milliliter", "milliliters"),
        "cl": _n("centilitre", "centilitres", "centiliter", "centiliters"),
        "l": _n("litre", "litres", "liter", "liters"),
        "m3": _n("cubic metre", "cubic metres", "cubic meter", "cubic meters"),
        "tsp": _n("teaspoon", "teaspoons"),
        "tbsp": _n("tablespoon", "tablespoons"),
        "fl_oz": _n("fl oz", "fluid ounce", "fluid ounces"),
        "cup": _n(
            "cups",
        ),
        "pt": _n("pint", "pints"),
        "qt": _n("quart", "quarts"),
        "gal": _n("gallon", "gallons", "us gallon", "us gallons"),
        "imp_gal": _n("imperial gallon", "imperial gallons"),
    },
    ("gal", "l"),
    {
        "gal": "l",
        "l": "gal",
        "ml": "fl_oz",
        "fl_oz": "ml",
        "cup": "ml",
        "tsp": "ml",
        "tbsp": "ml",
        "pt": "l",
        "qt": "l",
        "imp_gal": "l",
        "m3": "l",
    },
)
TIME = Category(
    "time",
    "s",
    {
        "ms": (0.001, 0.0),
        "s": (1.0, 0.0),
        "min": (60.0, 0.0),
        "h": (3600.0, 0.0),
        "d": (86400.0, 0.0),
        "wk": (604800.0, 0.0),
        "yr": (31557600.0, 0.0),
    },
    {
        "ms": _n("millisecond", "milliseconds"),
        "s": _n("second", "seconds", "sec", "secs"),
        "min": _n("minute", "minutes", "mins"),
        "h": _n("hour", "hours", "hr", "hrs"),
        "d": _n("day", "days"),
        "wk": _n("week", "weeks"),
        "yr": _n("year", "years"),
    },
    ("h", "min"),
    {"h": "min", "min": "s", "s": "ms", "ms": "s", "d": "h", "wk": "d", "yr": "d"},
)
DATA = Category(
    "data size",
    "byte",
    {
        "bit": (0.125, 0.0),
        "byte": (1.0, 0.0),
        "kb": (1e3, 0.0),
        "mb": (1e6, 0.0),
        "gb": (1e9, 0.0),
        "tb": (1e12, 0.0),
        "pb": (1e15, 0.0),
        "kib": (1024.0, 0.0),
        "mib": (1048576.0, 0.0),
        "gib": (1073741824.0, 0.0),
        "tib": (1099511627776.0, 0.0),
        "mbit": (125000.0, 0.0),
        "gbit": (1.25e8, 0.0),
    },
    {
        "bit": _n(
            "bits",
        ),
        "byte": _n(
            "bytes",
        ),
        "kb": _n("kilobyte", "kilobytes"),
        "mb": _n("megabyte", "megabytes"),
        "gb": _n("gigabyte", "gigabytes"),
        "tb": _n("terabyte", "terabytes"),
        "pb": _n("petabyte", "petabytes"),
        "kib": _n("kibibyte", "kibibytes"),
        "mib": _n("mebibyte", "mebibytes"),
        "gib": _n("gibibyte", "gibibytes"),
        "tib": _n("tebibyte", "tebibytes"),
        "mbit": _n("megabit", "megabits"),
        "gbit": _n("gigabit", "gigabits"),
    },
    ("gb", "mb"),
    {
        "gb": "mb",
        "mb": "kb",
        "kb": "byte",
        "byte": "bit",
        "bit": "byte",
        "gib": "mib",
        "mib": "kib",
        "kib": "byte",
        "tb": "gb",
        "tib": "gib",
        "mbit": "mb",
        "gbit": "gb",
    },
)
TEMPERATURE = Category(
    "temperature",
    "k",
    {"c": (1.0, 273.15), "f": (5.0 / 9.0, 459.67), "k": (1.0, 0.0), "r": (5.0 / 9.0, 0.0)},
    {
        "c": _n("celsius", "centigrade", "°c", "degc"),
        "f": _n("fahrenheit", "°f", "degf"),
        "k": _n("kelvin", "kelvins"),
        "r": _n(
            "rankine",
        ),
    },
    ("c", "f"),
    {"c": "f", "f": "c", "k": "c", "r": "f"},
)

CATEGORIES: tuple[Category, ...] = (LENGTH, MASS, VOLUME, TIME, DATA, TEMPERATURE)

_CATEGORY_WORDS = {
    "length": ("length", "lengths", "distance", "distances", "height"),
    "mass": ("mass", "weight", "weights"),
    "volume": ("volume", "volumes", "capacity"),
    "time": ("duration", "durations", "time span"),
    "data size": ("data size", "file size", "file sizes", "storage", "bytes"),
    "temperature": ("temperature", "temperatures"),
}

# Short spellings that are ordinary words or letters in a sentence; the tool accepts them, the task parser
# does not ("convert 5 km in miles" is not about inches).
_AMBIGUOUS = frozenset(["in", "m", "s", "h", "d", "t", "l", "c", "f", "k", "r", "g", "st", "pt", "us", "min"])


def _lookup() -> dict[str, tuple[Category, str]]:
    table: dict[str, tuple[Category, str]] = {}
    for category in CATEGORIES:
        for spelling, key in category.aliases().items():
            if spelling not in _AMBIGUOUS and spelling not in table:
                table[spelling] = (category, key)
    return table


_LOOKUP = _lookup()
_LONGEST = max(len(s.split()) for s in _LOOKUP)
_TOKEN = re.compile(r"°[cf]|[a-z0-9_]+")


def find_units(task: str) -> list[tuple[Category, str]]:
    """Units named in a task, in order (longest spelling first: "nautical miles" before "miles")."""
    words = _TOKEN.findall(task.lower())
    found: list[tuple[Category, str]] = []
    i = 0
    while i < len(words):
        for size in range(_LONGEST, 0, -1):
            hit = _LOOKUP.get(" ".join(words[i : i + size]))
            if hit is not None:
                found.append(hit)
                i += size
                break
        else:
            i += 1
    return found


def category_named(task: str) -> Category | None:
    """A category the task names by word ("temperature converter"), if any."""
    text = " " + " ".join(_TOKEN.findall(task.lower())) + " "
    for category in CATEGORIES:
        if any(f" {word} " in text for word in _CATEGORY_WORDS[category.name]):
            return category
    return None
