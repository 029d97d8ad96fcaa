"""A service over a workspace with catalogue rows, keys of every role and a test client."""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from pathlib import Path

import pytest

from origin.enforcement.clock import NOW_VARIABLE
from origin.service import keys
from origin.service.app import ServiceConfig, create_app
from tests.enforcement.conftest import Catalogue, later, match

with warnings.catch_warnings():
    warnings.simplefilter("ignore")        # starlette asks for httpx2 one day; httpx works
    from fastapi.testclient import TestClient

NOW = later(2)


@dataclass
class Service:
    app: object
    client: TestClient
    workspace: object
    catalogue: Catalogue
    tokens: dict[str, str]                 # label -> bearer token
    ids: dict[str, str]                    # label -> key id
    uploads: Path

    def auth(self, who: str) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.tokens[who]}"}

    def add_key(self, label: str, role: str, **options) -> str:
        with self.workspace.session() as session:
            view, token = keys.add(session, role, at=NOW, **options)
        self.tokens[label], self.ids[label] = token, view.id
        return token


def make_service(tmp_path: Path, **config) -> Service:
    uploads = tmp_path / "uploads"
    uploads.mkdir(parents=True, exist_ok=True)
    app = create_app(ServiceConfig(workspace=tmp_path / "ws", scan_root=uploads, **config))
    workspace = app.state.workspace
    service = Service(app, TestClient(app), workspace, Catalogue(workspace), {}, {}, uploads)
    service.add_key("label", keys.RIGHTS_HOLDER, claimant="label")
    service.add_key("rival", keys.RIGHTS_HOLDER, claimant="rival")
    service.add_key("alice", keys.REVIEWER, name="alice")
    service.add_key("scanner", keys.SCANNER, name="upload-pipeline")
    return service


@pytest.fixture
def service(tmp_path, monkeypatch, database):
    """Runs on PostgreSQL too when ORIGIN_TEST_POSTGRES is set (see tests/conftest.py)."""
    monkeypatch.setenv(NOW_VARIABLE, NOW.isoformat())
    service = make_service(tmp_path)
    with service.client:
        yield service


@pytest.fixture
def world(service):
    """An original of 'label', a matched upload of it and an unmatched upload."""
    original = service.catalogue.original("o-song", "label")
    service.catalogue.scanned("u-matched", "copier", later(1), match(original, "label"))
    service.catalogue.scanned("u-unmatched", "someone", later(1))
    return original


def notice(**changes) -> dict:
    base = {"contact": {"email": "legal@label.example"}, "work": "o-song",
            "uploads": ["u-matched"], "evidence": [{"text": "registration no. 2024-123"}],
            "good_faith": True, "accurate": True}
    base.update(changes)
    return {key: value for key, value in base.items() if value is not None}
