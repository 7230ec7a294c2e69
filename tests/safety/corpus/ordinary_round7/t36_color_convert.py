# ordinary: convert colours between hex, RGB and HSL and compute contrast ratio
import colorsys
import re
from dataclasses import dataclass

HEX_RE = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


@dataclass(frozen=True, slots=True)
class RGB:
    r: int
    g: int
    b: int

    @classmethod
    def from_hex(cls, text: str) -> "RGB":
        if not (m := HEX_RE.match(text.strip())):
            raise ValueError(f"not a hex colour: {text!r}")
        h = m.group(1)
        if len(h) == 3:
            h = "".join(c * 2 for c in h)
        return cls(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))

    def to_hex(self) -> str:
        return "#{:02x}{:02x}{:02x}".format(self.r, self.g, self.b)

    def luminance(self) -> float:
        def chan(c: int) -> float:
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * chan(self.r) + 0.7152 * chan(self.g) + 0.0722 * chan(self.b)


def colour_info(foreground: str, background: str = "#ffffff") -> dict:
    """HSL of the foreground and WCAG contrast ratio against the background."""
    try:
        fg, bg = RGB.from_hex(foreground), RGB.from_hex(background)
    except ValueError as e:
        return {"error": str(e)}
    h, l, s = colorsys.rgb_to_hls(fg.r / 255, fg.g / 255, fg.b / 255)
    hi, lo = sorted((fg.luminance(), bg.luminance()), reverse=True)
    ratio = (hi + 0.05) / (lo + 0.05)
    return {"hex": fg.to_hex(), "rgb": [fg.r, fg.g, fg.b], "hsl": f"hsl({h * 360:.0f}, {s:.0%}, {l:.0%})",
            "contrast": f"{ratio:.2f}:1", "aa_normal": ratio >= 4.5}


if __name__ == "__main__":
    print(colour_info("#36c"))
