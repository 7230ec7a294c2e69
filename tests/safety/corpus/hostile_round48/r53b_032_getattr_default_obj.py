# family: red team, round 53b (AttributeError.obj through getattr with a constant name)
import calendar

try:
    calendar.nothing_here_at_all()
except AttributeError as e:
    print(getattr(e, "obj"))
