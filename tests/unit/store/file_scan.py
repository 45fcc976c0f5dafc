"""Looks inside Hoot's database files the way an attacker with (or without) the key would.

SQLCipher 4 pages: AES-256-CBC over each page except the last 80 reserved bytes (16-byte IV,
then a 64-byte HMAC-SHA512). Page 1 starts with the 16-byte salt, which stays in the clear.
With a raw key the AES key is the raw key itself. Decrypting every page directly (rather than
exporting through SQL) also shows free pages and leftovers that SQL would never return.
"""

from __future__ import annotations

import struct
from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from app.store.keys import load_or_create_key

PAGE_SIZE = 4096
RESERVED = 80
SALT = 16
WAL_HEADER = 32
WAL_FRAME_HEADER = 24


def database_key(data_dir: Path) -> bytes:
    """The raw key of the existing database in `data_dir` (from the keyring or key file)."""
    return load_or_create_key(data_dir, database_exists=True).raw


def decrypt_page(page: bytes, page_number: int, key: bytes) -> bytes:
    start = SALT if page_number == 1 else 0
    iv = page[PAGE_SIZE - RESERVED : PAGE_SIZE - RESERVED + 16]
    decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(page[start : PAGE_SIZE - RESERVED]) + decryptor.finalize()


def decrypted_database(path: Path, key: bytes) -> bytes:
    """Every page of the main database file, decrypted and concatenated."""
    data = path.read_bytes()
    pages = len(data) // PAGE_SIZE
    return b"".join(
        decrypt_page(data[index * PAGE_SIZE : (index + 1) * PAGE_SIZE], index + 1, key)
        for index in range(pages)
    )


def decrypted_wal(path: Path, key: bytes) -> bytes:
    """Every frame of a WAL file, decrypted (empty when the WAL is missing or empty)."""
    if not path.exists():
        return b""
    data = path.read_bytes()
    frames = []
    offset = WAL_HEADER
    while offset + WAL_FRAME_HEADER + PAGE_SIZE <= len(data):
        (page_number,) = struct.unpack(">I", data[offset : offset + 4])
        page = data[offset + WAL_FRAME_HEADER : offset + WAL_FRAME_HEADER + PAGE_SIZE]
        frames.append(decrypt_page(page, page_number, key))
        offset += WAL_FRAME_HEADER + PAGE_SIZE
    return b"".join(frames)


def files_containing(folder: Path, needle: bytes) -> list[Path]:
    """Files under `folder` whose raw bytes contain `needle` (what anyone could read)."""
    return [
        path for path in sorted(folder.rglob("*")) if path.is_file() and needle in path.read_bytes()
    ]
