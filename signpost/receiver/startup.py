"""Checks made before the receiver listens, each failing with one OperatorError line that names the
file and what to do: the public key, a private key left beside it, the data folder and the database."""
from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from nacl.public import PublicKey

from signpost.receiver.problems import OperatorError
from signpost.receiver.sealing import PRIVATE_KEY, PUBLIC_KEY, load_private_key, load_public_key
from signpost.receiver.storage import DATABASE, check_database

log = logging.getLogger("signpost.receiver")


def check_data_folder(data: Path) -> PublicKey:
    """The team's public key from `data`, once the folder and its database are known to work."""
    if not (data / PUBLIC_KEY).exists():
        raise OperatorError(f"no public key at {data / PUBLIC_KEY}: run `signpost receiver keygen --out {data}` "
                            "and keep the private key away from this host")
    public = load_public_key(data / PUBLIC_KEY)
    if (data / PRIVATE_KEY).exists():
        _check_private_key_beside(data, public)
    try:
        descriptor, probe = tempfile.mkstemp(dir=data, prefix=".write-test-")
        os.close(descriptor)
        os.unlink(probe)
    except OSError as error:
        raise OperatorError(f"{data} cannot be written ({error.strerror}): the receiver stores submissions there; "
                            "give the user running it write access, or pass another --data") from None
    check_database(data / DATABASE)
    return public


def _check_private_key_beside(data: Path, public: PublicKey) -> None:
    try:
        private = load_private_key(data / PRIVATE_KEY)
    except OperatorError:
        return  # not ours to judge: only the public key is used here
    if bytes(private) == bytes(public):  # key files from before they were labelled: one copied over the other
        raise OperatorError(f"{data / PUBLIC_KEY} holds the team's PRIVATE key (the same as {data / PRIVATE_KEY}): "
                            "put the public key there, or nothing stored could ever be read")
    if private.public_key != public:
        raise OperatorError(f"{data / PUBLIC_KEY} is not the public key of {data / PRIVATE_KEY} beside it: "
                            "run `signpost receiver keygen` again, or put the matching pair there")
    log.warning("%s sits beside the database: fine for a local sample, but a live receiver's host must not hold it",
                data / PRIVATE_KEY)
