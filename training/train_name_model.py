"""Train the statistical PERSON model shipped in ``recognizers/data/name_model`` (end to end, seeded).

Usage::

    .venv/bin/python -m training.train_name_model                      # data prep + train + package
    .venv/bin/python -m training.train_name_model --mirror-root /work/.mirror --work-dir /tmp/name_model

Steps: read the pinned third-party corpora from local git mirrors (``training/name_model_corpora.py``:
WNUT-17 and the Broad Twitter Corpus, CC BY 4.0), generate template sentences with names from
``recognizers/data/names.tsv`` plus hard negatives (``training/name_model_templates.py``), lowercase
everything exactly as the recognizer does at run time (casing never decides), split 92/8 with a fixed
seed, train a small spaCy ``tok2vec`` + ``ner`` pipeline (hash embeddings of NORM/PREFIX/SUFFIX/SHAPE,
width 64) with ``spacy train``, print dev precision/recall/F, and save the best model without its
training vocabulary strings (hash embeddings need none) into the package data folder.
Needs the dev extras (Faker) and the mirrors; the data is read, never copied into the repository.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin

from recognizers.name_model import LABEL, MODEL_DIR, model_text
from training.name_model_corpora import CORPORA, load_corpora
from training.name_model_templates import generate
from training.east_asian_names import load_east_asian
from training.name_pools import FAKER_JS, SOURCES as POOL_SOURCES, load_pools

SEED = 20261202
NAMES_TSV = Path(__file__).resolve().parents[1] / "recognizers" / "data" / "names.tsv"

CONFIG = """
[paths]
train = null
dev = null

[system]
seed = {seed}
gpu_allocator = null

[nlp]
lang = "en"
pipeline = ["tok2vec","ner"]
batch_size = 256

[components]

[components.tok2vec]
factory = "tok2vec"

[components.tok2vec.model]
@architectures = "spacy.Tok2Vec.v2"

