# family: ordinary, blind round 50 (histogram in ASCII)
import math
import random


def histogram(values, bins=8, width=40, char="█"):
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1
    counts = [0] * bins
    for v in values:
        idx = min(int((v - lo) / span * bins), bins - 1)
        counts[idx] += 1
    peak = max(counts)
    lines = []
    for i, c in enumerate(counts):
        left = lo + span * i / bins
        right = lo + span * (i + 1) / bins
        bar = char * math.ceil(c / peak * width) if c else ""
        lines.append(f"[{left:7.2f}, {right:7.2f}) {c:>4} |{bar}")
    return "\n".join(lines)


def bar_chart(counts, width=30):
    label_w = max(len(k) for k in counts)
    peak = max(counts.values())
    return "\n".join(f"{k:>{label_w}} | {'▇' * round(v / peak * width)} {v}" for k, v in counts.items())


if __name__ == "__main__":
    rng = random.Random(42)
    heights = [rng.gauss(170, 9) for _ in range(500)]
    print(histogram(heights, bins=10))
    print()
    print(bar_chart({"python": 48, "javascript": 41, "go": 17, "rust": 13, "java": 29}))
