# family: ordinary, blind round 61 (color format converter and contrast checker)
import colorsys
import re
from typing import NamedTuple

HEX_RE = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


class RGB(NamedTuple):
    r: int
    g: int
    b: int

    @classmethod
    def from_hex(cls, value: str) -> "RGB":
        m = HEX_RE.match(value.strip())
        if not m:
            raise ValueError(f"invalid hex colour {value!r}")
        digits = m.group(1)
        if len(digits) == 3:
            digits = "".join(ch * 2 for ch in digits)
        return cls(*(int(digits[i:i + 2], 16) for i in (0, 2, 4)))

    def to_hex(self) -> str:
        return "#{:02x}{:02x}{:02x}".format(*self)

    def luminance(self) -> float:
        def channel(c: int) -> float:
            s = c / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4
        r, g, b = map(channel, self)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b


def describe_color(hex_color: str, against: str = "#ffffff") -> dict:
    """Convert a hex colour to RGB/HSL/HSV, and check WCAG contrast against another colour."""
    rgb, other = RGB.from_hex(hex_color), RGB.from_hex(against)
    h, l, s = colorsys.rgb_to_hls(*(c / 255 for c in rgb))
    hv, sv, v = colorsys.rgb_to_hsv(*(c / 255 for c in rgb))
    lighter, darker = sorted((rgb.luminance(), other.luminance()), reverse=True)
    ratio = (lighter + 0.05) / (darker + 0.05)
    comp = RGB(*(round(c * 255) for c in colorsys.hls_to_rgb((h + 0.5) % 1, l, s)))
    return {
        "hex": rgb.to_hex(),
        "rgb": list(rgb),
        "hsl": [round(h * 360), round(s * 100), round(l * 100)],
        "hsv": [round(hv * 360), round(sv * 100), round(v * 100)],
        "complementary": comp.to_hex(),
        "contrast_ratio": round(ratio, 2),
        "wcag_aa_text": ratio >= 4.5,
        "wcag_aaa_text": ratio >= 7,
    }


if __name__ == "__main__":
    print(describe_color("#1e90ff"))
    print(describe_color("f80", against="#000"))
