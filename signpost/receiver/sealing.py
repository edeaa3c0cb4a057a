"""Sealing submissions to the team's public key (libsodium sealed boxes, through PyNaCl).

A sealed box can be opened only with the private key: whoever holds the database and the public key
(the receiver's host) cannot read a submission, not even one it sealed itself.

A key file is one line of base64 (32 bytes), after a comment line that says which key it is, so a
private key put where the public key belongs is refused instead of silently sealing to the wrong key.
Files made before the comment line existed (base64 alone) are still read."""
from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path

from nacl.public import PrivateKey, PublicKey, SealedBox

from signpost.receiver.problems import OperatorError

PUBLIC_KEY = "team.pub"
PRIVATE_KEY = "team.key"
PUBLIC_LABEL = "# signpost team public key (X25519): for the receiver"
PRIVATE_LABEL = "# signpost team PRIVATE key (X25519): for the team only, never on the receiver's host"


def generate_keys(folder: Path) -> tuple[Path, Path]:
    """Writes a new key pair into `folder`: team.pub (for the receiver) and team.key (for the team only)."""
    folder.mkdir(parents=True, exist_ok=True)
    private = PrivateKey.generate()
    private_path, public_path = folder / PRIVATE_KEY, folder / PUBLIC_KEY
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as file:
        file.write(f"{PRIVATE_LABEL}\n{base64.b64encode(bytes(private)).decode()}\n")
    public_path.write_text(f"{PUBLIC_LABEL}\n{base64.b64encode(bytes(private.public_key)).decode()}\n", encoding="ascii")
    return public_path, private_path


def load_public_key(path: Path) -> PublicKey:
    """Raises OperatorError (naming the file) when it is missing, unreadable, not a key, or a private key."""
    labels, raw = _read_key(path, "the team's public key (team.pub, made by `signpost receiver keygen`)")
    if any("PRIVATE" in label for label in labels):
        raise OperatorError(f"{path} holds the team's PRIVATE key where the public key belongs: put the team.pub "
                            "made with it here instead, and take the private key off this host")
    return PublicKey(raw)


def load_private_key(path: Path) -> PrivateKey:
    """Raises OperatorError (naming the file) when it is missing, unreadable, not a key, or a public key."""
    labels, raw = _read_key(path, "the team's private key (team.key, made by `signpost receiver keygen`)")
    if labels and not any("PRIVATE" in label for label in labels):
        raise OperatorError(f"{path} is a public key: pass the team's private key (team.key) with --private-key")
    return PrivateKey(raw)


def _read_key(path: Path, expected: str) -> tuple[list[str], bytes]:
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        raise OperatorError(f"{path}: no such file: expected {expected}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise OperatorError(f"{path} cannot be read as a key file ({type(error).__name__}): expected {expected}") from None
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    labels = [line for line in lines if line.startswith("#")]
    try:
        raw = base64.b64decode("".join(line for line in lines if not line.startswith("#")), validate=True)
    except (binascii.Error, ValueError):
        raw = b""
    if len(raw) != 32:
        found = "an empty file" if not lines else "something else"
        raise OperatorError(f"{path} is not a key: expected {expected}, found {found}")
    return labels, raw


def seal(public_key: PublicKey, data: bytes) -> bytes:
    return SealedBox(public_key).encrypt(data)


def unseal(private_key: PrivateKey, sealed: bytes) -> bytes:
    return SealedBox(private_key).decrypt(sealed)
