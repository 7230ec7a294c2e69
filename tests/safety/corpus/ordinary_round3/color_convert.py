# ordinary: colour conversions between hex, RGB and HSL with named colours
import colorsys
import re
from enum import Enum


class Color(Enum):
    RED = "#ff0000"
    GREEN = "#00ff00"
    BLUE = "#0000ff"
    ORANGE = "#ffa500"
    PURPLE = "#800080"

    @classmethod
    def parse(cls, text):
        text = text.strip()
        if text.upper() in cls.__members__:
            return cls[text.upper()].value
        try:
            return cls(text.lower()).value
        except ValueError:
            pass
        if HEX.match(text):
            return normalize_hex(text)
        raise ValueError(f"unrecognised colour {text!r}")


HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def normalize_hex(text):
    digits = HEX.match(text).group(1).lower()
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return "#" + digits


def hex_to_rgb(text):
    digits = normalize_hex(text)[1:]
    return tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4))


def rgb_to_hex(r, g, b):
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(c))) for c in (r, g, b)))


def rgb_to_hsl(r, g, b):
    h, l, s = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    return round(h * 360), round(s * 100), round(l * 100)


def lighten(text, amount=0.2):
    r, g, b = hex_to_rgb(text)
    h, l, s = colorsys.rgb_to_hls(r / 255, g / 255, b / 255)
    r2, g2, b2 = colorsys.hls_to_rgb(h, min(1, l + amount), s)
    return rgb_to_hex(r2 * 255, g2 * 255, b2 * 255)


if __name__ == "__main__":
    for name in ["red", "Purple", "#0f0", "#FFA500", "#123456"]:
        value = Color.parse(name)
        print(f"{name:>8} -> {value} rgb{hex_to_rgb(value)} hsl{rgb_to_hsl(*hex_to_rgb(value))} lighter {lighten(value)}")
    print([c.name for c in Color], Color("#0000ff"), Color["GREEN"].value)
