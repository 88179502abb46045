// The evidence behind a relation
// Every sentence that supports a relation between two entities, with the rule that read it, its offsets in the
// source text and the article it comes from. A relationship keeps only coordinates (`evidenceRefs`,
// "doc|sentence|start|end|rule;..."); the sentence's text is read from the Article that holds it.
// @param a name e.g. "Nguyen Hoa Binh": one end (name, alias or id)
// @param b name e.g. "Lee Hsien Loong": the other end (name, alias or id)
// @param type string = "" e.g. "MET": only this relation type (empty: all)
MATCH (x:Entity) WHERE ($a IN x.keys OR x.name = $a)
MATCH (y:Entity) WHERE ($b IN y.keys OR y.name = $b)
MATCH (x)-[r]-(y)
WHERE $type = '' OR type(r) = $type
UNWIND split(r.evidenceRefs, ';') AS ref
WITH r, split(ref, '|') AS f
OPTIONAL MATCH (art:Article {id: f[0]})
RETURN type(r) AS relation, startNode(r).name AS from, endNode(r).name AS to, r.confidence AS confidence,
       f[4] AS rule, art.sentences[toInteger(f[1])] AS sentence, toInteger(f[2]) AS start, toInteger(f[3]) AS end,
       art.title AS article, r.source AS location
ORDER BY relation, location, start;
