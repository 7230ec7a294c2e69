VALUES = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
]


def to_roman(number: int) -> str:
    if not isinstance(number, int) or not 0 < number < 4000:
        raise ValueError("number must be an integer from 1 to 3999")
    parts = []
    for value, symbol in VALUES:
        count, number = divmod(number, value)
        parts.append(symbol * count)
    return "".join(parts)


def from_roman(text: str) -> int:
    symbols = {symbol: value for value, symbol in VALUES if len(symbol) == 1}
    total = 0
    previous = 0
    for char in reversed(text.upper()):
        if char not in symbols:
            raise ValueError(f"invalid roman digit: {char}")
        value = symbols[char]
        if value < previous:
            total -= value
        else:
            total += value
            previous = value
    if to_roman(total) != text.upper():
        raise ValueError(f"not a canonical roman numeral: {text}")
    return total
