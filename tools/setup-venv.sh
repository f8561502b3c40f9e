#!/bin/sh
# Create the virtual environment and install the app into it, once, even when
# two makes start at the same time (`make run` and `make test` in a fresh clone):
# the second waits for the first and then finds the environment ready.
#
#   tools/setup-venv.sh PYTHON VENV EXTRAS STAMP
#
# The lock is flock(1) where it exists (Linux); elsewhere (macOS has no flock)
# an atomic mkdir, with the holder's PID inside so a lock left by a killed run is
# taken over instead of waited on forever.
set -eu
python=$1 venv=$2 extras=$3 stamp=$4
lock=$venv.lock

"$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "facilitator-app heeft Python 3.11 of nieuwer nodig")'

if command -v flock >/dev/null 2>&1; then
  exec 9>"$lock"
  flock 9
else
  while ! mkdir "$lock.d" 2>/dev/null; do
    holder=$(cat "$lock.d/pid" 2>/dev/null || true)
    if [ -n "$holder" ] && ! kill -0 "$holder" 2>/dev/null; then
      rm -rf "$lock.d"  # its owner is gone
      continue
    fi
    sleep 1
  done
  echo $$ >"$lock.d/pid"
  trap 'rm -rf "$lock.d"' EXIT
  trap 'exit 1' INT TERM HUP
fi

# Another make may have finished the set-up while this one waited.
if [ -f "$stamp" ] && [ "$stamp" -nt pyproject.toml ]; then
  exit 0
fi
"$python" -m venv "$venv"
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -e ".[$extras]"
touch "$stamp"
