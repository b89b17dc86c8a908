#!/usr/bin/env bash
# Set up everything Liaison needs on a Debian machine, then launch the app or run the checks.
#   bash scripts/dev.sh app    set up, then start the desktop app
#   bash scripts/dev.sh test   set up, then run ruff, mypy and the whole test suite
# Set-up is idempotent: Debian packages are installed only when missing (with sudo unless
# root), the virtual environment in .venv only when pyproject.toml has changed.
set -euo pipefail
cd "$(dirname "$0")/.."

# Qt (even offscreen) loads these; python3-venv is missing from a fresh Debian.
BASE_DEBS=(python3-venv libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0)
# The tests also start a private D-Bus daemon (lock on sleep / screen lock: tests/ui/test_sleep_lock.py).
TEST_DEBS=(dbus-daemon dbus-bin)
# A real window on X11 additionally needs the xcb platform plugin's libraries.
WINDOW_DEBS=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1)

ensure_debs() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing Debian packages: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

ensure_venv() {
  local python=python3
  command -v python3.11 >/dev/null && python=python3.11
  [ -x .venv/bin/python ] || "$python" -m venv .venv
  local stamp=.venv/.installed-from
  if [ ! -f "$stamp" ] || ! cmp -s pyproject.toml "$stamp"; then
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[dev]'
    cp pyproject.toml "$stamp"
  fi
}

# The translation catalogues (.qm) are compiled from the .ts sources in the repository.
ensure_catalogues() {
  .venv/bin/python scripts/translations.py build >/dev/null
}

run_checks() {
  export QT_QPA_PLATFORM=offscreen
  .venv/bin/ruff check .
  .venv/bin/ruff format --check .
  .venv/bin/mypy
  local status=0
  # One worker per core, each taking the next test as it frees up (the property tests
  # run minutes each); `bash scripts/dev.sh test -n 0` runs in one process.
  .venv/bin/pytest -n auto --dist worksteal "$@" || status=$?
  if [ "$status" -eq 5 ]; then
    echo "pytest collected no tests: that is a failure here, not a pass" >&2
    return 1
  fi
  return "$status"
}

case "${1:-}" in
  app)
    ensure_debs "${BASE_DEBS[@]}" "${WINDOW_DEBS[@]}"
    ensure_venv
    ensure_catalogues
    shift
    exec .venv/bin/liaison-app "$@"
    ;;
  test)
    ensure_debs "${BASE_DEBS[@]}" "${TEST_DEBS[@]}"
    ensure_venv
    ensure_catalogues
    shift
    run_checks "$@"
    ;;
  *)
    echo "usage: bash scripts/dev.sh app|test [args...]" >&2
    exit 2
    ;;
esac
