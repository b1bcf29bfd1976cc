#!/usr/bin/env bash
# Runs a command inside its own D-Bus session with an unlocked GNOME keyring (a real Secret
# Service), as a desktop session would have: what the keychain tests need on a headless machine.
# Usage: scripts/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/share" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# An empty password would make gnome-keyring try to prompt, and fail.
exec dbus-run-session -- sh -c 'eval "$(printf %s ci-pass | gnome-keyring-daemon --unlock --daemonize --components=secrets)"; export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK; exec "$@"' sh "$@"
