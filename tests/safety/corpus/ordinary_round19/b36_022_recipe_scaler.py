"""Scale recipe ingredient quantities exactly using fractions."""
import re
from fractions import Fraction

QTY_RE = re.compile(r"^\s*(\d+\s+\d+/\d+|\d+/\d+|\d+(?:\.\d+)?)\s*(.*)$")


def parse_quantity(text: str) -> Fraction:
    """Parse '1 1/2', '3/4', '2' or '0.5' into a Fraction."""
    text = text.strip()
    if " " in text:
        whole, frac = text.split(None, 1)
        return Fraction(int(whole)) + Fraction(frac)
    return Fraction(text)


def format_quantity(q: Fraction) -> str:
    """Render as a mixed number, limiting denominators to kitchen-friendly sizes."""
    q = q.limit_denominator(16)
    whole, rem = divmod(q.numerator, q.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


def scale_line(line: str, factor: Fraction) -> str:
    """Scale one ingredient line such as '1 1/2 cups flour'."""
    match = QTY_RE.match(line)
    if not match:
        return line
    qty = parse_quantity(match.group(1)) * factor
    return f"{format_quantity(qty)} {match.group(2)}".strip()


def scale_recipe(lines: list[str], from_servings: int, to_servings: int) -> list[str]:
    factor = Fraction(to_servings, from_servings)
    return [scale_line(line, factor) for line in lines]


if __name__ == "__main__":
    recipe = ["1 1/2 cups flour", "3/4 cup sugar", "2 eggs", "0.5 tsp salt", "a pinch of love"]
    for line in scale_recipe(recipe, 4, 6):
        print(line)
    print("---")
    for line in scale_recipe(recipe, 4, 2):
        print(line)
