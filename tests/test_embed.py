"""The shipped static embedding model (ccsvi_check/model/, read by ccsvi_check.embed)."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from ccsvi_check.embed import StaticEmbedder, cosine_top, default_model_dir

MODEL_DIR = Path(__file__).resolve().parent.parent / "ccsvi_check" / "model"


@pytest.fixture(scope="module")
def embedder() -> StaticEmbedder:
    """Load with the hub switched off and every socket connect refused."""
    mp = pytest.MonkeyPatch()
    mp.setenv("HF_HUB_OFFLINE", "1")
    mp.setenv("TRANSFORMERS_OFFLINE", "1")

    def no_network(*args, **kwargs):
        raise AssertionError("the embedding model tried to use the network")

    mp.setattr(socket.socket, "connect", no_network)
    mp.setattr(socket, "create_connection", no_network)
    try:
        emb = StaticEmbedder.load()
        emb.encode(["warm up the tokenizer"])
    finally:
        mp.undo()
    return emb


def cos(a, b) -> float:
    return float(np.dot(a, b))


def test_shipped_files_match_meta():
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert meta["dims"] == 256
    assert meta["source_model"] == "sentence-transformers/all-MiniLM-L6-v2"
    total = 0
    for name, digest in meta["sha256"].items():
        data = (MODEL_DIR / name).read_bytes()
        total += len(data)
        assert hashlib.sha256(data).hexdigest() == digest, f"{name} differs from meta.json"
    assert total < 9_000_000


def test_default_location_is_the_package_folder():
    assert Path(str(default_model_dir())).resolve() == MODEL_DIR.resolve()


def test_matrix_is_memory_mapped_int8(embedder):
    assert isinstance(embedder.embeddings, np.memmap)
    assert embedder.embeddings.dtype == np.int8
    assert embedder.scales.dtype == np.float32
    assert embedder.embeddings.shape == (embedder.scales.shape[0], 256)
    assert embedder.dim == 256


def test_shape_dtype_and_unit_length(embedder):
    texts = ["CCSVI causes MS", "Liberation therapy cures multiple sclerosis.",
             "Venous angioplasty was tested in the Brave Dreams trial", "MS"]
    vecs = embedder.encode(texts)
    assert vecs.shape == (4, 256)
    assert vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)


def test_paraphrase_is_closer_than_unrelated(embedder):
    a, para, other = embedder.encode([
        "Narrow neck veins cause MS",
        "Multiple sclerosis is caused by blocked jugular veins",
        "The stock market fell today",
    ])
    assert cos(a, para) > cos(a, other) + 0.1


def test_lowercasing_and_batch_independence(embedder):
    texts = ["CCSVI IS A MYTH", "ccsvi is a myth", "Angioplasty of the azygos vein", "a"]
    together = embedder.encode(texts)
    np.testing.assert_allclose(together[0], together[1], atol=1e-6)
    for i, t in enumerate(texts):
        np.testing.assert_allclose(embedder.encode([t])[0], together[i], atol=1e-6)


@pytest.mark.parametrize("text", ["", "   \n\t", "🙂", "🙂🙂🔥💯", "😀 😃 😄", "\u200b"])
def test_no_known_token_gives_the_zero_vector(embedder, text):
    """Documented behaviour (as model2vec): nothing to average -> all zeros, never NaN."""
    vecs = embedder.encode([text, "CCSVI causes MS"])
    assert vecs.shape == (2, 256)
    assert np.isfinite(vecs).all()
    assert not vecs[0].any()
    assert abs(float(np.linalg.norm(vecs[1])) - 1.0) < 1e-5


def test_emoji_next_to_words_is_ignored(embedder):
    a, b = embedder.encode(["CCSVI causes MS 🙂", "CCSVI causes MS"])
    np.testing.assert_allclose(a, b, atol=1e-6)


def test_edge_inputs(embedder):
    assert embedder.encode([]).shape == (0, 256)
    assert embedder.encode("a single string").shape == (1, 256)
    long = embedder.encode(["word " * 5000])  # cut to max_length tokens, as model2vec does
    assert long.shape == (1, 256) and np.isfinite(long).all()


def test_load_from_explicit_path(embedder):
    other = StaticEmbedder.load(MODEL_DIR)
    np.testing.assert_array_equal(other.encode(["CCSVI"]), embedder.encode(["CCSVI"]))


def test_load_missing_folder_says_so(tmp_path):
    with pytest.raises(FileNotFoundError, match="embeddings.npy"):
        StaticEmbedder.load(tmp_path)


def test_cosine_top(embedder):
    claims = ["Multiple sclerosis is caused by blocked jugular veins",
              "The stock market fell today", "Vitamin D levels and MS risk"]
    matrix = embedder.encode(claims)
    queries = embedder.encode(["Narrow neck veins cause MS", "Shares dropped"])
    idx, scores = cosine_top(queries, matrix, 2)
    assert idx.shape == scores.shape == (2, 2)
    assert idx[0, 0] == 0 and idx[1, 0] == 1
    full = queries @ matrix.T
    np.testing.assert_array_equal(idx, np.argsort(-full, axis=1)[:, :2])
    np.testing.assert_allclose(scores, np.take_along_axis(full, idx, axis=1), atol=1e-6)
    idx_all, _ = cosine_top(matrix[0], matrix, 10)  # k past the rows; 1-D query
    assert idx_all.shape == (1, 3) and idx_all[0, 0] == 0
    assert cosine_top(queries, matrix, 0)[0].shape == (2, 0)


def test_import_does_not_import_numpy_or_tokenizers():
    code = ("import sys, ccsvi_check.embed; "
            "print(sorted(m for m in ('numpy', 'tokenizers') if m in sys.modules))")
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True, timeout=60)
    assert out.stdout.strip() == "[]", ("importing ccsvi_check.embed (or the ccsvi_check "
                                        f"package) pulled in {out.stdout.strip()}")
