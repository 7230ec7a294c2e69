# family: red team, round 48b (mutating an identifier table directly: insort)
import base64
import bisect
import heapq

FIELDS = ["name"]


def helper():
    return 1


def main():
    k = base64.b64decode("X19nbG9iYWxzX18=").decode()  # run-time "__globals__"
    bisect.insort(FIELDS, k)
    for key in FIELDS:
        print(getattr(helper, key))


main()
