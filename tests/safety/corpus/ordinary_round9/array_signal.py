"""Process integer signals with array.array and simple filters."""
from array import array
from itertools import accumulate
from typing import Callable, Literal

Filter = Callable[[array], array]
Mode = Literal["smooth", "diff", "cumsum", "clip"]


def moving_average(sig: array, k: int = 3) -> array:
    out = array("d")
    window_sum = 0.0
    for i, v in enumerate(sig):
        window_sum += v
        if i >= k:
            window_sum -= sig[i - k]
        out.append(window_sum / min(i + 1, k))
    return out


def diff(sig: array) -> array:
    return array(sig.typecode, (b - a for a, b in zip(sig, sig[1:])))


def cumsum(sig: array) -> array:
    return array(sig.typecode, accumulate(sig))


def clipper(lo: int, hi: int) -> Filter:
    def clip(sig: array) -> array:
        return array(sig.typecode, (min(max(v, lo), hi) for v in sig))
    return clip


def process_signal(samples: list[int], modes: list[Mode], clip_range: tuple[int, int] = (-100, 100)) -> list[float]:
    """Entry point: apply filters in sequence to an int signal."""
    filters: dict[str, Filter] = {
        "smooth": moving_average,
        "diff": diff,
        "cumsum": cumsum,
        "clip": clipper(*clip_range),
    }
    sig = array("l", samples)
    for mode in modes:
        sig = filters[mode](sig)
    return [round(x, 3) for x in sig]
