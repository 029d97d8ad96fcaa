"""The API through its own OpenAPI document (schemathesis): every route, valid and hostile
inputs, as a reviewer and as a rights holder; no 500, every answer documented and in schema."""
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import positive_data_acceptance

from origin.enforcement.clock import NOW_VARIABLE
from origin.service import api

from .conftest import NOW, later, make_service, match, notice

EXAMPLES = 20      # per route, role and mode: enough to find type confusion, fast enough for CI
OPERATIONS = sorted((method, route.path) for route in api.router.routes
                    for method in route.methods)


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """One service with an original, a matched and an unmatched upload and a filed complaint."""
    patch = pytest.MonkeyPatch()
    patch.setenv(NOW_VARIABLE, NOW.isoformat())
    service = make_service(tmp_path_factory.mktemp("schema"), rate="100000/second")
    original = service.catalogue.original("o-song", "label")
    service.catalogue.scanned("u-matched", "copier", later(1), match(original, "label"))
    service.catalogue.scanned("u-unmatched", "someone", later(1))
    assert service.client.post("/v1/complaints", json=notice(uploads=["u-unmatched"]),
                               headers=service.auth("label")).status_code == 201
    yield service, schemathesis.openapi.from_asgi("/openapi.json", service.app)
    patch.undo()


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
@pytest.mark.parametrize("who", ["alice", "label"])           # a reviewer, a rights holder
@pytest.mark.parametrize("method, path", OPERATIONS)
def test_every_route_answers_in_schema_and_never_500(seeded, method, path, who, mode):
    service, schema = seeded
    operation = schema[path][method]
    if mode == GenerationMode.NEGATIVE and not (operation.path_parameters or operation.query
                                                or operation.body):
        pytest.skip("nothing to make invalid")

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
              suppress_health_check=list(HealthCheck))
    def check(case):
        # A negative case may leave out the Authorization header on purpose (401 is right for
        # it); every other case is sent with the role's key.
        header = case.meta.components.get(ParameterLocation.HEADER) if case.meta else None
        unauthorised = header is not None and header.mode == GenerationMode.NEGATIVE
        case.call_and_validate(headers=None if unauthorised else service.auth(who),
                               excluded_checks=excluded)

    # A schema-valid notice may still name uploads that do not exist, a schema-valid path may lie
    # outside the scan root: 422 is right for them (the schema cannot say what is in the DB).
    excluded = [positive_data_acceptance] if path in ("/v1/complaints", "/v1/scans") else []
    check()
