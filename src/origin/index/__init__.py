"""Stage 3, index: fingerprint codes of every original, persisted in the workspace and searched
for near neighbours (``frames``: the FAISS store; ``multihash``: the approximate search)."""
