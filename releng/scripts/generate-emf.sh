#!/usr/bin/env bash
# Generates the EMF model and edit code from bundles/se.isu.forms/model/forms.genmodel into the src-gen
# folders of se.isu.forms and se.isu.forms.edit, merging with what is there: members marked
# "@generated NOT" are kept. Run it after every change to an .ecore or .genmodel file and commit the
# result with the change. Extra arguments go to Maven.
set -euo pipefail
cd "$(dirname "$(readlink -f "$0")")/../.."
. releng/scripts/setup.sh

isu_use_java
exec ./mvnw -B -q -f releng/codegen/pom.xml compile exec:java "$@"
