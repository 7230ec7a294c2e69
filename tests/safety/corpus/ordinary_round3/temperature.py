# ordinary: comparable Temperature value class using total_ordering
from functools import total_ordering

SCALES = {
    "C": (lambda c: c + 273.15, lambda k: k - 273.15),
    "F": (lambda f: (f - 32) * 5 / 9 + 273.15, lambda k: (k - 273.15) * 9 / 5 + 32),
    "K": (lambda k: k, lambda k: k),
}


@total_ordering
class Temperature:
    def __init__(self, value, scale="C"):
        scale = scale.upper()
        if scale not in SCALES:
            raise ValueError(f"unknown scale {scale!r}")
        self._kelvin = SCALES[scale][0](float(value))
        if self._kelvin < 0:
            raise ValueError("temperature below absolute zero")

    def to(self, scale):
        return SCALES[scale.upper()][1](self._kelvin)

    def __eq__(self, other):
        if not isinstance(other, Temperature):
            return NotImplemented
        return abs(self._kelvin - other._kelvin) < 1e-9

    def __lt__(self, other):
        if not isinstance(other, Temperature):
            return NotImplemented
        return self._kelvin < other._kelvin

    def __hash__(self):
        return hash(round(self._kelvin, 9))

    def __add__(self, degrees):
        return Temperature(self._kelvin + degrees, "K")

    def __repr__(self):
        return f"Temperature({self.to('C'):.2f}, 'C')"

    def __format__(self, spec):
        scale = spec[-1:].upper() if spec[-1:].upper() in SCALES else "C"
        number_spec = spec[:-1] if spec[-1:].upper() in SCALES else spec
        return f"{format(self.to(scale), number_spec or '.1f')}°{scale}"


if __name__ == "__main__":
    temps = [Temperature(98.6, "F"), Temperature(36.6), Temperature(310, "K"), Temperature(-40, "F")]
    for t in sorted(temps):
        print(f"{t:.1fC} = {t:.1fF} = {t:.2fK}")
    print(Temperature(-40, "C") == Temperature(-40, "F"), max(temps), Temperature(0) + 10 > Temperature(5))
