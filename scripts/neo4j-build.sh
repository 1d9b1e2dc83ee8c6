#!/usr/bin/env bash
# Build the embedded Neo4j launcher (neo4j/) once and cache its class path.
# Produces neo4j/target/classes and neo4j/target/classpath.txt; no-op when the
# stamp neo4j/target/.built is newer than neo4j/pom.xml and every source file.
# Extra args are passed to mvn (e.g. -o for an offline rebuild).
# Run the launcher afterwards with plain java (no Maven involved):
#   java -Xms256m -Xmx1g -cp neo4j/target/classes:$(cat neo4j/target/classpath.txt) \
#        kb.EmbeddedNeo4j --port 0 --data /tmp/x
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir=neo4j
stamp="$dir/target/.built"

up_to_date() {
  [[ -f "$stamp" && -f "$dir/target/classpath.txt" && -f "$dir/target/classes/kb/EmbeddedNeo4j.class" ]] || return 1
  [[ "$dir/pom.xml" -nt "$stamp" ]] && return 1
  local newer
  newer=$(find "$dir/src" -type f -newer "$stamp" -print -quit)
  [[ -z "$newer" ]]
}

if up_to_date; then
  exit 0
fi

echo "neo4j-build: building $dir (first run downloads ~160 MB from Maven Central)" >&2
mvn -q -B -Dstyle.color=never -f "$dir/pom.xml" "$@" compile dependency:build-classpath \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
touch "$stamp"
echo "neo4j-build: done" >&2
