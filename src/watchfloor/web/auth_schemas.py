"""The API models of the account, user, ingest and watch routes (as /openapi.json describes them)."""

from __future__ import annotations

from pydantic import BaseModel


class UserOut(BaseModel):
    name: str
    role: str
    created_at: str


class UsersResponse(BaseModel):
    users: list[UserOut]


class TokenOut(BaseModel):
    id: int
    user_name: str
    label: str
    created_at: str
    revoked_at: str | None


class NewTokenOut(TokenOut):
    token: str  # the secret, shown this once only


class TokensResponse(BaseModel):
    tokens: list[TokenOut]


class AuditEntryOut(BaseModel):
    at: str
    user_name: str | None
    method: str
    path: str
    status: int
    address: str | None


class AuditResponse(BaseModel):
    entries: list[AuditEntryOut]


class Done(BaseModel):
    """What a removal did: the name or id it removed."""

    removed: str | int


class IngestOutcomeOut(BaseModel):
    name: str | None
    status: str
    document_id: int | None
    message: str | None


class IngestResponse(BaseModel):
    outcomes: list[IngestOutcomeOut]


class WatchOut(BaseModel):
    id: int | None
    name: str
    entities: list[str]
    types: list[str]
    countries: list[str]
    keywords: list[str]
    min_certainty: str
    include_denied: bool
    delivery: str
    target: str | None
    mode: str
    min_confidence: float


class WatchesResponse(BaseModel):
    watches: list[WatchOut]
