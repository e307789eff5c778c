// Indexes for a Neo4j 5 server, where all cases share one database: every *_id and
// case_id is indexed. IF NOT EXISTS makes this safe to run on every connection.
CREATE INDEX case_case_id IF NOT EXISTS FOR (n:Case) ON (n.case_id);
CREATE INDEX person_id IF NOT EXISTS FOR (n:Person) ON (n.case_id, n.person_id);
CREATE INDEX household_id IF NOT EXISTS FOR (n:Household) ON (n.case_id, n.household_id);
CREATE INDEX agency_id IF NOT EXISTS FOR (n:Agency) ON (n.case_id, n.agency_id);
CREATE INDEX practitioner_id IF NOT EXISTS FOR (n:Practitioner) ON (n.case_id, n.practitioner_id);
CREATE INDEX event_id IF NOT EXISTS FOR (n:Event) ON (n.case_id, n.event_id);
CREATE INDEX event_day IF NOT EXISTS FOR (n:Event) ON (n.case_id, n.day_from);
CREATE INDEX finding_key IF NOT EXISTS FOR (n:Finding) ON (n.case_id, n.finding_key);
