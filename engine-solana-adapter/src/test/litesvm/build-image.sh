#!/usr/bin/env bash
# Builds the facade's image FROM scratch (see Dockerfile): the rootfs is assembled from this machine's node, the
# shared libraries node and litesvm's native module need, and `npm install --omit=dev` of the facade (at the lock file's versions).
#   build-image.sh [TAG]      default TAG: local/asdf-litesvm-rpc:1
#   build-image.sh --rootfs-only DIR   only assembles the rootfs into DIR (no Docker needed; for checking)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
tag="local/asdf-litesvm-rpc:1"
only_rootfs=""
if [[ "${1:-}" == "--rootfs-only" ]]; then only_rootfs="${2:?--rootfs-only needs a directory}"; elif [[ -n "${1:-}" ]]; then tag="$1"; fi

stage="${only_rootfs:-$(mktemp -d)}"
rootfs="$stage/rootfs"
mkdir -p "$rootfs/app" "$rootfs/usr/local/bin" "$rootfs/tmp"
chmod 1777 "$rootfs/tmp"
node_bin="$(readlink -f "$(command -v node)")"
cp "$node_bin" "$rootfs/usr/local/bin/node"
cp "$here/litesvm-rpc.mjs" "$here/package.json" "$here/package-lock.json" "$rootfs/app/"
(cd "$rootfs/app" && npm install --omit=dev --no-audit --no-fund --loglevel=error)

copy_libs() {
  { ldd "$1" 2>/dev/null || true; } | { grep -o '/[^ )]*' || true; } | while read -r lib; do
    mkdir -p "$rootfs$(dirname "$lib")"
    cp -L -n "$lib" "$rootfs$lib"
  done
}
copy_libs "$node_bin"
find "$rootfs/app/node_modules" -path '*linux-x64*' -name '*.node' ! -name '*musl*' -print0 \
  | while IFS= read -r -d '' native; do copy_libs "$native"; done

if [[ -n "$only_rootfs" ]]; then
  echo "rootfs assembled in $rootfs"
  exit 0
fi
cp "$here/Dockerfile" "$stage/Dockerfile"
docker build -q -t "$tag" "$stage"
rm -rf "$stage"
echo "built $tag"
