// A country's cooperation partners by domain
// Partners linked to the country by COOPERATES_WITH, one row per domain (défense, maintien de la paix...) and partner.
// @param country name e.g. "VN": ISO code, French name or id of the country
// @param domain string = "" e.g. "défense": keep only this domain (empty: all)
MATCH (c:Country) WHERE ($country IN c.keys OR c.name = $country)
MATCH (c)-[r:COOPERATES_WITH]-(partner:Entity)
UNWIND CASE WHEN size(coalesce(r.domains, [])) = 0 THEN ['(non précisé)'] ELSE r.domains END AS domain
WITH domain, partner, r
WHERE $domain = '' OR domain = $domain
RETURN domain, partner.name AS partner, count(DISTINCT r.source) AS articles,
       [d IN collect(DISTINCT r.date) WHERE d IS NOT NULL] AS dates
ORDER BY domain, articles DESC, partner;
