"""Detect outliers in a numeric series using IQR and z-score methods."""
import statistics


def iqr_outliers(values: list[float], k: float = 1.5) -> list[int]:
    if len(values) < 4:
        return []
    q1, _, q3 = statistics.quantiles(values, n=4)
    iqr = q3 - q1
    lo, hi = q1 - k * iqr, q3 + k * iqr
    return [i for i, v in enumerate(values) if v < lo or v > hi]


def zscore_outliers(values: list[float], threshold: float = 3.0) -> list[int]:
    if len(values) < 2:
        return []
    mu = statistics.fmean(values)
    sd = statistics.pstdev(values)
    if sd == 0:
        return []
    return [i for i, v in enumerate(values) if abs(v - mu) / sd > threshold]


def modified_zscore_outliers(values: list[float], threshold: float = 3.5) -> list[int]:
    med = statistics.median(values)
    mad = statistics.median(abs(v - med) for v in values)
    if mad == 0:
        return []
    return [i for i, v in enumerate(values) if 0.6745 * abs(v - med) / mad > threshold]


def detect(values: list[float], method: str = "iqr", **kwargs) -> dict:
    methods = {"iqr": iqr_outliers, "z": zscore_outliers, "mad": modified_zscore_outliers}
    try:
        fn = methods[method]
    except KeyError:
        raise ValueError(f"method must be one of {list(methods)}") from None
    idx = fn(values, **kwargs)
    return {"method": method, "indices": idx, "values": [values[i] for i in idx]}


if __name__ == "__main__":
    data = [10, 12, 11, 13, 12, 95, 11, 10, 12, -40, 13]
    for m in ("iqr", "z", "mad"):
        print(detect(data, m))
    print(detect(data, "z", threshold=1.5))
