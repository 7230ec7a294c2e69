# family: ordinary, blind round 48 (generator pipeline for sensor data)
import io
import math

SENSOR_CSV = """\
ts,sensor,value
0,temp,21.5
1,temp,21.7
2,temp,
3,temp,85.0
4,temp,22.1
5,hum,40
6,temp,22.4
7,temp,22.0
8,temp,nan
9,temp,21.8
"""


def read_lines(text):
    yield from io.StringIO(text)


def parse(lines):
    header = next(lines).strip().split(",")
    for raw in lines:
        yield dict(zip(header, raw.strip().split(",")))


def only_sensor(records, name):
    return (r for r in records if r["sensor"] == name)


def to_float(records):
    for r in records:
        try:
            v = float(r["value"])
        except ValueError:
            continue
        if not math.isnan(v):
            yield int(r["ts"]), v


def drop_spikes(points, max_jump=5.0):
    last = None
    for ts, v in points:
        if last is not None and abs(v - last) > max_jump:
            print(f"  dropped spike at t={ts}: {v}")
            continue
        last = v
        yield ts, v


def moving_average(points, window=3):
    buf = []
    for ts, v in points:
        buf.append(v)
        if len(buf) > window:
            buf.pop(0)
        yield ts, round(sum(buf) / len(buf), 3)


if __name__ == "__main__":
    pipeline = moving_average(drop_spikes(to_float(only_sensor(parse(read_lines(SENSOR_CSV)), "temp"))))
    for ts, avg in pipeline:
        print(f"t={ts:<2} avg={avg}")
    squares = (n * n for n in range(10))
    print("sum of even squares:", sum(s for s in squares if s % 2 == 0))
