#!/usr/bin/env bash
# Installs what the end-to-end suite needs into a cache folder git ignores (.cache/e2e, or
# $CROSSREAD_E2E_CACHE): Node 24 and code-server from the npm registry, Chromium from Debian.
# Idempotent: what is already installed is reused, a step that did not finish is done again
# (each step writes its stamp last). Delete the cache folder to start over.
# Prints the cache folder on its last line.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
cache="${CROSSREAD_E2E_CACHE:-$root/.cache/e2e}"
node_version=24.9.0
code_server_version=4.139.1
node_dir="$cache/node-v$node_version"
code_server_dir="$cache/code-server-$code_server_version"
mkdir -p "$cache"

# Debian packages: Chromium to drive; libkrb5-dev because a native module of code-server (kerberos)
# compiles against its headers. As root directly, else through sudo when it needs no password.
packages=()
[ -n "${CHROMIUM:-}" ] || command -v chromium >/dev/null || packages+=(chromium)
if [ ! -f "$code_server_dir/.installed" ]; then
	dpkg -s libkrb5-dev >/dev/null 2>&1 || packages+=(libkrb5-dev)
	command -v g++ >/dev/null || packages+=(g++)
	command -v make >/dev/null || packages+=(make)
	command -v python3 >/dev/null || packages+=(python3)
fi
if [ ${#packages[@]} -gt 0 ]; then
	if [ "$(id -u)" = 0 ]; then
		apt-get update && apt-get install -y --no-install-recommends "${packages[@]}"
	elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
		sudo apt-get update && sudo apt-get install -y --no-install-recommends "${packages[@]}"
	else
		echo "Missing Debian packages: ${packages[*]}. Install them as root:" >&2
		echo "  apt-get update && apt-get install -y ${packages[*]}" >&2
		exit 1
	fi
fi

# Node 24 for code-server only (the project keeps the machine's Node): the npm registry's
# node-linux-<arch> package holds the official binary and the headers native modules build against.
if [ ! -f "$node_dir/.installed" ]; then
	case "$(uname -m)" in
		x86_64) arch=x64 ;;
		aarch64) arch=arm64 ;;
		*) echo "No node-linux package for $(uname -m)." >&2; exit 1 ;;
	esac
	rm -rf "$node_dir" "$cache/node-download"
	mkdir -p "$cache/node-download"
	npm pack --silent --pack-destination "$cache/node-download" "node-linux-$arch@$node_version" >/dev/null
	tar -xzf "$cache/node-download/node-linux-$arch-$node_version.tgz" -C "$cache/node-download"
	mv "$cache/node-download/package" "$node_dir"
	rm -rf "$cache/node-download"
	"$node_dir/bin/node" --version >/dev/null
	touch "$node_dir/.installed"
fi

# code-server in a folder of its own, never a dependency of the project. Its install script
# builds VS Code's native modules, and refuses any Node but 24: Node 24 goes first on PATH (the
# machine's npm then runs on it) and npm_config_nodedir points node-gyp at its headers.
if [ ! -f "$code_server_dir/.installed" ]; then
	rm -rf "$code_server_dir"
	mkdir -p "$code_server_dir"
	echo '{ "name": "crossread-e2e-code-server", "private": true }' >"$code_server_dir/package.json"
	(
		cd "$code_server_dir"
		export PATH="$node_dir/bin:$PATH" npm_config_nodedir="$node_dir"
		# NOTE: started from `npm run test:e2e`, this shell inherits the outer npm's user agent
		# ("node/v20"), which npm then passes on and code-server's install script reads to check
		# the Node version: give it the Node that really runs the install.
		export npm_config_user_agent="npm/$(npm --version) node/v$node_version $(uname -s | tr '[:upper:]' '[:lower:]') $(uname -m)"
		npm install --no-audit --no-fund "code-server@$code_server_version"
		# NOTE: npm 11 warns that code-server's and argon2's install scripts are "not yet covered
		# by allowScripts" and still runs them. Should a later npm skip them, run code-server's here.
		if [ ! -d node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build ]; then
			(cd node_modules/code-server && npm_config_user_agent="npm/$(npm --version) node/v$node_version" sh postinstall.sh)
		fi
	)
	touch "$code_server_dir/.installed"
fi

echo "$cache"
