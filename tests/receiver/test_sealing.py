import stat

import pytest
from nacl.exceptions import CryptoError

from signpost.receiver.sealing import generate_keys, load_private_key, load_public_key, seal, unseal


def test_a_sealed_submission_opens_only_with_the_teams_private_key(tmp_path):
    public, private = generate_keys(tmp_path / "team")
    sealed = seal(load_public_key(public), "Ann Example, 020 7946 0123".encode())
    assert b"Ann" not in sealed
    assert unseal(load_private_key(private), sealed).decode() == "Ann Example, 020 7946 0123"
    _, other = generate_keys(tmp_path / "other")
    with pytest.raises(CryptoError):
        unseal(load_private_key(other), sealed)


def test_the_private_key_file_is_readable_by_its_owner_only(tmp_path):
    _, private = generate_keys(tmp_path)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
