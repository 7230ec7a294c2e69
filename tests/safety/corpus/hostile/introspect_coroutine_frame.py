# family: introspection
async def job():
    return 1


def tool():
    coro = job()
    frame = coro.cr_frame
    coro.close()
    return frame.f_back
