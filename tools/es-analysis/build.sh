#!/usr/bin/env bash
# Builds the "ttm-analysis" Elasticsearch classic plugin (see README.md).
#
#   build.sh <ES_HOME> <M2_REPO_DIR> <OUT_PLUGIN_DIR>
#
# ES_HOME        an unpacked Elasticsearch distribution; the ES and Lucene versions are read from its lib/.
# M2_REPO_DIR    Maven local repository used to fetch (and cache) the Lucene smartcn/icu jars and icu4j.
# OUT_PLUGIN_DIR receives the plugin jar, the extra jars and plugin-descriptor.properties; the caller places
#                it at $ES_HOME/plugins/ttm-analysis. An existing ttm-analysis plugin dir there is replaced.
#
# JAVA_HOME selects the JDK (default /usr/lib/jvm/java-17-openjdk-amd64). Quiet on success.
set -euo pipefail

die() {
    echo "es-analysis/build.sh: error: $*" >&2
    exit 1
}

[[ $# -eq 3 ]] || die "usage: build.sh <ES_HOME> <M2_REPO_DIR> <OUT_PLUGIN_DIR>"
[[ -d $1/lib ]] || die "ES_HOME '$1' has no lib/ directory"
ES_HOME=$(cd "$1" && pwd)
mkdir -p "$2" || die "cannot create M2_REPO_DIR '$2'"
M2=$(cd "$2" && pwd)
OUT=$3

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
for tool in javac jar java; do
    [[ -x $JAVA_HOME/bin/$tool ]] || die "$JAVA_HOME/bin/$tool not found (set JAVA_HOME to a JDK 17+)"
done
command -v mvn >/dev/null || die "mvn (Maven) is not on PATH"

PLUGIN_NAME=ttm-analysis
PLUGIN_CLASS=org.ttm.analysis.TtmAnalysisPlugin

# ---- versions, from the distribution's jar names ----
version_of() { # <lib dir> <artifact prefix>: prints the version of the single <prefix>-<version>.jar
    local found=("$1/$2"-[0-9]*.jar)
    [[ ${#found[@]} -eq 1 && -f ${found[0]} ]] || die "expected exactly one $2-<version>.jar in $1"
    local base=${found[0]##*/}
    base=${base#"$2"-}
    echo "${base%.jar}"
}
ES_VERSION=$(version_of "$ES_HOME/lib" elasticsearch)
LUCENE_VERSION=$(version_of "$ES_HOME/lib" lucene-core)
[[ -f $ES_HOME/lib/lucene-analysis-common-$LUCENE_VERSION.jar ]] ||
    die "$ES_HOME/lib/lucene-analysis-common-$LUCENE_VERSION.jar is missing"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/ttm-analysis-build.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

# ---- extra jars (cached in M2; Maven runs only for what is missing) ----
m2_file() { # <group> <artifact> <version> <ext>
    echo "$M2/${1//.//}/$2/$3/$2-$3.$4"
}
fetch() { # <group> <artifact> <version>: ensures the jar and pom are in M2, prints the jar path
    local jar pom
    jar=$(m2_file "$1" "$2" "$3" jar)
    pom=$(m2_file "$1" "$2" "$3" pom)
    if [[ ! -f $jar || ! -f $pom ]]; then
        if ! mvn -B -q -Dstyle.color=never -Dmaven.repo.local="$M2" \
            org.apache.maven.plugins:maven-dependency-plugin:3.8.1:get \
            -Dtransitive=false -Dartifact="$1:$2:$3" >"$WORK/mvn.log" 2>&1; then
            cat "$WORK/mvn.log" >&2
            die "Maven could not fetch $1:$2:$3"
        fi
        [[ -f $jar ]] || die "Maven reported success but $jar is missing"
    fi
    echo "$jar"
}
SMARTCN_JAR=$(fetch org.apache.lucene lucene-analysis-smartcn "$LUCENE_VERSION")
LUCENE_ICU_JAR=$(fetch org.apache.lucene lucene-analysis-icu "$LUCENE_VERSION")
# icu4j: the version lucene-analysis-icu declares in its POM.
ICU4J_VERSION=$(awk '/<artifactId>icu4j<\/artifactId>/ { found = 1 }
    found && /<version>/ { gsub(/.*<version>|<\/version>.*/, ""); print; exit }' \
    "$(m2_file org.apache.lucene lucene-analysis-icu "$LUCENE_VERSION" pom)")
[[ -n $ICU4J_VERSION ]] || die "no icu4j version in the lucene-analysis-icu $LUCENE_VERSION POM"
ICU4J_JAR=$(fetch com.ibm.icu icu4j "$ICU4J_VERSION")
EXTRA_JARS=("$SMARTCN_JAR" "$LUCENE_ICU_JAR" "$ICU4J_JAR")

# ---- compile ----
CLASSPATH_ALL="$ES_HOME/lib/*$(printf ':%s' "${EXTRA_JARS[@]}")"
javac_quiet() { # javac prints nothing on success with -Werror; on failure show why
    "$JAVA_HOME/bin/javac" --release 17 -proc:none -encoding UTF-8 -Xlint:all -Werror "$@" >"$WORK/javac.log" 2>&1 ||
        { cat "$WORK/javac.log" >&2; die "compilation failed"; }
}
mapfile -t PLUGIN_SOURCES < <(find "$HERE/src/main/java" -name '*.java' | sort)
mapfile -t CHECK_SOURCES < <(find "$HERE/src/check/java" -name '*.java' | sort)
javac_quiet -d "$WORK/classes" -cp "$CLASSPATH_ALL" "${PLUGIN_SOURCES[@]}"
javac_quiet -d "$WORK/check-classes" -cp "$WORK/classes:$CLASSPATH_ALL" "${CHECK_SOURCES[@]}"

# ---- the names in Registry.java must match registered-names.json ----
if ! "$JAVA_HOME/bin/java" -cp "$WORK/check-classes:$WORK/classes:$CLASSPATH_ALL" \
    org.ttm.analysis.RegisteredNamesCheck "$HERE/registered-names.json"; then
    die "Registry.java and registered-names.json disagree (see above)"
fi

# ---- assemble the plugin directory ----
STAGE=$WORK/plugin
mkdir -p "$STAGE"
"$JAVA_HOME/bin/jar" --create --file "$STAGE/$PLUGIN_NAME-$ES_VERSION.jar" -C "$WORK/classes" . ||
    die "jar creation failed"
cp "${EXTRA_JARS[@]}" "$STAGE/"
cat >"$STAGE/plugin-descriptor.properties" <<PROPS
description=TTM test analysis: stock-named language analyzers, smartcn and ICU components for the integ-test distribution
version=$ES_VERSION
name=$PLUGIN_NAME
classname=$PLUGIN_CLASS
java.version=17
elasticsearch.version=$ES_VERSION
PROPS

# Replace OUT, but never clobber a directory that is not empty and not a previous build of this plugin.
if [[ -e $OUT ]]; then
    [[ -d $OUT ]] || die "OUT_PLUGIN_DIR '$OUT' exists and is not a directory"
    if [[ -n $(ls -A "$OUT") ]] && ! grep -qx "name=$PLUGIN_NAME" "$OUT/plugin-descriptor.properties" 2>/dev/null; then
        die "OUT_PLUGIN_DIR '$OUT' is not empty and is not a $PLUGIN_NAME plugin dir; refusing to replace it"
    fi
    rm -rf "$OUT"
fi
mkdir -p "$(dirname "$OUT")"
cp -r "$STAGE" "$OUT" || die "cannot write $OUT"
