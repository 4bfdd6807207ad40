#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing (.ci/install-deps: a JDK >= 21, Maven, Chromium,
# fonts-dejavu-core; with apt-get, as root), then runs every test of every module (unit, golden on
# ../shared/corpus/fr, and the browser and crash `*IT`) with `mvn -B verify`. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$0")"

# shellcheck source=.ci/install-deps
source .ci/install-deps
deps_all </dev/null || { echo "test.sh: the tests cannot run without the above; nothing was run" >&2; exit 1; }

exec mvn -B verify "$@"
