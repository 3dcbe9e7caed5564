"""Static sentence embeddings: a distilled all-MiniLM-L6-v2 table, read with numpy.

The model in ``ccsvi_check/model/`` is built offline by ``scripts/build_model.py``
(model2vec distillation, PCA to 256 dimensions, int8 rows with one float32 scale each).
Nothing here downloads anything or needs torch. Importing this module is cheap: numpy and
``tokenizers`` are imported only by :meth:`StaticEmbedder.load` (and :func:`cosine_top`).

A sentence vector is computed the way ``model2vec.StaticModel.encode`` does it:

* the text is cut to ``max_length * median_token_length`` characters, tokenised with the
  shipped tokenizer (BERT normaliser: lowercases, strips accents) *without* special tokens
  ([CLS]/[SEP]), and truncated to ``max_length`` (512) tokens;
* unknown-token ids ([UNK]) are dropped;
* the vector is the mean of the (dequantised) token rows, then L2-normalised.

A text with no known token -- the empty string, whitespace, emoji only -- has no rows to
average and gets the **zero vector** (norm 0), as in model2vec. Its cosine with anything
is 0, so it never looks similar to a claim.

    >>> emb = StaticEmbedder.load()
    >>> vecs = emb.encode(["CCSVI causes MS", "Venous angioplasty cures multiple sclerosis"])
    >>> vecs.shape
    (2, 256)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import numpy

MODEL_FILES = ("embeddings.npy", "scales.npy", "tokenizer.json", "meta.json")
_TOKENS_PER_STEP = 32768  # tokens gathered per step: bounds scratch memory (~32 MiB)


def default_model_dir():
    """The model folder shipped inside the package (a Traversable; a Path when installed
    from a wheel or in editable mode)."""
    from importlib.resources import files

    return files("ccsvi_check").joinpath("model")


class StaticEmbedder:
    """Mean-pooled static token embeddings; see the module docstring."""

    def __init__(self, tokenizer: Any, embeddings: numpy.ndarray, scales: numpy.ndarray,
                 meta: dict) -> None:
        import numpy as np

        if embeddings.ndim != 2 or scales.shape != (embeddings.shape[0],):
            raise ValueError(f"embeddings {embeddings.shape} and scales {scales.shape} "
                             "do not fit together")
        self._np = np
        self.tokenizer = tokenizer
        self.embeddings = embeddings
        self.scales = scales
        self.meta = meta
        self.max_length: int | None = meta.get("max_length", 512)
        self.median_token_length: int = int(meta.get("median_token_length", 1))
        unk = meta.get("unk_token_id")
        if unk is None:
            unk_token = getattr(tokenizer.model, "unk_token", None)
            unk = tokenizer.token_to_id(unk_token) if unk_token else None
        self.unk_token_id: int | None = unk
        tokenizer.no_padding()
        if self.max_length is None:
            tokenizer.no_truncation()
        else:
            tokenizer.enable_truncation(self.max_length)

    @property
    def dim(self) -> int:
        return int(self.embeddings.shape[1])

    @classmethod
    def load(cls, path: Path | str | None = None) -> StaticEmbedder:
        """Load the model from ``path`` (default: the package's own ``model/`` folder).

        The int8 matrix is memory-mapped (``mmap_mode='r'``) when the folder is on disk.
        Never touches the network.
        """
        import numpy as np
        from tokenizers import Tokenizer

        if path is None:
            res = default_model_dir()
            if not isinstance(res, Path):  # e.g. a zipped install: read into memory
                return cls._load_in_memory(res)
            path = res
        folder = Path(path)
        missing = [n for n in MODEL_FILES if not (folder / n).is_file()]
        if missing:
            raise FileNotFoundError(f"embedding model in {folder} lacks {', '.join(missing)}")
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        embeddings = np.load(folder / "embeddings.npy", mmap_mode="r", allow_pickle=False)
        scales = np.load(folder / "scales.npy", allow_pickle=False).astype(np.float32, copy=False)
        tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        return cls(tokenizer, embeddings, scales, meta)

    @classmethod
    def _load_in_memory(cls, res: Any) -> StaticEmbedder:
        import io

        import numpy as np
        from tokenizers import Tokenizer

        def read(name: str) -> bytes:
            return res.joinpath(name).read_bytes()

        meta = json.loads(read("meta.json").decode("utf-8"))
        embeddings = np.load(io.BytesIO(read("embeddings.npy")), allow_pickle=False)
        scales = np.load(io.BytesIO(read("scales.npy")), allow_pickle=False)
        tokenizer = Tokenizer.from_str(read("tokenizer.json").decode("utf-8"))
        return cls(tokenizer, embeddings, scales.astype(np.float32, copy=False), meta)

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        """Token ids per text: no special tokens, [UNK] dropped, at most ``max_length``."""
        if self.max_length is not None:
            cap = self.max_length * self.median_token_length
            texts = [t[:cap] for t in texts]
        else:
            texts = list(texts)
        encodings = self.tokenizer.encode_batch_fast(texts, add_special_tokens=False)
        unk = self.unk_token_id
        if unk is None:
            return [e.ids for e in encodings]
        return [[i for i in e.ids if i != unk] for e in encodings]

    def encode(self, texts: Sequence[str] | str) -> numpy.ndarray:
        """L2-normalised float32 vectors, shape ``(len(texts), dim)``.

        A single string is taken as a one-item list (the result is still 2-D). Texts with
        no known token give the zero vector.
        """
        np = self._np
        if isinstance(texts, str):
            texts = [texts]
        texts = list(texts)
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not texts:
            return out
        ids = self.tokenize(texts)
        # Texts of equal token count are pooled together: one gather of int8 rows, then
        # one batched (1 x L) @ (L x dim) product per text folds in the per-row scales.
        buckets: dict[int, list[int]] = {}
        for i, row in enumerate(ids):
            if row:
                buckets.setdefault(len(row), []).append(i)
        for length, members in buckets.items():
            step = max(1, _TOKENS_PER_STEP // length)
            for start in range(0, len(members), step):
                chunk = members[start:start + step]
                id_matrix = np.array([ids[i] for i in chunk], dtype=np.int64)
                weights = self.scales.take(id_matrix) / np.float32(length)
                rows = self.embeddings.take(id_matrix, axis=0).astype(np.float32)
                out[chunk] = np.matmul(weights[:, None, :], rows)[:, 0, :]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


def cosine_top(query_vecs: numpy.ndarray, matrix: numpy.ndarray,
               k: int) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The ``k`` rows of ``matrix`` nearest to each query by cosine.

    Both inputs are taken as L2-normalised (as :meth:`StaticEmbedder.encode` returns them),
    so the cosine is the dot product. Returns ``(indices, scores)``, each of shape
    ``(n_queries, min(k, n_rows))``, best first.
    """
    import numpy as np

    q = np.atleast_2d(np.asarray(query_vecs, dtype=np.float32))
    m = np.asarray(matrix, dtype=np.float32)
    k = max(0, min(int(k), m.shape[0]))
    if k == 0:
        empty = np.zeros((q.shape[0], 0))
        return empty.astype(np.int64), empty.astype(np.float32)
    scores = q @ m.T
    if k < m.shape[0]:
        part = np.argpartition(-scores, k - 1, axis=1)[:, :k]
    else:
        part = np.broadcast_to(np.arange(m.shape[0]), scores.shape).copy()
    part_scores = np.take_along_axis(scores, part, axis=1)
    order = np.argsort(-part_scores, axis=1, kind="stable")
    idx = np.take_along_axis(part, order, axis=1)
    return idx, np.take_along_axis(scores, idx, axis=1)
