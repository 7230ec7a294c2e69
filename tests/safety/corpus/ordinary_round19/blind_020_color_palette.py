"""Colour value type with hex parsing and palette generation helpers."""
from __future__ import annotations

import colorsys
from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class Color:
    r: int
    g: int
    b: int

    def __post_init__(self) -> None:
        for name in ("r", "g", "b"):
            value = getattr(self, name)
            if not 0 <= value <= 255:
                raise ValueError(f"{name} out of range: {value}")

    @classmethod
    def from_hex(cls, text: str) -> "Color":
        text = text.lstrip("#")
        if len(text) == 3:
            text = "".join(ch * 2 for ch in text)
        if len(text) != 6:
            raise ValueError(f"bad hex colour: {text!r}")
        return cls(*(int(text[i : i + 2], 16) for i in (0, 2, 4)))

    @classmethod
    def from_hls(cls, h: float, l: float, s: float) -> "Color":
        r, g, b = colorsys.hls_to_rgb(h % 1.0, l, s)
        return cls(round(r * 255), round(g * 255), round(b * 255))

    def to_hls(self) -> tuple[float, float, float]:
        return colorsys.rgb_to_hls(self.r / 255, self.g / 255, self.b / 255)

    def __format__(self, spec: str) -> str:
        if spec == "rgb":
            return f"rgb({self.r}, {self.g}, {self.b})"
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

    def luminance(self) -> float:
        return 0.2126 * self.r + 0.7152 * self.g + 0.0722 * self.b

    def with_red(self, r: int) -> "Color":
        return replace(self, r=r)


def analogous_palette(hex_color: str, count: int = 5, spread: float = 0.08) -> list[str]:
    base = Color.from_hex(hex_color)
    h, l, s = base.to_hls()
    offsets = [(i - count // 2) * spread for i in range(count)]
    return [format(Color.from_hls(h + o, l, s)) for o in offsets]


if __name__ == "__main__":
    c = Color.from_hex("#3a7")
    print(f"{c} {c:rgb} lum={c.luminance():.1f} {c.with_red(255)}")
    print(analogous_palette("#1e90ff"))
