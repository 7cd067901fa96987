#!/usr/bin/env bash
# Trains the tagger and the parser that ship inside claimgraph, from the UD English
# treebanks in ../shared/data/ud (never copied into the repository), and reports their
# accuracy. Not run by CI: about 13 minutes (the training runs on one core).
#
#   scripts/train-syntax.sh [OUT_DIR]    # default: build-models/
#
# Training data: EWT train plus the GUM documents except four news documents, held out
# as a news-domain test ("gum-news-heldout" below); EWT dev picks nothing automatically
# but is printed after each epoch. Figures: EWT test (the UD/CoNLL 2018 convention),
# from gold tokens and from raw text with our tokenizer, and the held-out GUM news.
# To ship the result: copy OUT_DIR/en-{tagger,parser}.cgm to src/syntax/models/ and
# update the model cards (src/syntax/models/en-*.md) with the printed figures.
set -euo pipefail
cd "$(dirname "$0")/.."
ud=${CLAIMGRAPH_UD:-../shared/data/ud}
out=${1:-build-models}
epochs_tagger=${EPOCHS_TAGGER:-8}
epochs_parser=${EPOCHS_PARSER:-10}
min_updates=${MIN_UPDATES:-4}
limit=$((15 * 1024 * 1024))
if [ ! -f "$ud/en_ewt-ud-train.conllu" ]; then
  echo "train-syntax.sh: error: $ud: the UD treebanks are not there (set CLAIMGRAPH_UD)" >&2
  exit 2
fi
scripts/install-deps.sh
cmake -S . -B build-train -DCMAKE_BUILD_TYPE=Release -DCLAIMGRAPH_TESTS=OFF >/dev/null
cmake --build build-train -j"$(nproc)" --target claimgraph >/dev/null
cg=build-train/claimgraph
mkdir -p "$out"
# the held-out news documents: the last four in name order
mapfile -t news < <(ls "$ud"/gum/GUM_news_*.conllu | sort | tail -n 4)
train=("$ud/en_ewt-ud-train.conllu")
for f in "$ud"/gum/GUM_*.conllu; do
  keep=1
  for n in "${news[@]}"; do [ "$f" = "$n" ] && keep=0; done
  [ $keep = 1 ] && train+=("$f")
done
list() { local IFS=,; echo "$*"; }
revision=$(git rev-parse HEAD 2>/dev/null || echo unknown)
if [ -n "$(git status --porcelain -- src 2>/dev/null)" ]; then revision="$revision+changes"; fi

echo "== tagger: $epochs_tagger epochs"
/usr/bin/time -f "tagger training: %e s, %M KB peak" \
  "$cg" train tagger --train "$(list "${train[@]}")" --dev "$ud/en_ewt-ud-dev.conllu" \
  --epochs "$epochs_tagger" --seed 1 --revision "$revision" -o "$out/en-tagger.cgm" --force
echo "== parser: $epochs_parser epochs, 5-fold jackknifed tags, features kept from $min_updates updates"
/usr/bin/time -f "parser training: %e s, %M KB peak" \
  "$cg" train parser --train "$(list "${train[@]}")" --dev "$ud/en_ewt-ud-dev.conllu" \
  --tagger "$out/en-tagger.cgm" --jackknife 5 --epochs "$epochs_parser" --min-updates "$min_updates" \
  --seed 1 --revision "$revision" -o "$out/en-parser.cgm" --force
for m in tagger parser; do
  size=$(stat -c %s "$out/en-$m.cgm")
  echo "en-$m.cgm: $size bytes"
  if [ "$size" -gt "$limit" ]; then
    echo "train-syntax.sh: error: en-$m.cgm is over 15 MB: raise MIN_UPDATES" >&2
    exit 1
  fi
done

echo "== EWT test"
"$cg" eval parser --gold "$ud/en_ewt-ud-test.conllu" --tagger "$out/en-tagger.cgm" --parser "$out/en-parser.cgm" --raw
echo "== GUM news, held out: ${news[*]##*/}"
"$cg" eval parser --gold "$(list "${news[@]}")" --tagger "$out/en-tagger.cgm" --parser "$out/en-parser.cgm" --raw
