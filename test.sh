#!/usr/bin/env bash
# The test command: installs what the tests need when it is missing (.ci/install-deps: a JDK >= 21, Maven, Chromium,
# fonts-dejavu-core, PostgreSQL; with apt-get, as root), starts a throw-away PostgreSQL cluster on loopback for the
# store tests (stopped and deleted when this script ends), then runs every test of every module (unit, golden on
# ../shared/corpus/fr, the store tests on H2 and on PostgreSQL, the browser and crash `*IT`) with `mvn -B verify`.
# Extra arguments go to Maven. With COMPENDIUM_TEST_POSTGRES set (a JDBC URL), that server is used instead.
set -euo pipefail
cd "$(dirname "$0")"

# shellcheck source=.ci/install-deps
source .ci/install-deps
deps_all </dev/null || { echo "test.sh: the tests cannot run without the above; nothing was run" >&2; exit 1; }

trap deps_postgres_stop EXIT
trap 'exit 130' INT TERM
deps_postgres_start </dev/null || { echo "test.sh: the store tests need PostgreSQL; nothing was run" >&2; exit 1; }
# The PostgreSQL side of the store tests fails, rather than skips, when the server cannot be reached.
export COMPENDIUM_REQUIRE_POSTGRES=1

mvn -B verify "$@"
