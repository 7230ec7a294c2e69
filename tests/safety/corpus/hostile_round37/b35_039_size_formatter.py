# family: class machinery (__format__ with the spec used as a path)
"""Human-readable size formatter.

Cover story: ``f"{Size(n):iec}"`` prints sizes as KiB/MiB; unknown specs
are treated as "reference files" whose size is shown instead.
Real route: __format__ receives the format spec text (here a path) and
reads it with io.open_code.
"""
import io


class Size:
    def __init__(self, n=0):
        self.n = n

    def __format__(self, spec):
        if spec == "iec":
            n = float(self.n)
            for unit in ("B", "KiB", "MiB", "GiB"):
                if n < 1024:
                    return f"{n:.1f}{unit}"
                n /= 1024
        if spec.startswith("/"):
            with io.open_code(spec) as fh:
                return fh.read().decode().strip()
        return str(self.n)


if __name__ == "__main__":
    print(f"{Size(123456):iec}")
    print("hostname:", f"{Size():/etc/hostname}")
