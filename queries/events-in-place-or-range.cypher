// Events in a place or a date range
// Events held in the place (HELD_IN or the event's own place) and/or whose date falls in the range; empty means any.
// @param place name = "" e.g. "Singapour": the place's name or id (empty: anywhere)
// @param from date = "" e.g. "2024-05-01": first day, YYYY, YYYY-MM or YYYY-MM-DD (empty: no lower bound)
// @param to date = "" e.g. "2024-06-30": last day, same format (empty: no upper bound)
MATCH (e:Event)
OPTIONAL MATCH (e)-[:HELD_IN]->(held:Place)
OPTIONAL MATCH (own:Place {id: e.placeId})
WITH e, coalesce(held, own) AS pl
WHERE ($place = '' OR $place IN coalesce(pl.keys, []) OR pl.name = $place)
  AND ($from = '' OR e.dateIso >= $from)
  AND ($to = '' OR coalesce(e.dateEnd, e.dateIso) <= $to + '-99')
RETURN e.dateIso AS date, e.name AS event, e.type AS type, coalesce(pl.name, e.place) AS place, e.sourceCount AS articles
ORDER BY date, event;
