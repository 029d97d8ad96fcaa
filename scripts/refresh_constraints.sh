#!/usr/bin/env bash
# Re-resolve every dependency to the newest release pyproject.toml allows, run the tests on it in
# a fresh venv, and only if they pass write the versions to constraints.txt (what the README's
# install and .ci/run use). Run it when a dependency is added or to take up new releases; commit
# constraints.txt with a message naming what moved.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=$(mktemp -d)/venv
trap 'rm -rf "$(dirname "$venv")"' EXIT
python3 -m venv "$venv"
"$venv/bin/pip" install -q --upgrade pip
"$venv/bin/pip" install -q -e '.[test,postgres]'
"$venv/bin/python" -m pytest -q
{
  echo "# Exact versions the tests passed with; made by scripts/refresh_constraints.sh on $(date -u +%F)."
  echo "# pip install -c constraints.txt -e '.[test]'   (the README's install; .ci/run uses it too)"
  "$venv/bin/pip" freeze --exclude-editable | grep -v '^pip=='
} > constraints.txt
echo "constraints.txt refreshed:"; git --no-pager diff --stat -- constraints.txt || true
