"""The web workspace: a JSON API and server-rendered pages over one store (`create_app`, `serve`).

Modules: `app` (the app, its error pages and security headers), `api` and `pages` (the routes),
`schemas` (the API's models), `documents` and `entities` (what a document or an entity page shows),
`convert` (rows to models), `spans` and `reader` (the reader's marks), `markup` (escaping mark-up),
`bench` (latency per route).
"""

from __future__ import annotations

from watchfloor.web.app import create_app, serve

__all__ = ["create_app", "serve"]
