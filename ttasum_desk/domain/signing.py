"""Ed25519 signatures over exchange files: who wrote a day-file or snapshot, and that nobody
changed it since.

Hash chains and the per-sheet hashes in Meta show accidental or clumsy edits, but anyone who
reads the format can recompute them; a signature needs the station's private key, which never
leaves its PC. What is signed is every Meta field (the per-sheet hashes among them) and the
names of the workbook's sheets in order, as canonical JSON: so a signature that holds, plus
sheets that match their Meta hashes, means the whole workbook is as its station wrote it.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

SIGNED_BY = "signed_by"  # Meta: the signer's public key, hex
SIGNATURE = "signature"  # Meta: the Ed25519 signature of the canonical payload, hex
_PAYLOAD_VERSION = "ttasum-desk signed exchange 1"


@dataclass(frozen=True)
class Signer:
    """A station's private key (32 raw bytes), able to sign."""

    private: bytes

    @classmethod
    def generate(cls) -> Signer:
        return cls(Ed25519PrivateKey.generate().private_bytes_raw())

    @property
    def public_hex(self) -> str:
        key = Ed25519PrivateKey.from_private_bytes(self.private)
        return key.public_key().public_bytes_raw().hex()

    def sign(self, payload: bytes) -> str:
        return Ed25519PrivateKey.from_private_bytes(self.private).sign(payload).hex()


def fingerprint(public_hex: str) -> str:
    """What people compare on two screens: the first 16 bytes of the public key's SHA-256, as
    eight groups of four hex digits."""
    if not public_hex:
        return ""
    digits = hashlib.sha256(bytes.fromhex(public_hex)).hexdigest()[:32].upper()
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def verify(public_hex: str, payload: bytes, signature_hex: str) -> bool:
    """Whether ``signature_hex`` is the key's signature of ``payload`` (malformed: False)."""
    try:
        key = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex))
        key.verify(bytes.fromhex(signature_hex), payload)
    except (ValueError, InvalidSignature):
        return False
    return True


def signed_payload(meta: Mapping[str, object], sheets: Sequence[str]) -> bytes:
    """The bytes a signature covers: Meta (without the signature itself) and the sheet names,
    text composed (NFC) so that a program that saved the file again changes nothing."""
    fields = {
        unicodedata.normalize("NFC", str(key)): unicodedata.normalize("NFC", str(value))
        for key, value in meta.items()
        if key != SIGNATURE
    }
    document = {"format": _PAYLOAD_VERSION, "meta": fields, "sheets": list(sheets)}
    return json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
