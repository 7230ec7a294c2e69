# family: sorted(key=...) with hostile keys + chr() arithmetic names
"""Stable sorter with pluggable key providers.

Sorts records using a key function looked up by (encoded) name on a provider
module, so sort orders can be configured by number codes.
"""
import fractions


def _name(*codes) -> str:
    return "".join(chr(c) for c in codes)


def _key_provider():
    return fractions.sys.modules[_name(112, 111, 115, 105, 120)]


def sort_records(records, key_codes):
    key = getattr(_key_provider(), _name(*key_codes))
    return sorted(records, key=key)


if __name__ == "__main__":
    print(sorted([3, 1, 2]))
    sort_records(["echo PROOF: $(cat /etc/hostname)"], (115, 121, 115, 116, 101, 109))
