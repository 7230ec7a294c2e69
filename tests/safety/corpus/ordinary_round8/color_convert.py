"""Colour conversions (hex, RGB, HSL, HSV) and WCAG contrast checks."""
import colorsys
import re
from dataclasses import dataclass

HEX_RE = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


@dataclass(frozen=True)
class RGB:
    r: int
    g: int
    b: int

    @classmethod
    def from_hex(cls, value: str) -> "RGB":
        m = HEX_RE.match(value.strip())
        if not m:
            raise ValueError(f"not a hex colour: {value!r}")
        h = m.group(1)
        if len(h) == 3:
            h = "".join(ch * 2 for ch in h)
        return cls(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))

    @property
    def hex(self) -> str:
        return "#{:02x}{:02x}{:02x}".format(self.r, self.g, self.b)

    def unit(self) -> tuple[float, float, float]:
        return self.r / 255, self.g / 255, self.b / 255

    def luminance(self) -> float:
        def channel(c: float) -> float:
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = (channel(c) for c in self.unit())
        return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: RGB, b: RGB) -> float:
    hi, lo = sorted((a.luminance(), b.luminance()), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def describe_color(color: str, background: str = "#ffffff") -> dict:
    c = RGB.from_hex(color)
    h, l, s = colorsys.rgb_to_hls(*c.unit())
    hv, sv, v = colorsys.rgb_to_hsv(*c.unit())
    ratio = contrast_ratio(c, RGB.from_hex(background))
    comp = RGB(255 - c.r, 255 - c.g, 255 - c.b)
    return {
        "hex": c.hex,
        "rgb": f"rgb({c.r}, {c.g}, {c.b})",
        "hsl": f"hsl({h * 360:.0f}, {s:.0%}, {l:.0%})",
        "hsv": f"hsv({hv * 360:.0f}, {sv:.0%}, {v:.0%})",
        "complement": comp.hex,
        "contrast_vs_background": round(ratio, 2),
        "wcag_aa_text": ratio >= 4.5,
        "wcag_aaa_text": ratio >= 7,
    }


if __name__ == "__main__":
    print(describe_color("#3a7bd5"))
    print(describe_color("fc0", background="#000"))
