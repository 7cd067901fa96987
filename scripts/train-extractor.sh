#!/usr/bin/env bash
# Trains the extractor model that ships inside claimgraph (src/extract/models/
# en-extractor.cgm) on PolNeAR's train split (../shared/data/polnear/dev.jsonl, articles
# with official_split "train"; never copied into the repository), reports progress on its
# dev split, then scores the result with ../shared/tools/score_attributions.py on the dev
# split (default and --deep), on GGT dev (--scope speech) and on the seed article. Not run
# by CI: about a minute (one core).
#
#   scripts/train-extractor.sh [OUT_DIR]    # default: build-models/
#
# To ship the result: copy OUT_DIR/en-extractor.cgm to src/extract/models/ and update the
# model card (src/extract/models/en-extractor.md) with the printed figures.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${CLAIMGRAPH_DATA:-../shared/data}
out=${1:-build-models}
epochs=${EPOCHS:-8}
runs=${RUNS:-5}
gold="$data/polnear/dev.jsonl"
if [ ! -f "$gold" ]; then
  echo "train-extractor.sh: error: $gold: PolNeAR is not there (set CLAIMGRAPH_DATA)" >&2
  exit 2
fi
scripts/install-deps.sh
cmake -S . -B build-train -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_TESTS=OFF >/dev/null
cmake --build build-train -j"$(nproc)" --target claimgraph >/dev/null
cg=build-train/claimgraph
mkdir -p "$out"
revision=$(git rev-parse HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain -- src 2>/dev/null)" ]; then revision="$revision+changes"; fi
echo "== extractor: cue and boundary models, $epochs epochs, the mean of $runs runs, seed 1"
/usr/bin/time -f "extractor training: %e s, %M KB peak" \
  "$cg" train extractor --cues --train "$gold" --train-split train --dev "$gold" --dev-split dev \
  --epochs "$epochs" --runs "$runs" --seed 1 --revision "$revision" -o "$out/en-extractor.cgm" --force
ls -l "$out/en-extractor.cgm"
dev=$(mktemp --suffix=.jsonl)
trap 'rm -f "$dev"' EXIT
python3 -c "import json,sys
for l in open(sys.argv[1]):
    if json.loads(l)['official_split'] == 'dev': sys.stdout.write(l)" "$gold" > "$dev"
score() { python3 "$data/../tools/score_attributions.py" --gold "$1" --cmd "$cg extract --format json --model $out/en-extractor.cgm ${2:-}" | tail -n 12; }
echo "== PolNeAR dev split (84 articles), the model's boundaries";      score "$dev"
echo "== PolNeAR dev split, --deep (the cue reader too)";               score "$dev" --deep
echo "== PolNeAR dev split, rules and parse alone (--model none)";
python3 "$data/../tools/score_attributions.py" --gold "$dev" --cmd "$cg extract --format json --model none" | tail -n 1
echo "== GGT dev, --scope speech";                                       score "$data/ggt/dev.jsonl" "--scope speech"
echo "== seed";                                                          score "$data/seed/gold.jsonl"
