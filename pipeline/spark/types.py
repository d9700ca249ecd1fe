"""Spark schemas of the explicit Arrow output schemas (``pipeline.schema``), the job's input frame schema,
and the decoding of Arrow-encoded outputs. Light to import: Python workers that only read files or
decode outputs never load spaCy or Presidio."""
from __future__ import annotations

from typing import Iterator

import pyarrow as pa
from pyspark.sql import types as T

# The frame every input becomes (one row per input record); ``record``: a parsed record pickled by
# pipeline.spark.reading, else ``payload``: the row as JSON, parsed on the executor.
INTERNAL_SCHEMA = T.StructType([
    T.StructField("source", T.StringType()), T.StructField("position", T.LongType()),
    T.StructField("conversation_id", T.StringType()), T.StructField("turn_index", T.LongType()),
    T.StructField("customer_id", T.StringType()), T.StructField("payload", T.StringType()),
    T.StructField("record", T.BinaryType()),
])

_SCALARS = {
    pa.string(): T.StringType(), pa.large_string(): T.StringType(), pa.binary(): T.BinaryType(),
    pa.int32(): T.IntegerType(), pa.int64(): T.LongType(), pa.float32(): T.FloatType(),
    pa.float64(): T.DoubleType(), pa.bool_(): T.BooleanType(),
}


def spark_type(arrow_type: pa.DataType) -> T.DataType:
    """The Spark type of an Arrow type used by the output schemas (nullability kept)."""
    if pa.types.is_struct(arrow_type):
        return T.StructType([spark_field(arrow_type.field(i)) for i in range(arrow_type.num_fields)])
    if pa.types.is_list(arrow_type):
        return T.ArrayType(spark_type(arrow_type.value_type), arrow_type.value_field.nullable)
    try:
        return _SCALARS[arrow_type]
    except KeyError:
        raise TypeError(f"no Spark type for Arrow type {arrow_type}") from None


def spark_field(field: pa.Field) -> T.StructField:
    return T.StructField(field.name, spark_type(field.type), field.nullable)


def spark_schema(schema: pa.Schema) -> T.StructType:
    """``schema`` as a Spark ``StructType`` with the same names, types and nullability."""
    return T.StructType([spark_field(f) for f in schema])


def decode_outputs(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    """``mapInArrow`` function: rows of Arrow IPC bytes (column ``data``) -> the record batches they hold."""
    for batch in batches:
        for data in batch.column("data").to_pylist():
            for decoded in pa.ipc.open_stream(pa.py_buffer(data)):
                yield decoded.replace_schema_metadata(None)
