// Possible duplicate persons
// Pairs of persons where one's whole name ends the other's ("le général Vinh" in one article, "Nguyen Chi Vinh" in another): an article resolves such short names within itself only, so across articles they stay apart until an analyst decides in gazetteers/judgements.json (merge, or keep apart). Pairs whose countries agree come first, then those with more neighbours in common.
// @param limit int = 50 e.g. "20": how many pairs
MATCH (p:Person)
UNWIND [k IN p.keys WHERE NOT k CONTAINS ':'] AS key
WITH p, key, last(split(key, ' ')) AS tail
WITH tail, collect({person: p, key: key}) AS named
WHERE size(named) > 1
UNWIND named AS s
UNWIND named AS l
WITH s.person AS short, l.person AS long, s.key AS shortKey, l.key AS longKey
WHERE short <> long AND longKey ENDS WITH ' ' + shortKey
WITH DISTINCT short, long
RETURN short.name AS short, long.name AS long, short.id AS shortId, long.id AS longId,
       short.country AS shortCountry, long.country AS longCountry,
       COUNT { MATCH (short)--(x)--(long) RETURN DISTINCT x } AS sharedNeighbours,
       short.sourceCount AS shortArticles, long.sourceCount AS longArticles
ORDER BY CASE WHEN shortCountry = longCountry THEN 0 ELSE 1 END, sharedNeighbours DESC, short, long
LIMIT $limit;
