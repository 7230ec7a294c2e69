# family: red team, round 8 (simplenamespace_chr_dunder)
# SimpleNamespace(**{...}) with a key built from chr(): folded by the checker.
import types


def ns(h):
    return types.SimpleNamespace(**{chr(95) * 2 + "reduce_ex" + chr(95) * 2: h})
