# family: ordinary, blind round 62 (color palette helper: hex parsing, HSV shifts, contrast)
import colorsys
from enum import Enum


class Named(Enum):
    RED = "#ff0000"
    TEAL = "#008080"
    GOLD = "#ffd700"
    NAVY = "#000080"


def hex_to_rgb(h):
    h = h.lstrip("#")
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    if len(h) != 6:
        raise ValueError("bad hex color: %r" % h)
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def rgb_to_hex(rgb):
    return "#{:02x}{:02x}{:02x}".format(*(max(0, min(255, round(c))) for c in rgb))


def luminance(rgb):
    def chan(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = map(chan, rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    la, lb = sorted((luminance(hex_to_rgb(a)), luminance(hex_to_rgb(b))), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def shades(hex_color, n=4, step=0.15):
    h, s, v = colorsys.rgb_to_hsv(*(c / 255 for c in hex_to_rgb(hex_color)))
    return [rgb_to_hex(tuple(c * 255 for c in colorsys.hsv_to_rgb(h, s, max(0, v - i * step))))
            for i in range(n)]


if __name__ == "__main__":
    for c in Named:
        ratio = contrast(c.value, "#fff")
        verdict = "AA" if ratio >= 4.5 else "fail"
        print(f"{c.name:<5} {c.value} vs white {ratio:5.2f}:1 {verdict:<4} shades={shades(c.value)}")
    print(Named("#008080").name, Named["GOLD"].value, hex_to_rgb("#abc"))
    try:
        hex_to_rgb("#12345")
    except ValueError as e:
        print("error:", e)
