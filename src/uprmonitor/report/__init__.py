"""Output: the JSON shape of documents, and exports to CSV, XLSX and JSON."""
