# family: env (written blind, second set)
"""Month calendar in the user's language."""
import calendar


def run(year: int, month: int) -> str:
    cal = calendar.LocaleTextCalendar()
    return f"{cal.locale}\n" + cal.formatmonth(year, month)


print(run(2024, 1))
