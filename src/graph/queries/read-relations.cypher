// Read relations: every relationship of a known type between two entity nodes, with its properties and evidence.
// Parameters: $labels :: LIST<STRING> (entity labels), $types :: LIST<STRING> (relationship types to read).
// Evidence is read through the coordinates in `evidenceRefs` ("doc|sentence|start|end|rule;...") from the Articles.
MATCH (a)-[r]->(b)
WHERE type(r) IN $types AND a.id IS NOT NULL AND b.id IS NOT NULL
  AND any(label IN labels(a) WHERE label IN $labels) AND any(label IN labels(b) WHERE label IN $labels)
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS props,
       COLLECT { UNWIND split(r.evidenceRefs, ';') AS ref
                 WITH split(ref, '|') AS f
                 OPTIONAL MATCH (art:Article {id: f[0]})
                 RETURN {doc: f[0], sentence: toInteger(f[1]), rule: f[4], text: art.sentences[toInteger(f[1])]} } AS evidence
