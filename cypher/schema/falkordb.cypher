// Indexes for the embedded FalkorDB store. Each case is its own graph, so these run on
// every new case graph before it is written. Every *_id and case_id is indexed.
CREATE INDEX FOR (n:Case) ON (n.case_id);
CREATE INDEX FOR (n:Person) ON (n.person_id, n.case_id);
CREATE INDEX FOR (n:Household) ON (n.household_id, n.case_id);
CREATE INDEX FOR (n:Agency) ON (n.agency_id, n.case_id);
CREATE INDEX FOR (n:Practitioner) ON (n.practitioner_id, n.case_id);
CREATE INDEX FOR (n:Event) ON (n.event_id, n.case_id, n.day_from);
CREATE INDEX FOR (n:Finding) ON (n.finding_key, n.case_id);
