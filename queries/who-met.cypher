// Who met a person
// The people (or delegations) the given person met, with the dates, the events and how many articles report each meeting.
// @param person name e.g. "Lee Hsien Loong": the person's name, an alias or an id such as person:lee-hsien-loong
MATCH (p:Person) WHERE ($person IN p.keys OR p.name = $person)
MATCH (p)-[r:MET]-(other:Entity)
OPTIONAL MATCH (e:Event {id: r.event})
WITH other, r, e
ORDER BY r.date
RETURN other.name AS met, [l IN labels(other) WHERE l <> 'Entity'][0] AS kind, other.country AS country,
       [d IN collect(DISTINCT coalesce(r.date, e.dateIso)) WHERE d IS NOT NULL] AS dates,
       collect(DISTINCT e.name) AS events, count(DISTINCT r.source) AS articles
ORDER BY articles DESC, met;
