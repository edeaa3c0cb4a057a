"""Sealing submissions to the team's public key (libsodium sealed boxes, through PyNaCl).

A sealed box can be opened only with the private key: whoever holds the database and the public key
(the receiver's host) cannot read a submission, not even one it sealed itself."""
from __future__ import annotations

import os
from pathlib import Path

from nacl.encoding import Base64Encoder
from nacl.public import PrivateKey, PublicKey, SealedBox

PUBLIC_KEY = "team.pub"
PRIVATE_KEY = "team.key"


def generate_keys(folder: Path) -> tuple[Path, Path]:
    """Writes a new key pair into `folder`: team.pub (for the receiver) and team.key (for the team only)."""
    folder.mkdir(parents=True, exist_ok=True)
    private = PrivateKey.generate()
    private_path, public_path = folder / PRIVATE_KEY, folder / PUBLIC_KEY
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as file:
        file.write(private.encode(Base64Encoder) + b"\n")
    public_path.write_bytes(private.public_key.encode(Base64Encoder) + b"\n")
    return public_path, private_path


def load_public_key(path: Path) -> PublicKey:
    return PublicKey(path.read_bytes().strip(), encoder=Base64Encoder)


def load_private_key(path: Path) -> PrivateKey:
    return PrivateKey(path.read_bytes().strip(), encoder=Base64Encoder)


def seal(public_key: PublicKey, data: bytes) -> bytes:
    return SealedBox(public_key).encrypt(data)


def unseal(private_key: PrivateKey, sealed: bytes) -> bytes:
    return SealedBox(private_key).decrypt(sealed)