[components.tok2vec.model.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 64
attrs = ["NORM","PREFIX","SUFFIX","SHAPE"]
rows = [5000,1000,2500,500]
include_static_vectors = false

[components.tok2vec.model.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 64
depth = 2
window_size = 1
maxout_pieces = 3

[components.ner]
factory = "ner"

[components.ner.model]
@architectures = "spacy.TransitionBasedParser.v2"
state_type = "ner"
extra_state_tokens = false
hidden_width = 64
maxout_pieces = 2
use_upper = true

[components.ner.model.tok2vec]
@architectures = "spacy.Tok2VecListener.v1"
width = 64
upstream = "*"

[corpora]

[corpora.train]
@readers = "spacy.Corpus.v1"
path = ${{paths.train}}

[corpora.dev]
@readers = "spacy.Corpus.v1"
path = ${{paths.dev}}

[training]
seed = ${{system.seed}}
dropout = 0.1
accumulate_gradient = 1
patience = 3000
max_epochs = {epochs}
max_steps = 0
eval_frequency = 500
frozen_components = []
annotating_components = []
train_corpus = "corpora.train"
dev_corpus = "corpora.dev"

[training.batcher]
@batchers = "spacy.batch_by_words.v1"
discard_oversize = false
tolerance = 0.2

[training.batcher.size]
@schedules = "compounding.v1"
start = 100
stop = 1000
compound = 1.001

[training.optimizer]
@optimizers = "Adam.v1"
learn_rate = 0.002

[training.score_weights]
ents_f = 0.5
ents_r = 0.5
ents_p = 0.0
"""


ATTRIBUTION = """pii-pipeline name model (Apache-2.0 project). Trained by training/train_name_model.py on
generated sentences (names from Faker via recognizers/data/names.tsv) and on these third-party
corpora, used under their licences (CC BY 4.0: https://creativecommons.org/licenses/by/4.0/);
the weights are a statistical summary, no corpus text is shipped:
- WNUT-17 Emerging Entities: Derczynski, Nichols, van Erp, Limsopatham (2017), W-NUT workshop.
- Broad Twitter Corpus: Derczynski, Bontcheva, Roberts (2016), COLING.
"""


def to_docbin(nlp, examples: list[tuple[str, list[tuple[int, int]]]]) -> DocBin:
    """Examples as lowercase Docs with PERSON entities (spans snapped outward to token edges)."""
    docs = DocBin(attrs=["ENT_IOB", "ENT_TYPE"])
    for text, spans in examples:
        doc = nlp.make_doc(model_text(text))
        ents = []
        for start, end in spans:
            span = doc.char_span(start, end, label=LABEL, alignment_mode="expand")
            if span is not None and not any(span.start < e.end and e.start < span.end for e in ents):
                ents.append(span)
        doc.ents = ents
        docs.add(doc)
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mirror-root", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--work-dir", type=Path, default=None, help="keep DocBins and checkpoints here")
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    parser.add_argument("--positives", type=int, default=14000)
    parser.add_argument("--negatives", type=int, default=6000)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--extra-names", action=argparse.BooleanOptionalAction, default=False,
                        help="35%% of generated names from the faker-js / FakerPHP pools (training/name_pools.py)")
    parser.add_argument("--spoken-negatives", action=argparse.BooleanOptionalAction, default=False,
                        help="interjection-led ASR turns, particles as words, voice-assistant words as negatives")
    parser.add_argument("--cueless", action=argparse.BooleanOptionalAction, default=False,
                        help="add the cue-less positive and negative templates")
    parser.add_argument("--east-asian-names", action=argparse.BooleanOptionalAction, default=False,
                        help="romanized Chinese and Korean pools join the extra pools (training/east_asian_names.py)")
    parser.add_argument("--brands", action=argparse.BooleanOptionalAction, default=False,
                        help="made-up one-word brands in a name's slot, unlabelled (name_templates/brands.txt)")
    parser.add_argument("--seed", type=int, default=SEED, help="data sampling, split and training seed")
    parser.add_argument("--package-from", type=Path, default=None,
                        help="only package an already trained model folder (e.g. WORK/output/model-best)")
    args = parser.parse_args(argv)
    options = {"extra_names": args.extra_names, "spoken_negatives": args.spoken_negatives, "cueless": args.cueless,
               "east_asian_names": args.east_asian_names, "brands": args.brands, "seed": args.seed}
    if args.package_from:
        package(spacy.load(args.package_from), args.out, options)
        return 0

    spacy.util.fix_random_seed(args.seed)
    corpora = load_corpora(args.mirror_root)
    extra = {**(load_pools(args.mirror_root) if args.extra_names else {}),
             **(load_east_asian(args.mirror_root) if args.east_asian_names else {})} or None
    corpora["generated"] = generate(NAMES_TSV, args.positives, args.negatives, args.seed, extra_pools=extra,
                                    spoken_negatives=args.spoken_negatives, cueless=args.cueless, brands=args.brands)
    rng = random.Random(args.seed)
    train, dev = [], []
    for name, examples in sorted(corpora.items()):
        examples = list(examples)
        rng.shuffle(examples)
        cut = len(examples) * 8 // 100
        dev += examples[:cut]
        train += examples[cut:]
        print(f"{name}: {len(examples)} sentences, {sum(len(s) for _, s in examples)} person spans")
    for corpus in CORPORA:
        print(f"  {corpus.name}: {corpus.repo}@{corpus.commit} {', '.join(corpus.files)} ({corpus.licence})")
    if extra:
        print(f"  name pools: {len(extra)} pools, {sum(len(f) + len(l) for f, l in extra.values())} names from "
              + ", ".join(f"{s.repo}@{s.commit[:7]} ({s.licence})" for s in POOL_SOURCES))
    print("  options:", options)
    rng.shuffle(train)

    work = args.work_dir or Path(tempfile.mkdtemp(prefix="name_model_"))
    work.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("en")
    to_docbin(nlp, train).to_disk(work / "train.spacy")
    to_docbin(nlp, dev).to_disk(work / "dev.spacy")
    config_path = work / "config.cfg"
    base_path = work / "config.base.cfg"
    base_path.write_text(CONFIG.format(seed=args.seed, epochs=args.epochs), encoding="utf-8")
    from spacy.cli.init_config import fill_config

    fill_config(config_path, base_path, silent=True)
    print(f"train {len(train)} / dev {len(dev)} sentences; work dir {work}")

    from spacy.cli.train import train as spacy_train

    spacy_train(config_path, work / "output", overrides={
        "paths.train": str(work / "train.spacy"), "paths.dev": str(work / "dev.spacy")})
    best = spacy.load(work / "output" / "model-best")
    package(best, args.out, options)
    scores = json.loads((work / "output" / "model-best" / "meta.json").read_text())["performance"]
    print("dev (8% holdout):", {k: round(v, 4) for k, v in scores.items() if k.startswith("ents_")
                                and isinstance(v, float)})
    print("dev sentences with a name, without:", Counter(bool(s) for _, s in dev).most_common())
    if args.work_dir is None:
        shutil.rmtree(work)
    return 0


def package(trained, out: Path, options: dict[str, bool] | None = None) -> None:
    """Save ``trained`` into ``out`` with a fresh vocabulary (no training strings shipped)."""
    options = options or {}
    pools = POOL_SOURCES if options.get("extra_names") else (FAKER_JS,) if options.get("east_asian_names") else ()
    fresh = spacy.util.load_model_from_config(trained.config, auto_fill=True)
    fresh.from_bytes(trained.to_bytes(exclude=["vocab", "tokenizer"]), exclude=["vocab", "tokenizer"])
    fresh.meta.update({"name": "pii_name_model", "version": "1.0.0",
                       "description": "lowercase PERSON NER for pii-pipeline (training/train_name_model.py)",
                       "sources": [f"{c.repo}@{c.commit} ({c.licence})" for c in CORPORA]
                       + ["generated templates, names from recognizers/data/names.tsv (Faker)"]
                       + [f"name pool {s.repo}@{s.commit} ({s.licence})" for s in pools],
                       "training_options": options})
    if out.exists():
        shutil.rmtree(out)
    fresh.to_disk(out)
    (out / "ATTRIBUTION.txt").write_text(ATTRIBUTION + "".join(
        f"- {c.name}: https://github.com/{c.repo} @ {c.commit}, {', '.join(c.files)}; licence {c.licence}\n"
        for c in CORPORA) + "".join(
        f"- name pool {s.name}: https://github.com/{s.repo} @ {s.commit}; licence {s.licence}; Latin-script "
        f"given names and surnames of the locales listed in training/name_pools.py"
        + (" and, romanized, training/east_asian_names.py" if options.get("east_asian_names") else "")
        + f" ({s.notice})\n"
        for s in pools), encoding="utf-8")
    print(f"saved {out}: {sum(f.stat().st_size for f in out.rglob('*') if f.is_file())} bytes")


if __name__ == "__main__":
    raise SystemExit(main())
