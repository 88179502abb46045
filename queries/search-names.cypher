// Search names and aliases
// Full-text search over the names and aliases of every entity (Lucene syntax: `Binh~` for fuzzy, `Nguy*` for prefixes).
// @param text string e.g. "Shangri*": words to look for
// @param limit int = 20 e.g. "10": how many hits
CALL db.index.fulltext.queryNodes('entity_names', $text) YIELD node, score
RETURN node.name AS name, [l IN labels(node) WHERE l <> 'Entity'][0] AS kind, node.id AS id, round(score, 3) AS score
ORDER BY score DESC, name
LIMIT $limit;
