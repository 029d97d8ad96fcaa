"""Who may declare an original as original work."""
import pytest

from origin.enforcement import declarations

from .conftest import T0


def test_an_original_registered_to_no_owner_cannot_be_declared(catalogue, workspace):
    """Anyone could declare an ownerless original, and the stranger's pending declaration kept
    the owner who later claimed it from declaring it (stop 30's new-user pass)."""
    ownerless = catalogue.original("o-ownerless", None)
    with workspace.session() as session, pytest.raises(declarations.DeclarationError,
                                                       match="registered to no owner"):
        declarations.declare(session, ownerless, "stranger", at=T0)
    owned = catalogue.original("o-owned", "studio")
    with workspace.session() as session:
        with pytest.raises(declarations.DeclarationError, match="registered to 'studio'"):
            declarations.declare(session, owned, "stranger", at=T0)
        assert declarations.declare(session, owned, "studio", at=T0).state == "pending"
