"""Body-mass index calculator with metric/imperial input."""
from enum import IntEnum


class BMICategory(IntEnum):
    UNDERWEIGHT = 0
    NORMAL = 1
    OVERWEIGHT = 2
    OBESE = 3

    @classmethod
    def from_bmi(cls, bmi: float) -> "BMICategory":
        if bmi < 18.5:
            return cls.UNDERWEIGHT
        if bmi < 25:
            return cls.NORMAL
        if bmi < 30:
            return cls.OVERWEIGHT
        return cls.OBESE

    @property
    def label(self) -> str:
        return self.name.replace("_", " ").title()


def bmi(weight: float, height: float, units: str = "metric") -> dict:
    if weight <= 0 or height <= 0:
        raise ValueError("weight and height must be positive")
    if units == "imperial":          # pounds and inches
        kg, m = weight * 0.45359237, height * 0.0254
    elif units == "metric":          # kilograms and centimetres
        kg, m = weight, height / 100
    else:
        raise ValueError(f"units must be 'metric' or 'imperial', not {units!r}")
    value = kg / m ** 2
    category = BMICategory.from_bmi(value)
    healthy_low, healthy_high = 18.5 * m ** 2, 24.9 * m ** 2
    return {
        "bmi": round(value, 1),
        "category": category.label,
        "category_rank": int(category),
        "healthy_weight_range_kg": (round(healthy_low, 1), round(healthy_high, 1)),
        "needs_attention": category >= BMICategory.OVERWEIGHT or category == BMICategory.UNDERWEIGHT,
    }


if __name__ == "__main__":
    print(bmi(70, 175))
    print(bmi(200, 70, units="imperial"))
