"""Reversible encryption of a value into a token that stays recognizable in text: ``<ENC:PERSON:...>``.

AES-256-GCM-SIV (authenticated) under a subkey of the pseudonym key. The nonce is an HMAC of
(scope, entity type, value), so a value gets the same token throughout its scope (like a pseudonym) and
GCM-SIV stays safe even though nonces repeat for repeated values. The entity type is authenticated as
associated data: a token cannot be relabelled. Only holders of the key can reverse it
(``pipeline.privacy.reidentify``).
"""
from __future__ import annotations

import base64
import hmac
import re

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCMSIV

from pipeline.privacy.keys import PseudonymKey

TOKEN_VERSION = 1
KEY_ID_BYTES = 4
NONCE_BYTES = 12
TOKEN_PATTERN = re.compile(r"<ENC:(?P<type>[A-Z][A-Z0-9_]*):(?P<payload>[A-Za-z0-9_-]{20,})>")
_AAD_PREFIX = b"pii-pipeline/encrypt/v1|"


class DecryptionError(ValueError):
    """A token could not be decrypted (wrong key, corrupted or foreign token). Never contains values."""


def _key_id(key: PseudonymKey) -> bytes:
    return bytes.fromhex(key.fingerprint)[:KEY_ID_BYTES]


def encrypt_value(value: str, entity_type: str, key: PseudonymKey, scope: bytes) -> str:
    """The token for ``value`` (deterministic within ``scope``)."""
    nonce = hmac.digest(key.subkey("encrypt-nonce"), scope + b"\x1f" + entity_type.encode() + b"\x1f"
                        + value.encode("utf-8"), "sha256")[:NONCE_BYTES]
    sealed = AESGCMSIV(key.subkey("encrypt")).encrypt(nonce, value.encode("utf-8"),
                                                      _AAD_PREFIX + entity_type.encode())
    payload = bytes([TOKEN_VERSION]) + _key_id(key) + nonce + sealed
    return f"<ENC:{entity_type}:{base64.urlsafe_b64encode(payload).rstrip(b'=').decode()}>"


def decrypt_token(entity_type: str, payload_text: str, key: PseudonymKey) -> str:
    """The original value of one token; raises DecryptionError when the key or token is wrong."""
    try:
        payload = base64.urlsafe_b64decode(payload_text + "=" * (-len(payload_text) % 4))
    except (ValueError, TypeError):
        raise DecryptionError("token payload is not valid base64") from None
    header = 1 + KEY_ID_BYTES + NONCE_BYTES
    if len(payload) <= header or payload[0] != TOKEN_VERSION:
        raise DecryptionError("token has an unknown version or is truncated")
    if not hmac.compare_digest(payload[1:1 + KEY_ID_BYTES], _key_id(key)):
        raise DecryptionError("token was made with a different key (key id mismatch)")
    nonce = payload[1 + KEY_ID_BYTES:header]
    try:
        plain = AESGCMSIV(key.subkey("encrypt")).decrypt(nonce, payload[header:],
                                                         _AAD_PREFIX + entity_type.encode())
    except InvalidTag:
        raise DecryptionError("token failed authentication (wrong key or altered token)") from None
    return plain.decode("utf-8")
