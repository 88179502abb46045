// Meetings between two countries
// Every reported meeting (MET) between the two countries or between people and bodies of those countries, oldest first.
// @param countryA name e.g. "VN": ISO code, French name or id (country:VN) of the first country
// @param countryB name e.g. "SG": ISO code, French name or id of the second country
MATCH (ca:Country) WHERE ($countryA IN ca.keys OR ca.name = $countryA)
MATCH (cb:Country) WHERE ($countryB IN cb.keys OR cb.name = $countryB)
MATCH (a:Entity)-[r:MET]->(b:Entity)
WHERE ((a = ca OR a.country = ca.code) AND (b = cb OR b.country = cb.code))
   OR ((a = cb OR a.country = cb.code) AND (b = ca OR b.country = ca.code))
OPTIONAL MATCH (e:Event {id: r.event})
OPTIONAL MATCH (art:Article {id: split(r.evidenceRefs, '|')[0]})
RETURN coalesce(r.date, e.dateIso) AS date, a.name AS side1, b.name AS side2, e.name AS event, r.cameo AS cameo,
       count(DISTINCT r.source) AS articles, collect(DISTINCT art.title) AS titles
ORDER BY date, side1, side2;
