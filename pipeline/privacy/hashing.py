"""Keyed hashes for ids and audit values (HMAC-SHA256 under the run's secret key; never bare hashes)."""
from __future__ import annotations

import hashlib
import hmac

from pipeline.privacy.keys import PseudonymKey

AUDIT_HASH_CHARS = 16
CUSTOMER_REF_CHARS = 20


def keyed_hash(key: PseudonymKey, purpose: str, value: str, chars: int = AUDIT_HASH_CHARS) -> str:
    """Hex HMAC of ``value`` for ``purpose`` (domain separation: the same value hashes differently per purpose)."""
    mac = hmac.new(key.subkey(f"hash/{purpose}"), value.encode("utf-8", "surrogatepass"),
                   hashlib.sha256)
    return mac.hexdigest()[:chars]


def customer_ref(key: PseudonymKey, customer_id: str | None) -> str | None:
    """The keyed pseudonym of a customer id that training output carries instead of the id."""
    if customer_id is None:
        return None
    return "cust-" + keyed_hash(key, "customer_ref", customer_id, CUSTOMER_REF_CHARS)
