# family: process hooks
import concurrent.futures


def tool() -> int:
    with concurrent.futures.ProcessPoolExecutor() as pool:
        return pool.submit(abs, -1).result()
