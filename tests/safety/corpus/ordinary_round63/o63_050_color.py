# family: ordinary, blind round 63 (frozen RGB color dataclass with hex/HSL conversions)
import colorsys
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

    def __post_init__(self):
        for name, value in (("r", self.r), ("g", self.g), ("b", self.b)):
            if not 0 <= value <= 255:
                raise ValueError(f"{name}={value} out of range 0..255")

    @classmethod
    def from_hex(cls, text):
        m = re.fullmatch(r"#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", text.strip())
        if not m:
            raise ValueError(f"bad hex color: {text!r}")
        h = m.group(1)
        if len(h) == 3:
            h = "".join(c * 2 for c in h)
        return cls(*(int(h[i:i + 2], 16) for i in (0, 2, 4)))

    @classmethod
    def from_hls(cls, h, l, s):
        return cls(*(round(c * 255) for c in colorsys.hls_to_rgb(h, l, s)))

    def to_hls(self):
        return colorsys.rgb_to_hls(self.r / 255, self.g / 255, self.b / 255)

    def lighten(self, amount=0.1):
        h, l, s = self.to_hls()
        return Color.from_hls(h, min(1.0, l + amount), s)

    def mix(self, other, t=0.5):
        return Color(*(round(a + (b - a) * t) for a, b in zip(self, other)))

    def __iter__(self):
        return iter((self.r, self.g, self.b))

    def __add__(self, other):
        return Color(*(min(255, a + b) for a, b in zip(self, other)))

    @property
    def luminance(self):
        return 0.2126 * self.r + 0.7152 * self.g + 0.0722 * self.b

    def __format__(self, spec):
        if spec == "rgb":
            return f"rgb({self.r}, {self.g}, {self.b})"
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"


if __name__ == "__main__":
    coral = Color.from_hex("#FF7F50")
    navy = Color.from_hex("008")
    print(f"{coral} {coral:rgb} {navy}", coral)
    print(f"{coral.lighten(0.15)} {coral.mix(navy)} {navy + Color(0, 100, 0)}")
    palette = sorted([coral, navy, Color(200, 200, 200)], key=lambda c: c.luminance)
    print([format(c) for c in palette], len({coral, Color(255, 127, 80)}))
    for bad in ("#12", "zzzzzz"):
        try:
            Color.from_hex(bad)
        except ValueError as exc:
            print("error:", exc)
