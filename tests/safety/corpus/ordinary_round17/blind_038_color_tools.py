"""Colour conversions and palette helpers (hex, RGB, HSL, contrast)."""
import colorsys
import re

HEX_RE = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


def hex_to_rgb(value: str) -> tuple[int, int, int]:
    m = HEX_RE.match(value.strip())
    if not m:
        raise ValueError(f"invalid hex colour {value!r}")
    h = m.group(1)
    if len(h) == 3:
        h = "".join(c * 2 for c in h)
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def rgb_to_hex(rgb) -> str:
    return "#" + "".join(f"{max(0, min(255, round(c))):02x}" for c in rgb)


def relative_luminance(rgb) -> float:
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = map(channel, rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: str, bg: str) -> float:
    l1, l2 = sorted((relative_luminance(hex_to_rgb(c)) for c in (fg, bg)), reverse=True)
    return round((l1 + 0.05) / (l2 + 0.05), 2)


def palette(base: str, n: int = 5, spread: float = 0.3) -> list[str]:
    r, g, b = (c / 255 for c in hex_to_rgb(base))
    h, l, s = colorsys.rgb_to_hls(r, g, b)
    out = []
    for i in range(n):
        li = min(1, max(0, l - spread / 2 + spread * i / max(1, n - 1)))
        out.append(rgb_to_hex(c * 255 for c in colorsys.hls_to_rgb(h, li, s)))
    return out


if __name__ == "__main__":
    print(hex_to_rgb("#1e90ff"), hex_to_rgb("abc"), rgb_to_hex((30, 144, 255)))
    print(contrast_ratio("#000", "#fff"), contrast_ratio("#777777", "#ffffff"))
    print(palette("#3366cc"))
