# ordinary: planet data as an Enum with tuple values and computed properties
from enum import Enum

G = 6.67430e-11


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    VENUS = (4.869e24, 6.0518e6)
    EARTH = (5.976e24, 6.37814e6)
    MARS = (6.421e23, 3.3972e6)
    JUPITER = (1.9e27, 7.1492e7)
    SATURN = (5.688e26, 6.0268e7)
    URANUS = (8.686e25, 2.5559e7)
    NEPTUNE = (1.024e26, 2.4746e7)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return G * self.mass / (self.radius * self.radius)

    def weight_of(self, earth_weight):
        return earth_weight * self.surface_gravity / Planet.EARTH.surface_gravity

    @classmethod
    def lookup(cls, name):
        try:
            return cls[name.strip().upper()]
        except KeyError:
            options = ", ".join(p.name.title() for p in cls)
            raise ValueError(f"unknown planet {name!r}; choose one of {options}") from None


if __name__ == "__main__":
    weight = 70.0
    for planet in sorted(Planet, key=lambda p: p.surface_gravity):
        print(f"{planet.name.title():<8} g={planet.surface_gravity:6.2f} m/s²  you weigh {planet.weight_of(weight):6.1f} kg")
    print(Planet.lookup(" mars ").radius)
    try:
        Planet.lookup("Pluto")
    except ValueError as exc:
        print(exc)
