# family: ordinary, blind round 53 (Enum with tuple values and __init__)
from enum import Enum
import math

G = 6.67430e-11


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6, 0.387)
    VENUS = (4.869e24, 6.0518e6, 0.723)
    EARTH = (5.976e24, 6.37814e6, 1.000)
    MARS = (6.421e23, 3.3972e6, 1.524)
    JUPITER = (1.9e27, 7.1492e7, 5.203)
    SATURN = (5.688e26, 6.0268e7, 9.537)

    def __init__(self, mass, radius, au):
        self.mass = mass      # kg
        self.radius = radius  # m
        self.au = au

    @property
    def surface_gravity(self):
        return G * self.mass / (self.radius ** 2)

    @property
    def escape_velocity(self):
        return math.sqrt(2 * G * self.mass / self.radius) / 1000  # km/s

    @property
    def year_in_earth_days(self):
        return 365.25 * self.au ** 1.5  # Kepler's third law

    def weight_of(self, earth_kg):
        return earth_kg * self.surface_gravity / Planet.EARTH.surface_gravity


if __name__ == "__main__":
    print(f"{'planet':<8} {'g m/s2':>7} {'v_esc':>6} {'year d':>8} {'70kg->':>7}")
    for p in Planet:
        print(f"{p.name.title():<8} {p.surface_gravity:7.2f} {p.escape_velocity:6.1f} "
              f"{p.year_in_earth_days:8.0f} {p.weight_of(70):7.1f}")
    print(Planet["MARS"], Planet((5.976e24, 6.37814e6, 1.000)))
    heaviest = max(Planet, key=lambda p: p.mass)
    print("heaviest:", heaviest.name, "value:", heaviest.value)
