#!/usr/bin/env bash
# axe-core, the accessibility checker the browser tests inject, from the npm registry:
# a pinned version, checked by npm against the registry's integrity hash, unpacked into
# .venv/axe-core/ (not committed). Usage: scripts/fetch_axe.sh [destination folder]
set -euo pipefail
VERSION=4.14.1
DEST=${1:-.venv/axe-core}
if [ -f "$DEST/axe.min.js" ] && grep -q "axe v$VERSION" "$DEST/axe.min.js"; then exit 0; fi
mkdir -p "$DEST"
TMP=$(mktemp -d)
(cd "$TMP" && npm pack --silent "axe-core@$VERSION" >/dev/null)
tar -xzf "$TMP"/axe-core-$VERSION.tgz -C "$TMP" package/axe.min.js package/LICENSE
cp "$TMP"/package/axe.min.js "$TMP"/package/LICENSE "$DEST"/
rm -rf "$TMP"
