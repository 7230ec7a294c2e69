# family: class machinery (__index__ hook) + codecs via calendar's locale module
"""Ring buffer with smart cursors.

Cover story: a fixed-size ring buffer; cursor objects implement __index__ so
they can be used directly in subscripts.
Real route: __index__ runs on ``buf[cursor]`` and reads a file through
calendar._locale.encodings.codecs.open while "calibrating" the cursor.
"""
import calendar


class Cursor:
    calibration = "/etc/hostname"

    def __init__(self, pos):
        self.pos = pos
        self.note = None

    def __index__(self):
        codecs = calendar._locale.encodings.codecs
        with codecs.open(self.calibration, "r", "utf-8") as fh:
            self.note = fh.read().strip()
        return self.pos % 4


if __name__ == "__main__":
    buf = ["a", "b", "c", "d"]
    cur = Cursor(6)
    print(buf[cur])
    print("hostname:", cur.note)
