"""One Parquet file sink fed by several PCollections, without a Flatten of the rows.

On the local FnApiRunner a Flatten of two producers is materialized: every row is sent to the runner
process, held there, and sent back to a worker. The batch job has two producers of training rows
(conversation records, and conversations assembled from utterances); writing both through one
Flatten would move every sanitized row through the runner. Here each producer writes its own bundle
files in its own stage (fused with redaction), and only the written files' names meet in one finalize
step, so the output is one set of ``part-SSSSS-of-NNNNN.parquet`` files as with ``WriteToParquet``.

Outside the Beam versions CI tests (``pipeline.compat``) it falls back to the public
``WriteToParquet`` after a ``Flatten`` (same files, rows then pass through the runner).

The pieces are Beam's own (``WriteToParquet``'s sink and row converter, ``iobase``'s bundle writer and
finalize functions), wired as ``iobase.WriteImpl`` wires them for a sink without a fixed shard count.
"""
from __future__ import annotations

from typing import Sequence

import apache_beam as beam
import pyarrow as pa
from apache_beam.io import iobase, parquetio
from apache_beam.pvalue import AsIter, AsSingleton

from pipeline.compat import use_private


def _producers(rows) -> tuple:
    return tuple(rows) if isinstance(rows, (tuple, list)) else (rows,)


class WriteParquetFromMany(beam.PTransform):
    """Rows (one PCollection or a tuple of them) -> Parquet files ``<prefix>-SSSSS-of-NNNNN<suffix>``.

    Files are written to a temporary folder and renamed when every producer is done, so they are
    complete when visible (Beam's file-sink protocol). Bounded input only (the batch job).
    """

    def __init__(self, file_path_prefix: str, schema: pa.Schema, *, file_name_suffix: str = ".parquet",
                 row_group_buffer_size: int, record_batch_size: int) -> None:
        super().__init__()
        self._schema = schema
        self._prefix = file_path_prefix
        self._suffix = file_name_suffix
        self._buffer = row_group_buffer_size
        self._batch = record_batch_size
        # WriteToParquet builds and validates the sink (codec, shard naming); only its sink is used.
        self._sink = beam.io.WriteToParquet(
            file_path_prefix=file_path_prefix, schema=schema, file_name_suffix=file_name_suffix,
            row_group_buffer_size=row_group_buffer_size, record_batch_size=record_batch_size)._sink

    def expand(self, rows):
        producers: Sequence[beam.PCollection] = _producers(rows)
        if not use_private("beam_parquet"):  # outside the tested Beam versions: the public transform
            flat = producers if len(producers) == 1 else producers | "FlattenRows" >> beam.Flatten()
            flat = flat[0] if isinstance(flat, tuple) else flat
            return flat | "PublicWriteToParquet" >> beam.io.WriteToParquet(
                file_path_prefix=self._prefix, schema=self._schema, file_name_suffix=self._suffix,
                row_group_buffer_size=self._buffer, record_batch_size=self._batch)
        sink = self._sink
        do_once = producers[0].pipeline | "DoOnce" >> beam.Create([None])
        init = do_once | "InitializeWrite" >> beam.Map(lambda _, s: s.initialize_write(), sink)
        written = [
            rows_i
            | f"ToArrow{i}" >> beam.ParDo(parquetio._RowDictionariesToArrowTable(
                self._schema, self._buffer, self._batch))
            | f"WriteBundles{i}" >> beam.ParDo(iobase._WriteBundleDoFn(sink), AsSingleton(init))
            for i, rows_i in enumerate(producers)]
        results = (written
                   | "AllWritten" >> beam.Flatten()  # file names only
                   | "Pair" >> beam.Map(lambda result: (None, result))
                   | "GroupWritten" >> beam.GroupByKey()
                   | "Extract" >> beam.FlatMap(lambda kv: kv[1]))
        pre_finalize = do_once | "PreFinalize" >> beam.FlatMap(
            iobase._pre_finalize, sink, AsSingleton(init), AsIter(results))
        return do_once | "FinalizeWrite" >> beam.FlatMap(
            iobase._finalize_write, sink, AsSingleton(init), AsIter(results), 1,
            AsSingleton(pre_finalize)).with_output_types(str)
