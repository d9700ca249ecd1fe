"""Beam's ``FileSystems`` as the core's file system (``pipeline.io.filesystem``): local, gs://, s3://, ..."""
from __future__ import annotations

from typing import BinaryIO

from apache_beam.io.filesystems import FileSystems

from pipeline.io.filesystem import FileInfo


class BeamFileSystem:
    """Every scheme registered with Beam; files are opened without decompression."""

    def open(self, path: str) -> BinaryIO:
        return FileSystems.open(path, compression_type="uncompressed")

    def create(self, path: str) -> BinaryIO:
        return FileSystems.create(path, compression_type="uncompressed")

    def exists(self, path: str) -> bool:
        return FileSystems.exists(path)

    def match(self, pattern: str) -> list[FileInfo]:
        return [FileInfo(m.path, m.size_in_bytes) for m in FileSystems.match([pattern])[0].metadata_list]

    def delete(self, paths: list[str]) -> None:
        FileSystems.delete(list(paths))

    def mkdirs(self, path: str) -> None:
        FileSystems.mkdirs(path)

    def rename(self, source: str, destination: str) -> None:
        FileSystems.rename([source], [destination])

    def join(self, root: str, *parts: str) -> str:
        return FileSystems.join(root, *parts)
