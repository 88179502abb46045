// Read entities: every entity node with its labels and properties, for `entente export`/`viz` without sources.
// Parameters: $labels :: LIST<STRING> (entity labels to read, e.g. ['Person', 'Country', ...]).
MATCH (n)
WHERE n.id IS NOT NULL AND any(label IN labels(n) WHERE label IN $labels)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props
