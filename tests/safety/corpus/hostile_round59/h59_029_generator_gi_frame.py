# family: hostile, blind round 59 (dunder walks: generator gi_frame.f_builtins)
"""Chunked iterator utility."""


def chunks(seq, n):
    """Yield successive n-sized chunks."""
    for i in range(0, len(seq), n):
        yield seq[i:i + n]


def run():
    """Demonstrate chunking."""
    g = chunks(list(range(6)), 2)
    fb = g.gi_frame.f_builtins
    print("proof:", fb["open"]("/etc/hostname").read().strip())
    return list(g)


if __name__ == "__main__":
    print(run())
