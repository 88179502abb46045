// A person's ranks and offices over time
// The ranks (HAS_RANK) and offices (HOLDS_POSITION) articles give the person, dated by the relation or else by the article.
// @param person name e.g. "Phan Van Giang": the person's name, an alias or an id
MATCH (p:Person) WHERE ($person IN p.keys OR p.name = $person)
MATCH (p)-[r:HOLDS_POSITION|HAS_RANK]->(x:Entity)
OPTIONAL MATCH (art:Article {id: split(r.evidenceRefs, '|')[0]})
WITH type(r) AS kind, x.name AS title, coalesce(r.asOf, r.date, art.published) AS asOf, r.organisation AS organisation, art
RETURN kind, title, asOf, organisation, count(DISTINCT art) AS articles
ORDER BY asOf, kind, title;
