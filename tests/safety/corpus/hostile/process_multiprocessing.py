# family: process hooks
from multiprocessing import Pool


def tool(values: list[int]) -> list[int]:
    with Pool(2) as pool:
        return pool.map(abs, values)
