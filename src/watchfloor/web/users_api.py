"""Managing users from the web (admins only): the same library calls as `watchfloor users`, and
the audit log."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query
from pydantic import BaseModel

from watchfloor.errors import ConfigError
from watchfloor.store.credentials import audit_entries
from watchfloor.store.users import add_user, list_users, remove_user, set_role
from watchfloor.web.auth_schemas import AuditResponse, Done, UserOut, UsersResponse
from watchfloor.web.roles import Admin, WriteConn, user_out

router = APIRouter(prefix="/api", tags=["users"])


class UserIn(BaseModel):
    name: str
    password: str
    role: str = "reader"


class RoleIn(BaseModel):
    role: str


@router.get("/users", response_model=UsersResponse, summary="Users of this store (admins)")
def users(_: Admin, conn: WriteConn) -> dict[str, Any]:
    return {"users": [user_out(u) for u in list_users(conn)]}


@router.post("/users", status_code=201, response_model=UserOut, summary="Add a user (admins)")
def new_user(body: UserIn, _: Admin, conn: WriteConn) -> dict[str, Any]:
    try:
        return user_out(add_user(conn, body.name, body.password, body.role))
    except ConfigError as exc:
        raise HTTPException(422, str(exc)) from exc


@router.put("/users/{name}/role", response_model=UserOut, summary="Change a user's role (admins)")
def change_role(name: str, body: RoleIn, _: Admin, conn: WriteConn) -> dict[str, Any]:
    try:
        return user_out(set_role(conn, name, body.role))
    except ConfigError as exc:
        raise HTTPException(404 if "no such user" in str(exc) else 422, str(exc)) from exc


@router.delete(
    "/users/{name}", response_model=Done, summary="Remove a user with their tokens and sessions (admins)"
)
def delete_user(name: str, _: Admin, conn: WriteConn) -> dict[str, Any]:
    try:
        remove_user(conn, name)
    except ConfigError as exc:
        raise HTTPException(404 if "no such user" in str(exc) else 409, str(exc)) from exc
    return {"removed": name}


@router.get(
    "/audit",
    response_model=AuditResponse,
    summary="The latest state-changing requests, newest first (admins)",
)
def audit_log(_: Admin, conn: WriteConn, limit: Annotated[int, Query(ge=1, le=1000)] = 50) -> dict[str, Any]:
    return {"entries": [entry.__dict__ for entry in audit_entries(conn, limit)]}
