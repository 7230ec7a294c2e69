"""Request-handling middleware chain (chain of responsibility) built from callable classes."""
import time


class Middleware:
    def __init__(self, next_handler=None):
        self.next = next_handler

    def __call__(self, request: dict) -> dict:
        return self.next(request) if self.next else {"status": 404, "body": "no handler"}


class Auth(Middleware):
    def __init__(self, next_handler, tokens):
        super().__init__(next_handler)
        self.tokens = tokens

    def __call__(self, request):
        user = self.tokens.get(request.get("headers", {}).get("Authorization", "").removeprefix("Bearer "))
        if user is None:
            return {"status": 401, "body": "unauthorized"}
        return super().__call__({**request, "user": user})


class Timing(Middleware):
    def __call__(self, request):
        t0 = time.perf_counter()
        response = super().__call__(request)
        response.setdefault("headers", {})["X-Elapsed-ms"] = f"{(time.perf_counter() - t0) * 1000:.3f}"
        return response


class ErrorBoundary(Middleware):
    def __call__(self, request):
        try:
            return super().__call__(request)
        except Exception as e:
            return {"status": 500, "body": f"{type(e).__name__}: {e}"}


class Router(Middleware):
    def __init__(self):
        super().__init__(None)
        self.routes = {}

    def route(self, method, path):
        def deco(fn):
            self.routes[(method.upper(), path)] = fn
            return fn
        return deco

    def __call__(self, request):
        fn = self.routes.get((request["method"], request["path"]))
        if fn is None:
            return super().__call__(request)
        return {"status": 200, "body": fn(request)}


def build_app(tokens):
    router = Router()

    @router.route("GET", "/me")
    def me(req):
        return f"hello {req['user']}"

    @router.route("GET", "/boom")
    def boom(req):
        return 1 / 0

    return Timing(ErrorBoundary(Auth(router, tokens)))


if __name__ == "__main__":
    app = build_app({"t0k": "alice"})
    for req in [{"method": "GET", "path": "/me", "headers": {"Authorization": "Bearer t0k"}},
                {"method": "GET", "path": "/me"}, {"method": "GET", "path": "/boom", "headers": {"Authorization": "Bearer t0k"}},
                {"method": "POST", "path": "/x", "headers": {"Authorization": "Bearer t0k"}}]:
        r = app(req)
        print(r["status"], r["body"], "X-Elapsed-ms" in r["headers"])
