// Every agency in a case with its sector and the period its chronology covers.
MATCH (a:Agency {case_id: $case_id})
RETURN a.agency_id AS agency_id, a.name AS name, a.sector AS sector, a.area AS area,
       a.records_from_day AS records_from_day, a.records_to_day AS records_to_day
ORDER BY name
