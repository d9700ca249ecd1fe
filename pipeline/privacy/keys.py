"""The secret key behind pseudonyms, keyed hashes and reversible encryption.

The key never lives in the YAML config: it comes from the environment variable ``PII_PIPELINE_KEY`` or
from a key file whose PATH the config may name. Without either, a run may use a random key (pseudonyms
then hold only within that run); policies that promise more (dataset scope, encryption) refuse it.

Key text is 32+ random bytes written as hex or (url-safe) base64; ``generate_key_text()`` makes one and
``pii-pipeline keygen`` writes one to a file readable only by its owner.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import logging
import os
import secrets
import stat
import threading
from pathlib import Path
from typing import Any, Mapping

logger = logging.getLogger(__name__)

KEY_ENV_VAR = "PII_PIPELINE_KEY"
MIN_KEY_BYTES = 32
GENERATED_KEY_BYTES = 32
FINGERPRINT_HEX_CHARS = 16
_FINGERPRINT_LABEL = b"pii-pipeline/key-fingerprint/v1"
_SUBKEY_PREFIX = b"pii-pipeline/subkey/v1/"
_URLSAFE_TO_STD = str.maketrans("-_", "+/")

_random_key_warned = False
_random_key_lock = threading.Lock()


class PseudonymKeyError(ValueError):
    """The key is missing, malformed, or not acceptable for the policy. Never contains key material."""


class PseudonymKey:
    """A secret key; derives purpose-specific subkeys and never shows the secret in repr/str.

    Picklable (the pickle carries the secret). The Beam jobs never pickle it: their DoFns hold a
    ``pipeline.privacy.key_source.KeySource`` and load the key on the worker.

    Attributes:
        is_random: True when the key was generated for this run only.
        fingerprint: Short non-reversible id of the key (HMAC of a fixed label), safe to log and store.
        origin: ``(from_env, key_file)``: where ``load_key`` found it (None: built from bytes or random).
    """

    __slots__ = ("_secret", "is_random", "fingerprint", "_subkeys", "origin")

    def __init__(self, secret: bytes, *, is_random: bool = False,
                 origin: tuple[bool, str | None] | None = None) -> None:
        if not isinstance(secret, (bytes, bytearray)) or len(secret) < MIN_KEY_BYTES:
            raise PseudonymKeyError(f"a pseudonym key needs at least {MIN_KEY_BYTES} bytes of secret")
        self._secret = bytes(secret)
        self.is_random = is_random
        self.origin = origin
        self.fingerprint = hmac.new(self._secret, _FINGERPRINT_LABEL, hashlib.sha256).hexdigest()[
            :FINGERPRINT_HEX_CHARS]
        self._subkeys: dict[str, bytes] = {}

    def subkey(self, purpose: str) -> bytes:
        """A 32-byte key for one purpose (``surrogate``, ``hash``, ``encrypt``...), independent of the others."""
        cached = self._subkeys.get(purpose)
        if cached is None:
            cached = hmac.new(self._secret, _SUBKEY_PREFIX + purpose.encode(), hashlib.sha256).digest()
            self._subkeys[purpose] = cached
        return cached

    def _secret_hex(self) -> str:
        """The secret as key-file text (for ``key_source.ephemeral_key_file`` only)."""
        return self._secret.hex()

    @staticmethod
    def _with_flags(key: "PseudonymKey", *, is_random: bool) -> "PseudonymKey":
        return PseudonymKey(key._secret, is_random=is_random, origin=key.origin)

    def __repr__(self) -> str:
        return f"PseudonymKey(fingerprint={self.fingerprint!r}, is_random={self.is_random})"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, PseudonymKey) and hmac.compare_digest(self._secret, other._secret)

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_key, (self._secret, self.is_random))


def _rebuild_key(secret: bytes, is_random: bool) -> PseudonymKey:
    return PseudonymKey(secret, is_random=is_random)


def generate_key_text() -> str:
    """A new random key as hex text (what goes into the env variable or key file)."""
    return secrets.token_hex(GENERATED_KEY_BYTES)


def parse_key_text(text: str, *, source: str) -> PseudonymKey:
    """Decode key text (hex or base64); ``source`` names where it came from in error messages."""
    raw = text.strip()
    if not raw:
        raise PseudonymKeyError(f"{source}: the key is empty")
    decoded: bytes | None = None
    try:
        decoded = bytes.fromhex(raw)
    except ValueError:
        # Accept standard and url-safe base64, with or without padding.
        padded = raw.translate(_URLSAFE_TO_STD) + "=" * (-len(raw) % 4)
        try:
            decoded = base64.b64decode(padded.encode("ascii"), validate=True)
        except (binascii.Error, ValueError, UnicodeEncodeError):
            decoded = None
    if decoded is None:
        raise PseudonymKeyError(f"{source}: the key is neither hex nor base64 text")
    if len(decoded) < MIN_KEY_BYTES:
        raise PseudonymKeyError(
            f"{source}: the key decodes to {len(decoded)} bytes; at least {MIN_KEY_BYTES} random bytes are "
            "required (make one with `pii-pipeline keygen`)")
    return PseudonymKey(decoded)


def _read_remote_key_file(key_file: str) -> PseudonymKey:
    """A key file on a remote file system (``gs://``, ...: e.g. a bucket only the job's workers read)."""
    from pipeline.io.filesystem import read_bytes

    try:
        data = read_bytes(key_file)
        text = data.decode("utf-8") if data is not None else None
    except (OSError, ValueError) as err:
        raise PseudonymKeyError(f"key file {key_file!r}: cannot read it ({type(err).__name__})") from None
    if text is None:
        raise PseudonymKeyError(f"key file {key_file!r}: cannot read it (not found)")
    return parse_key_text(text, source=f"key file {key_file!r}")


def _read_key_file(key_file: str) -> PseudonymKey:
    from pipeline.io.filesystem import is_remote

    if is_remote(key_file):
        return _read_remote_key_file(key_file)
    path = Path(key_file).expanduser()
    try:
        text = path.read_text("utf-8")
        mode = path.stat().st_mode
    except OSError as err:
        raise PseudonymKeyError(
            f"key file {str(path)!r}: cannot read it ({err.strerror or type(err).__name__})") from None
    except UnicodeDecodeError:
        raise PseudonymKeyError(f"key file {str(path)!r}: not text (expected hex or base64)") from None
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        logger.warning("key file %s is readable by group or others; restrict it with chmod 600", path)
    return parse_key_text(text, source=f"key file {str(path)!r}")


def load_key(key_file: str | None = None, *, environ: Mapping[str, str] = os.environ,
             allow_random: bool = True) -> PseudonymKey:
    """Load the pseudonym key from ``PII_PIPELINE_KEY`` or ``key_file``.

    Args:
        key_file: Path of a file holding the key text (as named by ``redaction.key_file``).
        environ: Environment to read ``PII_PIPELINE_KEY`` from.
        allow_random: With neither source, return a random per-run key (warned about once per process)
            instead of raising.

    Returns:
        The key.

    Raises:
        PseudonymKeyError: A source is malformed, both sources are set to different keys, or no key is
            configured and ``allow_random`` is False.
    """
    global _random_key_warned
    env_text = environ.get(KEY_ENV_VAR)
    env_key = parse_key_text(env_text, source=f"environment variable {KEY_ENV_VAR}") if env_text else None
    file_key = _read_key_file(key_file) if key_file else None
    if env_key is not None and file_key is not None:
        if env_key != file_key:
            # Silently preferring one would give pseudonyms that differ from the ones the user expects.
            raise PseudonymKeyError(
                f"both {KEY_ENV_VAR} and key file {key_file!r} are set and hold different keys; unset one")
    if env_key is not None or file_key is not None:
        found = env_key or file_key
        return PseudonymKey(found._secret, origin=(env_key is not None, key_file if file_key else None))
    if not allow_random:
        raise PseudonymKeyError(
            f"no pseudonym key: set {KEY_ENV_VAR} or redaction.key_file (make one with `pii-pipeline keygen`)")
    with _random_key_lock:
        if not _random_key_warned:
            logger.warning("no pseudonym key configured (%s or redaction.key_file): using a random key, so "
                           "pseudonyms hold only within this run", KEY_ENV_VAR)
            _random_key_warned = True
    return PseudonymKey(secrets.token_bytes(GENERATED_KEY_BYTES), is_random=True)


def write_key_file(path: str | Path, *, overwrite: bool = False) -> PseudonymKey:
    """Create a key file with a new random key, readable only by its owner (mode 600).

    The key is always written to a *new* file (``O_CREAT | O_EXCL``, mode 0600, never through a
    symlink). With ``overwrite`` that new file is created next to ``path`` and renamed over it
    atomically: an existing file's permissions are not inherited, a symlink at ``path`` is replaced
    (its target is left alone), and a crash leaves either the old key or the new one, never half a key.
    """
    target = Path(path).expanduser()
    text = generate_key_text()
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    if not overwrite:
        try:
            fd = os.open(target, flags, 0o600)
        except FileExistsError:
            raise PseudonymKeyError(f"key file {str(target)!r} exists; refusing to overwrite it") from None
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
        return parse_key_text(text, source="generated key")
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(8)}.new")
    fd = os.open(tmp, flags, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return parse_key_text(text, source="generated key")
