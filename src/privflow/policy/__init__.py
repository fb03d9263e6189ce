"""Reading privacy notices (隐私政策) and holding them against the scan and the inventory.

reader.py reads a file (text, Markdown, HTML, PDF), text.py cuts sentences and tokens,
catalogue.py loads the data (lexicon of data types, recipient catalogue, cue phrases),
extract.py says what the notice declares, draft.py writes a draft inventory, gaps.py compares
the notice with the scan and the inventory, output.py renders JSON and a table.
"""

from privflow.policy.extract import PolicyExtraction, extract, extract_notices

__all__ = ["PolicyExtraction", "extract", "extract_notices"]
