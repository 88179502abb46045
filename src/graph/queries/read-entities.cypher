// Read entities: every entity node with its labels, properties and what each article said of it (MENTIONS).
// Parameters: $labels :: LIST<STRING> (entity labels to read, e.g. ['Person', 'Country', ...]).
MATCH (n)
WHERE n.id IS NOT NULL AND any(label IN labels(n) WHERE label IN $labels)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
       COLLECT { MATCH (a:Article)-[m:MENTIONS]->(n) RETURN {doc: a.id, evidence: m.evidence} } AS mentions
