"""What the command line is built from: input readers, relational tables, writers.

- :mod:`.inputs` reads files, directories and stdin (text dumps or JSON Lines,
  UTF-8 / UTF-16 / cp1252) into page tasks, streaming;
- :mod:`.work` parses them, in this process or a pool, results in input order;
- :mod:`.tables` flattens records into the warehouse tables, columns from the models;
- :mod:`.writers` writes JSON, JSON Lines, CSV and Parquet, each file atomically;
- :mod:`.quality` counts a run (summary) and a corpus (``check``).

>>> from profile_parser.export import TABLES
>>> list(TABLES)[:3]
['profiles', 'deals', 'co_investors']
"""

from .inputs import InputError, PageTask, expand_inputs, open_binary, read_tasks
from .quality import Quality, Tally
from .tables import TABLES, Column, Table, profile_id, record_rows
from .work import Options, Result, ordered_map, process_chunk

__all__ = [
    "TABLES", "Column", "InputError", "Options", "PageTask", "Quality", "Result", "Table",
    "Tally", "expand_inputs", "open_binary", "ordered_map", "process_chunk", "profile_id",
    "read_tasks", "record_rows",
]
