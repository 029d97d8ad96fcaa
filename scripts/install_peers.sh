#!/usr/bin/env bash
# Install the peer systems the matching benchmark measures origin against:
#   vPDQ (Meta ThreatExchange, PyPI `vpdq`): a Cython extension built against the FFmpeg dev libraries.
#   TMK+PDQF (PyPI `tmkpy`): a SWIG wrapper around the C++ TMK code; needs swig and ffmpeg.
# Idempotent: reruns skip what is already importable. Needs root for apt-get (or sudo).
set -euo pipefail

SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
PYTHON="${PYTHON:-python3}"

need_apt=(pkg-config build-essential swig ffmpeg
          libavcodec-dev libavformat-dev libavutil-dev libswscale-dev
          libavdevice-dev libavfilter-dev libswresample-dev)
missing=()
for package in "${need_apt[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

if ! "$PYTHON" -c "import vpdq" 2>/dev/null; then
    "$PYTHON" -m pip install vpdq
fi
if ! "$PYTHON" -c "import tmkpy" 2>/dev/null; then
    "$PYTHON" -m pip install tmkpy
fi

"$PYTHON" - <<'PY'
import importlib
for name in ("vpdq", "tmkpy"):
    try:
        module = importlib.import_module(name)
        print(f"{name}: ok ({getattr(module, '__file__', '?')})")
    except Exception as error:  # report, don't hide: the benchmark marks the peer unavailable
        print(f"{name}: NOT importable: {error!r}")
PY
