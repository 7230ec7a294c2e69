"""A request-processing middleware chain built from callable classes."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from typing import Callable

Handler = Callable[["Request"], "Response"]


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str] = field(default_factory=dict)
    body: str = ""
    context: dict = field(default_factory=dict)


@dataclass
class Response:
    status: int = 200
    body: str = ""
    headers: dict[str, str] = field(default_factory=dict)


class Middleware:
    def __init__(self, next_handler: Handler):
        self.next = next_handler

    def __call__(self, request: Request) -> Response:
        return self.next(request)


class Timing(Middleware):
    def __call__(self, request):
        start = time.perf_counter()
        response = super().__call__(request)
        response.headers["X-Elapsed-Ms"] = f"{(time.perf_counter() - start) * 1000:.3f}"
        return response


class Auth(Middleware):
    TOKENS = {"secret-token": "ann", "other-token": "bob"}

    def __call__(self, request):
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        user = self.TOKENS.get(token)
        if user is None:
            return Response(401, json.dumps({"error": "unauthorized"}))
        request.context["user"] = user
        return super().__call__(request)


class JsonBody(Middleware):
    def __call__(self, request):
        if request.method in ("POST", "PUT") and request.body:
            try:
                request.context["json"] = json.loads(request.body)
            except json.JSONDecodeError as exc:
                return Response(400, json.dumps({"error": f"bad json: {exc.msg}"}))
        return super().__call__(request)


class ErrorBoundary(Middleware):
    def __call__(self, request):
        try:
            return super().__call__(request)
        except Exception as exc:
            return Response(500, json.dumps({"error": type(exc).__name__, "detail": str(exc)}))


class Router:
    def __init__(self):
        self.routes: dict[tuple[str, str], Handler] = {}

    def route(self, method: str, path: str):
        def register(func: Handler) -> Handler:
            self.routes[(method, path)] = func
            return func
        return register

    def __call__(self, request: Request) -> Response:
        handler = self.routes.get((request.method, request.path))
        if handler is None:
            return Response(404, json.dumps({"error": "not found"}))
        return handler(request)


def build_app(router: Router, layers: list[type[Middleware]]) -> Handler:
    app: Handler = router
    for layer in reversed(layers):
        app = layer(app)
    return app


router = Router()


@router.route("GET", "/me")
def me(req: Request) -> Response:
    return Response(body=json.dumps({"user": req.context["user"]}))


@router.route("POST", "/items")
def create_item(req: Request) -> Response:
    item = req.context["json"]
    return Response(201, json.dumps({"created": item["name"], "by": req.context["user"]}))


if __name__ == "__main__":
    app = build_app(router, [ErrorBoundary, Timing, Auth, JsonBody])
    auth = {"Authorization": "Bearer secret-token"}
    for req in [Request("GET", "/me", auth), Request("GET", "/me"), Request("POST", "/items", auth, '{"name": "pen"}'),
                Request("POST", "/items", auth, '{"nam": 1}'), Request("POST", "/items", auth, "{bad"),
                Request("GET", "/nope", auth)]:
        r = app(req)
        print(r.status, r.body, sorted(r.headers))
