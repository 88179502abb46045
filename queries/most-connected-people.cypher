// The most connected people
// People ranked by how many distinct people, organisations, countries and events their relations reach.
// @param limit int = 10 e.g. "5": how many people to list
MATCH (p:Person)
WITH p, COLLECT { MATCH (p)-[]-(x:Entity) RETURN DISTINCT x } AS neighbours,
     COUNT { (p)-[]-(:Entity) } AS relations
RETURN p.name AS person, p.country AS country, size(neighbours) AS connections, relations, p.sourceCount AS articles
ORDER BY connections DESC, relations DESC, person
LIMIT $limit;
