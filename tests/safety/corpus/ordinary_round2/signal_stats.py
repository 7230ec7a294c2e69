# ordinary: store sensor samples compactly in array('d'), downsample, clip outliers and compute RMS
import math
from array import array
from itertools import accumulate, islice
from statistics import fmean


def make_signal(n: int, freq: float = 2.0, noise_every: int = 17) -> array:
    samples = array("d")
    for i in range(n):
        value = math.sin(2 * math.pi * freq * i / n)
        if noise_every and i % noise_every == 0:
            value += 3.0
        samples.append(value)
    return samples


def downsample(samples: array, factor: int) -> array:
    return array("d", (fmean(samples[i:i + factor]) for i in range(0, len(samples), factor)))


def clip(samples: array, low: float, high: float) -> tuple[array, int]:
    clipped = array("d", (min(max(v, low), high) for v in samples))
    changed = sum(1 for a, b in zip(samples, clipped) if a != b)
    return clipped, changed


def rms(samples: array) -> float:
    return math.sqrt(math.fsum(v * v for v in samples) / len(samples))


def running_max(samples: array) -> list[float]:
    return list(accumulate(samples, max))


if __name__ == "__main__":
    sig = make_signal(200)
    print(f"{len(sig)} samples, {sig.itemsize * len(sig)} bytes, rms={rms(sig):.3f}")
    cleaned, n = clip(sig, -1.0, 1.0)
    print(f"clipped {n} samples, rms now {rms(cleaned):.3f}")
    small = downsample(cleaned, 20)
    print("downsampled:", " ".join(f"{v:+.2f}" for v in small))
    print("first running maxima:", [round(v, 2) for v in islice(running_max(sig), 5)])
