"""What the command line is built from: input readers, relational tables, writers.

- :mod:`.inputs` reads files, directories, globs and stdin (text dumps or JSON
  Lines, compressed or not) into page tasks, streaming, through the one decoder
  (:mod:`profile_parser.decode`);
- :mod:`.work` parses them, in this process or a pool, results in input order;
- :mod:`.walker` walks the models once for every typed output (tables, Spark);
- :mod:`.tables` flattens records into the warehouse tables;
- :mod:`.writers` writes JSON, JSON Lines, CSV and Parquet, each output atomically;
- :mod:`.record` is the command line's record: the contract's, plus ``profile_id``;
- :mod:`.quality` counts a run (summary) and a corpus (``check``).

>>> from profile_parser.export import TABLES
>>> list(TABLES)[:3]
['profiles', 'deals', 'co_investors']
"""

from ..ids import profile_id
from .inputs import InputError, PageTask, expand_inputs, open_binary, read_tasks
from .quality import Quality, Tally
from .tables import TABLES, Column, Table, record_rows
from .work import Options, Result, ordered_map, process_chunk

__all__ = [
    "TABLES", "Column", "InputError", "Options", "PageTask", "Quality", "Result", "Table",
    "Tally", "expand_inputs", "open_binary", "ordered_map", "process_chunk", "profile_id",
    "read_tasks", "record_rows",
]
