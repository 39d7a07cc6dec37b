#!/usr/bin/env bash
# Installs code-server 4.100.3 (= VS Code 1.100.3 server + web workbench) from the npm
# registry into $CODE_SERVER_HOME (default ./.code-server, git-ignored, ~320 MB) so the
# extension's integration tests can run in a real VS Code without downloading one.
# Approach adapted from shared/vscode-harness (the project's harness notes).
#
# Needs only the npm registry, Node 20 with headers (<prefix>/include/node) and:
#   apt-get install -y --no-install-recommends build-essential python3 libkrb5-dev ripgrep chromium
# Skips everything when a complete install is already there (FORCE=1 reinstalls).
set -euo pipefail
CS_VERSION="${CODE_SERVER_VERSION:-4.100.3}"   # 4.101+ needs Node 22
DEST="${CODE_SERVER_HOME:-$PWD/.code-server}"
CS="$DEST/node_modules/code-server"
VSC="$CS/lib/vscode"
# Written last, so its presence means every step below succeeded for this version.
STAMP="$DEST/.complete-$CS_VERSION-node$(node -p 'process.versions.modules')"

if [ -z "${FORCE:-}" ] && [ -f "$STAMP" ] && [ -f "$VSC/node_modules/node-pty/build/Release/pty.node" ]; then
  echo "code-server $CS_VERSION already installed in $CS (FORCE=1 to reinstall)"
  exit 0
fi

NODEDIR="$(node -p "require('path').resolve(process.execPath, '../..')")"
[ -f "$NODEDIR/include/node/node.h" ] || { echo "Node headers not found in $NODEDIR/include/node" >&2; exit 1; }
RG="$(command -v rg || true)"
[ -n "$RG" ] || { echo "ripgrep not found: apt-get install ripgrep" >&2; exit 1; }
[ -f /usr/include/krb5.h ] || [ -f /usr/include/gssapi/gssapi.h ] || echo "warning: libkrb5-dev seems missing (kerberos module build may fail)" >&2

# node-gyp: build against the local Node headers (no header download) and never fetch
# prebuilt binaries; node-pty's post-install runs `npx node-gyp`, hence npm_config_yes.
export npm_config_nodedir="$NODEDIR" npm_config_build_from_source=true npm_config_yes=true
export npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false
export npm_config_loglevel="${npm_config_loglevel:-warn}"

start=$SECONDS
mkdir -p "$DEST" && cd "$DEST"
rm -f .complete-*
[ -f package.json ] || echo '{ "private": true }' > package.json

# 1. The package. Its postinstall downloads ripgrep from GitHub (unreachable), so skip
#    scripts and do its remaining work by hand below.
npm install --ignore-scripts --no-save "code-server@$CS_VERSION"
npm rebuild argon2

# 2. What code-server's postinstall.sh does, minus the ripgrep download.
cd "$VSC"
npm install --omit=dev --ignore-scripts
npm rebuild @parcel/watcher @vscode/spdlog kerberos native-watchdog @vscode/deviceid
npm rebuild node-pty || true   # an optional step of its post-install may fail; checked next
[ -f node_modules/node-pty/build/Release/pty.node ] || { echo "node-pty build failed" >&2; exit 1; }
mkdir -p node_modules/@vscode/ripgrep/bin && cp "$RG" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar
ln -sfn code-linux.sh bin/remote-cli/code-server
ln -sfn browser-linux.sh bin/helpers/browser.sh
(cd extensions && npm install --omit=dev)

touch "$STAMP"
echo "code-server $CS_VERSION ready in $CS ($((SECONDS - start)) s)"
