// Write metrics: stores centrality, community and component on entity nodes so Browser can size and colour by them.
// Parameters: $rows :: LIST<MAP> ({id :: STRING, degree :: INTEGER, betweenness :: FLOAT, pagerank :: FLOAT,
//             community :: INTEGER, component :: INTEGER}).
UNWIND $rows AS row
MATCH (n:Entity {id: row.id})
SET n.degree = row.degree, n.betweenness = row.betweenness, n.pagerank = row.pagerank,
    n.community = row.community, n.component = row.component
RETURN count(n) AS updated
