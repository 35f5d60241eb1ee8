"""Unit vectors kept small on disk, as the shipped skill and occupation indexes keep them: a row
as int8 (scaled to its own peak) or as signed 4-bit codes, two to a byte. Only a row's direction
matters, so no scale is stored: normalising the codes recovers it. An index file is written whole
or not at all (`write_arrays`)."""

from __future__ import annotations

import io
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import numpy.typing as npt

Matrix = npt.NDArray[np.float32]
# 4-bit codes are scaled to a high percentile of each row rather than its peak: clipping the
# rare outlier coordinate keeps more resolution for the rest (cosine error std ~0.006).
_NIBBLE_QUANTILE = 0.99


def write_arrays(path: Path, arrays: Mapping[str, npt.NDArray[np.generic]]) -> None:
    """`arrays` as a compressed .npz file at `path`, whole or not at all: a failed write never
    leaves a half-written index behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, allow_pickle=False, **arrays)
    tmp = path.with_suffix(".tmp")
    tmp.write_bytes(buffer.getvalue())
    tmp.replace(path)


def unit_rows(vectors: Matrix) -> Matrix:
    """Each row divided by its length (a zero row stays zero), as float32."""
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.where(norms == 0, 1.0, norms)).astype(np.float32)


def to_int8(vectors: Matrix) -> npt.NDArray[np.int8]:
    """Per-row scaling to the int8 range: only directions matter, and they survive well."""
    peak = np.abs(vectors).max(axis=1, keepdims=True)
    scaled = vectors * (127.0 / np.where(peak == 0, 1.0, peak))
    return np.clip(np.round(scaled), -127, 127).astype(np.int8)


def from_int8(vectors: npt.NDArray[np.int8]) -> Matrix:
    return unit_rows(vectors.astype(np.float32))


def to_nibbles(vectors: Matrix) -> npt.NDArray[np.uint8]:
    """Signed 4-bit codes in [-8, 7], two per byte. The scale is common to a row, so no scale
    is stored: normalising the codes alone recovers the direction."""
    if len(vectors) == 0:
        return np.zeros((0, (vectors.shape[1] + 1) // 2), np.uint8)
    scale = np.quantile(np.abs(vectors), _NIBBLE_QUANTILE, axis=1, keepdims=True)
    scale = np.where(scale == 0, 1.0, scale)
    codes = np.clip(np.round(vectors * (7.0 / scale)), -8, 7).astype(np.int8)
    if codes.shape[1] % 2:
        codes = np.pad(codes, ((0, 0), (0, 1)))
    unsigned = (codes + 8).astype(np.uint8)
    return ((unsigned[:, 0::2] << 4) | unsigned[:, 1::2]).astype(np.uint8)


def from_nibbles(packed: npt.NDArray[np.uint8], dim: int) -> Matrix:
    """The unit rows of `dim` coordinates that `to_nibbles` packed."""
    codes = np.empty((len(packed), packed.shape[1] * 2), dtype=np.float32)
    codes[:, 0::2] = (packed >> 4).astype(np.float32) - 8.0
    codes[:, 1::2] = (packed & 0x0F).astype(np.float32) - 8.0
    return unit_rows(codes[:, :dim])


# Rows of name vectors grouped by owner (a concept, an occupation): owner i owns rows starts[i]
# to starts[i+1], its preferred label first. Labels are kept as int8, the other names, most of
# the rows, as 4-bit codes.
_DECODE_ROWS = 2048  # 4-bit rows decoded at a time when the names are read


def pack_names(name_vectors: Matrix, starts: npt.NDArray[np.int64]
               ) -> dict[str, npt.NDArray[np.generic]]:
    """The arrays `unpack_names` reads back, by the names an index file keeps them under:
    `counts` (names per owner), `labels` (int8) and `other_codes` (4-bit)."""
    is_label = _label_rows(starts, len(name_vectors))
    return {
        "counts": np.diff(np.append(starts, len(name_vectors))).astype(np.int32),
        "labels": to_int8(name_vectors[is_label]),
        "other_codes": to_nibbles(name_vectors[~is_label]),
    }


def unpack_names(counts: npt.NDArray[np.integer], labels: npt.NDArray[np.int8],
                 other_codes: npt.NDArray[np.uint8]) -> tuple[Matrix, npt.NDArray[np.int64]]:
    """The unit name rows and each owner's first row, from what `pack_names` wrote."""
    starts = starts_of(counts.astype(np.int64))
    dim = labels.shape[1]
    vectors = np.empty((int(counts.sum()), dim), dtype=np.float32)
    is_label = _label_rows(starts, len(vectors))
    vectors[is_label] = from_int8(labels)
    # The other names are decoded a block at a time into their rows: decoded whole, their
    # codes, norms and quotients were three more copies (the occupation index's 48 MB of them
    # peaked about 100 MB above what the loaded index then holds).
    rows = np.flatnonzero(~is_label)
    for start in range(0, len(rows), _DECODE_ROWS):
        block = slice(start, start + _DECODE_ROWS)
        vectors[rows[block]] = from_nibbles(other_codes[block], dim)
    return vectors, starts


def starts_of(counts: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
    """Each owner's first row, from the number of rows each owns."""
    return np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)


def _label_rows(starts: npt.NDArray[np.int64], rows: int) -> npt.NDArray[np.bool_]:
    is_label = np.zeros(rows, dtype=bool)
    is_label[starts] = True
    return is_label
