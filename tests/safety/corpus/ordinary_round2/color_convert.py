# ordinary: convert colours between hex, RGB and HSL, compute contrast ratio and lighten/darken
import colorsys
import re
from typing import NamedTuple

_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


class RGB(NamedTuple):
    r: int
    g: int
    b: int

    @classmethod
    def from_hex(cls, text: str) -> "RGB":
        m = _HEX.match(text.strip())
        if not m:
            raise ValueError(f"bad hex colour: {text!r}")
        h = m.group(1)
        if len(h) == 3:
            h = "".join(c * 2 for c in h)
        return cls(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))

    def to_hex(self) -> str:
        return "#{:02x}{:02x}{:02x}".format(*self)

    def to_hsl(self) -> tuple[float, float, float]:
        h, l, s = colorsys.rgb_to_hls(*(c / 255 for c in self))
        return round(h * 360, 1), round(s * 100, 1), round(l * 100, 1)

    def luminance(self) -> float:
        def channel(c: int) -> float:
            c = c / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = map(channel, self)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    def adjust_lightness(self, delta: float) -> "RGB":
        h, l, s = colorsys.rgb_to_hls(*(c / 255 for c in self))
        l = min(1.0, max(0.0, l + delta))
        return RGB(*(round(c * 255) for c in colorsys.hls_to_rgb(h, l, s)))


def contrast_ratio(a: RGB, b: RGB) -> float:
    hi, lo = sorted((a.luminance(), b.luminance()), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


if __name__ == "__main__":
    brand = RGB.from_hex("#3498db")
    print(brand, brand.to_hex(), "hsl", brand.to_hsl())
    print("lighter", brand.adjust_lightness(0.2).to_hex(), "darker", brand.adjust_lightness(-0.2).to_hex())
    for bg in ("#fff", "#000", "#ecf0f1"):
        ratio = contrast_ratio(brand, RGB.from_hex(bg))
        print(f"on {bg:<8} contrast {ratio:4.2f}:1 {'AA' if ratio >= 4.5 else 'fail'}")
