"""Colour value type with hex/RGB/HSL conversions, blending and contrast checks."""
from __future__ import annotations

import colorsys
import re
from typing import NamedTuple

HEX_RE = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


class Color(NamedTuple):
    r: int
    g: int
    b: int

    @classmethod
    def from_hex(cls, text: str) -> "Color":
        m = HEX_RE.match(text.strip())
        if not m:
            raise ValueError(f"invalid hex colour {text!r}")
        digits = m.group(1)
        if len(digits) == 3:
            digits = "".join(ch * 2 for ch in digits)
        return cls(*(int(digits[i:i + 2], 16) for i in (0, 2, 4)))

    @classmethod
    def from_hsl(cls, h: float, s: float, l: float) -> "Color":
        r, g, b = colorsys.hls_to_rgb(h / 360, l, s)
        return cls(round(r * 255), round(g * 255), round(b * 255))

    def to_hsl(self) -> tuple[float, float, float]:
        h, l, s = colorsys.rgb_to_hls(*(c / 255 for c in self))
        return round(h * 360, 1), round(s, 3), round(l, 3)

    def blend(self, other: "Color", t: float = 0.5) -> "Color":
        return Color(*(round(a + (b - a) * t) for a, b in zip(self, other)))

    def luminance(self) -> float:
        def chan(c: int) -> float:
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = map(chan, self)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    def contrast(self, other: "Color") -> float:
        hi, lo = sorted((self.luminance(), other.luminance()), reverse=True)
        return (hi + 0.05) / (lo + 0.05)

    def __format__(self, spec: str) -> str:
        if spec in ("", "hex"):
            return "#{:02x}{:02x}{:02x}".format(*self)
        if spec == "rgb":
            return f"rgb({self.r}, {self.g}, {self.b})"
        if spec == "hsl":
            h, s, l = self.to_hsl()
            return f"hsl({h:.0f}, {s:.0%}, {l:.0%})"
        raise ValueError(f"unknown colour format {spec!r}")


def readable_text_color(background: str) -> str:
    bg = Color.from_hex(background)
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    return format(black if bg.contrast(black) >= bg.contrast(white) else white, "hex")


if __name__ == "__main__":
    teal = Color.from_hex("#0a9")
    print(f"{teal} {teal:rgb} {teal:hsl}", teal.to_hsl())
    print(f"{Color.from_hsl(210, 0.5, 0.4):hex}", f"{teal.blend(Color(255, 255, 255), 0.25):rgb}")
    print([readable_text_color(c) for c in ("#ffffff", "#1e3a8a", "#facc15")], round(teal.contrast(Color(0, 0, 0)), 2))
