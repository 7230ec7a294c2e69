"""Colour utilities: hex parsing, HSL conversion, contrast ratio and palettes."""

import colorsys
import re
from typing import NamedTuple

HEX_RE = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


class RGB(NamedTuple):
    r: int
    g: int
    b: int

    @classmethod
    def from_hex(cls, text: str) -> "RGB":
        m = HEX_RE.match(text.strip())
        if not m:
            raise ValueError(f"invalid hex colour {text!r}")
        h = m.group(1)
        if len(h) == 3:
            h = "".join(c * 2 for c in h)
        return cls(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))

    def to_hex(self) -> str:
        return "#{:02x}{:02x}{:02x}".format(*self)

    def luminance(self) -> float:
        def channel(c: int) -> float:
            s = c / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
        r, g, b = map(channel, self)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: str, b: str) -> float:
    la, lb = sorted((RGB.from_hex(a).luminance(), RGB.from_hex(b).luminance()), reverse=True)
    return round((la + 0.05) / (lb + 0.05), 2)


def palette(base: str, count: int = 5) -> list[str]:
    """Evenly rotate hue around the colour wheel, keeping lightness/saturation."""
    rgb = RGB.from_hex(base)
    h, l, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    out = []
    for i in range(count):
        r, g, b = colorsys.hls_to_rgb((h + i / count) % 1.0, l, s)
        out.append(RGB(round(r * 255), round(g * 255), round(b * 255)).to_hex())
    return out


def color_report(fg: str, bg: str) -> dict[str, object]:
    ratio = contrast_ratio(fg, bg)
    return {"ratio": ratio, "AA": ratio >= 4.5, "AAA": ratio >= 7, "palette": palette(fg)}


if __name__ == "__main__":
    print(color_report("#336699", "fff"))
