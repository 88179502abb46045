// Members and meetings of an organisation
// Its members (MEMBER_OF) and the events it organised, hosted, co-chaired or attended, each with the number of articles.
// @param organisation name e.g. "ASEAN": the organisation's name, acronym, alias or id
MATCH (o:Organisation) WHERE ($organisation IN o.keys OR o.name = $organisation)
MATCH (o)-[r]-(x:Entity)
WHERE (type(r) = 'MEMBER_OF' AND startNode(r) = x)
   OR (x:Event AND type(r) IN ['ORGANISED', 'HOSTED', 'CO_CHAIRED', 'ATTENDED'])
RETURN CASE WHEN x:Event THEN 'meeting' ELSE 'member' END AS kind, x.name AS name, x.dateIso AS date,
       type(r) AS relation, count(DISTINCT r.source) AS articles
ORDER BY kind DESC, date, name;
