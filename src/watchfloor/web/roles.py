"""Route dependencies on the caller `web.auth` identified: a role at least, or a signed-in user."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request

from watchfloor.store.db import Connection
from watchfloor.store.users import User, connect
from watchfloor.web.auth import BEARER


def caller(request: Request) -> User | None:
    """The signed-in user; None when sign-in is off (a loopback store without users)."""
    user: User | None = getattr(request.state, "user", None)
    return user


def auth_enabled(request: Request) -> bool:
    return bool(getattr(request.state, "auth_enabled", False))


def require_role(role: str) -> Callable[[Request], User | None]:
    """A dependency refusing callers below `role` (403); with sign-in off everyone passes, as on a
    single analyst's loopback server today."""

    def check(request: Request) -> User | None:
        user = caller(request)
        if not auth_enabled(request):
            return None
        if user is None:
            raise HTTPException(401, "authentication required: sign in first", headers=BEARER)
        if not user.can(role):
            raise HTTPException(
                403, f"forbidden: this needs the {role} role, and {user.name} is a {user.role}"
            )
        return user

    return check


def signed_in(request: Request) -> User:
    """The signed-in user, for routes that act on one's own account (tokens, sign-out)."""
    user = caller(request)
    if user is None:
        if not auth_enabled(request):
            raise HTTPException(409, "sign-in is off: this store has no users (watchfloor users add NAME)")
        raise HTTPException(401, "authentication required: sign in first", headers=BEARER)
    return user


def write_connection(request: Request) -> Iterator[Connection]:
    """A writable connection to the store for one request."""
    conn = connect(request.app.state.db_path)
    try:
        yield conn
    finally:
        conn.close()


Analyst = Annotated[User | None, Depends(require_role("analyst"))]
Admin = Annotated[User | None, Depends(require_role("admin"))]
SignedIn = Annotated[User, Depends(signed_in)]
WriteConn = Annotated[Connection, Depends(write_connection)]


def user_out(user: User) -> dict[str, Any]:
    return {"name": user.name, "role": user.role, "created_at": user.created_at}
