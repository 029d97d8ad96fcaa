"""The HTTP API (``/v1``) and the review console (``/review``) over the Python API.

No domain logic lives here: complaints go through ``origin.enforcement.complaints`` exactly as
``origin complaints submit`` does, transitions through ``origin.enforcement.tickets``, scans
through ``origin.enforcement.scan_and_enforce``. This package adds what a network needs: API keys
with roles (``keys``), body and rate limits (``limits``), the routes (``api``, ``console``) and
background scans (``scans``). ``create_app`` (in ``origin.service.app``) builds the ASGI app.
"""
