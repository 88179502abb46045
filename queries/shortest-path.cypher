// Shortest paths between two people
// The shortest chains of meetings, shared events and shared organisations between two people (countries, places,
// ranks and offices are left out: they would link everyone through hubs). In Browser, the `path` column draws them.
// @param personA name e.g. "Nguyen Hoa Binh": the first person's name, alias or id
// @param personB name e.g. "Wang Huning": the second person's name, alias or id
// @param limit int = 5 e.g. "3": at most this many paths of the shortest length
MATCH (a:Person) WHERE ($personA IN a.keys OR a.name = $personA)
MATCH (b:Person) WHERE ($personB IN b.keys OR b.name = $personB) AND b <> a
MATCH path = allShortestPaths((a)-[:MET|ATTENDED|CO_CHAIRED|HOSTED|ORGANISED|MEMBER_OF*..8]-(b))
WITH path, [n IN nodes(path) | n.name] AS names
RETURN length(path) AS hops, names, [r IN relationships(path) | type(r)] AS relations, path
ORDER BY names
LIMIT $limit;
