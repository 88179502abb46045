// Read relations: every relationship of a known type between two entity nodes, with its properties.
// Parameters: $labels :: LIST<STRING> (entity labels), $types :: LIST<STRING> (relationship types to read).
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND a.id IS NOT NULL AND b.id IS NOT NULL
  AND any(label IN labels(a) WHERE label IN $labels) AND any(label IN labels(b) WHERE label IN $labels)
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props
