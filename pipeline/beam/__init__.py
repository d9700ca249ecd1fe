"""The Apache Beam layer: options, composite transforms, DoFns, sinks and the batch / streaming jobs.

With ``pipeline.cli`` and ``pipeline.spark`` the only packages that import ``apache_beam``. Importing it
makes the core read and write through Beam's file systems (``pipeline.io.filesystem``), so the jobs, and
their workers, handle ``gs://`` and other remote paths.
"""
from pipeline.beam.filesystem import BeamFileSystem
from pipeline.io import filesystem as _core_file_system

_core_file_system.use(BeamFileSystem())
