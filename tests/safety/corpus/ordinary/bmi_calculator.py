from enum import Enum
from typing import Literal


class Category(Enum):
    UNDERWEIGHT = (0, 18.5)
    NORMAL = (18.5, 25)
    OVERWEIGHT = (25, 30)
    OBESE = (30, float("inf"))

    def __init__(self, low: float, high: float) -> None:
        self.low = low
        self.high = high

    @classmethod
    def for_bmi(cls, bmi: float) -> "Category":
        for category in cls:
            if category.low <= bmi < category.high:
                return category
        raise ValueError(bmi)


def bmi(weight: float, height: float, units: Literal["metric", "imperial"] = "metric") -> dict:
    """Body-mass index from weight and height (kg/m or lb/in)."""
    if weight <= 0 or height <= 0:
        raise ValueError("weight and height must be positive")
    if units == "imperial":
        value = 703 * weight / height ** 2
    elif units == "metric":
        value = weight / height ** 2
    else:
        raise ValueError("units must be 'metric' or 'imperial'")
    category = Category.for_bmi(value)
    return {"bmi": round(value, 1), "category": category.name.lower()}
