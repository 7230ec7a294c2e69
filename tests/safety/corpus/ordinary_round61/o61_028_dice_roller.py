# family: ordinary, blind round 61 (tabletop dice expression roller)
import random
import re
from collections import Counter
from dataclasses import dataclass

DICE_RE = re.compile(r"^\s*(?P<count>\d*)d(?P<sides>\d+)(?:k(?P<keep>\d+))?\s*(?P<mod>[+-]\s*\d+)?\s*$", re.I)


class DiceSyntaxError(ValueError):
    pass


@dataclass(frozen=True)
class DiceSpec:
    count: int
    sides: int
    keep: int
    modifier: int

    @classmethod
    def parse(cls, expr: str) -> "DiceSpec":
        m = DICE_RE.match(expr)
        if not m:
            raise DiceSyntaxError(f"cannot parse dice expression {expr!r}")
        count = int(m["count"] or 1)
        sides = int(m["sides"])
        keep = int(m["keep"] or count)
        if not (1 <= count <= 100 and 2 <= sides <= 1000 and 1 <= keep <= count):
            raise DiceSyntaxError(f"dice values out of range in {expr!r}")
        return cls(count, sides, keep, int((m["mod"] or "0").replace(" ", "")))


def roll_dice(expression: str, times: int = 1, seed: int | None = None) -> dict:
    """Roll a dice expression like '3d6+2' or '4d6k3' (keep highest) one or more times."""
    spec = DiceSpec.parse(expression)
    rng = random.Random(seed)
    rolls = []
    for _ in range(times):
        dice = [rng.randint(1, spec.sides) for _ in range(spec.count)]
        kept = sorted(dice, reverse=True)[:spec.keep]
        rolls.append({"dice": dice, "kept": kept, "total": sum(kept) + spec.modifier})
    totals = [r["total"] for r in rolls]
    return {
        "expression": expression,
        "min_possible": spec.keep + spec.modifier,
        "max_possible": spec.keep * spec.sides + spec.modifier,
        "rolls": rolls if times <= 5 else rolls[:5],
        "average": round(sum(totals) / times, 2),
        "most_common": Counter(totals).most_common(3),
    }


if __name__ == "__main__":
    print(roll_dice("3d6+2", times=3, seed=7))
    print(roll_dice("4d6k3", times=1000, seed=1)["average"])
    try:
        roll_dice("d1")
    except DiceSyntaxError as exc:
        print("error:", exc)
