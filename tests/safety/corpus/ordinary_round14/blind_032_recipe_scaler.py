"""Scale recipe ingredient quantities using fractions."""
import re
from fractions import Fraction

QTY_RE = re.compile(r"^\s*(?P<qty>\d+\s+\d+/\d+|\d+/\d+|\d+(?:\.\d+)?)\s*(?P<unit>[a-zA-Z]+\.?)?\s+(?P<name>.+)$")
UNIT_ALIASES = {"tbsp": "tbsp", "tablespoon": "tbsp", "tablespoons": "tbsp", "tsp": "tsp",
                "teaspoon": "tsp", "teaspoons": "tsp", "cup": "cup", "cups": "cup", "g": "g", "ml": "ml"}


def parse_quantity(text: str) -> Fraction:
    text = text.strip()
    if " " in text:
        whole, frac = text.split()
        return Fraction(int(whole)) + Fraction(frac)
    return Fraction(text)


def format_quantity(q: Fraction) -> str:
    if q.denominator == 1:
        return str(q.numerator)
    whole, rest = divmod(q.numerator, q.denominator)
    rest_frac = Fraction(rest, q.denominator).limit_denominator(16)
    if whole:
        return f"{whole} {rest_frac}"
    return str(rest_frac)


def parse_line(line: str) -> dict:
    m = QTY_RE.match(line)
    if not m:
        return {"qty": None, "unit": None, "name": line.strip()}
    unit = m.group("unit")
    name = m.group("name")
    if unit and unit.lower().rstrip(".") not in UNIT_ALIASES:
        name = f"{unit} {name}"
        unit = None
    return {
        "qty": parse_quantity(m.group("qty")),
        "unit": UNIT_ALIASES.get(unit.lower().rstrip(".")) if unit else None,
        "name": name.strip(),
    }


def scale_recipe(lines: list[str], servings_from: int, servings_to: int) -> list[str]:
    factor = Fraction(servings_to, servings_from)
    out = []
    for line in lines:
        item = parse_line(line)
        if item["qty"] is None:
            out.append(item["name"])
            continue
        qty = format_quantity(item["qty"] * factor)
        unit = f" {item['unit']}" if item["unit"] else ""
        out.append(f"{qty}{unit} {item['name']}")
    return out


if __name__ == "__main__":
    recipe = ["1 1/2 cups flour", "2 eggs", "3/4 tsp salt", "0.5 tablespoons sugar", "salt to taste", "200 g butter"]
    print("\n".join(scale_recipe(recipe, 4, 6)))
