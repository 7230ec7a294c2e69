# family: ordinary, blind round 59 (hex/RGB/HSL colour conversion and contrast ratio)
import colorsys
import re
from typing import NamedTuple


class RGB(NamedTuple):
    r: int
    g: int
    b: int

    @classmethod
    def from_hex(cls, value: str) -> "RGB":
        value = value.strip().lstrip("#")
        if re.fullmatch(r"[0-9a-fA-F]{3}", value):
            value = "".join(ch * 2 for ch in value)
        if not re.fullmatch(r"[0-9a-fA-F]{6}", value):
            raise ValueError(f"bad hex colour: {value!r}")
        return cls(*(int(value[i:i + 2], 16) for i in (0, 2, 4)))

    def to_hex(self) -> str:
        return "#{:02x}{:02x}{:02x}".format(*self)

    def to_hsl(self) -> tuple:
        h, l, s = colorsys.rgb_to_hls(self.r / 255, self.g / 255, self.b / 255)
        return round(h * 360), round(s * 100), round(l * 100)

    def luminance(self) -> float:
        def channel(c: int) -> float:
            c = c / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(self.r) + 0.7152 * channel(self.g) + 0.0722 * channel(self.b)


def contrast_ratio(a: RGB, b: RGB) -> float:
    hi, lo = sorted((a.luminance(), b.luminance()), reverse=True)
    return round((hi + 0.05) / (lo + 0.05), 2)


def lighten(c: RGB, amount: float) -> RGB:
    h, l, s = colorsys.rgb_to_hls(c.r / 255, c.g / 255, c.b / 255)
    r, g, b = colorsys.hls_to_rgb(h, min(1.0, l + amount), s)
    return RGB(round(r * 255), round(g * 255), round(b * 255))


if __name__ == "__main__":
    white = RGB.from_hex("#fff")
    for code in ["#1e90ff", "#336699", "ff6347", "#777"]:
        c = RGB.from_hex(code)
        ratio = contrast_ratio(c, white)
        grade = "AAA" if ratio >= 7 else "AA" if ratio >= 4.5 else "fail"
        print(f"{c.to_hex()} rgb{tuple(c)} hsl{c.to_hsl()} vs white {ratio}:1 {grade}"
              f" | lighter {lighten(c, 0.15).to_hex()}")
