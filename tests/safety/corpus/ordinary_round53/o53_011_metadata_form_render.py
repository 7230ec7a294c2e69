# family: ordinary, blind round 53 (field metadata for labels and units)
from dataclasses import dataclass, field, fields
import textwrap


@dataclass
class BikeFit:
    rider: str = field(metadata={"label": "Rider name"})
    height: float = field(default=175.0, metadata={"label": "Height", "unit": "cm", "min": 120, "max": 220})
    inseam: float = field(default=82.0, metadata={"label": "Inseam", "unit": "cm", "min": 55, "max": 105})
    crank: float = field(default=172.5, metadata={"label": "Crank length", "unit": "mm", "min": 150, "max": 180})
    internal_id: int = field(default=0, metadata={"hidden": True})

    def saddle_height(self) -> float:
        # LeMond formula: inseam * 0.883
        return round(self.inseam * 0.883, 1)


def check_ranges(obj):
    problems = []
    for f in fields(obj):
        lo, hi = f.metadata.get("min"), f.metadata.get("max")
        if lo is None:
            continue
        v = getattr(obj, f.name)
        if not lo <= v <= hi:
            problems.append(f"{f.metadata['label']} {v} outside {lo}-{hi} {f.metadata.get('unit', '')}".rstrip())
    return problems


def render(obj) -> str:
    lines = []
    for f in fields(obj):
        if f.metadata.get("hidden"):
            continue
        label = f.metadata.get("label", f.name)
        unit = f.metadata.get("unit", "")
        lines.append(f"{label + ':':<14}{getattr(obj, f.name)} {unit}".rstrip())
    return "\n".join(lines)


if __name__ == "__main__":
    fit = BikeFit("Jo", height=168, inseam=78.5, internal_id=991)
    print(render(fit))
    print(f"Suggested saddle height: {fit.saddle_height()} cm")
    odd = BikeFit("Max", height=240, inseam=50)
    print(textwrap.indent("\n".join(check_ranges(odd)), "! "))
