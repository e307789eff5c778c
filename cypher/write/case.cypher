// Write one whole case. Each statement UNWINDs its own list; graph/write.py passes each
// statement only the parameters it names, in batches. Nodes carry case_id; edges are
// matched by the stable *_id properties the loaders derived from the input.
CREATE (c:Case) SET c = $case;

UNWIND $people AS row
CREATE (p:Person) SET p = row.props
FOREACH (_ IN CASE WHEN row.is_child THEN [1] ELSE [] END | SET p:Child)
FOREACH (_ IN CASE WHEN row.is_child THEN [] ELSE [1] END | SET p:Adult);

UNWIND $households AS row
CREATE (h:Household) SET h = row;

UNWIND $agencies AS row
CREATE (a:Agency) SET a = row;

UNWIND $practitioners AS row
CREATE (p:Practitioner) SET p = row;

UNWIND $events AS row
CREATE (e:Event) SET e = row;

UNWIND $works_for AS row
MATCH (p:Practitioner {case_id: $case_id, practitioner_id: row.from})
MATCH (a:Agency {case_id: $case_id, agency_id: row.to})
CREATE (p)-[:WORKS_FOR]->(a);

UNWIND $recorded AS row
MATCH (a:Agency {case_id: $case_id, agency_id: row.from})
MATCH (e:Event {case_id: $case_id, event_id: row.to})
CREATE (a)-[:RECORDED]->(e);

UNWIND $conducted AS row
MATCH (p:Practitioner {case_id: $case_id, practitioner_id: row.from})
MATCH (e:Event {case_id: $case_id, event_id: row.to})
CREATE (p)-[:CONDUCTED]->(e);

UNWIND $about AS row
MATCH (e:Event {case_id: $case_id, event_id: row.from})
MATCH (p:Person {case_id: $case_id, person_id: row.to})
CREATE (e)-[:ABOUT]->(p);

UNWIND $saw AS row
MATCH (e:Event {case_id: $case_id, event_id: row.from})
MATCH (p:Person {case_id: $case_id, person_id: row.to})
CREATE (e)-[:SAW {alone: row.alone}]->(p);

UNWIND $shared_with AS row
MATCH (e:Event {case_id: $case_id, event_id: row.from})
MATCH (a:Agency {case_id: $case_id, agency_id: row.to})
CREATE (e)-[:SHARED_WITH]->(a);

UNWIND $referred_to AS row
MATCH (e:Event {case_id: $case_id, event_id: row.from})
MATCH (a:Agency {case_id: $case_id, agency_id: row.to})
CREATE (e)-[:REFERRED_TO]->(a);

UNWIND $responds_to AS row
MATCH (e:Event {case_id: $case_id, event_id: row.from})
MATCH (f:Event {case_id: $case_id, event_id: row.to})
CREATE (e)-[:RESPONDS_TO]->(f);

UNWIND $conveys AS row
MATCH (e:Event {case_id: $case_id, event_id: row.from})
MATCH (f:Event {case_id: $case_id, event_id: row.to})
CREATE (e)-[:CONVEYS]->(f);

UNWIND $invited_to AS row
MATCH (a:Agency {case_id: $case_id, agency_id: row.from})
MATCH (e:Event {case_id: $case_id, event_id: row.to})
CREATE (a)-[:INVITED_TO]->(e);

UNWIND $attended AS row
MATCH (a:Agency {case_id: $case_id, agency_id: row.from})
MATCH (e:Event {case_id: $case_id, event_id: row.to})
CREATE (a)-[:ATTENDED]->(e);

UNWIND $parent_of AS row
MATCH (p:Person {case_id: $case_id, person_id: row.from})
MATCH (c:Person {case_id: $case_id, person_id: row.to})
CREATE (p)-[:PARENT_OF {kind: row.kind, from_day: row.from_day, to_day: row.to_day}]->(c);

UNWIND $sibling_of AS row
MATCH (p:Person {case_id: $case_id, person_id: row.from})
MATCH (c:Person {case_id: $case_id, person_id: row.to})
CREATE (p)-[:SIBLING_OF {kind: row.kind}]->(c);

UNWIND $partner_of AS row
MATCH (p:Person {case_id: $case_id, person_id: row.from})
MATCH (c:Person {case_id: $case_id, person_id: row.to})
CREATE (p)-[:PARTNER_OF {from_day: row.from_day, to_day: row.to_day}]->(c);

UNWIND $member_of AS row
MATCH (p:Person {case_id: $case_id, person_id: row.from})
MATCH (h:Household {case_id: $case_id, household_id: row.to})
CREATE (p)-[:MEMBER_OF {from_day: row.from_day, to_day: row.to_day}]->(h);

// Findings carried over from the version this load replaces, so triage survives a reload;
// the next detection run reconciles them and rebuilds their EVIDENCE edges.
UNWIND $findings AS row
CREATE (f:Finding) SET f = row;

// A trainer's walk-through prompts, carried over the same way (graph/prompts.py).
UNWIND $prompts AS row
CREATE (p:Prompt) SET p = row;
