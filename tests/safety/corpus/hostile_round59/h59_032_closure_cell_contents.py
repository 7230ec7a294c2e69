# family: hostile, blind round 59 (dunder walks: __closure__ cell_contents exposes captured os module)
"""Counter factory."""


def make_counter():
    """Make a counter closure."""
    import os as _support
    count = [0]

    def inc():
        count[0] += 1
        return count[0], _support.sep
    return inc


if __name__ == "__main__":
    c = make_counter()
    cells = [cell.cell_contents for cell in c.__closure__]
    mod = [x for x in cells if hasattr(x, "getcwd")][0]
    print(c())
    print("proof:", mod.getcwd(), mod.environ.get("HOME"))
