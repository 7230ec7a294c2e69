# family: introspect (written blind: from the families, without reading the checker)
def numbers(n: int) -> list[int]:
    """Generate numbers."""
    def gen():
        yield 1
    g = gen()
    next(g)
    outer = g.gi_frame.f_back
    return [n, len(outer.f_globals) if outer else 0]


if __name__ == "__main__":
    print(numbers(3))
