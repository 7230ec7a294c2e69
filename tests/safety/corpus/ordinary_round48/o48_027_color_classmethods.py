# family: ordinary, blind round 48 (classmethod alternate constructors for colors)
import colorsys
import re


class Color:
    """An RGB color with several alternate constructors."""

    _HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")
    NAMED = {"red": (255, 0, 0), "teal": (0, 128, 128), "gold": (255, 215, 0)}

    def __init__(self, r: int, g: int, b: int):
        for ch in (r, g, b):
            if not 0 <= ch <= 255:
                raise ValueError(f"channel out of range: {ch}")
        self.r, self.g, self.b = r, g, b

    @classmethod
    def from_hex(cls, text: str) -> "Color":
        m = cls._HEX.match(text.strip())
        if not m:
            raise ValueError(f"not a hex color: {text!r}")
        digits = m.group(1)
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        return cls(*(int(digits[i:i + 2], 16) for i in (0, 2, 4)))

    @classmethod
    def from_hsv(cls, h: float, s: float, v: float) -> "Color":
        r, g, b = colorsys.hsv_to_rgb(h / 360, s, v)
        return cls(round(r * 255), round(g * 255), round(b * 255))

    @classmethod
    def named(cls, name: str) -> "Color":
        return cls(*cls.NAMED[name.lower()])

    @property
    def hex(self) -> str:
        return f"#{self.r:02x}{self.g:02x}{self.b:02x}"

    @property
    def luminance(self) -> float:
        def chan(c):
            c /= 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
        return 0.2126 * chan(self.r) + 0.7152 * chan(self.g) + 0.0722 * chan(self.b)

    def contrast(self, other: "Color") -> float:
        hi, lo = sorted((self.luminance, other.luminance), reverse=True)
        return (hi + 0.05) / (lo + 0.05)

    def __repr__(self):
        return f"Color({self.r}, {self.g}, {self.b})"


if __name__ == "__main__":
    white, black = Color.from_hex("#fff"), Color(0, 0, 0)
    palette = [Color.from_hex("1e90ff"), Color.from_hsv(120, 0.6, 0.7), Color.named("gold")]
    for c in palette:
        best = "white" if c.contrast(white) > c.contrast(black) else "black"
        print(f"{c!r:<22} {c.hex}  text on it: {best} "
              f"({max(c.contrast(white), c.contrast(black)):.2f}:1)")
