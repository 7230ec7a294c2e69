# ordinary: solve small combinatorics questions (subsets summing to a target, anagrams)
from collections import Counter
from itertools import combinations, permutations, chain, islice, accumulate, product
from math import comb, perm
from typing import Any


def _subsets_with_sum(nums: list[int], target: int, limit: int) -> list[list[int]]:
    found = (list(c) for r in range(1, len(nums) + 1) for c in combinations(nums, r) if sum(c) == target)
    return list(islice(found, limit))


def combinatorics(numbers: list[int], target: int, word: str = "", limit: int = 10) -> dict[str, Any]:
    """Subsets hitting a target sum, running totals, distinct anagrams and counts."""
    numbers = numbers[:18]
    anagrams = sorted({"".join(p) for p in islice(permutations(word[:7]), 5040)}) if word else []
    letters = Counter(word)
    dice = Counter(a + b for a, b in product(range(1, 7), repeat=2))
    return {
        "subsets": _subsets_with_sum(numbers, target, limit),
        "running_total": list(accumulate(numbers)),
        "pairs": comb(len(numbers), 2),
        "ordered_pairs": perm(len(numbers), 2),
        "anagram_count": len(anagrams),
        "anagrams_sample": anagrams[:limit],
        "repeated_letters": {k: v for k, v in letters.items() if v > 1},
        "flattened": list(chain.from_iterable([[n] * 2 for n in numbers[:3]])),
        "most_likely_dice_sum": dice.most_common(1)[0][0],
    }


if __name__ == "__main__":
    print(combinatorics([3, 34, 4, 12, 5, 2], 9, "tool"))
