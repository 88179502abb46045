// The evidence behind a relation
// Every sentence that supports a relation between two entities, with the rule that read it, its offsets in the
// source text and the article it comes from.
// @param a name e.g. "Nguyen Hoa Binh": one end (name, alias or id)
// @param b name e.g. "Lee Hsien Loong": the other end (name, alias or id)
// @param type string = "" e.g. "MET": only this relation type (empty: all)
MATCH (x:Entity) WHERE ($a IN x.keys OR x.name = $a)
MATCH (y:Entity) WHERE ($b IN y.keys OR y.name = $b)
MATCH (x)-[r]-(y)
WHERE $type = '' OR type(r) = $type
OPTIONAL MATCH (art:Article {id: r.article})
UNWIND range(0, size(r.evidence) - 1) AS i
RETURN type(r) AS relation, startNode(r).name AS from, endNode(r).name AS to, r.confidence AS confidence,
       r.evidenceRule[i] AS rule, r.evidence[i] AS sentence, r.evidenceStart[i] AS start, r.evidenceEnd[i] AS end,
       art.title AS article, r.source AS location
ORDER BY relation, location, start;
