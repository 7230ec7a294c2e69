"""Generate colour palettes from a base hex colour using colorsys."""
import colorsys
from dataclasses import dataclass, replace
from typing import Literal

Scheme = Literal["complementary", "triadic", "analogous", "shades"]


@dataclass(frozen=True)
class HSL:
    h: float
    s: float
    l: float

    @classmethod
    def from_hex(cls, text: str) -> "HSL":
        text = text.lstrip("#")
        if len(text) == 3:
            text = "".join(c * 2 for c in text)
        r, g, b = (int(text[i:i + 2], 16) / 255 for i in (0, 2, 4))
        h, l, s = colorsys.rgb_to_hls(r, g, b)
        return cls(h, s, l)

    def to_hex(self) -> str:
        r, g, b = colorsys.hls_to_rgb(self.h % 1.0, self.l, self.s)
        return "#{:02x}{:02x}{:02x}".format(*(round(c * 255) for c in (r, g, b)))

    def rotate(self, degrees: float) -> "HSL":
        return replace(self, h=(self.h + degrees / 360) % 1.0)


def palette(base: str, scheme: Scheme = "complementary", count: int = 5) -> list[str]:
    """Entry point: return hex colours for the given scheme."""
    c = HSL.from_hex(base)
    match scheme:
        case "complementary":
            colours = [c, c.rotate(180)]
        case "triadic":
            colours = [c, c.rotate(120), c.rotate(240)]
        case "analogous":
            step = 30
            colours = [c.rotate(step * (i - count // 2)) for i in range(count)]
        case "shades":
            colours = [replace(c, l=min(max((i + 1) / (count + 1), 0.0), 1.0)) for i in range(count)]
        case other:
            raise ValueError(f"unknown scheme {other!r}")
    return [col.to_hex() for col in colours]
