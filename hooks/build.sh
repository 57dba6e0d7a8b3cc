#!/usr/bin/env bash
# ASK CLI custom build flow. `ask deploy` runs this as
#   <projectRoot>/hooks/build.sh "<zip path>" <true|false>
# from a throwaway copy of the code folder, so the project root is found through
# this script's own path, never through the working directory.
# The zip holds every file of dist/lambda at its root: index.js (handler index.handler), its
# source map and the third-party license notices.
set -euo pipefail

if [[ $# -lt 1 || -z "$1" ]]; then
  echo "usage: $0 <zip path> [true|false]" >&2
  exit 2
fi

DO_DEBUG="${2:-false}"
PROJECT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUNDLE_DIR="$PROJECT_ROOT/dist/lambda"
BUNDLE="$BUNDLE_DIR/index.js"

# A relative zip path means relative to the directory the CLI called us from.
case "$1" in
  /*) ZIP_PATH="$1" ;;
  *) ZIP_PATH="$PWD/$1" ;;
esac

log() {
  if [[ "$DO_DEBUG" == "true" ]]; then
    echo "[hooks/build.sh] $*" >&2
  fi
}

# npm output is noise in a normal deploy; errors still reach stderr.
run_quietly_unless_debug() {
  if [[ "$DO_DEBUG" == "true" ]]; then
    "$@"
  else
    "$@" >/dev/null
  fi
}

log "project root: $PROJECT_ROOT"
cd "$PROJECT_ROOT"

if [[ ! -d node_modules ]]; then
  log "node_modules missing, running npm ci"
  run_quietly_unless_debug npm ci
fi

log "running npm run build"
run_quietly_unless_debug npm run build

if [[ ! -f "$BUNDLE" ]]; then
  echo "[hooks/build.sh] npm run build did not produce $BUNDLE" >&2
  exit 1
fi

mkdir -p "$(dirname "$ZIP_PATH")"
# zip adds to an existing archive instead of replacing it, so start clean.
rm -f "$ZIP_PATH"

if command -v zip >/dev/null 2>&1; then
  log "zipping $BUNDLE_DIR with zip into $ZIP_PATH"
  (cd "$BUNDLE_DIR" && zip -q -X "$ZIP_PATH" -- *)
elif command -v python3 >/dev/null 2>&1; then
  log "zip not found, zipping $BUNDLE_DIR with python3 zipfile into $ZIP_PATH"
  python3 - "$ZIP_PATH" "$BUNDLE_DIR" <<'PY'
import os
import sys
import zipfile

zip_path, bundle_dir = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(zip_path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
    for name in sorted(os.listdir(bundle_dir)):
        archive.write(os.path.join(bundle_dir, name), arcname=name)
PY
else
  echo "[hooks/build.sh] neither zip nor python3 is installed; install one of them to build the Lambda zip" >&2
  exit 1
fi

log "wrote $ZIP_PATH"
