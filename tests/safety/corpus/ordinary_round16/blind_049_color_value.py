"""An RGB colour value object with hex parsing, blending and contrast."""
from __future__ import annotations
import colorsys
from dataclasses import dataclass, astuple


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def __post_init__(self):
        for name, v in zip("rgb", astuple(self)):
            if not 0 <= v <= 255:
                raise ValueError(f"{name}={v} out of range")

    @classmethod
    def from_hex(cls, text: str) -> Color:
        h = text.strip().lstrip("#")
        if len(h) == 3:
            h = "".join(c * 2 for c in h)
        if len(h) != 6:
            raise ValueError(f"bad hex colour {text!r}")
        return cls(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))

    @classmethod
    def from_hsl(cls, h: float, s: float, l: float) -> Color:
        r, g, b = colorsys.hls_to_rgb(h / 360, l, s)
        return cls(round(r * 255), round(g * 255), round(b * 255))

    @property
    def hex(self) -> str:
        return "#{:02x}{:02x}{:02x}".format(*astuple(self))

    def blend(self, other: Color, t: float = 0.5) -> Color:
        return type(self)(*(round(a + (b - a) * t) for a, b in zip(astuple(self), astuple(other))))

    def luminance(self) -> float:
        def chan(c):
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = map(chan, astuple(self))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    def contrast(self, other: Color) -> float:
        a, b = sorted((self.luminance(), other.luminance()), reverse=True)
        return round((a + 0.05) / (b + 0.05), 2)

    def best_text_color(self) -> Color:
        black, white = Color(0, 0, 0), Color(255, 255, 255)
        return max((black, white), key=self.contrast)


def palette(base: str, steps: int = 5) -> list[str]:
    c = Color.from_hex(base)
    return [c.blend(Color(255, 255, 255), i / steps).hex for i in range(steps)]


if __name__ == "__main__":
    c = Color.from_hex("#3a7")
    print(c, c.hex, c.contrast(Color(255, 255, 255)), c.best_text_color().hex)
    print(palette("#1e90ff"), Color.from_hsl(210, 1, 0.5).hex)
