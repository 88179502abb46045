// Shortest path between two people
// The shortest chain of meetings, shared events and shared organisations between two people (countries, places,
// ranks and offices are left out: they would link everyone through hubs). In Browser, the `path` column draws it.
// @param personA name e.g. "Nguyen Hoa Binh": the first person's name, alias or id
// @param personB name e.g. "Wang Huning": the second person's name, alias or id
MATCH (a:Person) WHERE $personA IN a.keys
MATCH (b:Person) WHERE $personB IN b.keys AND b <> a
MATCH path = shortestPath((a)-[:MET|ATTENDED|CO_CHAIRED|HOSTED|ORGANISED|MEMBER_OF*..8]-(b))
RETURN length(path) AS hops, [n IN nodes(path) | n.name] AS names, [r IN relationships(path) | type(r)] AS relations, path;
